package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/graph/doclimit"
	"guichet/locales"
)

// CheckDocument refuses a document past a limit with BAD_USER_INPUT and a message in the request's
// language naming the limit.
func CheckDocument(ctx context.Context, l doclimit.Limits, query string) *gqlerror.Error {
	_, exceeded := l.Count(query)
	if exceeded == "" {
		return nil
	}
	limit := l.Of(exceeded)
	return &gqlerror.Error{
		Message:    locales.Message(locales.FromContext(ctx), exceeded, map[string]any{"Limit": limit}),
		Extensions: map[string]any{"code": apperr.BadUserInput, "reason": exceeded, "limit": limit},
	}
}

// DocumentLimit is the extension that checks every document, whatever its transport (GET,
// POST, multipart uploads) and after a persisted query's id was replaced by its text: gqlgen
// runs parameter mutators before it parses and validates.
type DocumentLimit struct{ Limits doclimit.Limits }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = DocumentLimit{}

func (DocumentLimit) ExtensionName() string                   { return "DocumentLimit" }
func (DocumentLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d DocumentLimit) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	return CheckDocument(ctx, d.Limits, raw.Query)
}
