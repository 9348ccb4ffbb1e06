-- Organisations are approved too (issue 18): a new one is PENDING until staff decide; those
-- already there are APPROVED, so that nothing live breaks. Onboarding counts per program: its
-- registrations are read by program. Columns are added, not the table rebuilt: a rebuild
-- would drop the row-count triggers.
ALTER TABLE `organizations` ADD COLUMN `status` text NOT NULL DEFAULT ('PENDING');
ALTER TABLE `organizations` ADD COLUMN `rejection_reason` text NOT NULL DEFAULT ('');
ALTER TABLE `organizations` ADD COLUMN `decided_at` datetime NULL;
ALTER TABLE `organizations` ADD COLUMN `decided_by` integer NULL;
UPDATE `organizations` SET `status` = 'APPROVED';
CREATE INDEX `organization_space_id_status_created_at` ON `organizations` (`space_id`, `status`, `created_at`);
CREATE INDEX `onboardingregistration_program_id` ON `onboarding_registrations` (`program_id`);
