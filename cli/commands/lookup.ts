// `npm run cli -- lookup <USCC or mobile>`: the lookup result, answered directly (an operator tool:
// no captcha, no SMS code). Bad input → exit 2 with {"error":…,"field":"q"}.
import { InputError } from "@/lib/errors/app-error";
import { lookupDirect } from "@/lib/lookup/find-lookup-result";
import type { CliCommand } from "../command";

export const lookupCommand: CliCommand = {
  summary: "the lookup result for a USCC or a mobile",
  usage: "lookup <USCC or mobile>",
  async run(args) {
    // Several arguments are one input typed with spaces (`lookup 138 0013 8000`).
    if (args.length === 0) throw new InputError("lookup.q.empty", "usage: lookup <USCC or mobile>", "q");
    return { ...(await lookupDirect(args.join(" "))) };
  },
};
