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
)

// PresentError maps every error to the contract's extensions.code with a message in the
// request's locale. Unknown errors become INTERNAL: logged with the request's id, never shown.
func PresentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	l := locales.FromContext(ctx)
	if ae, ok := apperr.As(err); ok {
		return presentApp(gqlErr, ae, l)
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
		if code, _ := raw.Extensions["code"].(string); code == apperr.BadUserInput {
			return gqlErr // already ours, localized (limits)
		}
		detail := raw.Message
		return presentApp(gqlErr, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_QUERY",
			Data: map[string]any{"Detail": detail}}, l)
	}
	slog.ErrorContext(ctx, "internal error", "err", err, "path", gqlErr.Path.String())
	return presentApp(gqlErr, &apperr.Error{Code: apperr.Internal}, l)
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
