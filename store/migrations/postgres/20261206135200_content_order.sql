-- A page of FAQs or resources, of the space or of a category, and of a category's guides, is a
-- range of an index in reading order (position, then id: SQLite keeps the rowid in every
-- index, PostgreSQL needs it named to start a page at a cursor); FAQs' and resources' rule of
-- visibility (a published translation) is answered from an index, as guides' is.
-- Create index "faq_space_id_position_id" to table: "faqs"
CREATE INDEX "faq_space_id_position_id" ON "faqs" ("space_id", "position", "id");
-- Create index "faq_space_id_category_id_position_id" to table: "faqs"
CREATE INDEX "faq_space_id_category_id_position_id" ON "faqs" ("space_id", "category_id", "position", "id");
-- Create index "faqtranslation_faq_id_published" to table: "faq_translations"
CREATE INDEX "faqtranslation_faq_id_published" ON "faq_translations" ("faq_id", "published");
-- Create index "guide_space_id_category_id_position_id" to table: "guides"
CREATE INDEX "guide_space_id_category_id_position_id" ON "guides" ("space_id", "category_id", "position", "id");
-- Create index "resource_space_id_position_id" to table: "resources"
CREATE INDEX "resource_space_id_position_id" ON "resources" ("space_id", "position", "id");
-- Create index "resource_space_id_category_id_position_id" to table: "resources"
CREATE INDEX "resource_space_id_category_id_position_id" ON "resources" ("space_id", "category_id", "position", "id");
-- Create index "resourcetranslation_resource_id_published" to table: "resource_translations"
CREATE INDEX "resourcetranslation_resource_id_published" ON "resource_translations" ("resource_id", "published");
-- Drop index "guide_space_id_category_id_position" from table: "guides" (its columns begin guide_space_id_category_id_position_id)
DROP INDEX "guide_space_id_category_id_position";
