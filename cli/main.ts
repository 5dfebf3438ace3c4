// `npm run cli -- <command> [args]`: prints one JSON object on stdout; exit 0 on success,
// 2 on bad input (message on stderr), 1 on an internal error (interfaces.md "Command line").
import { InputError } from "../lib/errors/app-error";
import { commands } from "./commands";

function printHelp(): void {
  const lines = Object.values(commands).map((command) => `  ${command.usage.padEnd(48)} ${command.summary}`);
  process.stderr.write(`usage: npm run cli -- <command> [args]\n${lines.join("\n")}\n`);
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    printHelp();
    process.stdout.write(`${JSON.stringify({ error: name ? `unknown command: ${name}` : "no command given" })}\n`);
    return 2;
  }
  try {
    const result = await command.run(args);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`${error.message}\n`);
      process.stdout.write(`${JSON.stringify({ error: error.message, ...(error.field ? { field: error.field } : {}) })}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stdout.write(`${JSON.stringify({ error: "internal error" })}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  // Exit only after stdout has drained: a piped JSON line must not be cut off.
  process.stdout.write("", () => process.exit(code));
});
