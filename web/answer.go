package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"sync"
)

// answer is a GraphQL answer of published content, with what serving it again needs: its
// entity tag, and its gzip form, made once when the answer is kept by the read cache rather
// than at every request.
type answer struct {
	body      []byte
	gzip      []byte // nil: not worth compressing, or not kept
	etag      string
	operation string
}

// minGzip is the size under which compressing costs more than it saves (gzhttp's default).
const minGzip = 1024

func newAnswer(body []byte, operation string, compress bool) *answer {
	a := &answer{body: body, etag: etagOf(body), operation: operation}
	if compress && len(body) >= minGzip {
		a.gzip = gzipped(body)
	}
	return a
}

// etagOf is a weak entity tag of an answer's bytes: weak, because the same answer may be
// sent gzipped or not, and a weak tag still lets If-None-Match turn it into a 304.
func etagOf(body []byte) string {
	sum := sha256.Sum256(body)
	return `W/"` + base64.RawURLEncoding.EncodeToString(sum[:18]) + `"`
}

var gzipWriters = sync.Pool{New: func() any {
	w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression)
	return w
}}

func gzipped(body []byte) []byte {
	var buf bytes.Buffer
	zw := gzipWriters.Get().(*gzip.Writer)
	zw.Reset(&buf)
	zw.Write(body)
	zw.Close()
	gzipWriters.Put(zw)
	return buf.Bytes()
}

// Cache-Control of GraphQL answers. publicCacheControl lets browsers and CDNs keep an
// anonymous GET answer of published content for a minute (what a reader sees may lag a
// publish by that much; the ETag makes checking again cheap); every other answer is the
// reader's own and is not stored.
var (
	publicCacheControl  = []string{"public, max-age=60"}
	privateCacheControl = []string{"private, no-store"}
	gzipEncoding        = []string{"gzip"}
	// The Content-Type values of answers, made once (a header's value is a slice: one
	// allocation on every answer otherwise).
	jsonContentType            = []string{mediaJSON}
	graphQLResponseContentType = []string{mediaGraphQLResponse}
)

// publicRequest is a request whose answer, if it is of published content, may be shared:
// an anonymous GET.
func publicRequest(r *http.Request) bool {
	return r.Method == http.MethodGet && r.Header.Get("Authorization") == ""
}

// serveAnswer writes a cacheable answer: for a public request with its ETag and a public
// Cache-Control, and as a 304 when the client already holds it; gzipped when the client
// accepts it and a gzip form was made (gzhttp then passes it through as it is).
func (s *Server) serveAnswer(w http.ResponseWriter, r *http.Request, a *answer, public bool) {
	h := w.Header()
	h["Content-Type"] = jsonContentType
	if responseType(r) == mediaGraphQLResponse {
		h["Content-Type"] = graphQLResponseContentType
	}
	if public {
		h["Cache-Control"] = publicCacheControl
		h["Etag"] = []string{a.etag}
		if matchesETag(r.Header.Get("If-None-Match"), a.etag) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	if a.gzip != nil && acceptsGzip(r.Header.Get("Accept-Encoding")) {
		h["Content-Encoding"] = gzipEncoding
		w.Write(a.gzip)
		return
	}
	w.Write(a.body)
}

// matchesETag tells whether an If-None-Match header names etag, compared weakly (RFC 9110
// 13.1.2: a GET's conditional compares entity tags without their W/).
func matchesETag(header, etag string) bool {
	if header == "" {
		return false
	}
	want := strings.TrimPrefix(etag, "W/")
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == want {
			return true
		}
	}
	return false
}

// acceptsGzip tells whether Accept-Encoding lets the answer be gzipped.
func acceptsGzip(header string) bool {
	for rest, more := header, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, ",")
		name, params, _ := strings.Cut(part, ";")
		if strings.TrimSpace(name) != "gzip" {
			continue
		}
		q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
		return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
	}
	return false
}
