-- Modify "accounts" table
ALTER TABLE "accounts" ADD COLUMN "directory_listed" boolean NOT NULL DEFAULT false;
