-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ProcessedMessage";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "InboxMessage" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "channel" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "handledAt" DATETIME
);

-- CreateIndex
CREATE INDEX "InboxMessage_channel_chatId_seq_idx" ON "InboxMessage"("channel", "chatId", "seq");

-- CreateIndex
CREATE INDEX "InboxMessage_handledAt_idx" ON "InboxMessage"("handledAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboxMessage_channel_messageId_key" ON "InboxMessage"("channel", "messageId");
