package policy

import (
	"bytes"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"guichet/role"
)

func TestReadableAudiences(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		signedIn bool
		roles    []string
		can      []role.Audience
		cannot   []role.Audience
	}{
		{"anonymous", false, nil, []role.Audience{role.Public}, []role.Audience{role.SignedIn, role.Participant, role.Facilitator, role.Staff}},
		{"signed in, no role", true, nil, []role.Audience{role.Public, role.SignedIn}, []role.Audience{role.Participant}},
		{"participant", true, []string{"participant"}, []role.Audience{role.Public, role.SignedIn, role.Participant}, []role.Audience{role.Facilitator}},
		{"facilitator reads participant pages", true, []string{"facilitator"}, []role.Audience{role.Facilitator, role.Participant}, []role.Audience{role.Trainer}},
		{"a belt reads facilitator pages", true, []string{"green"}, []role.Audience{role.Facilitator, role.Participant}, []role.Audience{role.Trainer, role.Staff}},
		{"the lowest belt too", true, []string{"white"}, []role.Audience{role.Facilitator}, []role.Audience{role.Trainer}},
		{"trainer", true, []string{"trainer"}, []role.Audience{role.Trainer, role.Facilitator, role.Participant}, []role.Audience{role.Editor}},
		{"entity manager reads depositor pages", true, []string{"entity-manager"}, []role.Audience{role.EntityManager, role.Depositor}, []role.Audience{role.OrgAdmin}},
		{"depositor does not read manager pages", true, []string{"depositor"}, []role.Audience{role.Depositor}, []role.Audience{role.EntityManager}},
		{"org admin reads program admin pages", true, []string{"org-admin"}, []role.Audience{role.OrgAdmin, role.ProgramAdmin}, []role.Audience{role.Depositor}},
		{"program admin does not read org admin pages", true, []string{"program-admin"}, []role.Audience{role.ProgramAdmin}, []role.Audience{role.OrgAdmin}},
		{"staff reads everything", true, []string{"staff"}, allAudiences, nil},
		{"admin reads everything (through editor)", true, []string{"admin"}, allAudiences, nil},
		{"roles are ignored when not signed in", false, []string{"staff"}, []role.Audience{role.Public}, []role.Audience{role.Staff}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 2 { // the second answer comes from the memo
				got, err := p.ReadableAudiences("facilitators", tt.signedIn, tt.roles)
				if err != nil {
					t.Fatal(err)
				}
				for _, a := range tt.can {
					if !slices.Contains(got, a) {
						t.Errorf("%v cannot read %s (got %v)", tt.roles, a, got)
					}
				}
				for _, a := range tt.cannot {
					if slices.Contains(got, a) {
						t.Errorf("%v can read %s", tt.roles, a)
					}
				}
			}
		})
	}
}

// With debug logs on, each decision says which policy line matched, or that none did.
func TestDecisionsAreExplained(t *testing.T) {
	var buf bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	defer slog.SetDefault(old)
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := p.Allowed([]string{"admin"}, "mentoring", "accounts", "approve"); !ok {
		t.Fatal("admin may approve")
	}
	if ok, _ := p.Allowed([]string{"participant"}, "mentoring", "accounts", "approve"); ok {
		t.Fatal("participant may not approve")
	}
	out := buf.String()
	if !strings.Contains(out, "policy: allowed") || !strings.Contains(out, "admin, *, accounts, approve") {
		t.Errorf("no explanation of the allowed decision: %s", out)
	}
	if !strings.Contains(out, "policy: denied") || !strings.Contains(out, "participant") {
		t.Errorf("no trace of the denied decision: %s", out)
	}
}
