-- local_group_members.display_name and belt_rank kept by triggers in the transaction that
-- writes the membership or the account, so that the group's page reads its members from one
-- index (local_group_member_page), not from each one's account row:
--   display_name is the account's first_name || ' ' || last_name, untrimmed (the page trims
--   it); belt_rank is the account's belt_rank, itself kept by the belt_rank triggers, whose
--   UPDATE of accounts (belt_rank_recount, account_roles_belt_rank_truncated) fires
--   accounts_member_names_update.
-- A membership's are set BEFORE its row is written (SQLite's AFTER trigger updates the row
-- again: a second version of the row and of its five index entries here).
CREATE FUNCTION "local_group_members_names"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	v_name character varying;
	v_rank bigint;
BEGIN
	-- FOR SHARE waits for a transaction renaming or ranking the account, and reads the row it
	-- committed; one that starts later waits for this one, then updates this membership too.
	-- (The foreign key's KEY SHARE lets an update of the names through.) No account: the
	-- foreign key refuses the row, as before.
	SELECT a.first_name || ' ' || a.last_name, a.belt_rank INTO v_name, v_rank
	FROM "accounts" AS a WHERE a.id = NEW.account_id FOR SHARE;
	IF FOUND THEN
		NEW.display_name := v_name;
		NEW.belt_rank := v_rank;
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER "local_group_members_names_insert" BEFORE INSERT ON "local_group_members" FOR EACH ROW
	EXECUTE FUNCTION "local_group_members_names"();
-- A membership moved to another account (ent does not move one: account_id is immutable).
CREATE TRIGGER "local_group_members_names_update" BEFORE UPDATE OF "account_id" ON "local_group_members" FOR EACH ROW
	WHEN (OLD.account_id IS DISTINCT FROM NEW.account_id)
	EXECUTE FUNCTION "local_group_members_names"();
-- An account renamed or ranked anew: its memberships (the index on account_id), a few rows.
CREATE FUNCTION "accounts_member_names"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE "local_group_members" SET "display_name" = NEW.first_name || ' ' || NEW.last_name, "belt_rank" = NEW.belt_rank
	WHERE "account_id" = NEW.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER "accounts_member_names_update" AFTER UPDATE OF "first_name", "last_name", "belt_rank" ON "accounts" FOR EACH ROW
	WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name OR OLD.last_name IS DISTINCT FROM NEW.last_name
		OR OLD.belt_rank IS DISTINCT FROM NEW.belt_rank)
	EXECUTE FUNCTION "accounts_member_names"();
-- The memberships already there, copied once: creating the triggers above locked
-- local_group_members and accounts against writers (until this migration commits), so
-- nothing is written between this copy and the triggers.
UPDATE "local_group_members" AS m SET "display_name" = a.first_name || ' ' || a.last_name, "belt_rank" = a.belt_rank
FROM "accounts" AS a WHERE a.id = m.account_id
	AND (m.display_name IS DISTINCT FROM a.first_name || ' ' || a.last_name OR m.belt_rank IS DISTINCT FROM a.belt_rank);
