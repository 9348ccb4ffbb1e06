package graph

import (
	"slices"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"

	"guichet/policy"
	"guichet/role"
)

// permissionDirectives are the ways a field declares what it needs.
var permissionDirectives = map[string]bool{"public": true, "signedIn": true, "can": true}

// RootFields are the Query and Mutation fields of the schema.
func RootFields() []*ast.FieldDefinition {
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

// Declared are the permission directives of a field (exactly one is expected).
func Declared(f *ast.FieldDefinition) []*ast.Directive {
	var out []*ast.Directive
	for _, d := range f.Directives {
		if permissionDirectives[d.Name] {
			out = append(out, d)
		}
	}
	return out
}

// MatrixRoles are the roles the permission table and tests go through: who may ask.
var MatrixRoles = slices.Concat([]string{"anonymous", "participant", "facilitator"}, role.Belts,
	[]string{"trainer", "editor", "admin", "staff", "entity-manager", "depositor", "org-admin", "program-admin"})

// Scoped reports whether a field declares @can(…, scoped: true): a role held in a scope
// where it has the permission reaches it.
func Scoped(f *ast.FieldDefinition) bool {
	ds := Declared(f)
	if len(ds) != 1 || ds[0].Name != "can" {
		return false
	}
	a := ds[0].Arguments.ForName("scoped")
	return a != nil && a.Value.Raw == "true"
}

// Allows is what the schema and the policy say of a field for a viewer with a role:
// anonymous is nobody signed in.
func Allows(p *policy.Policy, f *ast.FieldDefinition, roleName string) bool {
	ds := Declared(f)
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
