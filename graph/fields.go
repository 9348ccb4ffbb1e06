package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"guichet/help"
)

// requests reports whether the current field's selection asks for the field at path
// (e.g. "edges", "node", "category"), so that resolvers load an edge only when it is read.
func requests(ctx context.Context, path ...string) bool {
	oc := graphql.GetOperationContext(ctx)
	fields := graphql.CollectFieldsCtx(ctx, nil)
	for i, name := range path {
		var next []graphql.CollectedField
		for _, f := range fields {
			if f.Name != name {
				continue
			}
			if i == len(path)-1 {
				return true
			}
			next = append(next, graphql.CollectFields(oc, f.Selections, nil)...)
		}
		if len(next) == 0 {
			return false
		}
		fields = next
	}
	return false
}

// guideEdges is what a guide read under prefix asks for beyond its own text.
func guideEdges(ctx context.Context, prefix ...string) help.Include {
	return help.Include{
		Category:    requests(ctx, append(prefix, "category")...),
		Attachments: requests(ctx, append(prefix, "attachments")...),
		WithoutText: !requests(ctx, append(prefix, "body")...) && !requests(ctx, append(prefix, "html")...),
	}
}
