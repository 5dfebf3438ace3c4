// Every command of `npm run cli -- <command>`, by name.
import type { CliCommand } from "../command";

export const commands: Record<string, CliCommand> = {};
