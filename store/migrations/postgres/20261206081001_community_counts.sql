-- The community's figures kept in row_counts (package rowcount), by triggers in the
-- transaction that writes the rows, like the staff lists' counts (…_row_counts.sql):
--   account_roles: roles held in a space's own domain (its slug), by role, in the space;
--   directory: the space's facilitators listed in its directory (ACTIVE, listed, holding the
--     facilitator role in the space's domain), in the space;
--   workshops: by status, in the space; workshop_participants: the sum of their participants
--     (none counts 0), by status, in the space.
-- row_counts_add adds n to a key (in the slot of the transaction); n = 0 or a null space: nothing.
CREATE FUNCTION "row_counts_add"(p_counted text, p_space bigint, p_value text, p_n bigint) RETURNS void LANGUAGE sql AS $$
	INSERT INTO "row_counts" AS c ("space_id", "counted", "scope_id", "value", "slot", "n")
	SELECT p_space, p_counted, 0, p_value, (txid_current() % 8)::smallint, p_n
	WHERE p_space IS NOT NULL AND p_n <> 0
	ON CONFLICT ("space_id", "counted", "scope_id", "value", "slot") DO UPDATE SET "n" = c."n" + EXCLUDED."n"
$$;
-- Whether an account is in its space's directory (the roles as they are now).
CREATE FUNCTION "in_directory"(p_account bigint, p_space bigint, p_listed boolean, p_status text) RETURNS boolean LANGUAGE sql STABLE AS $$
	SELECT p_listed AND p_status = 'ACTIVE' AND EXISTS (SELECT 1 FROM "account_roles" AS r
		WHERE r.account_id = p_account AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM "spaces" WHERE id = p_space))
$$;
-- Roles: a domain that is no space's slug (an organisation's scope) is not counted.
CREATE FUNCTION "account_roles_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		PERFORM "row_counts_add"('account_roles', (SELECT id FROM "spaces" WHERE slug = OLD.domain), OLD.role, -1);
		IF OLD.role = 'facilitator' THEN
			PERFORM "row_counts_add"('directory', ac.space_id, '', -1) FROM "accounts" AS ac
			WHERE ac.id = OLD.account_id AND ac.directory_listed AND ac.status = 'ACTIVE'
				AND OLD.domain = (SELECT slug FROM "spaces" WHERE id = ac.space_id);
		END IF;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM "row_counts_add"('account_roles', (SELECT id FROM "spaces" WHERE slug = NEW.domain), NEW.role, 1);
		IF NEW.role = 'facilitator' THEN
			PERFORM "row_counts_add"('directory', ac.space_id, '', 1) FROM "accounts" AS ac
			WHERE ac.id = NEW.account_id AND ac.directory_listed AND ac.status = 'ACTIVE'
				AND NEW.domain = (SELECT slug FROM "spaces" WHERE id = ac.space_id);
		END IF;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "account_roles_count" AFTER INSERT OR DELETE ON "account_roles" FOR EACH ROW EXECUTE FUNCTION "account_roles_count"();
CREATE TRIGGER "account_roles_count_update" AFTER UPDATE OF "role", "domain", "account_id" ON "account_roles" FOR EACH ROW
	WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.domain IS DISTINCT FROM NEW.domain OR OLD.account_id IS DISTINCT FROM NEW.account_id)
	EXECUTE FUNCTION "account_roles_count"();
CREATE TRIGGER "account_roles_count_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('account_roles');
CREATE TRIGGER "account_roles_directory_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory');
-- The directory: an account enters or leaves it when it is listed or not, active or not. A new
-- account holds no role yet; a deleted one has lost its roles first (their foreign key), but is
-- counted out here should it still hold them.
CREATE FUNCTION "accounts_directory_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF "in_directory"(OLD.id, OLD.space_id, OLD.directory_listed, OLD.status) THEN
			PERFORM "row_counts_add"('directory', OLD.space_id, '', -1);
		END IF;
	ELSIF OLD.space_id IS DISTINCT FROM NEW.space_id THEN
		PERFORM "row_counts_add"('directory', OLD.space_id, '', -"in_directory"(OLD.id, OLD.space_id, OLD.directory_listed, OLD.status)::int);
		PERFORM "row_counts_add"('directory', NEW.space_id, '', "in_directory"(NEW.id, NEW.space_id, NEW.directory_listed, NEW.status)::int);
	ELSE
		PERFORM "row_counts_add"('directory', NEW.space_id, '', "in_directory"(NEW.id, NEW.space_id, NEW.directory_listed, NEW.status)::int
			- "in_directory"(OLD.id, OLD.space_id, OLD.directory_listed, OLD.status)::int);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "accounts_directory_count_delete" AFTER DELETE ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed AND OLD.status = 'ACTIVE')
	EXECUTE FUNCTION "accounts_directory_count"();
