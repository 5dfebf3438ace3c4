"use server";
// "Run migrate" on the import page: admin check → a migrate job with the same executor as the CLI
// (lib/importers/start-import-job.ts) → its progress page.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestClient } from "@/lib/audit/request-client";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { startImportJob } from "@/lib/importers/start-import-job";
import { consoleAction } from "../_lib/console-action";
import type { ConsoleState } from "../_components/console-form-types";

const migrate = consoleAction({
  name: "staff.import.migrate",
  area: "imports",
  schema: z.object({}),
  run: async ({ actor }) => {
    const id = await startImportJob({ db: db(), databaseUrl: env().DATABASE_URL, kind: "migrate", file: null, fileName: null, staffId: actor.staffId, client: await requestClient() });
    redirect(`/staff/import/${id}`);
  },
});

export async function runMigrateAction(previous: ConsoleState | null, formData: FormData): Promise<ConsoleState> {
  return migrate(previous, formData);
}
