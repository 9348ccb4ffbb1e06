package help

import (
	"context"

	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtag"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetag"
	"guichet/locales"
)

// GuidesTagged lists the guides the viewer may read that have any of tags (content/README.md,
// "Tags": "journey:orange" picks what explains an orange belt's next step), in position order,
// at most first (capped at MaxFirst), served in locale l with its fallback. Their category and
// attachments are loaded, so that every field of a guide reads true: five queries, whatever the
// number of guides.
func (s *Service) GuidesTagged(ctx context.Context, l locales.Locale, tags []string, first int) ([]*ent.Guide, error) {
	if len(tags) == 0 || first <= 0 {
		return nil, nil
	}
	guides, err := withGuideEdges(s.Client.Guide.Query(), Include{Category: true, Attachments: true}).
		Where(guide.HasTagsWith(guidetag.TagIn(tags...))).
		Order(ent.Asc(guide.FieldPosition), ent.Asc(guide.FieldID)).
		Limit(min(first, MaxFirst)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	for _, g := range guides {
		g.Serve(l)
	}
	return guides, nil
}

// FaqsTagged lists the FAQs the viewer may read that have any of tags, as GuidesTagged does
// guides.
func (s *Service) FaqsTagged(ctx context.Context, l locales.Locale, tags []string, first int) ([]*ent.Faq, error) {
	if len(tags) == 0 || first <= 0 {
		return nil, nil
	}
	faqs, err := s.Client.Faq.Query().
		WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).
		WithCategory(withCategoryTr).
		Where(faq.HasTagsWith(faqtag.TagIn(tags...))).
		Order(ent.Asc(faq.FieldPosition), ent.Asc(faq.FieldID)).
		Limit(min(first, MaxFirst)).
		All(ctx)
	if err != nil {
		return nil, err
	}
	for _, q := range faqs {
		q.Serve(l)
	}
	return faqs, nil
}
