-- Data only: defaults no one typed, stored in French, read in French by Arabic readers.
-- The demo team « Équipe démo » is named after its commune, as teams made in the chat are, so an
-- Arabic reader reads the commune's Arabic name, and the default commune gets its Arabic name.
UPDATE "Team" SET "name" = "commune" WHERE "slug" = 'demo' AND "name" = 'Équipe démo';
UPDATE "Team" SET "communeAr" = 'بلدية نموذجية (للتجربة)'
  WHERE "slug" = 'demo' AND "commune" = 'Commune pilote (démo)' AND "communeAr" IS NULL;
-- The console operator named « Opérateur local » by default is named by their address, which each
-- reader reads in their language (see personName).
UPDATE "Person" SET "displayName" = 'console:operator'
  WHERE "displayName" = 'Opérateur local'
    AND "id" IN (SELECT "personId" FROM "Identity" WHERE "channel" = 'console' AND "externalId" = 'operator');
