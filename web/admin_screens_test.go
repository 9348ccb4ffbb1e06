package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/ent/entity"
)

// What the admin app's screens read beyond the contract: the audiences a space's pages may be
// written for (those updatePageSettings accepts), and an entity's page for staff.
func TestAdminScreensReads(t *testing.T) {
	env := apitest.New(t)
	for sp, want := range map[string]string{
		fac:  "PUBLIC SIGNED_IN PARTICIPANT FACILITATOR TRAINER EDITOR STAFF",
		cert: "PUBLIC SIGNED_IN EDITOR STAFF ENTITY_MANAGER DEPOSITOR",
		ment: "PUBLIC SIGNED_IN EDITOR STAFF ORG_ADMIN PROGRAM_ADMIN",
	} {
		r := env.Do(t, apitest.Request{Space: sp, Query: `{ space { audiences modules } }`}).MustOK(t)
		got, _ := r.Get("space.audiences").([]any)
		if strings.TrimSpace(strings.Trim(fmt.Sprint(got), "[]")) != want {
			t.Errorf("%s offers %v, want %s", sp, got, want)
		}
		if modules, _ := r.Get("space.modules").([]any); len(modules) == 0 {
			t.Errorf("%s runs no module: %s", sp, r.Body)
		}
	}
	if r := env.Do(t, apitest.Request{Space: cert, Query: `{ space { modules } }`}).MustOK(t); fmt.Sprint(r.Get("space.modules")) != "[entities documents]" {
		t.Errorf("the certification space's modules: %s", r.Body)
	}

	registerDepositor(t, env, depositorInput("claire@example.org", map[string]any{"entityName": "Formations Moreau"}),
		proof("kbis.pdf", "application/pdf", pdfDoc)).MustOK(t)
	activate(t, env, "claire@example.org")
	id := itoa(env.DB.Client.Entity.Query().Where(entity.Name("Formations Moreau")).OnlyX(context.Background()).ID)
	const q = `query ($id: ID!) { entity(id: $id) { name manager { id } members(first: 10) { totalCount edges { node { email status } } } } }`
	st := bearer(staff(t, env, cert))
	r := env.Do(t, apitest.Request{Space: cert, Query: q, Variables: map[string]any{"id": id}, Header: st}).MustOK(t)
	if r.Str("entity.name") != "Formations Moreau" || r.Get("entity.manager") != nil || r.Int("entity.members.totalCount") != 1 ||
		r.Str("entity.members.edges.0.node.email") != "claire@example.org" {
		t.Fatalf("staff read the entity: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: cert, Query: q, Variables: map[string]any{"id": "999999"}, Header: st}).MustOK(t); r.Get("entity") != nil {
		t.Fatalf("an unknown entity: %s", r.Body)
	}
	if r := env.Do(t, apitest.Request{Space: cert, Query: q, Variables: map[string]any{"id": id}}); code(r) != "UNAUTHENTICATED" {
		t.Fatalf("an anonymous reader reads an entity: %s", r.Body)
	}
	// Another space's staff do not find the certification space's entities.
	if r := env.Do(t, apitest.Request{Space: ment, Query: q, Variables: map[string]any{"id": id}, Header: bearer(staff(t, env, ment))}).MustOK(t); r.Get("entity") != nil {
		t.Fatalf("mentoring staff read an entity: %s", r.Body)
	}
}
