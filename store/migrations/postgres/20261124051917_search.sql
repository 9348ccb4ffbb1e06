-- Full-text search on PostgreSQL (help/SEARCH.md): one row per published translation of a
-- guide, FAQ or resource, written by the help package in the transaction that publishes it.
-- Each language has a text search configuration: accents folded (unaccent) before the
-- Snowball stemmer and stop words of the language. unaccent is a trusted extension: the
-- database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION guichet_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION guichet_french
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
	WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION guichet_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION guichet_english
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
	WITH unaccent, english_stem;
-- document: setweight(title, 'A') || setweight(summary, 'B') || setweight(body, 'C'), in the
-- configuration of the row's locale. title_words orders titles by length in the first tier.
CREATE TABLE search_documents (
	kind character varying(16) NOT NULL,
	item_id bigint NOT NULL,
	locale character varying(8) NOT NULL,
	space_id bigint NOT NULL,
	audience character varying(64) NOT NULL,
	title text NOT NULL,
	summary text NOT NULL,
	body text NOT NULL,
	title_words integer NOT NULL,
	document tsvector NOT NULL,
	PRIMARY KEY (kind, item_id, locale)
);
CREATE INDEX search_documents_document ON search_documents USING GIN (document);
CREATE INDEX search_documents_scope ON search_documents (space_id, locale, audience);
