// Package role names the roles of ARCHITECTURE.md and the audiences content may be written for.
// It imports nothing of Guichet's own but facilitation (the belts, which import nothing of
// Guichet's either), so the data model and the policy can both use it.
package role

import (
	"fmt"
	"io"
	"strconv"

	"guichet/facilitation"
)

// Audience says who may read a guide, FAQ or resource: everybody, any signed-in account, or
// the holders of one role (and of the roles that include it).
type Audience string

const (
	Public        Audience = "PUBLIC"
	SignedIn      Audience = "SIGNED_IN"
	Participant   Audience = "PARTICIPANT"
	Facilitator   Audience = "FACILITATOR"
	Trainer       Audience = "TRAINER"
	Editor        Audience = "EDITOR"
	Staff         Audience = "STAFF"
	EntityManager Audience = "ENTITY_MANAGER"
	Depositor     Audience = "DEPOSITOR"
	OrgAdmin      Audience = "ORG_ADMIN"
	ProgramAdmin  Audience = "PROGRAM_ADMIN"
)

var audiences = []Audience{Public, SignedIn, Participant, Facilitator, Trainer, Editor, Staff,
	EntityManager, Depositor, OrgAdmin, ProgramAdmin}

// Values lets ent use Audience as an enum type.
func (Audience) Values() []string {
	v := make([]string, len(audiences))
	for i, a := range audiences {
		v[i] = string(a)
	}
	return v
}

// Valid reports whether a is a known audience.
func (a Audience) Valid() bool {
	for _, x := range audiences {
		if a == x {
			return true
		}
	}
	return false
}

// MarshalGQL writes the enum value.
func (a Audience) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(a))) }

// UnmarshalGQL reads the enum value.
func (a *Audience) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok || !Audience(s).Valid() {
		return fmt.Errorf("%v is not a valid Audience", v)
	}
	*a = Audience(s)
	return nil
}

// SpaceRoles are the roles held in a whole space; the others (entity-manager, depositor,
// org-admin, program-admin) are held in a scope inside it.
var SpaceRoles = []string{"participant", "facilitator", "trainer", "editor", "admin", "staff"}

// ScopedRoles are held for one organisation, entity or program.
var ScopedRoles = []string{"entity-manager", "depositor", "org-admin", "program-admin"}

// Belts are a facilitator's grades as roles, lowest first (facilitation declares them). Each
// includes the permissions of those below it (policy.csv); an account's belt is shown as
// me.belt, not among its roles.
var Belts = facilitation.Roles()
