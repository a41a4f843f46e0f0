-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "nameAr" TEXT;
