-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "titleAr" TEXT,
    "language" TEXT NOT NULL DEFAULT 'fr',
    "owner" TEXT,
    "ownerRole" BOOLEAN NOT NULL DEFAULT false,
    "dueDate" DATETIME,
    "dueSetByHand" BOOLEAN NOT NULL DEFAULT false,
    "indicator" TEXT,
    "indicatorAr" TEXT,
    "priority" TEXT NOT NULL DEFAULT 'medium',
    "kind" TEXT,
    "leverId" TEXT,
    "baselineQuestion" TEXT,
    "baselineValue" REAL,
    "target" TEXT,
    "targetAr" TEXT,
    "dimensionId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ActionItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "QuestionnaireRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ActionItem" ("baselineQuestion", "baselineValue", "createdAt", "createdById", "dimensionId", "dueDate", "id", "indicator", "indicatorAr", "kind", "language", "leverId", "owner", "ownerRole", "position", "priority", "runId", "target", "targetAr", "teamId", "title", "titleAr", "updatedAt") SELECT "baselineQuestion", "baselineValue", "createdAt", "createdById", "dimensionId", "dueDate", "id", "indicator", "indicatorAr", "kind", "language", "leverId", "owner", "ownerRole", "position", "priority", "runId", "target", "targetAr", "teamId", "title", "titleAr", "updatedAt" FROM "ActionItem";
DROP TABLE "ActionItem";
ALTER TABLE "new_ActionItem" RENAME TO "ActionItem";
CREATE INDEX "ActionItem_teamId_idx" ON "ActionItem"("teamId");
CREATE INDEX "ActionItem_runId_position_idx" ON "ActionItem"("runId", "position");
CREATE UNIQUE INDEX "ActionItem_teamId_leverId_key" ON "ActionItem"("teamId", "leverId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Existing rows: an action added by hand (/plan add, no leverId) is never drafted a date, so any
-- date it holds was typed by the team. The date of a drafted action may be either, and only the
-- old guess (drafting day against creation or last-change day) could tell: they keep the default.
-- (No semicolon in these comments: the PostgreSQL driver adapter splits a script on every one.)
UPDATE "ActionItem" SET "dueSetByHand" = true WHERE "leverId" IS NULL AND "dueDate" IS NOT NULL;
