-- The directory's city filter reads a city's listed facilitators in the directory's order: a
-- page and its count read that city's entries only. It replaces the index on (space_id,
-- directory_city_key).
DROP INDEX "account_space_id_directory_city_key";
CREATE INDEX "account_directory_city_order" ON "accounts" ("space_id", "directory_listed", "status", "directory_city_key", "last_name", "first_name");
