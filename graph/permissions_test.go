package graph

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"guichet/policy"
)

var update = flag.Bool("update", false, "rewrite policy/README.md")

// No Query or Mutation field can exist without declaring the permission it needs, and every
// permission a field names exists in the policy.
func TestEveryOperationDeclaresItsPermission(t *testing.T) {
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, perm := range p.Permissions() {
		known[perm.String()] = true
	}
	fields := RootFields()
	if len(fields) < 20 {
		t.Fatalf("only %d root fields: the walk is broken", len(fields))
	}
	for _, f := range fields {
		ds := Declared(f)
		if len(ds) != 1 {
			t.Errorf("%s declares %d permissions (one of @public, @signedIn, @can is needed)", f.Name, len(ds))
			continue
		}
		if ds[0].Name == "can" {
			perm := ds[0].Arguments.ForName("permission").Value.Raw
			if !known[perm] {
				t.Errorf("%s needs %q, which no line of policy.csv grants", f.Name, perm)
			}
		}
	}
}

// policy/README.md shows, for each role, the operations it may use; it is made from the
// schema and the policy, and this test fails when it is stale (go test ./graph -update).
func TestPolicyREADMEIsCurrent(t *testing.T) {
	p, err := policy.New()
	if err != nil {
		t.Fatal(err)
	}
	want := policyREADME(t, p)
	const file = "../policy/README.md"
	if *update {
		if err := os.WriteFile(file, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil || string(got) != want {
		t.Fatalf("policy/README.md is stale: run `go test ./graph -run TestPolicyREADMEIsCurrent -update` (make generate does)")
	}
}

func policyREADME(t *testing.T, p *policy.Policy) string {
	var b strings.Builder
	b.WriteString("# Who may do what\n\n")
	b.WriteString("Made from the schema (`graph/*.graphqls`: each operation's `@public`, `@signedIn` or `@can`)\n")
	b.WriteString("and the policy (`model.conf`, `policy.csv`) by `go test ./graph -run TestPolicyREADMEIsCurrent -update`;\n")
	b.WriteString("a test fails when it is stale. ✓: allowed in the space (a role held in a scope —\n")
	b.WriteString("entity-manager, depositor, org-admin, program-admin — counts only inside its scope).\n")
	b.WriteString("What an allowed operation returns is still filtered by what the viewer may read.\n\n")
	b.WriteString("| operation | needs |")
	for _, r := range MatrixRoles {
		b.WriteString(" " + r + " |")
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", len(MatrixRoles)) + "\n")
	fields := RootFields()
	sort.SliceStable(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
	for _, f := range fields {
		need := "—"
		if ds := Declared(f); len(ds) == 1 {
			need = "@" + ds[0].Name
			if ds[0].Name == "can" {
				need = "`" + ds[0].Arguments.ForName("permission").Value.Raw + "`"
			}
		}
		fmt.Fprintf(&b, "| %s | %s |", f.Name, need)
		for _, r := range MatrixRoles {
			if Allows(p, f, r) {
				b.WriteString(" ✓ |")
			} else {
				b.WriteString("  |")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("\n## Content audiences\n\nWho reads content written for each audience (`content:AUDIENCE read`).\n\n")
	b.WriteString("| audience |")
	for _, r := range MatrixRoles {
		b.WriteString(" " + r + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(MatrixRoles)) + "\n")
	for _, a := range []string{"PUBLIC", "SIGNED_IN", "PARTICIPANT", "FACILITATOR", "TRAINER", "EDITOR", "STAFF",
		"ENTITY_MANAGER", "DEPOSITOR", "ORG_ADMIN", "PROGRAM_ADMIN"} {
		fmt.Fprintf(&b, "| %s |", a)
		for _, r := range MatrixRoles {
			var roles []string
			if r != "anonymous" {
				roles = []string{r}
			}
			ok, _ := p.Allowed(policy.Subjects(r != "anonymous", roles), "space", "content:"+a, "read")
			if ok {
				b.WriteString(" ✓ |")
			} else {
				b.WriteString("  |")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
