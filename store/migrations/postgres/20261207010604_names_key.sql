-- Drop index "account_directory_city_names" from table: "accounts"
DROP INDEX "account_directory_city_names";
-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "names_key" character varying NOT NULL DEFAULT '';
-- Create index "account_directory_city_names" to table: "accounts"
CREATE INDEX "account_directory_city_names" ON "accounts" ("space_id", "directory_listed", "status", "directory_city_key", "names_key", "facilitator", "belt_rank");
