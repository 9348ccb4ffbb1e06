package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/locales"
)

// NoIntrospection refuses, before execution and with a localized error, an operation that
// asks for the schema (__schema, __type): production mode does not describe its API to
// whoever asks. gqlgen's own switch would only fail the field, as an internal error.
type NoIntrospection struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = NoIntrospection{}

func (NoIntrospection) ExtensionName() string                   { return "NoIntrospection" }
func (NoIntrospection) Validate(graphql.ExecutableSchema) error { return nil }

func (NoIntrospection) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil || !asksSchema(oc.Operation.SelectionSet) {
		return nil
	}
	return &gqlerror.Error{
		Message:    locales.Message(locales.FromContext(ctx), "INTROSPECTION_DISABLED", nil),
		Extensions: map[string]any{"code": apperr.Forbidden, "reason": "INTROSPECTION_DISABLED"},
	}
}

// asksSchema tells whether a root selection set (fragments included) selects __schema or
// __type, which exist only on the query root.
func asksSchema(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__schema" || s.Name == "__type" {
				return true
			}
		case *ast.InlineFragment:
			if asksSchema(s.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && asksSchema(s.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
}
