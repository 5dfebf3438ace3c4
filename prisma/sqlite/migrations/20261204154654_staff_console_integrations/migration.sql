-- AlterTable
ALTER TABLE "OrgAuthorisation" ADD COLUMN "note" TEXT;
ALTER TABLE "OrgAuthorisation" ADD COLUMN "revokedAt" DATETIME;
ALTER TABLE "OrgAuthorisation" ADD COLUMN "staffId" INTEGER;

-- AlterTable
ALTER TABLE "MigrationRecord" ADD COLUMN "resolutionNote" TEXT;
ALTER TABLE "MigrationRecord" ADD COLUMN "resolvedAt" DATETIME;
ALTER TABLE "MigrationRecord" ADD COLUMN "resolvedBy" INTEGER;

-- AlterTable
ALTER TABLE "ContentOverride" ADD COLUMN "versionId" INTEGER;

-- CreateTable
CREATE TABLE "ContentDraft" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "body" TEXT NOT NULL,
    "baseVersionId" INTEGER,
    "updatedBy" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "submittedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'edit',
    "authorId" INTEGER,
    "publishedBy" INTEGER,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "fileName" TEXT,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "resultJson" TEXT,
    "startedBy" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SmsMessage" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "mobile" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "code" TEXT,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "provider" TEXT NOT NULL DEFAULT 'outbox',
    "status" TEXT NOT NULL DEFAULT 'stored',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT,
    "providerMessageId" TEXT,
    "lastError" TEXT,
    "deliveredAt" DATETIME
);
INSERT INTO "new_SmsMessage" ("body", "code", "id", "mobile", "purpose", "sentAt") SELECT "body", "code", "id", "mobile", "purpose", "sentAt" FROM "SmsMessage";
DROP TABLE "SmsMessage";
ALTER TABLE "new_SmsMessage" RENAME TO "SmsMessage";
CREATE UNIQUE INDEX "SmsMessage_idempotencyKey_key" ON "SmsMessage"("idempotencyKey");
CREATE INDEX "SmsMessage_mobile_sentAt_idx" ON "SmsMessage"("mobile", "sentAt");
CREATE INDEX "SmsMessage_sentAt_idx" ON "SmsMessage"("sentAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ContentVersion_key_publishedAt_idx" ON "ContentVersion"("key", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentVersion_key_number_key" ON "ContentVersion"("key", "number");

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "StepEvent_outcome_at_idx" ON "StepEvent"("outcome", "at");

