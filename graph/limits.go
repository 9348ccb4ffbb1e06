package graph

import (
	"context"
	"encoding/json"
	"errors"
	"hash/maphash"
	"sync"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/help"
	"guichet/locales"
)

// Limits on what one request may ask for.
const (
	MaxDepth      = 10
	MaxComplexity = 5000
)

// DepthLimit refuses an operation whose selections nest deeper than Max (introspection's own
// fields are not counted: tools ask for deep type trees legitimately).
type DepthLimit struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = DepthLimit{}

func (DepthLimit) ExtensionName() string                   { return "DepthLimit" }
func (DepthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d DepthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	depth := selectionDepth(oc.Operation.SelectionSet, 0)
	if depth <= d.Max {
		return nil
	}
	l := locales.FromContext(ctx)
	data := map[string]any{"Depth": depth, "Limit": d.Max}
	return &gqlerror.Error{
		Message:    locales.Message(l, "QUERY_TOO_DEEP", data),
		Extensions: map[string]any{"code": apperr.BadUserInput, "depth": depth, "limit": d.Max},
	}
}

func selectionDepth(set ast.SelectionSet, depth int) int {
	deepest := depth
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.Name) > 1 && s.Name[:2] == "__" {
				continue
			}
			d = selectionDepth(s.SelectionSet, depth+1)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, depth)
		case *ast.FragmentSpread:
			if s.Definition != nil {
				d = selectionDepth(s.Definition.SelectionSet, depth)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}

// ComplexityLimit refuses an operation whose complexity (list fields count as their page
// size times their items' fields) exceeds Max, with a localized message.
type ComplexityLimit struct {
	Max    int
	schema graphql.ExecutableSchema
	known  knownComplexities
}

// knownComplexities are the complexities of the queries computed lately, by the query's text,
// operation and variables (a 128-bit keyed hash of them): the same page asked again does not
// walk its document again. A query's complexity depends on nothing else (the functions of
// Complexity read their arguments only).
type knownComplexities struct {
	sync.Mutex
	seeds [2]maphash.Seed
	n     map[[2]uint64]int
}

// maxKnownComplexities bounds the queries remembered: past it, they are forgotten all at once.
const maxKnownComplexities = 4096

// key is the hash of a query's text, operation and variables, ok false when its variables
// cannot be written (then it is computed every time).
func (k *knownComplexities) key(oc *graphql.OperationContext) (key [2]uint64, ok bool) {
	vars, err := json.Marshal(oc.Variables) // keys sorted: one text per set of values
	if err != nil {
		return key, false
	}
	for i, seed := range k.seeds {
		var h maphash.Hash
		h.SetSeed(seed)
		h.WriteString(oc.RawQuery)
		h.WriteByte(0)
		h.WriteString(oc.OperationName)
		h.WriteByte(0)
		h.Write(vars)
		key[i] = h.Sum64()
	}
	return key, true
}

func (k *knownComplexities) get(key [2]uint64) (int, bool) {
	k.Lock()
	defer k.Unlock()
	n, ok := k.n[key]
	return n, ok
}

