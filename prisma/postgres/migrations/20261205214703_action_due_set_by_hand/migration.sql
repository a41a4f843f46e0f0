-- AlterTable
ALTER TABLE "ActionItem" ADD COLUMN     "dueSetByHand" BOOLEAN NOT NULL DEFAULT false;

-- Existing rows: an action added by hand (/plan add, no leverId) is never drafted a date, so any
-- date it holds was typed by the team. The date of a drafted action may be either, and only the
-- old guess (drafting day against creation or last-change day) could tell: they keep the default.
-- (No semicolon in these comments: the PostgreSQL driver adapter splits a script on every one.)
UPDATE "ActionItem" SET "dueSetByHand" = true WHERE "leverId" IS NULL AND "dueDate" IS NOT NULL;
