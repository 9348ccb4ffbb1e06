package graph

import (
	"context"
	"crypto/sha256"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
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
//
// Passed, when set, remembers documents that passed (by their SHA-256): a client sends the
// same few documents again and again, and measuring one again cost more than hashing it.
type DocumentLimit struct {
	Limits doclimit.Limits
	Passed *lru.Cache[[sha256.Size]byte, struct{}]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = DocumentLimit{}

func (DocumentLimit) ExtensionName() string                   { return "DocumentLimit" }
func (DocumentLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d DocumentLimit) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if d.Passed == nil || len(raw.Query) > maxPassedDocument {
		return CheckDocument(ctx, d.Limits, raw.Query)
	}
	sum := sha256.Sum256([]byte(raw.Query))
	if d.Passed.Contains(sum) {
		return nil
	}
	err := CheckDocument(ctx, d.Limits, raw.Query)
	if err == nil {
		d.Passed.Add(sum, struct{}{})
	}
	return err
}

// maxPassedDocument bounds the documents Passed remembers: the real ones are a few KiB, and
// hashing a large one would only add to its refusal.
const maxPassedDocument = 32 << 10

// PassedDocuments is a DocumentLimit's memory of n documents that passed.
func PassedDocuments(n int) *lru.Cache[[sha256.Size]byte, struct{}] {
	c, err := lru.New[[sha256.Size]byte, struct{}](n)
	if err != nil {
		panic(err) // n <= 0: a programming error
	}
	return c
}
