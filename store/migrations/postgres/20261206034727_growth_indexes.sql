-- Create index "accountrole_account_id_domain" to table: "account_roles"
CREATE INDEX "accountrole_account_id_domain" ON "account_roles" ("account_id", "domain");
-- Create index "guidetranslation_guide_id_published" to table: "guide_translations"
CREATE INDEX "guidetranslation_guide_id_published" ON "guide_translations" ("guide_id", "published");
-- Create index "guide_space_id_position_id" to table: "guides"
CREATE INDEX "guide_space_id_position_id" ON "guides" ("space_id", "position", "id");
