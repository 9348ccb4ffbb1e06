// Package policy decides who may do what, with Casbin: the model (model.conf) is RBAC with
// domains and a role hierarchy, the permissions (policy.csv) are written for a person to
// read.
//
// Who holds which role is not in Casbin: role assignments live in the database (the
// account_roles table), the one source of truth, changed in the same transaction as the
// business change that causes them. A decision asks the enforcer with the roles the viewer
// holds in the request's domain, read for that request — so a granted or revoked role counts
// from the very next request, on every replica, and the enforcer's decision cache (keyed by
// role, domain, object and action over a policy that changes only with a new release) can
// never serve a decision that a role change made stale.
package policy

import (
	"context"
	_ "embed"
	"fmt"
	"log/slog"
	"sort"
	"strings"
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
	enforcer *casbin.SyncedCachedEnforcer

	mu        sync.Mutex
	audiences map[string][]role.Audience
}

// New loads the shipped model and permissions, with the decision cache on.
func New() (*Policy, error) { return load(true) }

// NewUncached is New without the decision cache (to measure what it saves).
func NewUncached() (*Policy, error) { return load(false) }

func load(cached bool) (*Policy, error) {
	m, err := model.NewModelFromString(modelText)
	if err != nil {
		return nil, fmt.Errorf("policy model: %w", err)
	}
	e, err := casbin.NewSyncedCachedEnforcer(m, stringadapter.NewAdapter(policyText))
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	// Inheritance written for the domain "*" holds in every domain.
	e.AddNamedDomainMatchingFunc("g", "KeyMatch", util.KeyMatch)
	if err := e.LoadPolicy(); err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	e.EnableCache(cached)
	return &Policy{enforcer: e, audiences: map[string][]role.Audience{}}, nil
}

// Allowed reports whether one of the roles may do act on obj in domain dom. With debug logs
// on, each decision says which policy line allowed it.
func (p *Policy) Allowed(roles []string, dom, obj, act string) (bool, error) {
	return p.AllowedContext(context.Background(), roles, dom, obj, act)
}

// AllowedContext is Allowed for a request: its debug logs carry the request's id.
func (p *Policy) AllowedContext(ctx context.Context, roles []string, dom, obj, act string) (bool, error) {
	for _, r := range roles {
		ok, err := p.enforcer.Enforce(r, dom, obj, act)
		if err != nil {
			return false, err
		}
		if ok {
			p.explain(ctx, r, dom, obj, act)
			return true, nil
		}
	}
	if slog.Default().Enabled(ctx, slog.LevelDebug) {
		slog.DebugContext(ctx, "policy: denied", "roles", roles, "domain", dom, "object", obj, "action", act)
	}
	return false, nil
}

func (p *Policy) explain(ctx context.Context, r, dom, obj, act string) {
	if !slog.Default().Enabled(ctx, slog.LevelDebug) {
		return
	}
	_, rule, _ := p.enforcer.EnforceEx(r, dom, obj, act)
	slog.DebugContext(ctx, "policy: allowed", "role", r, "domain", dom, "object", obj, "action", act, "rule", strings.Join(rule, ", "))
}

// Scope is a domain inside a space: "entity:12", "program:7", "organization:3".
func Scope(space, scope string) string {
	if scope == "" {
		return space
	}
	return space + "/" + scope
}

// Permission is an object and an action, written object:action ("accounts:approve").
type Permission struct{ Object, Action string }

func (p Permission) String() string { return p.Object + ":" + p.Action }

// ParsePermission reads "object:action".
func ParsePermission(s string) (Permission, bool) {
	obj, act, ok := strings.Cut(s, ":")
	if !ok || obj == "" || act == "" {
		return Permission{}, false
	}
	return Permission{obj, act}, true
}

// Permissions are every permission the policy grants to some role, content audiences aside,
// sorted.
func (p *Policy) Permissions() []Permission {
	rules, _ := p.enforcer.GetPolicy()
	seen := map[string]bool{}
	var out []Permission
	for _, r := range rules {
		if len(r) < 4 || strings.HasPrefix(r[2], "content:") {
			continue
		}
		perm := Permission{r[2], r[3]}
		if !seen[perm.String()] {
			seen[perm.String()] = true
			out = append(out, perm)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].String() < out[j].String() })
	return out
}

// Roles are every role the policy names, sorted.
func (p *Policy) Roles() []string {
	seen := map[string]bool{}
	rules, _ := p.enforcer.GetPolicy()
	groups, _ := p.enforcer.GetGroupingPolicy()
	for _, r := range rules {
		seen[r[0]] = true
	}
	for _, g := range groups {
		seen[g[0]], seen[g[1]] = true, true
	}
	out := make([]string, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

var allAudiences = []role.Audience{role.Public, role.SignedIn, role.Participant, role.Facilitator,
	role.Trainer, role.Editor, role.Staff, role.EntityManager, role.Depositor, role.OrgAdmin, role.ProgramAdmin}

// Subjects are who a viewer is to the policy: "anonymous" for everybody, "signed-in" and
// their roles once signed in.
func Subjects(signedIn bool, roles []string) []string {
	subjects := []string{"anonymous"}
	if signedIn {
		subjects = append(append(subjects, "signed-in"), roles...)
	}
	return subjects
}

// ReadableAudiences is the content a viewer with roles may read in space. The answer depends
// only on the roles and the shipped policy, so it is computed once per set of roles.
func (p *Policy) ReadableAudiences(space string, signedIn bool, roles []string) ([]role.Audience, error) {
	// The key is written in a buffer of the stack and looked up without a string of its own:
	// every request, signed in or not, asks this.
	var buf [256]byte
	k := append(append(buf[:0], space...), "\x00anonymous"...)
	if signedIn {
		k = append(k, "\x00signed-in"...)
		for _, r := range roles {
			k = append(append(k, 0), r...)
		}
	}
	p.mu.Lock()
	cached, ok := p.audiences[string(k)]
	p.mu.Unlock()
	if ok {
		return cached, nil
	}
	subjects := Subjects(signedIn, roles)
	key := string(k)
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
