package web

import (
	"context"
	"encoding/binary"
	"hash/maphash"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/expirable"
	"github.com/vektah/gqlparser/v2/ast"

	"guichet/locales"
	"guichet/space"
	"guichet/viewer"
)

// readCache keeps the answers of help-center queries, as a CDN would, so that the pages
// every reader asks for are served without running the query again. An answer is reused only
// for the same space, locale, readable audiences, document, operation and variables; any
// content change made by this process empties it at once (Changed), and entries expire after
// the TTL so that changes made elsewhere (a `guichet import` run beside the server, another
// replica) are seen within it.
type readCache struct {
	entries *expirable.LRU[string, *answer]
	version atomic.Uint64
}

// cacheableFields are the root fields whose answers depend only on the published content,
// the space, the locale and the viewer's readable audiences.
var cacheableFields = map[string]bool{
	"space": true, "categories": true, "guide": true, "guides": true, "faqs": true,
	"resources": true, "search": true, "node": true, "nodes": true, "__typename": true,
	"news": true, "newsPost": true,
}

func newReadCache(size int, ttl time.Duration) *readCache {
	if ttl <= 0 || size <= 0 {
		return nil
	}
	return &readCache{entries: expirable.NewLRU[string, *answer](size, nil, ttl)}
}

// Changed forgets every cached answer: content was written.
func (c *readCache) Changed() {
	if c == nil {
		return
	}
	c.version.Add(1)
	c.entries.Purge()
}

// key identifies an answer by the request as it came (GET's query string, POST's body)
// and what the answer depends on beyond it; "" when the request cannot be cached. The
// request is not decoded for this: a hit costs a hash, not a parse.
//
// What decides who may read the answer — the cache's version, the space, the locale and the
// readable audiences — is written in the key as it is, so two keys of different readers can
// never be equal, whatever the hash. Only the request's bytes are hashed, with a fast keyed
// hash (maphash, 128 bits from two random per-process seeds, never shown to a client) rather
// than SHA-256 (a tenth of a cached read's time): a collision, which nobody can search for
// without the seeds, could at worst answer one published query with another's answer for
// the same space, locale and audiences — something the reader may read anyway — never
// another audience's answer nor a draft.
func (c *readCache) key(ctx context.Context, method string, request []byte) string {
	if c == nil {
		return ""
	}
	sp, v := space.FromContext(ctx), viewer.FromContext(ctx)
	if sp == nil || v == nil {
		return ""
	}
	var buf [128]byte
	k := binary.LittleEndian.AppendUint64(buf[:0], c.version.Load())
	k = binary.LittleEndian.AppendUint64(k, uint64(sp.ID))
	k = append(k, locales.FromContext(ctx)...)
	for _, a := range v.Audiences {
		k = append(append(k, 0), a...)
	}
	k = append(append(k, 0), method...)
	k = append(k, 0)
	k = binary.LittleEndian.AppendUint64(k, maphash.Bytes(requestSeeds[0], request))
	k = binary.LittleEndian.AppendUint64(k, maphash.Bytes(requestSeeds[1], request))
	return string(k)
}

// requestSeeds key the request's hash in the read cache's keys: random in every process.
var requestSeeds = [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}

// gqlRequest is what the GraphQL handler and the transport share about one request: the
// read cache's key, and the operation's name once gqlgen knows it (for metrics).
type gqlRequest struct {
	cacheKey  string
	operation string
}

type gqlRequestKey struct{}

func gqlRequestOf(ctx context.Context) *gqlRequest {
	st, _ := ctx.Value(gqlRequestKey{}).(*gqlRequest)
	return st
}

func (c *readCache) get(key string) (*answer, bool) {
	if c == nil || key == "" {
		return nil, false
	}
	return c.entries.Get(key)
}

// cacheable reports whether an answer is one of the help center's, reusable by anybody who
// reads the same audiences: a query of cacheable root fields only, without errors.
func cacheable(oc *graphql.OperationContext, resp *graphql.Response) bool {
	// No response at all: the request's context ended before it ran.
	if resp == nil || len(resp.Errors) > 0 || oc.Operation == nil || oc.Operation.Operation != ast.Query {
		return false
	}
	for _, sel := range oc.Operation.SelectionSet {
		f, ok := sel.(*ast.Field)
		if !ok || !cacheableFields[f.Name] {
			return false
		}
	}
	return true
}

// put keeps a cacheable answer, and returns it as kept (nil when the cache is off).
func (c *readCache) put(key string, body []byte, operation string) *answer {
	if c == nil || key == "" {
		return nil
	}
	a := newAnswer(body, operation, true)
	c.entries.Add(key, a)
	return a
}
