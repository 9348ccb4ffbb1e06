package help

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"sync"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/ent"
	"guichet/ent/faq"
	"guichet/ent/faqtranslation"
	"guichet/ent/guide"
	"guichet/ent/guidetranslation"
	"guichet/ent/news"
	"guichet/ent/newstranslation"
	"guichet/ent/pagevote"
	"guichet/ent/votesalt"
	"guichet/locales"
	"guichet/store"
	"guichet/txn"
	"guichet/viewer"
)

// Readers' votes ("did this page help?"): one per reader, page and language, changeable. A
// reader is a voter key, never who they are: a signed-in account is a keyed hash of the
// account (VoterSecret), so that its vote can be changed any day; an anonymous reader is a
// hash of their client (address and user agent) with the day's random salt, forgotten once
// the day is over (VoteSalt rows are purged), so that the next day nobody can tell which
// client cast a vote, nor recognise the client again.

// VoteRetention is how long votes are kept (pageFeedback reads periods within it).
const VoteRetention = 365 * 24 * time.Hour

// pageRef is a page a reader may rate: its kind's index name, id, and the locale it is
// served in.
type pageRef struct {
	kind   string
	id     int
	locale locales.Locale
}

// RatePage records the viewer's (viewer.FromContext) vote on page id (a guide, FAQ entry or news post) in locale
// l: the language the page is served in for l (its translation in l, else the other one). A
// page the viewer may not read is NOT_FOUND, as reading it would be. A second vote of the
// same reader on the same page and language replaces the first: one upsert on the unique
// (page, locale, voter) index, so that concurrent votes of different readers all count
// and those of one reader count once.
func (s *Service) RatePage(ctx context.Context, id int, helpful bool, l locales.Locale) error {
	v := viewer.FromContext(ctx)
	if v == nil {
		return &apperr.Error{Code: apperr.NotFound}
	}
	p, err := s.ratable(ctx, id, l)
	if err != nil {
		return err
	}
	now := s.now()
	key, err := s.voterKey(ctx, v, now)
	if err != nil {
		return err
	}
	return txn.Run(ctx, s.Client, func(tx *ent.Tx) error {
		return tx.PageVote.Create().
			SetSpaceID(v.SpaceID).SetPageKind(p.kind).SetPageID(p.id).SetLocale(p.locale).SetVoter(key).
			SetHelpful(helpful).SetUpdatedAt(now.UTC()).
			OnConflictColumns(pagevote.FieldPageID, pagevote.FieldPageKind, pagevote.FieldLocale, pagevote.FieldVoter).
			UpdateHelpful().UpdateUpdatedAt().
			Exec(ctx)
	})
}

