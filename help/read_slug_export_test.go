package help

import (
	"context"

	"guichet/ent"
	"guichet/locales"
)

// GuideBySlugThroughQuery is GuideBySlug read through the eager-loading query and the read
// policy rather than the kept statement, for tests that compare the two.
func (s *Service) GuideBySlugThroughQuery(ctx context.Context, slug string, l locales.Locale, inc Include) (*ent.Guide, error) {
	g, err := s.guideBySlugQuery(ctx, slug, l, inc.Attachments)
	if g == nil || err != nil {
		return nil, err
	}
	if inc.Category {
		if err := g.LoadCategory(ctx); err != nil {
			return nil, err
		}
	}
	return g.Serve(l), nil
}

// SetThroughQueries makes every read go through the eager-loading queries (true) or not.
func SetThroughQueries(on bool) { throughQueries = on }
