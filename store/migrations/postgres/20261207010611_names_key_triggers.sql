-- accounts.names_key kept by a trigger on the row being written (ent's hook writes the names'
-- keys with the names): first_name_key || last_name_key, every word of the names each after a
-- space, so that a word beginning a word of either name is " word" inside it (a word has no
-- space: it cannot straddle the two).
CREATE FUNCTION "accounts_names_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.names_key := NEW.first_name_key || NEW.last_name_key;
	RETURN NEW;
END
$$;
CREATE TRIGGER "accounts_names_key" BEFORE INSERT OR UPDATE OF "first_name_key", "last_name_key", "names_key" ON "accounts" FOR EACH ROW
	EXECUTE FUNCTION "accounts_names_key"();
-- The accounts already there, once.
UPDATE "accounts" SET "names_key" = "first_name_key" || "last_name_key" WHERE "names_key" <> "first_name_key" || "last_name_key";
