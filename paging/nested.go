package paging

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// NestedFirst is the largest `first` asked of the connection field under the field being
// resolved (categories { guides(first: 20) }, under any alias), def when it is not given,
// at most `most`; 0 when the connection is not selected. A list that reads each parent's first
// page in one statement reads that many (and one more, for hasNextPage). Outside a GraphQL
// field: def.
func NestedFirst(ctx context.Context, field string, def, most int) int {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return def
	}
	oc := graphql.GetOperationContext(ctx)
	n := 0
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if f.Name != field {
			continue
		}
		first := def
		if v, ok := f.ArgumentMap(oc.Variables)["first"]; ok && v != nil {
			switch x := v.(type) {
			case int:
				first = x
			case int64:
				first = int(x)
			}
		}
		n = max(n, min(first, most))
	}
	return n
}
