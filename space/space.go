// Package space knows the spaces a Guichet serves: which one a request is for, and its
// settings. Spaces are few and change only on import, so they are held in memory.
package space

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

	"guichet/ent"
	"guichet/ent/privacy"
)

// Registry is the set of spaces, by slug.
type Registry struct {
	client   *ent.Client
	fallback string // DEFAULT_SPACE, "" for the first

	mu     sync.RWMutex
	bySlug map[string]*ent.Space
	first  string
}

// NewRegistry loads the spaces. defaultSpace names the space of /graphql ("" for the first
// in alphabetical order, as content/spaces/ lists them).
func NewRegistry(ctx context.Context, client *ent.Client, defaultSpace string) (*Registry, error) {
	r := &Registry{client: client, fallback: defaultSpace}
	return r, r.Reload(ctx)
}

// Reload reads the spaces again (after an import).
func (r *Registry) Reload(ctx context.Context) error {
	spaces, err := r.client.Space.Query().All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return err
	}
	m := make(map[string]*ent.Space, len(spaces))
	slugs := make([]string, 0, len(spaces))
	for _, s := range spaces {
		m[s.Slug] = s
		slugs = append(slugs, s.Slug)
	}
	sort.Strings(slugs)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bySlug = m
	r.first = ""
	if len(slugs) > 0 {
		r.first = slugs[0]
	}
	return nil
}

// Get returns the space with slug, or nil.
func (r *Registry) Get(slug string) *ent.Space {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.bySlug[slug]
}

// All returns every space, by slug.
func (r *Registry) All() []*ent.Space {
	r.mu.RLock()
	defer r.mu.RUnlock()
	out := make([]*ent.Space, 0, len(r.bySlug))
	for _, s := range r.bySlug {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b *ent.Space) int { return strings.Compare(a.Slug, b.Slug) })
	return out
}

// Default returns the space /graphql serves, or nil when there is none.
func (r *Registry) Default() *ent.Space {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.fallback != "" {
		return r.bySlug[r.fallback]
	}
	return r.bySlug[r.first]
}

type ctxKey struct{}

// NewContext returns ctx carrying the request's space.
func NewContext(ctx context.Context, s *ent.Space) context.Context {
	return context.WithValue(ctx, ctxKey{}, s)
}

// FromContext returns the request's space, or nil.
func FromContext(ctx context.Context) *ent.Space {
	s, _ := ctx.Value(ctxKey{}).(*ent.Space)
	return s
}
