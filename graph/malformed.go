package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/apperr"
)

// malformed is the answer to a value its scalar could not read: BAD_USER_INPUT with
// extensions.reason MALFORMED_VALUE, extensions.field naming the argument
// (input.startsAt, ids[1]) and extensions.expected the form, and a message saying both.
// gqlgen gives the error the path of the field followed by the argument's; the field's own
// path (its context's) is taken off.
func malformed(ctx context.Context, m *apperr.Malformed, path ast.Path) *apperr.Error {
	field := argumentPath(ctx, path)
	return &apperr.Error{Code: apperr.BadUserInput, MessageID: "MALFORMED_" + m.Form, Reason: "MALFORMED_VALUE",
		Data:       map[string]any{"Field": field},
		Extensions: map[string]any{"field": field, "expected": apperr.Expected[m.Form]},
		Err:        m}
}

// argumentPath writes the part of path below the current field as the control characters'
// check does: input.translations[1].title.
func argumentPath(ctx context.Context, path ast.Path) string {
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		if own := fc.Path(); len(own) <= len(path) && own.String() == path[:len(own)].String() {
			path = path[len(own):]
		}
	}
	return argumentPathOf(path)
}
