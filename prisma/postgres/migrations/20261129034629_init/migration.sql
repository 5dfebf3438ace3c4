-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "TorchAccount" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "contactMobile" TEXT,
    "checkWarning" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TorchAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlatformAccount" (
    "id" SERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "loginName" TEXT NOT NULL,
    "loginNameKey" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "reservedMobile" TEXT,
    "realNameStatus" TEXT NOT NULL DEFAULT 'unverified',
    "personName" TEXT,
    "idNumberEnc" TEXT,
    "idNumberHash" TEXT,
    "verifiedIdHash" TEXT,
    "orgName" TEXT,
    "uscc" TEXT,
    "legalRepName" TEXT,
    "contactName" TEXT,
    "email" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'registered',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlatformAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgAuthorisation" (
    "id" SERIAL NOT NULL,
    "accountId" INTEGER NOT NULL,
    "uscc" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "validFrom" TIMESTAMP(3) NOT NULL,
    "validTo" TIMESTAMP(3),
    "grantedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrgAuthorisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistryEntry" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "idHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalRepName" TEXT,
    "legalRepIdHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistryEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MigrationRecord" (
    "id" SERIAL NOT NULL,
    "torchAccountId" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "loginName" TEXT,
    "window" TEXT,
    "platformAccountId" INTEGER,
    "accountCreated" BOOLEAN NOT NULL DEFAULT false,
    "migratedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MigrationRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsMessage" (
    "id" SERIAL NOT NULL,
    "mobile" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "code" TEXT,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsCode" (
    "id" TEXT NOT NULL,
    "mobile" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "type" TEXT NOT NULL,
    "actor" TEXT,
    "client" TEXT,
    "result" TEXT NOT NULL,
    "detail" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TorchAccount_username_key" ON "TorchAccount"("username");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAccount_loginNameKey_key" ON "PlatformAccount"("loginNameKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAccount_verifiedIdHash_key" ON "PlatformAccount"("verifiedIdHash");

-- CreateIndex
CREATE UNIQUE INDEX "PlatformAccount_uscc_key" ON "PlatformAccount"("uscc");

-- CreateIndex
CREATE INDEX "PlatformAccount_reservedMobile_idx" ON "PlatformAccount"("reservedMobile");

-- CreateIndex
CREATE INDEX "PlatformAccount_idNumberHash_idx" ON "PlatformAccount"("idNumberHash");

-- CreateIndex
CREATE INDEX "OrgAuthorisation_uscc_idx" ON "OrgAuthorisation"("uscc");

-- CreateIndex
CREATE UNIQUE INDEX "OrgAuthorisation_accountId_uscc_system_key" ON "OrgAuthorisation"("accountId", "uscc", "system");

-- CreateIndex
CREATE UNIQUE INDEX "RegistryEntry_kind_idHash_key" ON "RegistryEntry"("kind", "idHash");

-- CreateIndex
CREATE UNIQUE INDEX "MigrationRecord_torchAccountId_key" ON "MigrationRecord"("torchAccountId");

-- CreateIndex
CREATE INDEX "MigrationRecord_outcome_idx" ON "MigrationRecord"("outcome");

-- CreateIndex
CREATE INDEX "SmsMessage_mobile_sentAt_idx" ON "SmsMessage"("mobile", "sentAt");

-- CreateIndex
CREATE INDEX "SmsCode_mobile_purpose_createdAt_idx" ON "SmsCode"("mobile", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_type_at_idx" ON "AuditEvent"("type", "at");

-- AddForeignKey
ALTER TABLE "OrgAuthorisation" ADD CONSTRAINT "OrgAuthorisation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "PlatformAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrationRecord" ADD CONSTRAINT "MigrationRecord_torchAccountId_fkey" FOREIGN KEY ("torchAccountId") REFERENCES "TorchAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MigrationRecord" ADD CONSTRAINT "MigrationRecord_platformAccountId_fkey" FOREIGN KEY ("platformAccountId") REFERENCES "PlatformAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

