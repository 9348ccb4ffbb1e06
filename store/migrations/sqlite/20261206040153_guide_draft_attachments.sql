-- Create "guide_translation_draft_attachments" table
CREATE TABLE `guide_translation_draft_attachments` (`guide_translation_id` integer NOT NULL, `file_id` integer NOT NULL, PRIMARY KEY (`guide_translation_id`, `file_id`), CONSTRAINT `guide_translation_draft_attachments_guide_translation_id` FOREIGN KEY (`guide_translation_id`) REFERENCES `guide_translations` (`id`) ON DELETE CASCADE, CONSTRAINT `guide_translation_draft_attachments_file_id` FOREIGN KEY (`file_id`) REFERENCES `files` (`id`) ON DELETE CASCADE);
-- Every draft starts with the files its translation has now (drafts had no files of their own)
INSERT INTO `guide_translation_draft_attachments` (`guide_translation_id`, `file_id`) SELECT `guide_translation_id`, `file_id` FROM `guide_translation_attachments`;
