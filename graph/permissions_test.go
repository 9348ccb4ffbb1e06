package graph

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"

	"guichet/policy"
)

var update = flag.Bool("update", false, "rewrite policy/README.md")

// permissionDirectives are the ways a field declares what it needs.
var permissionDirectives = map[string]bool{"public": true, "signedIn": true, "can": true}

func rootFields(t *testing.T) []*ast.FieldDefinition {
	t.Helper()
	s := NewExecutableSchema(Config{}).Schema()
	var out []*ast.FieldDefinition
	for _, typ := range []*ast.Definition{s.Query, s.Mutation} {
		for _, f := range typ.Fields {
			if !strings.HasPrefix(f.Name, "__") {
				out = append(out, f)
			}
		}
	}
	return out
}

func declared(f *ast.FieldDefinition) []*ast.Directive {
	var out []*ast.Directive
	for _, d := range f.Directives {
		if permissionDirectives[d.Name] {
			out = append(out, d)
		}
	}
	return out
}

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
	fields := rootFields(t)
	if len(fields) < 20 {
		t.Fatalf("only %d root fields: the walk is broken", len(fields))
	}
	for _, f := range fields {
		ds := declared(f)
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

// matrixRoles are the columns of the table: who may ask.
var matrixRoles = []string{"anonymous", "participant", "facilitator", "white", "yellow", "orange", "green", "blue",
	"trainer", "editor", "admin", "staff", "entity-manager", "depositor", "org-admin", "program-admin"}

// Allows is what the schema and the policy say of a field for a viewer with a role:
// anonymous is nobody signed in.
func Allows(p *policy.Policy, f *ast.FieldDefinition, roleName string) bool {
	ds := declared(f)
	if len(ds) != 1 {
		return false
	}
	switch ds[0].Name {
	case "public":
		return true
	case "signedIn":
		return roleName != "anonymous"
	}
	if roleName == "anonymous" {
		return false
	}
	perm, _ := policy.ParsePermission(ds[0].Arguments.ForName("permission").Value.Raw)
	ok, _ := p.Allowed(policy.Subjects(true, []string{roleName}), "space", perm.Object, perm.Action)
	return ok
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
	for _, r := range matrixRoles {
		b.WriteString(" " + r + " |")
	}
	b.WriteString("\n|---|---|" + strings.Repeat("---|", len(matrixRoles)) + "\n")
	fields := rootFields(t)
	sort.SliceStable(fields, func(i, j int) bool { return fields[i].Name < fields[j].Name })
	for _, f := range fields {
		need := "—"
		if ds := declared(f); len(ds) == 1 {
			need = "@" + ds[0].Name
			if ds[0].Name == "can" {
				need = "`" + ds[0].Arguments.ForName("permission").Value.Raw + "`"
			}
		}
		fmt.Fprintf(&b, "| %s | %s |", f.Name, need)
		for _, r := range matrixRoles {
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
	for _, r := range matrixRoles {
		b.WriteString(" " + r + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(matrixRoles)) + "\n")
	for _, a := range []string{"PUBLIC", "SIGNED_IN", "PARTICIPANT", "FACILITATOR", "TRAINER", "EDITOR", "STAFF",
		"ENTITY_MANAGER", "DEPOSITOR", "ORG_ADMIN", "PROGRAM_ADMIN"} {
		fmt.Fprintf(&b, "| %s |", a)
		for _, r := range matrixRoles {
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
