package help

import (
	"context"
	"strings"

	"guichet/locales"
	"guichet/viewer"
)

func RankOnly(s *Service, ctx context.Context, query string, l locales.Locale) {
	typing := !strings.HasSuffix(query, " ")
	q := parseQuery(strings.TrimSpace(query), l, typing)
	scope := scopeFilter(viewer.FromContext(ctx), l)
	s.rank(ctx, q.match(), scope, 10)
}
