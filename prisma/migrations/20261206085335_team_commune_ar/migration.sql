-- AlterTable
ALTER TABLE "Team" ADD COLUMN "communeAr" TEXT;
