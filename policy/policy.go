// Package policy decides who may do what, with Casbin: the model (model.conf) is RBAC with
// domains and a role hierarchy, the permissions (policy.csv) are written for a person to
// read. Content audiences are checked here, so the data layer asks the policy, never a role
// list of its own.
package policy

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"
	"github.com/casbin/casbin/v2/util"

	"guichet/role"
)

//go:embed model.conf
var modelText string

//go:embed policy.csv
var policyText string

// Policy is the enforcer and what it decided about audiences, per set of roles.
type Policy struct {
	enforcer *casbin.SyncedEnforcer

	mu        sync.Mutex
	audiences map[string][]role.Audience
}

// New loads the shipped model and permissions.
func New() (*Policy, error) {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		return nil, fmt.Errorf("policy model: %w", err)
	}
	e, err := casbin.NewSyncedEnforcer(m, stringadapter.NewAdapter(policyText))
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	// Inheritance written for the domain "*" holds in every domain.
	e.AddNamedDomainMatchingFunc("g", "KeyMatch", util.KeyMatch)
	if err := e.LoadPolicy(); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	return &Policy{enforcer: e, audiences: map[string][]role.Audience{}}, nil
}

// Allowed reports whether one of the roles may do act on obj in domain dom.
func (p *Policy) Allowed(roles []string, dom, obj, act string) (bool, error) {
	for _, r := range roles {
		ok, err := p.enforcer.Enforce(r, dom, obj, act)
		if err != nil || ok {
			return ok, err
		}
	}
	return false, nil
}

var allAudiences = []role.Audience{role.Public, role.SignedIn, role.Participant, role.Facilitator,
	role.Trainer, role.Editor, role.Staff, role.EntityManager, role.Depositor, role.OrgAdmin, role.ProgramAdmin}

// ReadableAudiences is the content a viewer with roles may read in space: "anonymous" for
// everybody, "signed-in" and their roles once signed in. The answer depends only on the roles
// and the shipped policy, so it is computed once per set of roles.
func (p *Policy) ReadableAudiences(space string, signedIn bool, roles []string) ([]role.Audience, error) {
	subjects := []string{"anonymous"}
	if signedIn {
		subjects = append(append(subjects, "signed-in"), roles...)
	}
	key := space + "\x00" + fmt.Sprint(subjects)
	p.mu.Lock()
	cached, ok := p.audiences[key]
	p.mu.Unlock()
	if ok {
		return cached, nil
	}
	var out []role.Audience
	for _, a := range allAudiences {
		ok, err := p.Allowed(subjects, space, "content:"+string(a), "read")
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, a)
		}
	}
	p.mu.Lock()
	p.audiences[key] = out
	p.mu.Unlock()
	return out, nil
}
