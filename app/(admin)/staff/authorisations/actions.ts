"use server";
// E-R4 authorisations: grant, revoke, change the validity — admin check → zod → lib/db/authorisations
// (one transaction each, audited) → back to the list with its filters and a notice.
import { redirect } from "next/navigation";
import type { FormFields } from "@/lib/actions/form-fields";
import { changeAuthorisationSchema, grantAuthorisationSchema, revokeAuthorisationSchema } from "@/lib/accounts/authorisation-schemas";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { changeAuthorisation } from "@/lib/db/authorisations/change-authorisation";
import { grantAuthorisation } from "@/lib/db/authorisations/grant-authorisation";
import { consoleAction } from "../_lib/console-action";
import type { ConsoleState } from "../_components/console-form-types";

/** Back to the list as it was filtered (the filter values travel as hidden fields). */
function backTo(fields: FormFields, notice: string, uscc?: string): never {
  const query = new URLSearchParams({ notice });
  const filterUscc = uscc ?? fields.filterUscc ?? "";
  if (filterUscc) query.set("uscc", filterUscc.slice(0, 40));
  if (fields.filterLogin) query.set("loginName", fields.filterLogin.slice(0, 64));
  redirect(`/staff/authorisations?${query.toString()}`);
}

const grant = consoleAction({
  name: "staff.authorisation.grant",
  area: "authorisations",
  schema: grantAuthorisationSchema,
  run: async ({ input, actor, fields }) => {
    await grantAuthorisation({ db: db(), ...input, staffId: actor.staffId, client: await requestClient() });
    backTo(fields, "granted", input.uscc);
  },
});

const revoke = consoleAction({
  name: "staff.authorisation.revoke",
  area: "authorisations",
  schema: revokeAuthorisationSchema,
  run: async ({ input, actor, fields }) => {
    await changeAuthorisation({ db: db(), change: "revoke", id: input.id, note: input.note, staffId: actor.staffId, client: await requestClient() });
    backTo(fields, "revoked");
  },
});

const change = consoleAction({
  name: "staff.authorisation.change",
  area: "authorisations",
  schema: changeAuthorisationSchema,
  run: async ({ input, actor, fields }) => {
    await changeAuthorisation({ db: db(), change: "dates", ...input, staffId: actor.staffId, client: await requestClient() });
    backTo(fields, "changed");
  },
});

export async function grantAuthorisationAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return grant(previous, formData);
}

export async function revokeAuthorisationAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return revoke(previous, formData);
}

export async function changeAuthorisationAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return change(previous, formData);
}
