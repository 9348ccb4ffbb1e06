-- Each account's highest belt in its space's domain, kept by triggers (…_belt_rank_triggers.sql).
ALTER TABLE "accounts" ADD COLUMN "belt_rank" bigint NOT NULL DEFAULT 0;
