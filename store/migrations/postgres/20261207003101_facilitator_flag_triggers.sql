-- accounts.facilitator kept by triggers in the transaction that writes the roles, so that the
-- directory checks the role in its index, not in a lookup per entry: whether the account holds
-- the facilitator role in its own space's domain (the slug of its space).
-- Each trigger reads the accounts' role afresh (the index on account_id, role, domain); a write
-- of another role fires none.
CREATE FUNCTION "facilitator_flag_recount"(p_accounts bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- The accounts locked first (in order), so that two transactions granting or taking the
	-- role at once see each other's: the next statement reads afresh, once the other committed.
	PERFORM 1 FROM "accounts" WHERE id = ANY (p_accounts) ORDER BY id FOR NO KEY UPDATE;
	UPDATE "accounts" AS a SET "facilitator" = EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = a.id
		AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id))
	WHERE a.id = ANY (p_accounts);
END
$$;
CREATE FUNCTION "account_roles_facilitator"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "facilitator_flag_recount"(ARRAY[NEW.account_id]::bigint[]);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "facilitator_flag_recount"(ARRAY[OLD.account_id]::bigint[]);
	ELSE
		PERFORM "facilitator_flag_recount"(ARRAY[OLD.account_id, NEW.account_id]::bigint[]);
	END IF;
	RETURN NULL;
END
$$;
-- AFTER ROW: it sees every row its statement wrote. An update reads afresh the former account
-- and the new one (ent writes neither: a role's columns are immutable).
CREATE TRIGGER "account_roles_facilitator_insert" AFTER INSERT ON "account_roles" FOR EACH ROW
	WHEN (NEW.role = 'facilitator')
	EXECUTE FUNCTION "account_roles_facilitator"();
CREATE TRIGGER "account_roles_facilitator_delete" AFTER DELETE ON "account_roles" FOR EACH ROW
	WHEN (OLD.role = 'facilitator')
	EXECUTE FUNCTION "account_roles_facilitator"();
CREATE TRIGGER "account_roles_facilitator_update" AFTER UPDATE OF "role", "domain", "account_id" ON "account_roles" FOR EACH ROW
	WHEN ((OLD.role IS DISTINCT FROM NEW.role OR OLD.domain IS DISTINCT FROM NEW.domain OR OLD.account_id IS DISTINCT FROM NEW.account_id)
		AND (OLD.role = 'facilitator' OR NEW.role = 'facilitator'))
	EXECUTE FUNCTION "account_roles_facilitator"();
-- No role left: no facilitator.
CREATE FUNCTION "account_roles_facilitator_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "accounts" SET "facilitator" = false WHERE "facilitator";
	RETURN NULL;
END
$$;
CREATE TRIGGER "account_roles_facilitator_truncate" AFTER TRUNCATE ON "account_roles" FOR EACH STATEMENT
	EXECUTE FUNCTION "account_roles_facilitator_truncated"();
-- An account moved to another space holds the roles of that space's domain (ent does not move
-- one: space_id is immutable).
CREATE FUNCTION "accounts_facilitator"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "facilitator_flag_recount"(ARRAY[NEW.id]::bigint[]);
	RETURN NULL;
END
$$;
CREATE TRIGGER "accounts_facilitator_update" AFTER UPDATE OF "space_id" ON "accounts" FOR EACH ROW
	WHEN (OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "accounts_facilitator"();
-- The accounts already there, read once: creating the triggers above locked account_roles and
-- accounts against writers (until this migration commits), so nothing is written between this
-- reading and the triggers. Those holding the role anywhere, the others being false as the
-- column's default.
UPDATE "accounts" AS a SET "facilitator" = EXISTS (SELECT 1 FROM "account_roles" AS r WHERE r.account_id = a.id
	AND r.role = 'facilitator' AND r.domain = (SELECT slug FROM "spaces" WHERE id = a.space_id))
WHERE a."facilitator" OR a.id IN (SELECT account_id FROM "account_roles" WHERE role = 'facilitator');
