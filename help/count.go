package help

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"guichet/viewer"
)

// counts keeps how many items a help list holds for one kind of reader (space, list,
// category, readable audiences), so that totalCount costs a COUNT once per content change
// rather than on every request: a page is read through an index whatever the list's size, a
// count is not. Changes made by this process forget every count at once (ContentChanged);
// entries expire after a TTL, as the read cache's answers do, so that changes made elsewhere
// (a `guichet import` beside the server, another replica) are seen within it. A zero TTL
// keeps nothing: every count is made afresh.
type counts struct {
	mu         sync.Mutex
	generation uint64
	entries    map[string]countEntry
}

type countEntry struct {
	n  int
	at time.Time
}

// maxCounts bounds the entries: past it, the oldest half of the day's readers start afresh.
const maxCounts = 4096

// ContentChanged forgets every count kept: content was written.
func (s *Service) ContentChanged() {
	s.counts.mu.Lock()
	defer s.counts.mu.Unlock()
	s.counts.generation++
	clear(s.counts.entries)
}

// count is the number of items of list (in category, if any) the viewer may read: kept, or
// made by count and kept unless content changed meanwhile.
func (s *Service) count(ctx context.Context, list string, category *string, count func(context.Context) (int, error)) (int, error) {
	v := viewer.FromContext(ctx)
	if s.CountTTL <= 0 || v == nil {
		return count(ctx)
	}
	key := countKey(v, list, category)
	now := time.Now()
	c := &s.counts
	c.mu.Lock()
	e, ok := c.entries[key]
	generation := c.generation
	c.mu.Unlock()
	if ok && now.Sub(e.at) < s.CountTTL {
		return e.n, nil
	}
	n, err := count(ctx)
	if err != nil {
		return 0, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.generation == generation { // a count made across a change may be stale: not kept
		if c.entries == nil || len(c.entries) >= maxCounts {
			c.entries = make(map[string]countEntry)
		}
		c.entries[key] = countEntry{n: n, at: now}
	}
	return n, nil
}

// countKey names what a count depends on: the space, the list, the category and the
// audiences the viewer may read (two readers with the same audiences see the same items).
func countKey(v *viewer.Viewer, list string, category *string) string {
	audiences := make([]string, len(v.Audiences))
	for i, a := range v.Audiences {
		audiences[i] = string(a)
	}
	slices.Sort(audiences)
	var b strings.Builder
	b.WriteString(strconv.Itoa(v.SpaceID))
	b.WriteString("\x00" + list + "\x00")
	if category != nil {
		b.WriteString("c:" + *category)
	}
	b.WriteString("\x00" + strings.Join(audiences, ","))
	return b.String()
}
