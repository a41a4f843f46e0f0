-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "broadcastId" TEXT;

-- Existing rows: a broadcast's messages carried its id only in their payload ({ "broadcastId": ... }).
-- (No semicolon in these comments: the PostgreSQL driver adapter splits a script on every one.)
UPDATE "OutboxMessage" SET "broadcastId" = "payload" ->> 'broadcastId' WHERE "kind" = 'broadcast';

-- CreateIndex
CREATE INDEX "OutboxMessage_broadcastId_status_idx" ON "OutboxMessage"("broadcastId", "status");
