-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "doneAt" TIMESTAMP(3),
ADD COLUMN     "doneById" TEXT;
