"use server";
// Staff accounts (admins): create one (the initial password set by the admin, or made and shown
// once), disable, enable, change the role, reset the authenticator — each audited by lib/.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { updateStaffAccount } from "@/lib/db/staff/update-staff-account";
import { InputError } from "@/lib/errors/app-error";
import { createStaffAccount } from "@/lib/staff/create-staff-account";
import { createStaffSchema, updateStaffSchema } from "@/lib/staff/schemas";
import { newInitialPassword } from "@/lib/staff/staff-admin-rules";
import { staffActor } from "@/lib/staff/staff-actor";
import { consoleAction } from "../_lib/console-action";
import type { ConsoleState } from "../_components/console-form-types";

const create = consoleAction({
  name: "staff.accounts.create",
  area: "staff",
  schema: createStaffSchema,
  run: async ({ input, actor, fields }) => {
    const t = await getTranslations("staffOps.accounts");
    const password = input.password ?? newInitialPassword();
    try {
      const created = await createStaffAccount({ db: db(), name: input.name, role: input.role, password, actor: staffActor(actor.staffId), client: await requestClient() });
      revalidatePath("/staff/accounts");
      const notice = t("createdNotice", { name: created.name });
      return { ok: true, data: input.password ? { notice } : { notice, secret: password } };
    } catch (error) {
      // The name and password rules of admin:create, shown beside their fields.
      if (!(error instanceof InputError) || !error.field) throw error;
      const key = { "staff.name": "staffName", "staff.nameTaken": "staffNameTaken", "staff.password": "staffPassword", "staff.role": "role" }[error.code] ?? "invalid";
      const words = await getTranslations("staffOps.fieldErrors");
      return { ok: false, fieldErrors: { [error.field]: words(key as "invalid") }, values: { name: fields.name ?? "", role: fields.role ?? "" } };
    }
  },
});

const update = consoleAction({
  name: "staff.accounts.update",
  area: "staff",
  schema: updateStaffSchema,
  run: async ({ input, actor }) => {
    await updateStaffAccount({ db: db(), targetId: input.id, change: input.change, actorId: actor.staffId, client: await requestClient() });
    redirect(`/staff/accounts?notice=${input.change.kind}`);
  },
});

export async function createStaffAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return create(previous, formData);
}

export async function updateStaffAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return update(previous, formData);
}
