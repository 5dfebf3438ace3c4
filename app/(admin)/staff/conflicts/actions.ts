"use server";
// Resolving a CONFLICT record: admin check → zod → lib/db/migration resolveConflictRecord (one
// transaction: the account, E-R4's authorisations, the record, the audit event) → the resolved list
// with a notice (a redirect: the record leaves the open list, with or without JavaScript).
import { redirect } from "next/navigation";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { resolveConflictRecord } from "@/lib/db/migration/resolve-conflict-record";
import { resolveConflictSchema } from "@/lib/migration/conflict-schemas";
import { consoleAction } from "../_lib/console-action";
import type { ConsoleState } from "../_components/console-form-types";

const resolve = consoleAction({
  name: "staff.conflict.resolve",
  area: "conflicts",
  schema: resolveConflictSchema,
  run: async ({ input, actor }) => {
    await resolveConflictRecord({ db: db(), torchAccountId: input.torchAccountId, loginName: input.loginName, note: input.note, staffId: actor.staffId, client: await requestClient() });
    redirect("/staff/conflicts?state=resolved&notice=resolved");
  },
});

export async function resolveConflictAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return resolve(previous, formData);
}
