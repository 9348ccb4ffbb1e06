-- accounts.belt_rank kept by triggers in the transaction that writes the roles, so that the
-- local group's members read each one's belt in its row, not in a subquery per member:
--   the rank (facilitation.Rank: white 1 … blue 5) of the highest belt role the account holds
--   in its own space's domain (the slug of its space), 0 for none.
-- Each trigger counts the accounts' ranks afresh from their roles (a few rows of the index on
-- account_id, domain); a write of another role fires none.
CREATE FUNCTION "belt_rank_recount"(p_accounts bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- The accounts locked first (in order), so that two transactions granting or taking their
	-- roles at once see each other's: the next statement reads afresh, once the other committed
	-- (account_roles_directory_belts takes this lock before too; this one does not rely on it).
	PERFORM 1 FROM "accounts" WHERE id = ANY (p_accounts) ORDER BY id FOR NO KEY UPDATE;
	UPDATE "accounts" AS a SET "belt_rank" = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
		WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM "account_roles" AS r
		WHERE r.account_id = a.id AND r.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id)), 0)
	WHERE a.id = ANY (p_accounts);
END
$$;
CREATE FUNCTION "account_roles_belt_rank"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "belt_rank_recount"(ARRAY[NEW.account_id]::bigint[]);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "belt_rank_recount"(ARRAY[OLD.account_id]::bigint[]);
	ELSE
		PERFORM "belt_rank_recount"(ARRAY[OLD.account_id, NEW.account_id]::bigint[]);
	END IF;
	RETURN NULL;
END
$$;
-- AFTER ROW: it sees every row its statement wrote, so that the rank counted last is the
-- statement's. An update counts afresh the former account and the new one (ent writes
-- neither: a role's columns are immutable).
CREATE TRIGGER "account_roles_belt_rank_insert" AFTER INSERT ON "account_roles" FOR EACH ROW
	WHEN (NEW.role IN ('white', 'yellow', 'orange', 'green', 'blue'))
	EXECUTE FUNCTION "account_roles_belt_rank"();
CREATE TRIGGER "account_roles_belt_rank_delete" AFTER DELETE ON "account_roles" FOR EACH ROW
	WHEN (OLD.role IN ('white', 'yellow', 'orange', 'green', 'blue'))
	EXECUTE FUNCTION "account_roles_belt_rank"();
CREATE TRIGGER "account_roles_belt_rank_update" AFTER UPDATE OF "role", "domain", "account_id" ON "account_roles" FOR EACH ROW
	WHEN ((OLD.role IS DISTINCT FROM NEW.role OR OLD.domain IS DISTINCT FROM NEW.domain OR OLD.account_id IS DISTINCT FROM NEW.account_id)
		AND (OLD.role IN ('white', 'yellow', 'orange', 'green', 'blue') OR NEW.role IN ('white', 'yellow', 'orange', 'green', 'blue')))
	EXECUTE FUNCTION "account_roles_belt_rank"();
-- No role left: no belt.
CREATE FUNCTION "account_roles_belt_rank_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "accounts" SET "belt_rank" = 0 WHERE "belt_rank" <> 0;
	RETURN NULL;
END
$$;
CREATE TRIGGER "account_roles_belt_rank_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT
	EXECUTE FUNCTION "account_roles_belt_rank_truncated"();
-- An account moved to another space holds the belts of that space's domain (ent does not move
-- one: space_id is immutable).
CREATE FUNCTION "accounts_belt_rank"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "belt_rank_recount"(ARRAY[NEW.id]::bigint[]);
	RETURN NULL;
END
$$;
CREATE TRIGGER "accounts_belt_rank_update" AFTER UPDATE OF "space_id" ON "accounts" FOR EACH ROW
	WHEN (OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "accounts_belt_rank"();
-- The accounts already there, ranked once: creating the triggers above locked account_roles
-- and accounts against writers (until this migration commits), so nothing is written between
-- this count and the triggers. Those holding a belt role anywhere, the others being 0 as the
-- column's default.
UPDATE "accounts" AS a SET "belt_rank" = COALESCE((SELECT MAX(CASE r.role WHEN 'white' THEN 1 WHEN 'yellow' THEN 2
	WHEN 'orange' THEN 3 WHEN 'green' THEN 4 WHEN 'blue' THEN 5 ELSE 0 END) FROM "account_roles" AS r
	WHERE r.account_id = a.id AND r.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id)), 0)
WHERE a."belt_rank" <> 0 OR a.id IN (SELECT account_id FROM "account_roles" WHERE role IN ('white', 'yellow', 'orange', 'green', 'blue'));
