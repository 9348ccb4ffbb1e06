package graph

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/metrics"
	"guichet/requestid"
)

// PresentError maps every error to the contract's extensions.code with a message in the
// request's locale, and adds the request's id (extensions.requestId) so that a report of the
// error leads to its log lines. Unknown errors become INTERNAL: logged, never shown.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	e := presentError(ctx, err)
	if e.Extensions == nil {
		e.Extensions = map[string]any{}
	}
	if id := requestid.FromContext(ctx); id != "" {
		e.Extensions["requestId"] = id
	}
	code, _ := e.Extensions["code"].(string)
	metrics.Error(code)
	return e
}

// contractCodes are the extensions.code values of the contract: an error already carrying
// one was made by us (limits, trusted documents) and is shown as it is.
var contractCodes = map[string]bool{
	apperr.BadUserInput: true, apperr.Unauthenticated: true, apperr.Forbidden: true, apperr.NotFound: true,
	apperr.Conflict: true, apperr.RateLimited: true, apperr.InvalidToken: true, apperr.AccountNotActive: true,
	apperr.PasswordPolicy: true, apperr.PreconditionFailed: true, apperr.Internal: true,
}

// persistedQueryNotFound is the automatic persisted queries protocol's answer to an unknown
// hash. Clients (Apollo's among them) recognize it by this exact message and then send the
// document, so it is not translated; the code stays one of the contract's.
const persistedQueryNotFound = "PersistedQueryNotFound"

func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	l := locales.FromContext(ctx)
	if ae, ok := apperr.As(err); ok {
		return presentApp(gqlErr, ae, l)
	}
	if m, ok := errors.AsType[*apperr.Malformed](err); ok {
		return presentApp(gqlErr, malformed(ctx, m, gqlErr.Path), l)
	}
	switch {
	case ent.IsNotFound(err):
		return presentApp(gqlErr, &apperr.Error{Code: apperr.NotFound}, l)
	case ent.IsConstraintError(err):
		return presentApp(gqlErr, &apperr.Error{Code: apperr.Conflict}, l)
	case errors.Is(err, privacy.Deny):
		return presentApp(gqlErr, &apperr.Error{Code: apperr.Forbidden}, l)
	}
	// Errors of the request itself (syntax, validation, variables): gqlgen made them, with
	// no Go error beneath; their text says what is wrong with the document.
	var raw *gqlerror.Error
	if errors.As(err, &raw) && raw.Err == nil {
		code, _ := raw.Extensions["code"].(string)
		if contractCodes[code] {
			return gqlErr // already ours, localized (limits, trusted documents)
		}
		if code == "PERSISTED_QUERY_NOT_FOUND" {
			gqlErr.Message = persistedQueryNotFound
			gqlErr.Extensions = map[string]any{"code": apperr.BadUserInput, "reason": "PERSISTED_QUERY_NOT_FOUND"}
			return gqlErr
		}
		detail := validationDetail(l, raw)
		return presentApp(gqlErr, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_QUERY",
			Data: map[string]any{"Detail": detail}}, l)
	}
	return presentApp(gqlErr, LogFailure(ctx, "internal error", err, "path", gqlErr.Path.String()), l)
}

// Reasons of an INTERNAL error that is no fault of the server's code.
const (
	ReasonCancelled = "CANCELLED" // the client went away
	ReasonTimeout   = "TIMEOUT"   // the request's deadline passed
)

// LogFailure logs err, which stopped a request, and returns the error to answer. A client
// that went away (the request's context cancelled) is logged at INFO as "request cancelled",
// a deadline passed at WARN as "request timeout": neither is a bug to page anyone about.
// Anything else is an ERROR with msg. The database's own error for a cancelled query
// (SQLite's "interrupted") does not wrap the context's, hence ctx.Err() too.
func LogFailure(ctx context.Context, msg string, err error, attrs ...any) *apperr.Error {
	args := append([]any{"err", err}, attrs...)
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(ctx.Err(), context.Canceled):
		slog.InfoContext(ctx, "request cancelled", append(args, "during", msg)...)
		return &apperr.Error{Code: apperr.Internal, Reason: ReasonCancelled, MessageID: "REQUEST_CANCELLED"}
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded):
		slog.WarnContext(ctx, "request timeout", append(args, "during", msg)...)
		return &apperr.Error{Code: apperr.Internal, Reason: ReasonTimeout, MessageID: "REQUEST_TIMEOUT"}
	}
	slog.ErrorContext(ctx, msg, args...)
	return &apperr.Error{Code: apperr.Internal}
}

func presentApp(gqlErr *gqlerror.Error, ae *apperr.Error, l locales.Locale) *gqlerror.Error {
	id := ae.MessageID
	if id == "" {
		id = ae.Code
	}
	gqlErr.Message = locales.Message(l, id, ae.Data)
	gqlErr.Err = nil
	ext := map[string]any{"code": ae.Code}
	for k, v := range ae.Extensions {
		ext[k] = v
	}
	if ae.Reason != "" {
		ext["reason"] = ae.Reason
	}
	if ae.ID != "" {
		ext["id"] = ae.ID
	}
	if len(ae.Violations) > 0 {
		vs := make([]map[string]any, len(ae.Violations))
		for i, v := range ae.Violations {
			mid := v.MessageID
			if mid == "" {
				mid = v.Code
			}
			vs[i] = map[string]any{"field": v.Field, "code": v.Code, "message": locales.Message(l, mid, v.Data)}
		}
		ext["violations"] = vs
	}
	gqlErr.Extensions = ext
	return gqlErr
}

// Recover turns a panic in a resolver into an INTERNAL error, logged with its value.
func Recover(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "panic in resolver", "panic", p)
	return &apperr.Error{Code: apperr.Internal}
}
