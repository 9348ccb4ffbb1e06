package paging_test

import (
	"context"
	"slices"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/paging"
)

// A field is selected wherever it stands under the field being resolved: nested, in an inline
// fragment or a named one. A fragment whose definition is unknown, or no field at all (a
// service called directly), counts as everything selected, so that nothing asked is left out.
func TestSelectedAnywhere(t *testing.T) {
	field := func(name string, sub ...ast.Selection) *ast.Field { return &ast.Field{Name: name, SelectionSet: sub} }
	named := &ast.FragmentSpread{Name: "M", Definition: &ast.FragmentDefinition{SelectionSet: ast.SelectionSet{field("joinedAt")}}}
	for _, tt := range []struct {
		name string
		set  ast.SelectionSet
		want []bool // belt, joinedAt, coordinator
	}{
		{"nothing but names", ast.SelectionSet{field("edges", field("node", field("displayName")))}, []bool{false, false, false}},
		{"nested", ast.SelectionSet{field("edges", field("node", field("belt")))}, []bool{true, false, false}},
		{"inline fragment", ast.SelectionSet{&ast.InlineFragment{SelectionSet: ast.SelectionSet{field("coordinator")}}}, []bool{false, false, true}},
		{"named fragment", ast.SelectionSet{field("edges", field("node", named))}, []bool{false, true, false}},
		{"unknown fragment", ast.SelectionSet{&ast.FragmentSpread{Name: "X"}}, []bool{true, true, true}},
	} {
		ctx := graphql.WithFieldContext(context.Background(), &graphql.FieldContext{
			Field: graphql.CollectedField{Field: &ast.Field{Name: "members"}, Selections: tt.set}})
		if got := paging.SelectedAnywhere(ctx, "belt", "joinedAt", "coordinator"); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	if got := paging.SelectedAnywhere(context.Background(), "belt", "joinedAt"); !slices.Equal(got, []bool{true, true}) {
		t.Errorf("outside a field: %v, want everything", got)
	}
}
