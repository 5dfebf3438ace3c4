// Test helper run as a script against the e2e database: a reviewer opens an appeal and decides it
// through lib/cases (getCaseForReview, then decideCase), exactly the calls the staff review pages
// make. Used until those pages are on main; then the e2e test drives them instead.
// Usage: node --conditions=react-server --import tsx e2e/recovery/decide-appeal.ts <reference> <approved|rejected> [reason]
import { decideCase } from "@/lib/cases/decide-case";
import { normaliseReason } from "@/lib/cases/decision-rules";
import { getCaseForReview } from "@/lib/cases/get-case-for-review";
import { db } from "@/lib/db";
import { createStaffAccount } from "@/lib/staff/create-staff-account";

async function reviewerId(): Promise<number> {
  const existing = await db().staffAccount.findUnique({ where: { nameKey: "e2e-recovery-reviewer" }, select: { id: true } });
  if (existing) return existing.id;
  return (await createStaffAccount({ db: db(), name: "e2e-recovery-reviewer", role: "reviewer", password: "Review-Desk-2026!" })).id;
}

async function main(): Promise<void> {
  const [reference, decision, reason] = process.argv.slice(2);
  if (!reference || (decision !== "approved" && decision !== "rejected")) throw new Error("usage: <reference> <approved|rejected> [reason]");
  const staffId = await reviewerId();
  await getCaseForReview({ db: db(), reference, staffId });
  const result = await decideCase({ db: db(), reference, staffId, decision, reason: normaliseReason(reason) });
  console.log(JSON.stringify(result));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
