// Package paging reads the `first` and `after` arguments of Relay connections.
package paging

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/apperr"
	"guichet/ent"
)

// Decode checks first (default def, at most max) and decodes the after cursor.
func Decode(first *int, after *string, def, max int) (int, *ent.Cursor, error) {
	n := def
	if first != nil {
		n = *first
	}
	if n < 0 || n > max {
		return 0, nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": max}}
	}
	if after == nil || *after == "" {
		return n, nil, nil
	}
	c := new(ent.Cursor)
	if err := c.UnmarshalGQL(*after); err != nil {
		return 0, nil, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_CURSOR", Err: err}
	}
	return n, c, nil
}

// Lean readies ctx for ent's Paginate so that a page costs no COUNT unless the client asks
// for totalCount. entgql counts the whole list whenever pageInfo is selected, though
// hasNextPage is known by fetching first+1 rows: Paginate is shown the selection without
// pageInfo, and with edges (which answer it) when the client asked for pageInfo alone. The
// response is unchanged: it is written from the client's own selection. Outside a GraphQL
// field, or when a connection's fields are aliased, ctx is returned as it is.
func Lean(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	fields := graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil)
	var kept ast.SelectionSet
	pageInfo, edges := false, false
	for _, f := range fields {
		if f.Alias != f.Name {
			return ctx
		}
		switch f.Name {
		case totalCountField:
			return ctx // a count is asked for: Paginate makes it, and hasNextPage with it
		case pageInfoField:
			pageInfo = true
			continue
		case edgesField:
			edges = true
		}
		field := *f.Field
		field.SelectionSet = f.Selections
		kept = append(kept, &field)
	}
	if !pageInfo {
		return ctx
	}
	if !edges {
		kept = append(kept, &ast.Field{Alias: edgesField, Name: edgesField,
			SelectionSet: ast.SelectionSet{&ast.Field{Alias: "cursor", Name: "cursor"}}})
	}
	lean := *fc
	lean.Field.Field = &ast.Field{Alias: fc.Field.Alias, Name: fc.Field.Name, Arguments: fc.Field.Arguments,
		Definition: fc.Field.Definition, ObjectDefinition: fc.Field.ObjectDefinition, SelectionSet: kept}
	lean.Field.Selections = kept
	ctx = graphql.WithFieldContext(ctx, &lean)
	lean.Parent = fc.Parent // in place of fc, not below it
	return ctx
}

const (
	edgesField      = "edges"
	pageInfoField   = "pageInfo"
	totalCountField = "totalCount"
)
