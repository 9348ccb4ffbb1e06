// Package policy decides who may do what. This first part decides which content audiences a
// viewer may read; the Casbin model and its enforcer build on it (see ARCHITECTURE.md).
package policy

import "guichet/role"

// includes lists, for each role-audience, the roles that may also read it: a role's page is
// open to the roles that include it (a FACILITATOR page to every belt, a PARTICIPANT page to
// facilitators, an EDITOR page to admins).
var includedBy = map[role.Audience][]string{
	role.Participant:   {"participant", "facilitator", "white", "yellow", "orange", "green", "blue", "trainer"},
	role.Facilitator:   {"facilitator", "white", "yellow", "orange", "green", "blue", "trainer"},
	role.Trainer:       {"trainer"},
	role.Editor:        {"editor", "admin"},
	role.Staff:         {"staff"},
	role.EntityManager: {"entity-manager"},
	role.Depositor:     {"depositor", "entity-manager"},
	role.OrgAdmin:      {"org-admin"},
	role.ProgramAdmin:  {"program-admin", "org-admin"},
}

// ReadableAudiences is what a viewer may read: PUBLIC for everybody; SIGNED_IN and the
// audiences of their roles once signed in. Staff, editors and admins read every audience.
func ReadableAudiences(signedIn bool, roles []string) []role.Audience {
	out := []role.Audience{role.Public}
	if !signedIn {
		return out
	}
	out = append(out, role.SignedIn)
	has := map[string]bool{}
	for _, r := range roles {
		has[r] = true
	}
	everything := has["staff"] || has["editor"] || has["admin"]
	for _, a := range []role.Audience{role.Participant, role.Facilitator, role.Trainer, role.Editor,
		role.Staff, role.EntityManager, role.Depositor, role.OrgAdmin, role.ProgramAdmin} {
		if everything {
			out = append(out, a)
			continue
		}
		for _, r := range includedBy[a] {
			if has[r] {
				out = append(out, a)
				break
			}
		}
	}
	return out
}
