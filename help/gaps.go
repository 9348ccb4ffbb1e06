package help

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode"

	"guichet/background"
	"guichet/ent"
	"guichet/ent/searchgap"
	"guichet/locales"
	"guichet/store"
	"guichet/txn"
	"guichet/viewer"
)

// Search gaps: the searches that found nothing, so that editors learn what readers look for
// and no page answers. A gap is its words normalised as the search analyser does (lower case,
// accents folded, French elisions dropped: "Accès", "acces" and "l'accès" are one gap),
// counted per day, space and locale; nothing says who searched. Kept GapRetention.
//
// Recording must not slow searches down: a search that found nothing adds one to a count in
// memory, and the counts are written in one transaction of upserts by the feedback loop
// (RunFeedback), when editors read the gaps, and when the counts grow past gapBufferMax keys.
// What a process had not written when it died is lost: these are statistics.

// GapRetention is how long the daily counts of search gaps are kept.
const GapRetention = 90 * 24 * time.Hour

// gapBufferMax is how many distinct gaps wait in memory before the loop is woken to write
// them; past twice that, new ones are dropped until it has.
const gapBufferMax = 1000

type gapKey struct {
	spaceID int
	day     time.Time
	locale  locales.Locale
	query   string
}

type gapCount struct {
	n    int
	last time.Time
}

// gaps are the counts not written yet.
type gaps struct {
	mu      sync.Mutex
	pending map[gapKey]gapCount
	// write serializes writers, so that counts taken from pending are written in order.
	write sync.Mutex
	loop  background.Loop
}

// GapQuery is query as a search gap is kept: its words normalised (lower case, accents
// folded, French elided articles and pronouns dropped, English possessives dropped), one
// space between them; "" when it has none, or when it looks like something personal (an
// e-mail address, a number of six digits or more: a phone, an ID), which is not kept.
func GapQuery(query string, l locales.Locale) string {
	if strings.Contains(query, "@") {
		return ""
	}
	var b strings.Builder
	for sp := range eachWord(query, l) {
		w := normalize(query[sp.word:sp.end], l)
		if w == "" {
			continue
		}
		if digitRun(w) >= 6 {
			return ""
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func digitRun(w string) int {
	best, run := 0, 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			run++
			best = max(best, run)
		} else {
			run = 0
		}
	}
	return best
}

// recordGap counts a search of the viewer's space that found nothing.
func (s *Service) recordGap(v *viewer.Viewer, l locales.Locale, query string) {
	q := GapQuery(query, l)
	if q == "" || v == nil {
		return
	}
	now := s.now()
	k := gapKey{spaceID: v.SpaceID, day: dayOf(now), locale: l, query: q}
	g := &s.gaps
	g.mu.Lock()
	if g.pending == nil {
		g.pending = map[gapKey]gapCount{}
	}
	c, known := g.pending[k]
	full := len(g.pending) >= gapBufferMax
	if known || len(g.pending) < 2*gapBufferMax {
		g.pending[k] = gapCount{n: c.n + 1, last: now}
	}
	g.mu.Unlock()
	if full {
		g.loop.Wake()
	}
}

// FlushGaps writes the search gaps counted in memory: one upsert per gap, in one transaction.
func (s *Service) FlushGaps(ctx context.Context) error {
	g := &s.gaps
	g.write.Lock()
	defer g.write.Unlock()
	g.mu.Lock()
	pending := g.pending
	g.pending = nil
	g.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	err := txn.Run(ctx, s.Client, func(tx *ent.Tx) error {
		for k, c := range pending {
			err := tx.SearchGap.Create().
				SetSpaceID(k.spaceID).SetDay(k.day).SetLocale(k.locale).SetQuery(k.query).
				SetCount(c.n).SetLastAt(c.last.UTC()).
				OnConflictColumns(searchgap.FieldSpaceID, searchgap.FieldDay, searchgap.FieldLocale, searchgap.FieldQuery).
				Update(func(u *ent.SearchGapUpsert) { u.AddCount(c.n).SetLastAt(c.last.UTC()) }).
				Exec(ctx)
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil { // kept for the next pass, added to what came since
		g.mu.Lock()
		if g.pending == nil {
			g.pending = map[gapKey]gapCount{}
		}
		for k, c := range pending {
			n := g.pending[k]
			g.pending[k] = gapCount{n: n.n + c.n, last: later(n.last, c.last)}
		}
		g.mu.Unlock()
	}
	return err
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// SearchGap is a search that found nothing, counted over a period.
type SearchGap struct {
	Query  string
	Locale locales.Locale
	Count  int
	LastAt time.Time
}

// SearchGaps lists the searches of the viewer's space that found nothing since since
// (DefaultFeedbackPeriod ago by default), the most frequent first, at most first. The counts
// still in memory are written first.
func (s *Service) SearchGaps(ctx context.Context, since *time.Time, first *int) ([]*SearchGap, error) {
	n, err := feedbackFirst(first)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	if v == nil || n == 0 {
		return []*SearchGap{}, nil
	}
	if err := s.FlushGaps(ctx); err != nil {
		return nil, err
	}
	from := dayOf(s.now().Add(-DefaultFeedbackPeriod))
	if since != nil {
		from = dayOf(*since)
	}
	rows, err := s.Client.QueryContext(ctx, store.Rebind(s.Client.Dialect(), `
		SELECT query, locale, CAST(SUM(count) AS BIGINT) AS n, MAX(last_at)
		FROM search_gaps WHERE space_id = ? AND day >= ?
		GROUP BY query, locale
		ORDER BY n DESC, query, locale
		LIMIT ?`), v.SpaceID, from, n)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*SearchGap{}
	for rows.Next() {
		var g SearchGap
		var l string
		var last any
		if err := rows.Scan(&g.Query, &l, &g.Count, &last); err != nil {
			return nil, err
		}
		g.Locale = locales.Locale(l)
		if g.LastAt, err = timeOf(last); err != nil {
			return nil, err
		}
		out = append(out, &g)
	}
	return out, rows.Err()
}

// RunFeedback writes the search gaps counted in memory and purges what is past its
// retention (gaps, votes, the salts of past days) every interval until ctx ends, then writes
// what is left.
func (s *Service) RunFeedback(ctx context.Context, interval time.Duration) {
	s.gaps.loop.Run(ctx, interval, s.feedbackPass, func(err error) { logError(ctx, "search gaps and votes", err) })
	final, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := s.FlushGaps(final); err != nil {
		logError(final, "search gaps", err)
	}
}

func (s *Service) feedbackPass(ctx context.Context) error {
	if err := s.FlushGaps(ctx); err != nil {
		return err
	}
	return s.PurgeFeedback(ctx)
}

// PurgeFeedback deletes the search gaps of days past GapRetention, the votes past
// VoteRetention and the salts of past days.
func (s *Service) PurgeFeedback(ctx context.Context) error {
	now := s.now()
	if _, err := s.Client.SearchGap.Delete().Where(searchgap.DayLT(dayOf(now.Add(-GapRetention)))).Exec(ctx); err != nil {
		return err
	}
	return s.purgeVotes(ctx, now)
}

// timeOf reads a time an aggregate returned: PostgreSQL gives a time, SQLite the text the
// driver wrote (an aggregate has no declared type for the driver to parse it by).
func timeOf(v any) (time.Time, error) {
	switch t := v.(type) {
	case time.Time:
		return t, nil
	case []byte:
		return timeOf(string(t))
	case string:
		for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", time.RFC3339Nano, "2006-01-02 15:04:05.999999999"} {
			if p, err := time.Parse(layout, t); err == nil {
				return p, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("search gaps: unreadable time %v", v)
}
