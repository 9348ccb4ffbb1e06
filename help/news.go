package help

import (
	"context"

	"entgo.io/contrib/entgql"

	"guichet/ent"
	"guichet/ent/news"
	"guichet/ent/newsslug"
	"guichet/ent/newstranslation"
	"guichet/locales"
	"guichet/paging"
	"guichet/rowcount"
)

// Reading news: the posts the viewer may read (the privacy rule of every page: space,
// audience, a published translation), newest first, served in a locale with fallback.

var newestFirst = ent.WithNewsOrder(&ent.NewsOrder{Direction: entgql.OrderDirectionDesc, Field: ent.NewsOrderFieldPublishedAt})

func publishedNewsTr(q *ent.NewsTranslationQuery) { q.Where(newstranslation.Published(true)) }

// News is a page of the news posts the viewer may read, newest first, served in locale l.
func (s *Service) News(ctx context.Context, l locales.Locale, p Page) (*ent.NewsConnection, error) {
	first, after, err := p.decode()
	if err != nil {
		return nil, err
	}
	// a readable post has a published translation, hence a date; the condition says so to the index
	q := s.Client.News.Query().Where(news.PublishedAtNotNil()).WithTranslations(publishedNewsTr)
	pageCtx, counted := paging.Uncounted(ctx)
	conn, err := q.Paginate(pageCtx, after, &first, nil, nil, newestFirst)
	if err != nil {
		return nil, err
	}
	if counted {
		if conn.TotalCount, err = s.count(ctx, "news", nil, s.keptCount(rowcount.News, nil)); err != nil {
			return nil, err
		}
	}
	for _, e := range conn.Edges {
		e.Node.Serve(l)
	}
	return conn, nil
}

// NewsPost finds a news post by the slug of any of its translations, current or former, and
// serves it in locale l (a slug of l's translation wins). nil when no readable post answers.
func (s *Service) NewsPost(ctx context.Context, slug string, l locales.Locale) (*ent.News, error) {
	slugs, err := s.Client.NewsSlug.Query().Where(newsslug.SpaceID(spaceOf(ctx)), newsslug.Slug(slug)).All(ctx)
	if err != nil || len(slugs) == 0 {
		return nil, err
	}
	id := slugs[0].NewsID
	for _, ns := range slugs {
		if ns.Locale == l {
			id = ns.NewsID
		}
	}
	return s.newsPost(ctx, id, l)
}

// newsPost loads one readable news post served in l; nil when the viewer may not read it.
func (s *Service) newsPost(ctx context.Context, id int, l locales.Locale) (*ent.News, error) {
	n, err := s.Client.News.Query().Where(news.ID(id)).WithTranslations(publishedNewsTr).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return n.Serve(l), nil
}
