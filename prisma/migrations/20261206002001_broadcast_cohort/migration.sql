-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN "audienceCohortId" TEXT;
