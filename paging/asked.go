package paging

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// Asked reports whether the client selected field (under any alias) on the connection being
// resolved, such as totalCount, so that a list counts its rows only when asked. Outside a
// GraphQL field (a service called directly) nothing is asked.
func Asked(ctx context.Context, field string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return false
	}
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name == field {
			return true
		}
	}
	return false
}
