package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"

	"guichet/account"
	"guichet/apperr"
	"guichet/policy"
	"guichet/space"
	"guichet/viewer"
)

// Directives enforce the permission every field declares in the schema.
func Directives(accounts *account.Service) DirectiveRoot {
	return DirectiveRoot{
		Public: func(ctx context.Context, _ any, next graphql.Resolver) (any, error) { return next(ctx) },
		SignedIn: func(ctx context.Context, _ any, next graphql.Resolver) (any, error) {
			if !viewer.FromContext(ctx).SignedIn() {
				return nil, &apperr.Error{Code: apperr.Unauthenticated}
			}
			return next(ctx)
		},
		Can: func(ctx context.Context, _ any, next graphql.Resolver, permission string, scoped bool) (any, error) {
			v := viewer.FromContext(ctx)
			if !v.SignedIn() {
				return nil, &apperr.Error{Code: apperr.Unauthenticated}
			}
			perm, valid := policy.ParsePermission(permission)
			if !valid {
				return nil, fmt.Errorf("schema: permission %q is not object:action", permission)
			}
			sp := space.FromContext(ctx)
			ok, err := accounts.Allowed(ctx, v, sp, perm, "")
			if err == nil && !ok && scoped {
				var scopes []string
				scopes, err = accounts.ScopesAllowing(ctx, v, sp, perm)
				ok = len(scopes) > 0
			}
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &apperr.Error{Code: apperr.Forbidden}
			}
			// A request that ended (its client gone, its deadline passed) while it was being
			// checked stops here: its resolver may read nothing that would notice.
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			return next(ctx)
		},
	}
}

// allowedBeforePasswordChange are the only root fields an account that must set a new
// password may use: the change itself, signing out, and reading what anybody may read
// (with no more than an anonymous reader's audiences until the password is set).
var allowedBeforePasswordChange = map[string]bool{
	"changePassword": true, "logout": true, "me": true, "passwordPolicy": true, "__typename": true,
	"space": true, "categories": true, "guide": true, "guides": true, "faqs": true, "resources": true,
	"search": true, "node": true, "nodes": true, "news": true, "newsPost": true,
}

// PasswordChangeGate refuses every other root field to an account that must set a new
// password first (a legacy account at its first sign-in), with PRECONDITION_FAILED and the
// reason PASSWORD_CHANGE_REQUIRED.
func PasswordChangeGate(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	v := viewer.FromContext(ctx)
	if v == nil || !v.PasswordResetRequired {
		return next(ctx)
	}
	fc := graphql.GetRootFieldContext(ctx)
	if fc == nil || allowedBeforePasswordChange[fc.Field.Name] {
		return next(ctx)
	}
	graphql.AddError(ctx, &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "PASSWORD_CHANGE_REQUIRED",
		Reason: "PASSWORD_CHANGE_REQUIRED"})
	return graphql.Null
}
