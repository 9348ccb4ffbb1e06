package web

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
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
func (c *readCache) key(ctx context.Context, method string, request []byte) string {
	if c == nil {
		return ""
	}
	sp, v := space.FromContext(ctx), viewer.FromContext(ctx)
	if sp == nil || v == nil {
		return ""
	}
	h := sha256.New()
	var n [8]byte
	for _, x := range []uint64{c.version.Load(), uint64(sp.ID)} {
		binary.LittleEndian.PutUint64(n[:], x)
		h.Write(n[:])
	}
	h.Write([]byte(locales.FromContext(ctx)))
	for _, a := range v.Audiences {
		h.Write([]byte{0})
		h.Write([]byte(a))
	}
	h.Write([]byte{0})
	h.Write([]byte(method))
	h.Write([]byte{0})
	h.Write(request)
	return hex.EncodeToString(h.Sum(nil))
}

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
