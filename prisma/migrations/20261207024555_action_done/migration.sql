-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN "doneAt" DATETIME;
ALTER TABLE "ActionItem" ADD COLUMN "doneById" TEXT;
