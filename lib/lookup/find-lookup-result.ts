import "server-only";
// The lookup (domain.md §3): which documented outcome applies to a USCC or mobile. For a Torch
// account it reads the migration record the migration wrote — never a recomputation; for input
// with no Torch account it applies the E-U / P-U rules to the platform accounts as they are now.
import { db as sharedDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { resolveUnregisteredEnterprise, resolveUnregisteredPersonal } from "@/lib/migration/rules";
import { LookupInputError, LookupNotMigratedError } from "./errors";
import { parseLookupInput } from "./parse-lookup-input";
import { readLookupView } from "./read-lookup-view";
import { readTorchMigration } from "./read-torch-migration";
import { toLookupResult } from "./to-lookup-result";
import type { LookupResult } from "./types";

export interface FindLookupResultOptions {
  /** Omitted: the shared client and DATABASE_URL (with its fast SQLite read). */
  db?: Db;
  /** The URL behind `db`; lets the hot read bypass Prisma on SQLite. */
  databaseUrl?: string;
  /** What was typed: a USCC or a mobile, in any of the forms people type them. */
  input: string;
}

export async function findLookupResult(options: FindLookupResultOptions): Promise<LookupResult> {
  const db = options.db ?? sharedDb();
  const databaseUrl = options.db ? options.databaseUrl : env().DATABASE_URL;
  const parsed = parseLookupInput(options.input);
  if (!parsed.ok) throw new LookupInputError(parsed.code);
  const { kind, value } = parsed;

  const torch = await readTorchMigration({ db, username: value, databaseUrl });
  // The username is unique across both kinds; a row of the other kind (impossible by shape) is not this input's.
  if (torch && torch.kind === kind) {
    if (torch.outcome === null) throw new LookupNotMigratedError();
    return toLookupResult({ input: value, kind, registeredInTorch: true, decision: { outcome: torch.outcome, loginName: torch.loginName, window: torch.window } });
  }

  const view = await readLookupView({ db, kind, value });
  if (kind === "enterprise") {
    // A wrong check character is an error only for a code the data does not know (domain.md §2).
    if (!parsed.checkCharacterValid && !view.accountByUscc(value)) throw new LookupInputError("lookup.q.usccCheck");
    return toLookupResult({ input: value, kind, registeredInTorch: false, decision: resolveUnregisteredEnterprise(value, view) });
  }
  return toLookupResult({ input: value, kind, registeredInTorch: false, decision: resolveUnregisteredPersonal(value, view) });
}

/** The operator's lookup (`npm run cli -- lookup <q>`): answers directly, no captcha or SMS code. */
export function lookupDirect(q: string, options: { db?: Db } = {}): Promise<LookupResult> {
  return findLookupResult({ db: options.db, input: q });
}
