-- The directory's facilitators by belt kept in row_counts (package rowcount), by triggers in
-- the transaction that writes the rows, like the directory's total (…_community_counts.sql):
--   directory_belts: the space's facilitators listed in its directory (ACTIVE, listed, holding
--     the facilitator role in the space's domain), by each belt they hold there, in the space.
-- A row of account_roles counts as what it changes, the account's other roles as they are (a
-- belt counts when a facilitator holds it; a facilitator role counts the account's belts when
-- it is its only one).
CREATE FUNCTION "directory_belts_role"(p_id bigint, p_account bigint, p_role text, p_domain text, p_n bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- The account locked first, so that two transactions granting or taking its roles at once
	-- see each other's (each statement of the function reads afresh).
	PERFORM 1 FROM "accounts" WHERE id = p_account FOR NO KEY UPDATE;
	IF p_role IN ('white', 'yellow', 'orange', 'green', 'blue') THEN
		PERFORM "row_counts_add"('directory_belts', a.space_id, p_role, p_n) FROM "accounts" AS a
		WHERE a.id = p_account AND a.directory_listed AND a.status = 'ACTIVE'
			AND p_domain = (SELECT slug FROM "spaces" WHERE id = a.space_id)
			AND EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = p_account AND r.domain = p_domain
				AND r.role = 'facilitator' AND r.id <> p_id);
	ELSIF p_role = 'facilitator' THEN
		PERFORM "row_counts_add"('directory_belts', a.space_id, b.role, p_n) FROM "accounts" AS a
			JOIN "account_roles" AS b ON b.account_id = a.id AND b.domain = p_domain AND b.id <> p_id
				AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
		WHERE a.id = p_account AND a.directory_listed AND a.status = 'ACTIVE'
			AND p_domain = (SELECT slug FROM "spaces" WHERE id = a.space_id)
			AND NOT EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = p_account AND r.domain = p_domain
				AND r.role = 'facilitator' AND r.id <> p_id);
	END IF;
END
$$;
CREATE FUNCTION "account_roles_directory_belts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM "directory_belts_role"(OLD.id, OLD.account_id, OLD.role, OLD.domain, -1);
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM "directory_belts_role"(NEW.id, NEW.account_id, NEW.role, NEW.domain, 1);
	END IF;
	IF TG_OP = 'DELETE' THEN
		RETURN OLD;
	END IF;
	RETURN NEW;
END
$$;
-- BEFORE ROW: it sees the roles of its statement written before it, where an AFTER ROW trigger
-- sees all of them (an account's facilitator role and belt deleted at once would count neither,
-- inserted at once the belt twice). No INSERT … ON CONFLICT writes this table: its BEFORE
-- trigger would count a row the conflict skips.
CREATE TRIGGER "account_roles_directory_belts" BEFORE INSERT OR DELETE ON "account_roles" FOR EACH ROW EXECUTE FUNCTION "account_roles_directory_belts"();
CREATE TRIGGER "account_roles_directory_belts_update" BEFORE UPDATE OF "role", "domain", "account_id" ON "account_roles" FOR EACH ROW
	WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.domain IS DISTINCT FROM NEW.domain OR OLD.account_id IS DISTINCT FROM NEW.account_id)
	EXECUTE FUNCTION "account_roles_directory_belts"();
CREATE TRIGGER "account_roles_directory_belts_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory_belts');
-- An account enters or leaves the directory with its belts when it is listed or not, active or
-- not (its roles as they are).
CREATE FUNCTION "accounts_directory_belts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF "in_directory"(OLD.id, OLD.space_id, OLD.directory_listed, OLD.status) THEN
		PERFORM "row_counts_add"('directory_belts', OLD.space_id, b.role, -1) FROM "account_roles" AS b
		WHERE b.account_id = OLD.id AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
			AND b.domain = (SELECT slug FROM "spaces" WHERE id = OLD.space_id);
	END IF;
	IF TG_OP = 'UPDATE' THEN
		IF "in_directory"(NEW.id, NEW.space_id, NEW.directory_listed, NEW.status) THEN
			PERFORM "row_counts_add"('directory_belts', NEW.space_id, b.role, 1) FROM "account_roles" AS b
			WHERE b.account_id = NEW.id AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
				AND b.domain = (SELECT slug FROM "spaces" WHERE id = NEW.space_id);
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
CREATE TRIGGER "accounts_directory_belts_delete" BEFORE DELETE ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed AND OLD.status = 'ACTIVE')
	EXECUTE FUNCTION "accounts_directory_belts"();
CREATE TRIGGER "accounts_directory_belts_update" AFTER UPDATE OF "directory_listed", "status", "space_id" ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed IS DISTINCT FROM NEW.directory_listed OR OLD.status IS DISTINCT FROM NEW.status OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "accounts_directory_belts"();
CREATE TRIGGER "accounts_directory_belts_truncate" AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory_belts');
-- The rows already there, counted once: creating the triggers above locked the counted tables
-- against writers (until this migration commits), so nothing is written between this count and
-- the triggers.
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT a.space_id, 'directory_belts', 0, b.role, 0, count(*) FROM "accounts" AS a
	JOIN "spaces" AS s ON s.id = a.space_id
	JOIN "account_roles" AS b ON b.account_id = a.id AND b.domain = s.slug AND b.role IN ('white', 'yellow', 'orange', 'green', 'blue')
WHERE a.directory_listed AND a.status = 'ACTIVE'
	AND EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator')
GROUP BY a.space_id, b.role;
