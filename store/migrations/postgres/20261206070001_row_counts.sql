-- The number of rows of the lists that grow with accounts and events, kept by triggers in the
-- transaction that writes the rows (package rowcount): what is counted, in a space, in a
-- scope (0: the whole space; else an entity, an organisation, a webhook), by value (a status,
-- an action; '' counts every row of the scope). totalCount reads a few of these rows rather
-- than counting the list. Each key has up to 8 slots, summed when read: a transaction writes
-- the slot of its id, so that concurrent writers of one space seldom wait for one row.
CREATE TABLE "row_counts" ("space_id" bigint NOT NULL, "counted" character varying NOT NULL, "scope_id" bigint NOT NULL, "value" character varying NOT NULL, "slot" smallint NOT NULL, "n" bigint NOT NULL, PRIMARY KEY ("space_id", "counted", "scope_id", "value", "slot"));
-- row_counts_move counts a row out of its former keys (o_…; o_space null: it is new) and into
-- its new ones (n_…; n_space null: it is gone): in each of its scopes (null ones skipped), under
-- its value (null: only under '') and under ''. Keys it stays in are not written, and keys are
-- written in one order, so that two transactions do not wait for each other crosswise.
CREATE FUNCTION "row_counts_move"(p_counted text, o_space bigint, o_scopes bigint[], o_value text, n_space bigint, n_scopes bigint[], n_value text) RETURNS void LANGUAGE sql AS $$
	INSERT INTO "row_counts" AS c ("space_id", "counted", "scope_id", "value", "slot", "n")
	SELECT d.space_id, p_counted, d.scope_id, d.value, (txid_current() % 8)::smallint, sum(d.n)
	FROM (
		SELECT o_space AS space_id, s.id AS scope_id, v.value AS value, -1 AS n
		FROM unnest(o_scopes) AS s(id), unnest(ARRAY[o_value, '']) AS v(value)
		WHERE o_space IS NOT NULL AND s.id IS NOT NULL AND v.value IS NOT NULL
		UNION ALL
		SELECT n_space, s.id, v.value, 1
		FROM unnest(n_scopes) AS s(id), unnest(ARRAY[n_value, '']) AS v(value)
		WHERE n_space IS NOT NULL AND s.id IS NOT NULL AND v.value IS NOT NULL
	) AS d
	GROUP BY d.space_id, d.scope_id, d.value
	HAVING sum(d.n) <> 0
	ORDER BY d.space_id, d.scope_id, d.value
	ON CONFLICT ("space_id", "counted", "scope_id", "value", "slot") DO UPDATE SET "n" = c."n" + EXCLUDED."n"
$$;
-- TRUNCATE fires no row trigger: it forgets the counts of its table (TG_ARGV[0]).
CREATE FUNCTION "row_counts_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM "row_counts" WHERE "counted" = TG_ARGV[0];
	RETURN NULL;
END
$$;
-- Accounts: by status, in the space and in their entity.
CREATE FUNCTION "accounts_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('accounts', NULL, NULL, NULL, NEW.space_id, ARRAY[0, NEW.entity_id]::bigint[], NEW.status);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('accounts', OLD.space_id, ARRAY[0, OLD.entity_id]::bigint[], OLD.status, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('accounts', OLD.space_id, ARRAY[0, OLD.entity_id]::bigint[], OLD.status,
			NEW.space_id, ARRAY[0, NEW.entity_id]::bigint[], NEW.status);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "accounts_count" AFTER INSERT OR DELETE ON "accounts" FOR EACH ROW EXECUTE FUNCTION "accounts_count"();
CREATE TRIGGER "accounts_count_update" AFTER UPDATE OF "status", "entity_id", "space_id" ON "accounts" FOR EACH ROW
	WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.entity_id IS DISTINCT FROM NEW.entity_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "accounts_count"();
CREATE TRIGGER "accounts_count_truncate" AFTER TRUNCATE ON "accounts" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('accounts');
-- Audit events: by action, in the space.
CREATE FUNCTION "audit_events_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('audit_events', NULL, NULL, NULL, NEW.space_id, ARRAY[0]::bigint[], NEW.action);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('audit_events', OLD.space_id, ARRAY[0]::bigint[], OLD.action, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('audit_events', OLD.space_id, ARRAY[0]::bigint[], OLD.action, NEW.space_id, ARRAY[0]::bigint[], NEW.action);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "audit_events_count" AFTER INSERT OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "audit_events_count"();
CREATE TRIGGER "audit_events_count_update" AFTER UPDATE OF "action", "space_id" ON "audit_events" FOR EACH ROW
	WHEN (OLD.action IS DISTINCT FROM NEW.action OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "audit_events_count"();
CREATE TRIGGER "audit_events_count_truncate" AFTER TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('audit_events');
-- Belt requests: by status and belt ('OPEN/yellow'), in the space.
CREATE FUNCTION "belt_requests_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('belt_requests', NULL, NULL, NULL, NEW.space_id, ARRAY[0]::bigint[], NEW.status || '/' || NEW.belt);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('belt_requests', OLD.space_id, ARRAY[0]::bigint[], OLD.status || '/' || OLD.belt, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('belt_requests', OLD.space_id, ARRAY[0]::bigint[], OLD.status || '/' || OLD.belt,
			NEW.space_id, ARRAY[0]::bigint[], NEW.status || '/' || NEW.belt);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "belt_requests_count" AFTER INSERT OR DELETE ON "belt_requests" FOR EACH ROW EXECUTE FUNCTION "belt_requests_count"();
