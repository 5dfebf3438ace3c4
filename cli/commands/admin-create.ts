// `npm run cli -- admin:create <name> --role <reviewer|editor|admin>` (interfaces.md): a staff
// account. The password comes from ADMIN_PASSWORD or, when that is unset, a prompt (not echoed on
// a terminal; read as one line when piped), never from the command line, where `ps` and shell
// history would keep it. Exit 2 for a bad name, role or password, or a name taken.
import { db } from "@/lib/db";
import { InputError } from "@/lib/errors/app-error";
import { assertStaffName, assertStaffRole, createStaffAccount } from "@/lib/staff/create-staff-account";
import type { CliCommand } from "../command";

const USAGE = "admin:create <name> --role <reviewer|editor|admin>";

export function parseAdminCreateArgs(args: string[]): { name: string; role: string } {
  const names: string[] = [];
  let role: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === "--role") role = args[(i += 1)];
    else if (arg.startsWith("--role=")) role = arg.slice("--role=".length);
    else if (arg.startsWith("--")) throw new InputError("staff.usage", `unknown option ${arg}; usage: ${USAGE}`);
    else names.push(arg);
  }
  if (names.length !== 1) throw new InputError("staff.usage", `usage: ${USAGE}`, "name");
  if (!role) throw new InputError("staff.usage", `--role is required; usage: ${USAGE}`, "role");
  // Checked before any password prompt, so a typo does not cost typing the password first.
  assertStaffRole(role);
  assertStaffName(names[0]);
  return { name: names[0], role };
}

function readHiddenLine(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let text = "";
    const finish = (error?: Error) => {
      input.off("data", onData);
      input.off("end", onEnd);
      if (input.isTTY) input.setRawMode(false);
      input.pause();
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(text);
    };
    const onEnd = () => finish();
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\n" || char === "\r") return finish();
        if (char === "\u0003") return finish(new InputError("staff.password", "cancelled", "password"));
        if (char === "\u007f" || char === "\b") text = Array.from(text).slice(0, -1).join("");
        else text += char;
      }
    };
    if (input.isTTY) input.setRawMode(true);
    input.on("data", onData);
    input.on("end", onEnd);
    input.resume();
  });
}

export const adminCreateCommand: CliCommand = {
  summary: "creates a staff account (password from ADMIN_PASSWORD or a prompt)",
  usage: USAGE,
  async run(args) {
    const { name, role } = parseAdminCreateArgs(args);
    const password = process.env.ADMIN_PASSWORD ?? (await readHiddenLine(`password for ${name}: `));
    if (!password) throw new InputError("staff.password", "a password is required (ADMIN_PASSWORD or the prompt)", "password");
    const created = await createStaffAccount({ db: db(), name, role, password });
    return { created: true, id: created.id, name: created.name, role: created.role, totp: "enrol at first login" };
  },
};