func (k *knownComplexities) put(key [2]uint64, n int) {
	k.Lock()
	defer k.Unlock()
	if k.n == nil || len(k.n) >= maxKnownComplexities {
		k.n = make(map[[2]uint64]int)
	}
	k.n[key] = n
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &ComplexityLimit{}

func (*ComplexityLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *ComplexityLimit) Validate(s graphql.ExecutableSchema) error {
	c.schema = s
	c.known.seeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
	return nil
}

func (c *ComplexityLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	// Queries only: a mutation's variables (a page's text) are not worth hashing.
	var key [2]uint64
	keep, known, n := oc.Operation.Operation == ast.Query, false, 0
	if keep {
		key, keep = c.known.key(oc)
	}
	if keep {
		n, known = c.known.get(key)
	}
	if !known {
		n = complexity.Calculate(ctx, c.schema, oc.Operation, oc.Variables)
		if keep {
			c.known.put(key, n)
		}
	}
	if n <= c.Max {
		return nil
	}
	l := locales.FromContext(ctx)
	return &gqlerror.Error{
		Message:    locales.Message(l, "QUERY_TOO_COMPLEX", map[string]any{"Complexity": n, "Limit": c.Max}),
		Extensions: map[string]any{"code": apperr.BadUserInput, "complexity": n, "limit": c.Max},
	}
}

// pageSize is how many items a list field may return, for complexity: its `first` (at most
// the largest page, beyond which the resolver refuses it with its own message), else the
// default page size.
func pageSize(first *int, def int) int {
	if first != nil && *first > 0 {
		return min(*first, help.MaxFirst)
	}
	return def
}

// Complexity counts list fields as their page size times what each item asks for.
func Complexity() ComplexityRoot {
	var c ComplexityRoot
	c.Query.Categories = func(child int, _ *locales.Locale) int { return 20 * child }
	c.Query.Guides = func(child int, _ *locales.Locale, _ *string, first *int, _ *string) int {
		return pageSize(first, 20) * child
	}
	c.Query.Faqs = func(child int, _ *locales.Locale, _ *string, first *int, _ *string) int {
		return pageSize(first, 20) * child
	}
	c.Query.Resources = func(child int, _ *locales.Locale, _ *string, first *int, _ *string) int {
		return pageSize(first, 20) * child
	}
	c.Query.Search = func(child int, _ string, _ *locales.Locale, first *int, _ *string) int {
		return pageSize(first, 10) * child
	}
	c.Query.Nodes = func(child int, ids []int) int { return len(ids) * child }
	c.Category.Guides = func(child int, first *int, _ *string) int { return pageSize(first, 20) * child }
	c.Guide.Related = func(child int, first *int) int { return pageSize(first, help.DefaultRelatedFirst) * child }
	c.Query.PageFeedback = func(child int, _ *time.Time, first *int) int {
		return pageSize(first, help.DefaultFeedbackFirst) * child
	}
	c.Query.SearchGaps = func(child int, _ *time.Time, first *int) int {
		return pageSize(first, help.DefaultFeedbackFirst) * child
	}
	return c
}

// MaxErrors bounds the errors of one answer, so that no answer is megabytes of errors.
const MaxErrors = 20

// ErrorCap keeps the first Max errors of an answer and says, in one more error in the
// request's language, how many it left out.
type ErrorCap struct{ Max int }

var _ interface {
	graphql.HandlerExtension
	graphql.ResponseInterceptor
} = ErrorCap{}

func (ErrorCap) ExtensionName() string                   { return "ErrorCap" }
func (ErrorCap) Validate(graphql.ExecutableSchema) error { return nil }

func (e ErrorCap) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp == nil || len(resp.Errors) <= e.Max {
		return resp
	}
	dropped := len(resp.Errors) - e.Max
	code, _ := resp.Errors[e.Max].Extensions["code"].(string)
	if code == "" {
		code = apperr.Internal
	}
	resp.Errors = append(resp.Errors[:e.Max:e.Max], &gqlerror.Error{
		Message:    locales.Message(locales.FromContext(ctx), "ERRORS_DROPPED", map[string]any{"Count": dropped}),
		Extensions: map[string]any{"code": code, "reason": "ERRORS_DROPPED", "dropped": dropped},
	})
	return resp
}

// DefaultRequestTimeout is the default deadline of an operation (REQUEST_TIMEOUT).
const DefaultRequestTimeout = 15 * time.Second

// Deadline gives each operation a context deadline that resolvers and the database honour,
// in every transport and mode; an answer cut short says so (REQUEST_TIMEOUT). Documents are
// bounded before validation by DocumentLimit, which gqlparser cannot interrupt.
type Deadline struct{ Timeout time.Duration }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationInterceptor
	graphql.ResponseInterceptor
} = Deadline{}

func (Deadline) ExtensionName() string                   { return "Deadline" }
func (Deadline) Validate(graphql.ExecutableSchema) error { return nil }

func (d Deadline) InterceptOperation(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	ctx, cancel := context.WithTimeout(ctx, d.Timeout)
	responses := next(ctx)
	if graphql.GetOperationContext(ctx).Operation.Operation == ast.Subscription {
		return func(ctx context.Context) *graphql.Response { // a stream: until it ends
			r := responses(ctx)
			if r == nil {
				cancel()
			}
			return r
		}
	}
	return func(ctx context.Context) *graphql.Response {
		defer cancel()
		// gqlgen answers nothing once the context is done: say why.
		if r := responses(ctx); r != nil || !errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return r
		}
		return &graphql.Response{Errors: gqlerror.List{d.timedOut(ctx)}}
	}
}

func (d Deadline) InterceptResponse(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	resp := next(ctx)
	if resp != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		resp.Errors = append(gqlerror.List{d.timedOut(ctx)}, resp.Errors...)
	}
	return resp
}

func (d Deadline) timedOut(ctx context.Context) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    locales.Message(locales.FromContext(ctx), "REQUEST_TIMEOUT", nil),
		Extensions: map[string]any{"code": apperr.Internal, "reason": ReasonTimeout, "limit": d.Timeout.String()},
	}
}