CREATE TRIGGER "belt_requests_count_update" AFTER UPDATE OF "status", "belt", "space_id" ON "belt_requests" FOR EACH ROW
	WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.belt IS DISTINCT FROM NEW.belt OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "belt_requests_count"();
CREATE TRIGGER "belt_requests_count_truncate" AFTER TRUNCATE ON "belt_requests" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('belt_requests');
-- Programs: in the space and in their organisation.
CREATE FUNCTION "programs_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('programs', NULL, NULL, NULL, NEW.space_id, ARRAY[0, NEW.organization_id]::bigint[], NULL);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('programs', OLD.space_id, ARRAY[0, OLD.organization_id]::bigint[], NULL, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('programs', OLD.space_id, ARRAY[0, OLD.organization_id]::bigint[], NULL,
			NEW.space_id, ARRAY[0, NEW.organization_id]::bigint[], NULL);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "programs_count" AFTER INSERT OR DELETE ON "programs" FOR EACH ROW EXECUTE FUNCTION "programs_count"();
CREATE TRIGGER "programs_count_update" AFTER UPDATE OF "organization_id", "space_id" ON "programs" FOR EACH ROW
	WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id OR OLD.space_id IS DISTINCT FROM NEW.space_id)
	EXECUTE FUNCTION "programs_count"();
CREATE TRIGGER "programs_count_truncate" AFTER TRUNCATE ON "programs" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('programs');
-- Webhook deliveries: in their webhook (scope), whatever the space (0: a delivery has none).
CREATE FUNCTION "webhook_deliveries_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('webhook_deliveries', NULL, NULL, NULL, 0, ARRAY[NEW.webhook_id]::bigint[], NULL);
	ELSIF TG_OP = 'DELETE' THEN
		PERFORM "row_counts_move"('webhook_deliveries', 0, ARRAY[OLD.webhook_id]::bigint[], NULL, NULL, NULL, NULL);
	ELSE
		PERFORM "row_counts_move"('webhook_deliveries', 0, ARRAY[OLD.webhook_id]::bigint[], NULL, 0, ARRAY[NEW.webhook_id]::bigint[], NULL);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "webhook_deliveries_count" AFTER INSERT OR DELETE ON "webhook_deliveries" FOR EACH ROW EXECUTE FUNCTION "webhook_deliveries_count"();
CREATE TRIGGER "webhook_deliveries_count_update" AFTER UPDATE OF "webhook_id" ON "webhook_deliveries" FOR EACH ROW
	WHEN (OLD.webhook_id IS DISTINCT FROM NEW.webhook_id)
	EXECUTE FUNCTION "webhook_deliveries_count"();
CREATE TRIGGER "webhook_deliveries_count_truncate" AFTER TRUNCATE ON "webhook_deliveries" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('webhook_deliveries');
-- The rows already there, counted once: creating the triggers above locked the counted tables
-- against writers (until this migration commits) after waiting for those under way, so
-- nothing is written between this count and the triggers.
INSERT INTO "row_counts" ("space_id", "counted", "scope_id", "value", "slot", "n")
SELECT "space_id", 'accounts', 0, "status", 0, count(*) FROM "accounts" GROUP BY "space_id", "status"
UNION ALL SELECT "space_id", 'accounts', 0, '', 0, count(*) FROM "accounts" GROUP BY "space_id"
UNION ALL SELECT "space_id", 'accounts', "entity_id", "status", 0, count(*) FROM "accounts" WHERE "entity_id" IS NOT NULL GROUP BY "space_id", "entity_id", "status"
UNION ALL SELECT "space_id", 'accounts', "entity_id", '', 0, count(*) FROM "accounts" WHERE "entity_id" IS NOT NULL GROUP BY "space_id", "entity_id"
UNION ALL SELECT "space_id", 'audit_events', 0, "action", 0, count(*) FROM "audit_events" GROUP BY "space_id", "action"
UNION ALL SELECT "space_id", 'audit_events', 0, '', 0, count(*) FROM "audit_events" GROUP BY "space_id"
UNION ALL SELECT "space_id", 'belt_requests', 0, "status" || '/' || "belt", 0, count(*) FROM "belt_requests" GROUP BY "space_id", "status", "belt"
UNION ALL SELECT "space_id", 'belt_requests', 0, '', 0, count(*) FROM "belt_requests" GROUP BY "space_id"
UNION ALL SELECT "space_id", 'programs', 0, '', 0, count(*) FROM "programs" GROUP BY "space_id"
UNION ALL SELECT "space_id", 'programs', "organization_id", '', 0, count(*) FROM "programs" GROUP BY "space_id", "organization_id"
UNION ALL SELECT 0, 'webhook_deliveries', "webhook_id", '', 0, count(*) FROM "webhook_deliveries" GROUP BY "webhook_id";
