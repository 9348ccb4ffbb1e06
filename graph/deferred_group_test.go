package graph

import (
	"context"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// An object whose fields are resolved concurrently makes gqlgen's @defer group only when one of
// its fields is deferred; otherwise the group is empty, and nothing reads it.
func TestDeferredGroupOnlyForADeferredField(t *testing.T) {
	plain := []graphql.CollectedField{{Field: &ast.Field{Name: "id"}}, {Field: &ast.Field{Name: "facilitators"}}}
	if g := deferredGroupOf(context.Background(), plain); g.Defers != nil || g.FieldSet != nil || g.Path != nil {
		t.Fatalf("a group for no deferred field: %+v", g)
	}
	deferred := append(plain, graphql.CollectedField{Field: &ast.Field{Name: "workshops"},
		Deferrables: []*graphql.Deferrable{{Label: "later"}}})
	if g := deferredGroupOf(context.Background(), deferred); g.Defers == nil || g.FieldSet == nil {
		t.Fatalf("no group for a deferred field: %+v", g)
	}
}
