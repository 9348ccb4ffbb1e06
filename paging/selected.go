package paging

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// SelectedAnywhere reports whether a field named one of names is selected anywhere under the
// field being resolved, through fragments and whatever its depth or directives: a superset of
// what will be written, so that a column left out is never read. Outside a GraphQL field (a
// service called directly) everything is.
func SelectedAnywhere(ctx context.Context, names ...string) []bool {
	out := make([]bool, len(names))
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || fc.Field.Field == nil {
		for i := range out {
			out[i] = true
		}
		return out
	}
	var walk func(ast.SelectionSet, int)
	walk = func(set ast.SelectionSet, depth int) {
		if depth > 16 {
			return
		}
		for _, s := range set {
			switch s := s.(type) {
			case *ast.Field:
				for i, n := range names {
					if s.Name == n {
						out[i] = true
					}
				}
				walk(s.SelectionSet, depth+1)
			case *ast.InlineFragment:
				walk(s.SelectionSet, depth+1)
			case *ast.FragmentSpread:
				if s.Definition == nil {
					for i := range out {
						out[i] = true
					}
					continue
				}
				walk(s.Definition.SelectionSet, depth+1)
			}
		}
	}
	walk(fc.Field.Selections, 0)
	return out
}
