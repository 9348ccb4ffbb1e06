-- The directory (issue 17, part 4): what each facilitator shares, and the names' folded words
-- the directory's search matches (kept by the Account schema's hook).
ALTER TABLE "accounts" ADD COLUMN "first_name_key" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "last_name_key" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_city" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_city_key" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_languages" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_bio_fr" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_bio_en" character varying NOT NULL DEFAULT '';
ALTER TABLE "accounts" ADD COLUMN "directory_show_email" boolean NOT NULL DEFAULT false;
CREATE INDEX "account_space_id_directory_city_key" ON "accounts" ("space_id", "directory_city_key");
-- The names' keys of the accounts already there: lower case, the accents of French and the
-- separators of names folded as slug.Key folds them (the next change of a name rewrites its
-- key in Go).
UPDATE "accounts" SET "first_name_key" = lower("first_name"), "last_name_key" = lower("last_name");
UPDATE "accounts" SET
  "first_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("first_name_key", 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Î', 'i'),
  "last_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("last_name_key", 'É', 'e'), 'È', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'À', 'a'), 'Â', 'a'), 'Ä', 'a'), 'Î', 'i');
UPDATE "accounts" SET
  "first_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("first_name_key", 'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ç', 'c'), 'Œ', 'oe'),
  "last_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("last_name_key", 'Ï', 'i'), 'Ô', 'o'), 'Ö', 'o'), 'Ù', 'u'), 'Û', 'u'), 'Ü', 'u'), 'Ç', 'c'), 'Œ', 'oe');
UPDATE "accounts" SET
  "first_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("first_name_key", 'Æ', 'ae'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'à', 'a'), 'â', 'a'), 'ä', 'a'),
  "last_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("last_name_key", 'Æ', 'ae'), 'é', 'e'), 'è', 'e'), 'ê', 'e'), 'ë', 'e'), 'à', 'a'), 'â', 'a'), 'ä', 'a');
UPDATE "accounts" SET
  "first_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("first_name_key", 'î', 'i'), 'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ç', 'c'),
  "last_name_key" = replace(replace(replace(replace(replace(replace(replace(replace("last_name_key", 'î', 'i'), 'ï', 'i'), 'ô', 'o'), 'ö', 'o'), 'ù', 'u'), 'û', 'u'), 'ü', 'u'), 'ç', 'c');
UPDATE "accounts" SET
  "first_name_key" = replace(replace(replace(replace(replace("first_name_key", 'œ', 'oe'), 'æ', 'ae'), '-', ' '), '''', ' '), '’', ' '),
  "last_name_key" = replace(replace(replace(replace(replace("last_name_key", 'œ', 'oe'), 'æ', 'ae'), '-', ' '), '''', ' '), '’', ' ');
UPDATE "accounts" SET
  "first_name_key" = CASE WHEN trim("first_name_key") = '' THEN '' ELSE ' ' || trim("first_name_key") END,
  "last_name_key" = CASE WHEN trim("last_name_key") = '' THEN '' ELSE ' ' || trim("last_name_key") END;
