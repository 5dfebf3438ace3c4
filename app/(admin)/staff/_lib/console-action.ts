import "server-only";
// The console's operations (issue 13 §4) through the one form-action adapter: the area's roles
// checked first (requireStaff → 403), zod, the work. Field errors come back in words beside their
// field, a ConsoleError naming a field goes beside that field, and what was typed is kept (never
// a password), so a form posted without JavaScript loses nothing.
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { formAction, type FormActionContext } from "@/lib/actions/form-action";
import type { FormFields } from "@/lib/actions/form-fields";
import { ConsoleError } from "@/lib/staff/console-error";
import type { StaffArea } from "@/lib/staff/staff-access";
import { requireStaff } from "@/lib/staff/require-staff";
import type { StaffSessionInfo } from "@/lib/staff/validate-staff-session";
import type { ConsoleState } from "../_components/console-form-types";

const kept = (fields: FormFields): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).filter(([name]) => !/password/i.test(name)).map(([name, value]) => [name, value.slice(0, 500)]));

async function fieldWords(key: string): Promise<string> {
  const t = await getTranslations("staffOps.fieldErrors");
  return t.has(key) ? t(key as "invalid") : t("invalid");
}

export function consoleAction<Input>(spec: {
  name: string;
  area: StaffArea;
  schema: z.ZodType<Input>;
  run: (context: FormActionContext<Input, StaffSessionInfo, ConsoleState>) => Promise<ConsoleState>;
}) {
  return formAction<Input, StaffSessionInfo, ConsoleState>({
    name: spec.name,
    authorise: () => requireStaff({ area: spec.area }),
    schema: spec.schema,
    invalid: async (issues, { fields }) => {
      const fieldErrors: Record<string, string> = {};
      for (const issue of issues) {
        const field = String(issue.path[0] ?? "form");
        fieldErrors[field] ??= await fieldWords(issue.message);
      }
      return { ok: false, fieldErrors, values: kept(fields) };
    },
    run: async (context) => {
      try {
        return await spec.run(context);
      } catch (error) {
        if (!(error instanceof ConsoleError) || !error.field) throw error;
        const t = await getTranslations("staffOps.errors");
        return { ok: false, fieldErrors: { [error.field]: t(error.key as "conflict_notFound") }, values: kept(context.fields) };
      }
    },
    describe: async (error) => (error instanceof ConsoleError ? (await getTranslations("staffOps.errors"))(error.key as "conflict_notFound") : null),
    failed: (formError, { fields }) => ({ ok: false, formError, values: kept(fields) }),
  });
}
