package policy

import (
	"slices"
	"testing"

	"guichet/role"
)

func TestReadableAudiences(t *testing.T) {
	tests := []struct {
		name     string
		signedIn bool
		roles    []string
		can      []role.Audience
		cannot   []role.Audience
	}{
		{"anonymous", false, nil, []role.Audience{role.Public}, []role.Audience{role.SignedIn, role.Participant}},
		{"participant", true, []string{"participant"}, []role.Audience{role.Public, role.SignedIn, role.Participant}, []role.Audience{role.Facilitator}},
		{"belt reads facilitator and participant pages", true, []string{"green"}, []role.Audience{role.Facilitator, role.Participant}, []role.Audience{role.Trainer, role.Staff}},
		{"entity manager reads depositor pages", true, []string{"entity-manager"}, []role.Audience{role.EntityManager, role.Depositor}, []role.Audience{role.OrgAdmin}},
		{"depositor does not read manager pages", true, []string{"depositor"}, []role.Audience{role.Depositor}, []role.Audience{role.EntityManager}},
		{"staff reads everything", true, []string{"staff"}, []role.Audience{role.ProgramAdmin, role.Facilitator, role.Staff}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ReadableAudiences(tt.signedIn, tt.roles)
			for _, a := range tt.can {
				if !slices.Contains(got, a) {
					t.Errorf("%v cannot read %s", tt.roles, a)
				}
			}
			for _, a := range tt.cannot {
				if slices.Contains(got, a) {
					t.Errorf("%v can read %s", tt.roles, a)
				}
			}
		})
	}
}
