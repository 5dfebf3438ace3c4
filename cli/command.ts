// The shape every CLI command has: parse its own arguments, do the work, return one JSON-able
// object. main.ts turns InputError into exit 2 and anything else into exit 1 (interfaces.md).
export interface CliCommand {
  /** One line for `--help`. */
  summary: string;
  usage: string;
  run(args: string[]): Promise<Record<string, unknown>>;
}
