-- Create "news" table
CREATE TABLE `news` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `audience` text NOT NULL DEFAULT ('PUBLIC'), `position` integer NOT NULL DEFAULT (0), `deleted_at` datetime NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `category_id` integer NULL, `published_at` datetime NULL, `space_id` integer NOT NULL, CONSTRAINT `news_spaces_space` FOREIGN KEY (`space_id`) REFERENCES `spaces` (`id`) ON DELETE NO ACTION);
-- Set sequence for "news" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("news", 180388626432);
-- Create index "news_space_id_key" to table: "news"
CREATE UNIQUE INDEX `news_space_id_key` ON `news` (`space_id`, `key`);
-- Create index "news_space_id_published_at_id" to table: "news"
CREATE INDEX `news_space_id_published_at_id` ON `news` (`space_id`, `published_at`, `id`);
-- Create "news_revisions" table
CREATE TABLE `news_revisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `number` integer NOT NULL, `slug` text NOT NULL, `title` text NOT NULL, `summary` text NOT NULL, `body` text NOT NULL, `author` text NOT NULL DEFAULT (''), `author_id` integer NULL, `translation_id` integer NOT NULL, CONSTRAINT `news_revisions_news_translations_revisions` FOREIGN KEY (`translation_id`) REFERENCES `news_translations` (`id`) ON DELETE NO ACTION);
-- Set sequence for "news_revisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("news_revisions", 184683593728);
-- Create index "newsrevision_translation_id_number" to table: "news_revisions"
CREATE UNIQUE INDEX `newsrevision_translation_id_number` ON `news_revisions` (`translation_id`, `number`);
-- Create "news_slugs" table
CREATE TABLE `news_slugs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `locale` text NOT NULL, `slug` text NOT NULL, `news_id` integer NOT NULL, CONSTRAINT `news_slugs_news_slugs` FOREIGN KEY (`news_id`) REFERENCES `news` (`id`) ON DELETE NO ACTION);
-- Set sequence for "news_slugs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("news_slugs", 188978561024);
-- Create index "newsslug_space_id_slug_locale" to table: "news_slugs"
CREATE UNIQUE INDEX `newsslug_space_id_slug_locale` ON `news_slugs` (`space_id`, `slug`, `locale`);
-- Create "news_tags" table
CREATE TABLE `news_tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `space_id` integer NOT NULL, `tag` text NOT NULL, `news_id` integer NOT NULL, CONSTRAINT `news_tags_news_tags` FOREIGN KEY (`news_id`) REFERENCES `news` (`id`) ON DELETE NO ACTION);
-- Set sequence for "news_tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("news_tags", 193273528320);
-- Create index "newstag_news_id_tag" to table: "news_tags"
CREATE UNIQUE INDEX `newstag_news_id_tag` ON `news_tags` (`news_id`, `tag`);
-- Create index "newstag_space_id_tag" to table: "news_tags"
CREATE INDEX `newstag_space_id_tag` ON `news_tags` (`space_id`, `tag`);
-- Create "news_translations" table
CREATE TABLE `news_translations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `locale` text NOT NULL, `source_hash` text NULL, `published` bool NOT NULL DEFAULT (false), `revision` integer NOT NULL DEFAULT (0), `published_at` datetime NULL, `published_by` text NULL, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `slug` text NOT NULL, `title` text NOT NULL DEFAULT (''), `summary` text NOT NULL DEFAULT (''), `body` text NOT NULL DEFAULT (''), `html` text NOT NULL DEFAULT (''), `plain` text NOT NULL DEFAULT (''), `draft_title` text NOT NULL DEFAULT (''), `draft_summary` text NOT NULL DEFAULT (''), `draft_body` text NOT NULL DEFAULT (''), `draft_slug` text NOT NULL DEFAULT (''), `draft_version` integer NOT NULL DEFAULT (0), `draft_updated_at` datetime NULL, `draft_updated_by` text NOT NULL DEFAULT (''), `publish_at` datetime NULL, `news_id` integer NOT NULL, CONSTRAINT `news_translations_news_translations` FOREIGN KEY (`news_id`) REFERENCES `news` (`id`) ON DELETE NO ACTION);
-- Set sequence for "news_translations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("news_translations", 197568495616);
-- Create index "newstranslation_news_id_locale" to table: "news_translations"
CREATE UNIQUE INDEX `newstranslation_news_id_locale` ON `news_translations` (`news_id`, `locale`);
-- Create index "newstranslation_news_id_published" to table: "news_translations"
CREATE INDEX `newstranslation_news_id_published` ON `news_translations` (`news_id`, `published`);
