package web_test

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"testing"

	"guichet/apitest"
	"guichet/ent/account"
	"guichet/ent/space"
)

// A role held in an organisation or a program unlocks the content written for it only once
// staff approved that program (an organisation: one of its programs); what it lets its holder
// manage meanwhile is unchanged.
func TestScopedRolesReadOnlyOnceApproved(t *testing.T) {
	env := apitest.New(t)
	ctx := context.Background()
	sp := env.DB.Client.Space.Query().Where(space.Slug(ment)).OnlyX(ctx)
	ed := bearer(editorSession(t, env, ment))
	staffH := mentor(t, env, "staff-scopes@example.org", "Sam", "Staff", "staff")
	for _, g := range []struct{ slug, audience string }{{"pour-admins-programme", "PROGRAM_ADMIN"}, {"pour-admins-organisme", "ORG_ADMIN"}} {
		id := env.Op(t, "editor.graphql", "CreateGuide", ment, map[string]any{"input": map[string]any{"audience": g.audience,
			"translations": []any{map[string]any{"locale": "FR", "slug": g.slug, "title": "Réservé " + g.audience, "body": "x"}}}}, ed).
			MustOK(t).Str("createGuide.guide.id")
		env.Op(t, "editor.graphql", "PublishGuide", ment, map[string]any{"id": id}, ed).MustOK(t)
	}
	reads := func(h http.Header) (program, org bool) {
		t.Helper()
		read := func(slug string) bool {
			r := env.Op(t, "help.graphql", "GuideBySlug", ment, map[string]any{"slug": slug}, h).MustOK(t)
			return r.Str("guide.slug") == slug
		}
		return read("pour-admins-programme"), read("pour-admins-organisme")
	}
	decide := func(program, verdict string) {
		t.Helper()
		switch verdict {
		case "APPROVED":
			approveOrganizationOf(t, env, staffH, program) // a program is approved once its organisation is
			mop(t, env, "ApproveProgram", map[string]any{"id": program}, staffH).MustOK(t)
		case "REJECTED":
			env.Do(t, apitest.Request{Space: ment, Query: `mutation($id: ID!) { rejectProgram(id: $id, reason: "Hors champ") { program { status } } }`,
				Variables: map[string]any{"id": program}, Header: staffH}).MustOK(t)
		}
	}
	// programAdmin grants the program-admin role of a program, as a space admin does.
	programAdmin := func(email, program string) http.Header {
		h := mentor(t, env, email, "Pat", "Programme")
		a := env.DB.Client.Account.Query().Where(account.Email(email)).OnlyX(ctx)
		scope := "program:" + program
		if _, err := env.Accounts.GrantRole(ctx, sp, 0, a.ID, "program-admin", &scope, "test"); err != nil {
			t.Fatal(err)
		}
		return h
	}

	tests := []struct {
		name string
		// setup makes the viewer and returns the program staff decide on ("" for none).
		setup   func(i int) (http.Header, string)
		verdict string // what staff decide: "", APPROVED or REJECTED
		// what the viewer reads (PROGRAM_ADMIN, ORG_ADMIN) before and after the decision
		before, after [2]bool
	}{
		{"org admin of an organisation without programs", func(i int) (http.Header, string) {
			h := mentor(t, env, fmt.Sprintf("org%d@example.org", i), "Olga", "Org")
			newOrganization(t, env, h, "Organisme "+strconv.Itoa(i))
			return h, ""
		}, "", [2]bool{false, false}, [2]bool{false, false}},
		{"org admin whose program is approved", func(i int) (http.Header, string) {
			h := mentor(t, env, fmt.Sprintf("org%d@example.org", i), "Olga", "Org")
			return h, newProgram(t, env, h, newOrganization(t, env, h, "Organisme "+strconv.Itoa(i)), "Programme", "")
		}, "APPROVED", [2]bool{false, false}, [2]bool{true, true}},
		{"org admin whose program is rejected", func(i int) (http.Header, string) {
			h := mentor(t, env, fmt.Sprintf("org%d@example.org", i), "Olga", "Org")
			return h, newProgram(t, env, h, newOrganization(t, env, h, "Organisme "+strconv.Itoa(i)), "Programme", "")
		}, "REJECTED", [2]bool{false, false}, [2]bool{false, false}},
		{"program admin of an approved program", func(i int) (http.Header, string) {
			owner := mentor(t, env, fmt.Sprintf("owner%d@example.org", i), "Olga", "Org")
			p := newProgram(t, env, owner, newOrganization(t, env, owner, "Organisme "+strconv.Itoa(i)), "Programme", "")
			return programAdmin(fmt.Sprintf("prog%d@example.org", i), p), p
		}, "APPROVED", [2]bool{false, false}, [2]bool{true, false}},
		{"program admin of a rejected program", func(i int) (http.Header, string) {
			owner := mentor(t, env, fmt.Sprintf("owner%d@example.org", i), "Olga", "Org")
			p := newProgram(t, env, owner, newOrganization(t, env, owner, "Organisme "+strconv.Itoa(i)), "Programme", "")
			return programAdmin(fmt.Sprintf("prog%d@example.org", i), p), p
		}, "REJECTED", [2]bool{false, false}, [2]bool{false, false}},
		{"program admin of a pending program beside an approved one", func(i int) (http.Header, string) {
			owner := mentor(t, env, fmt.Sprintf("owner%d@example.org", i), "Olga", "Org")
			org := newOrganization(t, env, owner, "Organisme "+strconv.Itoa(i))
			decide(newProgram(t, env, owner, org, "Approuvé", ""), "APPROVED")
			// The organisation's approved program does not count for another of its programs.
			return programAdmin(fmt.Sprintf("prog%d@example.org", i), newProgram(t, env, owner, org, "En attente", "")), ""
		}, "", [2]bool{false, false}, [2]bool{false, false}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, program := tt.setup(i)
			if p, o := reads(h); [2]bool{p, o} != tt.before {
				t.Fatalf("before the decision: reads PROGRAM_ADMIN %v, ORG_ADMIN %v; want %v", p, o, tt.before)
			}
			if program != "" {
				decide(program, tt.verdict)
			}
			if p, o := reads(h); [2]bool{p, o} != tt.after {
				t.Fatalf("after %s: reads PROGRAM_ADMIN %v, ORG_ADMIN %v; want %v", tt.verdict, p, o, tt.after)
			}
		})
	}
}
