// `npm run cli -- maintenance`: every scheduled clean-up in one run — run it daily (cron or a
// systemd timer). Prints {"sessions":n,"staffSessions":n,"journeys":n,"smsMessages":n,"smsCodes":n,
// "rateLimits":n,"documents":{"cases":n,"documents":n},"smsRetentionDays":n,"documentRetentionDays":n}.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { InputError } from "@/lib/errors/app-error";
import { runMaintenance } from "@/lib/maintenance/run-maintenance";
import type { CliCommand } from "../command";

export const maintenanceCommand: CliCommand = {
  summary: "delete expired sessions, journeys, SMS rows and codes, rate-limit rows; purge old documents",
  usage: "maintenance",
  async run(args) {
    if (args.length > 0) throw new InputError("maintenance.usage", "usage: maintenance (no arguments; retention from SMS_RETENTION_DAYS and DOCUMENT_RETENTION_DAYS)");
    const config = env();
    return { ...(await runMaintenance({ db: db(), smsRetentionDays: config.SMS_RETENTION_DAYS, documentRetentionDays: config.DOCUMENT_RETENTION_DAYS })) };
  },
};
