package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"guichet/locales"
)

// localeOf is the locale a field is read in: the nearest enclosing field's `locale` argument
// (so categories(locale: EN) { guides { … } } reads the guides in English), else the
// request's negotiated locale.
func localeOf(ctx context.Context) locales.Locale {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if l, ok := fc.Args["locale"].(*locales.Locale); ok && l != nil && l.Valid() {
			return *l
		}
	}
	return locales.FromContext(ctx)
}
