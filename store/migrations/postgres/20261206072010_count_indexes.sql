-- Create index "auditevent_space_id_action_created_at" to table: "audit_events"
CREATE INDEX "auditevent_space_id_action_created_at" ON "audit_events" ("space_id", "action", "created_at");
-- Drop index "auditevent_space_id_action" from table: "audit_events" (the new one begins with it)
DROP INDEX "auditevent_space_id_action";
-- Create index "cooptation_coopter_id" to table: "co_optations"
CREATE INDEX "cooptation_coopter_id" ON "co_optations" ("coopter_id");
