package help

import (
	"context"

	"guichet/ent"
	"guichet/ent/privacy"
	"guichet/locales"
	"guichet/viewer"
)

// servedGuides reads a reader's guide with its served translations in one statement whose
// text is built once (ent.GuideReader); listedGuides a list's translations without their text.
var (
	servedGuides = ent.NewGuideReader(servedGuideColumns)
	listedGuides = ent.NewGuideReader(listedGuideColumns)
)

func connNodes(conn *ent.GuideConnection) []*ent.Guide {
	nodes := make([]*ent.Guide, len(conn.Edges))
	for i, e := range conn.Edges {
		nodes[i] = e.Node
	}
	return nodes
}

// servedBySlug is GuideBySlug's read of the guide and its translations (and their attachments
// when asked) through servedGuides; ok is false when it cannot answer as the query with the
// read policy would — no viewer (the policy refuses), a policy decision in ctx (it replaces
// the filter), no audience, interceptors — and guideBySlugQuery answers.
func (s *Service) servedBySlug(ctx context.Context, slug string, l locales.Locale, attachments bool) (*ent.Guide, bool, error) {
	v := viewer.FromContext(ctx)
	if v == nil || s.ThroughQueries {
		return nil, false, nil
	}
	if _, decided := privacy.DecisionFromContext(ctx); decided {
		return nil, false, nil
	}
	return servedGuides.BySlug(ctx, s.Client, v.SpaceID, v.Audiences, slug, l, attachments)
}

// guideBySlugQuery is servedBySlug's read through the eager-loading query and the read
// policy: the reference the kept statement answers as (read_slug_test.go).
func (s *Service) guideBySlugQuery(ctx context.Context, slug string, l locales.Locale, attachments bool) (*ent.Guide, error) {
	g, err := withGuideEdges(s.Client.Guide.Query().Where(bySlug(spaceOf(ctx), slug, l)), Include{Attachments: attachments, served: true}).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return g, err
}
