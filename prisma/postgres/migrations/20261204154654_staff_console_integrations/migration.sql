-- AlterTable
ALTER TABLE "OrgAuthorisation" ADD COLUMN     "note" TEXT,
ADD COLUMN     "revokedAt" TIMESTAMP(3),
ADD COLUMN     "staffId" INTEGER;

-- AlterTable
ALTER TABLE "MigrationRecord" ADD COLUMN     "resolutionNote" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "resolvedBy" INTEGER;

-- AlterTable
ALTER TABLE "SmsMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "provider" TEXT NOT NULL DEFAULT 'outbox',
ADD COLUMN     "providerMessageId" TEXT,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'stored';

-- AlterTable
ALTER TABLE "ContentOverride" ADD COLUMN     "versionId" INTEGER;

-- CreateTable
CREATE TABLE "ContentDraft" (
    "key" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "baseVersionId" INTEGER,
    "updatedBy" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),

    CONSTRAINT "ContentDraft_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'edit',
    "authorId" INTEGER,
    "publishedBy" INTEGER,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "fileName" TEXT,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "resultJson" TEXT,
    "startedBy" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentVersion_key_publishedAt_idx" ON "ContentVersion"("key", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContentVersion_key_number_key" ON "ContentVersion"("key", "number");

-- CreateIndex
CREATE INDEX "ImportJob_createdAt_idx" ON "ImportJob"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SmsMessage_idempotencyKey_key" ON "SmsMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "SmsMessage_sentAt_idx" ON "SmsMessage"("sentAt");

-- CreateIndex
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "StepEvent_outcome_at_idx" ON "StepEvent"("outcome", "at");

