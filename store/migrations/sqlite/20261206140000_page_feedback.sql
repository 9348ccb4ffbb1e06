-- Create "page_votes" table
CREATE TABLE `page_votes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `page_kind` text NOT NULL, `page_id` integer NOT NULL, `locale` text NOT NULL, `voter` text NOT NULL, `helpful` bool NOT NULL, `updated_at` datetime NOT NULL);
-- Set sequence for "page_votes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("page_votes", 201863462912);
-- Create index "pagevote_page_id_page_kind_locale_voter" to table: "page_votes"
CREATE UNIQUE INDEX `pagevote_page_id_page_kind_locale_voter` ON `page_votes` (`page_id`, `page_kind`, `locale`, `voter`);
-- Create index "pagevote_space_id_updated_at" to table: "page_votes"
CREATE INDEX `pagevote_space_id_updated_at` ON `page_votes` (`space_id`, `updated_at`);
-- Create "search_gaps" table
CREATE TABLE `search_gaps` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `day` datetime NOT NULL, `locale` text NOT NULL, `query` text NOT NULL, `count` integer NOT NULL DEFAULT (0), `last_at` datetime NOT NULL);
-- Set sequence for "search_gaps" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("search_gaps", 206158430208);
-- Create index "searchgap_space_id_day_locale_query" to table: "search_gaps"
CREATE UNIQUE INDEX `searchgap_space_id_day_locale_query` ON `search_gaps` (`space_id`, `day`, `locale`, `query`);
-- Create index "searchgap_day" to table: "search_gaps"
CREATE INDEX `searchgap_day` ON `search_gaps` (`day`);
-- Create "vote_salts" table
CREATE TABLE `vote_salts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `day` datetime NOT NULL, `salt` blob NOT NULL);
-- Set sequence for "vote_salts" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("vote_salts", 210453397504);
-- Create index "vote_salts_day_key" to table: "vote_salts"
CREATE UNIQUE INDEX `vote_salts_day_key` ON `vote_salts` (`day`);
