-- The reported workshops each account ran or co-ran kept in row_counts (package rowcount), by
-- triggers in the transaction that writes the rows, like the other community counts
-- (…_community_counts.sql):
--   workshops_run: the rows of workshop_facilitators whose workshop is REPORTED, in the
--     workshop's space, by account (scope: its ID), under '' only.
-- A workshop with facilitators cannot be deleted, nor an account that facilitated (their
-- foreign keys): a row is counted out when it is deleted, or when its workshop leaves REPORTED
-- or its space.
CREATE FUNCTION "workshop_facilitators_run_count"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	o_space bigint;
	n_space bigint;
BEGIN
	IF TG_OP <> 'INSERT' THEN
		SELECT w.space_id INTO o_space FROM "workshops" AS w WHERE w.id = OLD.workshop_id AND w.status = 'REPORTED';
	END IF;
	IF TG_OP <> 'DELETE' THEN
		SELECT w.space_id INTO n_space FROM "workshops" AS w WHERE w.id = NEW.workshop_id AND w.status = 'REPORTED';
	END IF;
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('workshops_run', NULL, NULL, NULL, n_space, ARRAY[NEW.account_id]::bigint[], NULL);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('workshops_run', o_space, ARRAY[OLD.account_id]::bigint[], NULL, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('workshops_run', o_space, ARRAY[OLD.account_id]::bigint[], NULL, n_space, ARRAY[NEW.account_id]::bigint[], NULL);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "workshop_facilitators_run_count" AFTER INSERT OR DELETE ON "workshop_facilitators" FOR EACH ROW
	EXECUTE FUNCTION "workshop_facilitators_run_count"();
CREATE TRIGGER "workshop_facilitators_run_count_update" AFTER UPDATE OF "workshop_id", "account_id" ON "workshop_facilitators" FOR EACH ROW
	WHEN (OLD.workshop_id IS DISTINCT FROM NEW.workshop_id OR OLD.account_id IS DISTINCT FROM NEW.account_id)
	EXECUTE FUNCTION "workshop_facilitators_run_count"();
CREATE TRIGGER "workshop_facilitators_run_count_truncate" AFTER TRUNCATE ON "workshop_facilitators" FOR EACH STATEMENT
	EXECUTE FUNCTION "row_counts_truncated"('workshops_run');
-- A workshop reported counts its facilitators in; one no longer reported, or moved to another
-- space, counts them out (and into the new space).
CREATE FUNCTION "workshops_run_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM "row_counts_move"('workshops_run',
		CASE WHEN OLD.status = 'REPORTED' THEN OLD.space_id END, ARRAY[f.account_id]::bigint[], NULL,
		CASE WHEN NEW.status = 'REPORTED' THEN NEW.space_id END, ARRAY[f.account_id]::bigint[], NULL)
	FROM "workshop_facilitators" AS f WHERE f.workshop_id = NEW.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER "workshops_run_count_update" AFTER UPDATE OF "status", "space_id" ON "workshops" FOR EACH ROW
	WHEN ((OLD.status = 'REPORTED') IS DISTINCT FROM (NEW.status = 'REPORTED') OR (NEW.status = 'REPORTED' AND OLD.space_id IS DISTINCT FROM NEW.space_id))
	EXECUTE FUNCTION "workshops_run_count"();
-- The rows already there, counted once: creating the triggers above locked the counted tables
-- against writers (until this migration commits) after waiting for those under way, so
-- nothing is written between this count and the triggers.
DELETE FROM "row_counts" WHERE "counted" = 'workshops_run';
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT w.space_id, 'workshops_run', f.account_id, '', 0, count(*) FROM "workshop_facilitators" AS f
	JOIN "workshops" AS w ON w.id = f.workshop_id
WHERE w.status = 'REPORTED'
GROUP BY w.space_id, f.account_id;
