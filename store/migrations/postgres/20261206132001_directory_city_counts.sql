-- The directory's facilitators by city kept in row_counts (package rowcount), by triggers in
-- the transaction that writes the rows, like the directory's total (…_community_counts.sql):
--   directory_cities: the space's facilitators listed in its directory (ACTIVE, listed, holding
--     the facilitator role in the space's domain), by the folded key of their city (none: not
--     counted), in the space.
CREATE FUNCTION "account_roles_directory_cities"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		IF OLD.role = 'facilitator' THEN
			PERFORM "row_counts_add"('directory_cities', a.space_id, a.directory_city_key, -1) FROM "accounts" AS a
			WHERE a.id = OLD.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
				AND OLD.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id);
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		IF NEW.role = 'facilitator' THEN
			PERFORM "row_counts_add"('directory_cities', a.space_id, a.directory_city_key, 1) FROM "accounts" AS a
			WHERE a.id = NEW.account_id AND a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
				AND NEW.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id);
		END IF;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "account_roles_directory_cities" AFTER INSERT OR DELETE ON "account_roles" FOR EACH ROW EXECUTE FUNCTION "account_roles_directory_cities"();
CREATE TRIGGER "account_roles_directory_cities_update" AFTER UPDATE OF "role", "domain", "account_id" ON "account_roles" FOR EACH ROW
	WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.domain IS DISTINCT FROM NEW.domain OR OLD.account_id IS DISTINCT FROM NEW.account_id)
	EXECUTE FUNCTION "account_roles_directory_cities"();
CREATE TRIGGER "account_roles_directory_cities_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory_cities');
-- An account enters or leaves the directory, or moves from a city to another.
CREATE FUNCTION "accounts_directory_cities"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF OLD.directory_city_key <> '' AND "in_directory"(OLD.id, OLD.space_id, OLD.directory_listed, OLD.status) THEN
		PERFORM "row_counts_add"('directory_cities', OLD.space_id, OLD.directory_city_key, -1);
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF NEW.directory_city_key <> '' AND "in_directory"(NEW.id, NEW.space_id, NEW.directory_listed, NEW.status) THEN
			PERFORM "row_counts_add"('directory_cities', NEW.space_id, NEW.directory_city_key, 1);
		END IF;
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NULL;
END
$$;
-- Before the account goes, while its roles are there: a cascade (none today: ON DELETE NO
-- ACTION) would delete them after it, when their own trigger no longer finds the account.
CREATE TRIGGER "accounts_directory_cities_delete" BEFORE DELETE ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed AND OLD.status = 'ACTIVE' AND OLD.directory_city_key <> '')
	EXECUTE FUNCTION "accounts_directory_cities"();
CREATE TRIGGER "accounts_directory_cities_update" AFTER UPDATE OF "directory_listed", "status", "space_id", "directory_city_key" ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed IS DISTINCT FROM NEW.directory_listed OR OLD.status IS DISTINCT FROM NEW.status
		OR OLD.space_id IS DISTINCT FROM NEW.space_id OR OLD.directory_city_key IS DISTINCT FROM NEW.directory_city_key)
	EXECUTE FUNCTION "accounts_directory_cities"();
CREATE TRIGGER "accounts_directory_cities_truncate" AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory_cities');
-- The rows already there, counted once: creating the triggers above locked the counted tables
-- against writers (until this migration commits), so nothing is written between this count and
-- the triggers.
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT a.space_id, 'directory_cities', 0, a.directory_city_key, 0, count(*) FROM "accounts" AS a
	JOIN "spaces" AS s ON s.id = a.space_id
WHERE a.directory_listed AND a.status = 'ACTIVE' AND a.directory_city_key <> ''
	AND EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')
GROUP BY a.space_id, a.directory_city_key;