// ratable finds page id among the pages the viewer may read (the data layer's filters),
// with the locale it is served in for l.
func (s *Service) ratable(ctx context.Context, id int, l locales.Locale) (*pageRef, error) {
	g, err := s.Client.Guide.Query().Where(guide.ID(id)).
		WithTranslations(func(q *ent.GuideTranslationQuery) { q.Where(guidetranslation.Published(true)) }).Only(ctx)
	if err == nil {
		return &pageRef{kind: kindGuide, id: id, locale: g.Serve(l).Locale()}, nil
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	f, err := s.Client.Faq.Query().Where(faq.ID(id)).
		WithTranslations(func(q *ent.FaqTranslationQuery) { q.Where(faqtranslation.Published(true)) }).Only(ctx)
	if err == nil {
		return &pageRef{kind: kindFaq, id: id, locale: f.Serve(l).Locale()}, nil
	}
	if !ent.IsNotFound(err) {
		return nil, err
	}
	n, err := s.Client.News.Query().Where(news.ID(id)).
		WithTranslations(func(q *ent.NewsTranslationQuery) { q.Where(newstranslation.Published(true)) }).Only(ctx)
	if err == nil {
		return &pageRef{kind: kindNews, id: id, locale: n.Serve(l).Locale()}, nil
	}
	if ent.IsNotFound(err) {
		return nil, &apperr.Error{Code: apperr.NotFound}
	}
	return nil, err
}

// voterKey is the key a reader's votes are kept under: "a" and a MAC of the account under the
// server's secret, or "c" and a MAC of the client under the day's salt.
func (s *Service) voterKey(ctx context.Context, v *viewer.Viewer, now time.Time) (string, error) {
	if v.SignedIn() {
		return "a" + macOf(s.VoterSecret, "account", fmt.Sprint(v.SpaceID), fmt.Sprint(v.AccountID)), nil
	}
	salt, err := s.salts.of(ctx, s.Client, dayOf(now))
	if err != nil {
		return "", err
	}
	return "c" + macOf(salt, "client", fmt.Sprint(v.SpaceID), account.ClientKey(v.Client), v.UserAgent), nil
}

func macOf(key []byte, parts ...string) string {
	mac := hmac.New(sha256.New, key)
	for _, p := range parts { // length-prefixed, so that no two lists of parts collide
		mac.Write(binary.BigEndian.AppendUint64(nil, uint64(len(p))))
		mac.Write([]byte(p))
	}
	return hex.EncodeToString(mac.Sum(nil))
}

// dayOf is the UTC midnight starting t's day.
func dayOf(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// salts keeps the day's salt in memory once read; the database holds it, so that every
// replica hashes a client alike.
type salts struct {
	mu   sync.Mutex
	day  time.Time
	salt []byte
}

func (c *salts) of(ctx context.Context, client *ent.Client, day time.Time) ([]byte, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.day.Equal(day) && c.salt != nil {
		return c.salt, nil
	}
	fresh := make([]byte, 32)
	if _, err := rand.Read(fresh); err != nil {
		return nil, err
	}
	// The first replica to need the day's salt makes it; the others read it.
	if _, err := client.ExecContext(ctx, store.Rebind(client.Dialect(),
		`INSERT INTO vote_salts (day, salt) VALUES (?, ?) ON CONFLICT (day) DO NOTHING`), day, fresh); err != nil {
		return nil, err
	}
	row, err := client.VoteSalt.Query().Where(votesalt.Day(day)).Only(ctx)
	if err != nil {
		return nil, err
	}
	c.day, c.salt = day, bytes.Clone(row.Salt)
	return c.salt, nil
}

// PageFeedback is a page's votes in one language over a period.
type PageFeedback struct {
	Page       FeedbackPage
	Locale     locales.Locale
	Helpful    int
	NotHelpful int
}

// FeedbackPage is the page a vote is about, titled in the vote's language.
type FeedbackPage struct {
	Kind  string // GUIDE, FAQ, NEWS
	ID    int
	Title string
}

// Feedback limits.
const (
	DefaultFeedbackFirst = 50
	MaxFeedbackFirst     = 100
	// DefaultFeedbackPeriod is the period read when no start is given.
	DefaultFeedbackPeriod = 30 * 24 * time.Hour
)

func feedbackFirst(first *int) (int, error) {
	n := DefaultFeedbackFirst
	if first != nil {
		n = *first
	}
	if n < 0 || n > MaxFeedbackFirst {
		return 0, &apperr.Error{Code: apperr.BadUserInput, MessageID: "INVALID_FIRST", Data: map[string]any{"Max": MaxFeedbackFirst},
			Extensions: map[string]any{"field": "first"}}
	}
	return n, nil
}

// PageFeedback lists the votes of the viewer's space cast (or last changed) since since
// (DefaultFeedbackPeriod ago by default), per page and language, those with the most "not
// helpful" first, at most first. For editors: titles are the drafts' (deleted pages too).
func (s *Service) PageFeedback(ctx context.Context, since *time.Time, first *int) ([]*PageFeedback, error) {
	n, err := feedbackFirst(first)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	if v == nil || n == 0 {
		return []*PageFeedback{}, nil
	}
	from := s.now().Add(-DefaultFeedbackPeriod)
	if since != nil {
		from = *since
	}
	rows, err := s.Client.QueryContext(ctx, store.Rebind(s.Client.Dialect(), `
		SELECT page_kind, page_id, locale,
			CAST(SUM(CASE WHEN helpful THEN 1 ELSE 0 END) AS BIGINT) AS helpful_votes,
			CAST(SUM(CASE WHEN helpful THEN 0 ELSE 1 END) AS BIGINT) AS unhelpful_votes
		FROM page_votes WHERE space_id = ? AND updated_at >= ?
		GROUP BY page_kind, page_id, locale
		ORDER BY unhelpful_votes DESC, helpful_votes ASC, page_id, page_kind, locale
		LIMIT ?`), v.SpaceID, from.UTC(), n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*PageFeedback{}
	ids := map[string][]int{}
	for rows.Next() {
		var kind, l string
		var f PageFeedback
		if err := rows.Scan(&kind, &f.Page.ID, &l, &f.Helpful, &f.NotHelpful); err != nil {
			return nil, err
		}
		f.Locale = locales.Locale(l)
		f.Page.Kind = kind // the index name until titled below
		ids[kind] = append(ids[kind], f.Page.ID)
		out = append(out, &f)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	titles := map[string]string{}
	actx := allow(ctx)
	for _, k := range Kinds {
		rs, err := k.rows(actx, s.Client, ids[k.Name], nil)
		if err != nil {
			return nil, err
		}
		for _, r := range rs {
			titles[fmt.Sprint(k.Name, ":", r.ItemID, ":", r.Locale)] = r.DraftTitle
		}
	}
	for _, f := range out {
		f.Page.Title = titles[fmt.Sprint(f.Page.Kind, ":", f.Page.ID, ":", f.Locale)]
		for _, k := range Kinds {
			if k.Name == f.Page.Kind {
				f.Page.Kind = k.Page
			}
		}
	}
	return out, nil
}

// purgeVotes deletes the votes older than VoteRetention and the salts of the days before
// now's: once its salt is gone, an anonymous vote can no longer be tied to a client.
func (s *Service) purgeVotes(ctx context.Context, now time.Time) error {
	if _, err := s.Client.PageVote.Delete().Where(pagevote.UpdatedAtLT(now.Add(-VoteRetention).UTC())).Exec(ctx); err != nil {
		return err
	}
	_, err := s.Client.VoteSalt.Delete().Where(votesalt.DayLT(dayOf(now))).Exec(ctx)
	return err
}
