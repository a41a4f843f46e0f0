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
INSERT INTO "new_ActionItem" ("createdAt", "createdById", "dimensionId", "dueDate", "id", "indicator", "owner", "position", "priority", "runId", "teamId", "title", "updatedAt") SELECT "createdAt", "createdById", "dimensionId", "dueDate", "id", "indicator", "owner", "position", "priority", "runId", "teamId", "title", "updatedAt" FROM "ActionItem";
DROP TABLE "ActionItem";
ALTER TABLE "new_ActionItem" RENAME TO "ActionItem";
CREATE INDEX "ActionItem_teamId_idx" ON "ActionItem"("teamId");
CREATE INDEX "ActionItem_runId_position_idx" ON "ActionItem"("runId", "position");
CREATE UNIQUE INDEX "ActionItem_teamId_leverId_key" ON "ActionItem"("teamId", "leverId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
