import "server-only";
// The scheduled clean-ups in one run (`npm run cli -- maintenance`, daily from cron or a systemd
// timer): expired platform and staff sessions, expired journeys, SMS rows and codes past
// SMS_RETENTION_DAYS, expired rate-limit rows, and documents past DOCUMENT_RETENTION_DAYS.
// Each step is one idempotent statement (the purge its own batches), so a run that stops half-way
// is simply run again.
import { purgeDecidedDocuments } from "@/lib/cases/purge-decided-documents";
import type { Db } from "@/lib/db";
import { deleteExpiredRateLimits } from "@/lib/db/rate-limit/delete-expired-rate-limits";
import { deleteOldSmsCodes } from "@/lib/db/sms/delete-old-sms-codes";
import { deleteOldSmsMessages } from "@/lib/db/sms/delete-old-sms-messages";
import { deleteExpiredStaffSessions } from "@/lib/db/staff/delete-expired-staff-sessions";
import { deleteExpiredJourneys } from "@/lib/db/wizard/delete-expired-journeys";
import { deleteExpiredSessions } from "@/lib/sessions/delete-expired-sessions";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface MaintenanceSummary {
  sessions: number;
  staffSessions: number;
  journeys: number;
  smsMessages: number;
  smsCodes: number;
  rateLimits: number;
  documents: { cases: number; documents: number };
  smsRetentionDays: number;
  documentRetentionDays: number;
}

export async function runMaintenance(options: { db: Db; smsRetentionDays: number; documentRetentionDays: number; now?: Date }): Promise<MaintenanceSummary> {
  const { db } = options;
  const now = options.now ?? new Date();
  const smsCutoff = new Date(now.getTime() - options.smsRetentionDays * DAY_MS);
  return {
    sessions: await deleteExpiredSessions({ db, now }),
    staffSessions: await deleteExpiredStaffSessions({ db, now }),
    journeys: await deleteExpiredJourneys({ db, now }),
    smsMessages: await deleteOldSmsMessages({ db, sentBefore: smsCutoff }),
    smsCodes: await deleteOldSmsCodes({ db, createdBefore: smsCutoff, now }),
    rateLimits: await deleteExpiredRateLimits({ db, now }),
    documents: await purgeDecidedDocuments({ db, retentionDays: options.documentRetentionDays, now }),
    smsRetentionDays: options.smsRetentionDays,
    documentRetentionDays: options.documentRetentionDays,
  };
}
