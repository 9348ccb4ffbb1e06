-- A group's page lists the upcoming public workshops of its city (community/group_workshops.go):
-- this index holds them alone, soonest first, with every column the page reads, so that they
-- are read from it without stepping over the city's other workshops.
CREATE INDEX "workshop_group_page" ON "workshops" ("space_id", lower("city"), "starts_at", "id") INCLUDE ("organizer_id", "co_facilitator_count", "city") WHERE "status" = 'SCHEDULED' AND "kind" = 'PUBLIC';
