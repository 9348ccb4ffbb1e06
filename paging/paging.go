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

// Offset checks an offset argument: a list read by offset steps over every row before it, so
// an offset past limit is refused (BAD_USER_INPUT, extensions field and limit) rather than
// costing what the whole list costs; a negative one is a mistake too (OFFSET_NEGATIVE).
func Offset(offset *int, limit int) (int, error) {
	if offset == nil {
		return 0, nil
	}
	if *offset < 0 {
		return 0, &apperr.Error{Code: apperr.BadUserInput, MessageID: "OFFSET_NEGATIVE", Extensions: map[string]any{"field": "offset"}}
	}
	if *offset > limit {
		return 0, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_OFFSET", Data: map[string]any{"Max": limit},
			Extensions: map[string]any{"field": "offset", "limit": limit}}
	}
	return *offset, nil
}

// Lean readies ctx for ent's Paginate so that a page costs no COUNT unless the client asks
// for totalCount. entgql counts the whole list whenever pageInfo is selected, though
// hasNextPage is known by fetching first+1 rows: Paginate is shown the selection without
// pageInfo, and with edges (which answer it) when the client asked for pageInfo alone. The
// response is unchanged: it is written from the client's own selection. Outside a GraphQL
// field, or when a connection's fields are aliased, ctx is returned as it is.
func Lean(ctx context.Context) context.Context {
	ctx, _ = lean(ctx, false)
	return ctx
}

// Uncounted is Lean for a list whose caller makes the count itself (help keeps counts
// between content changes): Paginate is shown no totalCount either, and asked tells whether
// the client wants one, to be set on the connection after Paginate.
func Uncounted(ctx context.Context) (_ context.Context, asked bool) {
	return lean(ctx, true)
}

func lean(ctx context.Context, dropCount bool) (context.Context, bool) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx, false
	}
	fields := graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil)
	var kept ast.SelectionSet
	pageInfo, edges, count := false, false, false
	for _, f := range fields {
		if f.Alias != f.Name {
			return ctx, false
		}
		switch f.Name {
		case totalCountField:
			if !dropCount {
				return ctx, false // a count is asked for: Paginate makes it, and hasNextPage with it
			}
			count = true
			continue
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
	if !pageInfo && !count {
		return ctx, false
	}
	if pageInfo && !edges {
		kept = append(kept, &ast.Field{Alias: edgesField, Name: edgesField,
			SelectionSet: ast.SelectionSet{&ast.Field{Alias: "cursor", Name: "cursor"}}})
	}
	lean := *fc
	lean.Field.Field = &ast.Field{Alias: fc.Field.Alias, Name: fc.Field.Name, Arguments: fc.Field.Arguments,
		Definition: fc.Field.Definition, ObjectDefinition: fc.Field.ObjectDefinition, SelectionSet: kept}
	lean.Field.Selections = kept
	ctx = graphql.WithFieldContext(ctx, &lean)
	lean.Parent = fc.Parent // in place of fc, not below it
	return ctx, count
}

const (
	edgesField      = "edges"
	pageInfoField   = "pageInfo"
	totalCountField = "totalCount"
)