CREATE TRIGGER "accounts_directory_count_update" AFTER UPDATE OF "directory_listed", "status", "space_id" ON "accounts" FOR EACH ROW
	WHEN (OLD.directory_listed IS DISTINCT FROM NEW.directory_listed OR OLD.status IS DISTINCT FROM NEW.status OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "accounts_directory_count"();
CREATE TRIGGER "accounts_directory_count_truncate" AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('directory');
-- Workshops: by status, and their participants summed by status, in the space.
CREATE FUNCTION "workshops_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('workshops', NULL, NULL, NULL, NEW.space_id, ARRAY[0]::bigint[], NEW.status);
		PERFORM "row_counts_add"('workshop_participants', NEW.space_id, NEW.status, COALESCE(NEW.participants, 0));
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('workshops', OLD.space_id, ARRAY[0]::bigint[], OLD.status, NULL, NULL, NULL);
		PERFORM "row_counts_add"('workshop_participants', OLD.space_id, OLD.status, -COALESCE(OLD.participants, 0));
	ELSE
		PERFORM "row_counts_move"('workshops', OLD.space_id, ARRAY[0]::bigint[], OLD.status, NEW.space_id, ARRAY[0]::bigint[], NEW.status);
		IF OLD.space_id = NEW.space_id AND OLD.status = NEW.status THEN
			PERFORM "row_counts_add"('workshop_participants', NEW.space_id, NEW.status, COALESCE(NEW.participants, 0) - COALESCE(OLD.participants, 0));
		ELSE
			PERFORM "row_counts_add"('workshop_participants', OLD.space_id, OLD.status, -COALESCE(OLD.participants, 0));
			PERFORM "row_counts_add"('workshop_participants', NEW.space_id, NEW.status, COALESCE(NEW.participants, 0));
		END IF;
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "workshops_count" AFTER INSERT OR DELETE ON "workshops" FOR EACH ROW EXECUTE FUNCTION "workshops_count"();
CREATE TRIGGER "workshops_count_update" AFTER UPDATE OF "status", "participants", "space_id" ON "workshops" FOR EACH ROW
	WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.participants IS DISTINCT FROM NEW.participants OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "workshops_count"();
CREATE TRIGGER "workshops_count_truncate" AFTER TRUNCATE ON "workshops" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('workshops');
CREATE TRIGGER "workshop_participants_count_truncate" AFTER TRUNCATE ON "workshops" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('workshop_participants');
-- The rows already there, counted once: creating the triggers above locked the counted tables
-- against writers (until this migration commits) after waiting for those under way, so
-- nothing is written between this count and the triggers.
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT s.id, 'account_roles', 0, r.role, 0, count(*) FROM "account_roles" AS r JOIN "spaces" AS s ON s.slug = r.domain GROUP BY s.id, r.role
UNION ALL SELECT a.space_id, 'directory', 0, '', 0, count(*) FROM "accounts" AS a
	JOIN "spaces" AS s ON s.id = a.space_id JOIN "account_roles" AS r ON r.account_id = a.id AND r.domain = s.slug AND r.role = 'facilitator'
	WHERE a.directory_listed AND a.status = 'ACTIVE' GROUP BY a.space_id
UNION ALL SELECT "space_id", 'workshops', 0, "status", 0, count(*) FROM "workshops" GROUP BY "space_id", "status"
UNION ALL SELECT "space_id", 'workshops', 0, '', 0, count(*) FROM "workshops" GROUP BY "space_id"
UNION ALL SELECT "space_id", 'workshop_participants', 0, "status", 0, sum(COALESCE("participants", 0))::bigint FROM "workshops" GROUP BY "space_id", "status";
