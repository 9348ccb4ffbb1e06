package policy

import (
	"slices"
	"strings"
	"testing"

	"guichet/facilitation"
	"guichet/role"
)

// policy.csv is written for a person to read, so it cannot be made from facilitation's belts;
// this test says when the two disagree: the belts' hierarchy, who asks to be co-opted, who
// co-opts for which belt, and no role the code does not know.
func TestPolicyFollowsTheBelts(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	belts := facilitation.Roles()

	// Each belt includes the one below it; the lowest includes facilitator; nothing else.
	groups, _ := p.enforcer.GetGroupingPolicy()
	var chain [][2]string
	for _, g := range groups {
		if slices.Contains(belts, g[0]) || slices.Contains(belts, g[1]) {
			chain = append(chain, [2]string{g[0], g[1]})
		}
	}
	var want [][2]string
	for i, b := range belts {
		below := "facilitator"
		if i > 0 {
			below = belts[i-1]
		}
		want = append(want, [2]string{b, below})
	}
	if !slices.Equal(chain, want) {
		t.Fatalf("the belts' lines of policy.csv say %v, facilitation's belts %v", chain, want)
	}

	// Co-optation belts: their holders and those above co-opt for them, nobody below; the
	// belt before the first of them is the lowest that asks to be co-opted, and the first
	// co-optation belt the lowest that co-opts at all.
	rules := facilitation.DefaultRules()
	var coOpted []string
	for _, b := range facilitation.Belts {
		if rules.CoOptationsFor(b) > 0 {
			coOpted = append(coOpted, b)
		}
	}
	if len(coOpted) == 0 {
		t.Fatal("no belt is reached by co-optation")
	}
	allowed := func(roleName, perm string) bool {
		pm, ok := ParsePermission(perm)
		if !ok {
			t.Fatalf("permission %q", perm)
		}
		yes, err := p.Allowed(Subjects(true, []string{roleName}), "facilitators", pm.Object, pm.Action)
		if err != nil {
			t.Fatal(err)
		}
		return yes
	}
	for _, b := range coOpted {
		for _, holder := range facilitation.Belts {
			if got, want := allowed(facilitation.Role(holder), facilitation.CoOptPermission(b)), facilitation.Rank(holder) >= facilitation.Rank(b); got != want {
				t.Errorf("%s co-opts for %s: %v, want %v", holder, b, got, want)
			}
		}
		for _, other := range []string{"facilitator", "trainer", "staff", "admin"} {
			if allowed(other, facilitation.CoOptPermission(b)) {
				t.Errorf("%s co-opts for %s without a belt", other, b)
			}
		}
	}
	first := facilitation.Rank(coOpted[0])
	for _, holder := range facilitation.Belts {
		r := facilitation.Rank(holder)
		if got, want := allowed(facilitation.Role(holder), "belts:request"), r >= first-1; got != want {
			t.Errorf("%s asks to be co-opted: %v, want %v", holder, got, want)
		}
		if got, want := allowed(facilitation.Role(holder), "belts:coopt"), r >= first; got != want {
			t.Errorf("%s reads the requests to co-opt: %v, want %v", holder, got, want)
		}
	}
	// Only the co-optation belts have a belt-level permission.
	for _, perm := range p.Permissions() {
		if b, ok := strings.CutPrefix(perm.Object, "belt."); ok && (!slices.Contains(coOpted, b) || perm.Action != "coopt") {
			t.Errorf("policy.csv grants %s, but %s is not reached by co-optation", perm, b)
		}
	}

	// Every role policy.csv names is one the code knows.
	known := slices.Concat([]string{"anonymous", "signed-in"}, role.SpaceRoles, role.ScopedRoles, role.Belts)
	for _, r := range p.Roles() {
		if !slices.Contains(known, r) {
			t.Errorf("policy.csv names the role %q, which the code does not know", r)
		}
	}
}
