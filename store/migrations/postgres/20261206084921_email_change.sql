-- Add column "new_email" to table: "tokens"
ALTER TABLE "tokens" ADD COLUMN "new_email" character varying NULL;
