-- Give entities and documents the ID ranges ent assigns them (written by hand: the
-- certification and mentoring branches had given their new tables the same ranges, and
-- global IDs tell a node's type by its range).
UPDATE sqlite_sequence SET seq = 163208757248 WHERE name = 'entities' AND seq < 163208757248;
UPDATE sqlite_sequence SET seq = 158913789952 WHERE name = 'documents' AND seq < 158913789952;
