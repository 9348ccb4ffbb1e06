-- Local groups' figures kept in row_counts (package rowcount), by triggers in the transaction
-- that writes the rows: local_groups, in the space; local_group_members, in their group (scope:
-- the group's ID). A group's page and the list read them instead of counting the members.
CREATE FUNCTION "local_groups_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_add"('local_groups', NEW.space_id, '', 1);
	ELSE
		PERFORM "row_counts_add"('local_groups', OLD.space_id, '', -1);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "local_groups_count" AFTER INSERT OR DELETE ON "local_groups" FOR EACH ROW EXECUTE FUNCTION "local_groups_count"();
CREATE TRIGGER "local_groups_count_truncate" AFTER TRUNCATE ON "local_groups" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('local_groups');
CREATE FUNCTION "local_group_members_count"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		PERFORM "row_counts_move"('local_group_members', NULL, NULL, NULL,
			(SELECT space_id FROM "local_groups" WHERE id = NEW.group_id), ARRAY[NEW.group_id]::bigint[], NULL);
	ELSE
		PERFORM "row_counts_move"('local_group_members', (SELECT space_id FROM "local_groups" WHERE id = OLD.group_id),
			ARRAY[OLD.group_id]::bigint[], NULL, NULL, NULL, NULL);
	END IF;
	RETURN NULL;
END
$$;
CREATE TRIGGER "local_group_members_count" AFTER INSERT OR DELETE ON "local_group_members" FOR EACH ROW EXECUTE FUNCTION "local_group_members_count"();
CREATE TRIGGER "local_group_members_count_truncate" AFTER TRUNCATE ON "local_group_members" FOR EACH STATEMENT EXECUTE FUNCTION "row_counts_truncated"('local_group_members');
-- A group's page lists the upcoming workshops of its city, compared without case: this index
-- gives them soonest first without reading the space's other workshops.
CREATE INDEX "workshop_space_id_lower_city_starts_at" ON "workshops" ("space_id", lower("city"), "starts_at");
