package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"io/fs"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"guichet/apperr"

	"github.com/99designs/gqlgen/graphql/playground"
)

// explorerFiles are the development explorer's scripts and styles, served by the binary
// itself: offline, or behind a network that blocks CDNs, the explorer still loads. They are
// the very files gqlgen's playground names on jsDelivr (same SHA-256; see LICENSES.txt), and
// their names carry their versions, so browsers may keep them for a year.
//
//go:embed explorer/*.js explorer/*.css
var explorerFiles embed.FS

// ExplorerAssets is where the explorer's files are served.
const ExplorerAssets = "/explorer/assets/"

// explorerPage is the explorer's HTML, made once, and explorerCSP lets it run its own inline
// script (by hash) and files, and talk to this server only. Made on the first visit: hashing
// the explorer's files at start paged 1.6 MB of the binary into memory for a page few open.
var explorerPage = sync.OnceValues(renderExplorer)

func renderExplorer() ([]byte, string) {
	sri := func(name string) string {
		b, err := fs.ReadFile(explorerFiles, "explorer/"+name)
		if err != nil {
			panic("web/explorer: " + err.Error())
		}
		sum := sha256.Sum256(b)
		return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
	}
	const (
		js, css         = "graphiql-4.1.2.min.js", "graphiql-4.1.2.min.css"
		react, reactDOM = "react-18.2.0.production.min.js", "react-dom-18.2.0.production.min.js"
	)
	h := playground.Handler("Guichet", "/graphql",
		playground.WithGraphiqlVersion(ExplorerAssets+js, ExplorerAssets+css, sri(js), sri(css)),
		playground.WithGraphiqlReactVersion(ExplorerAssets+react, ExplorerAssets+reactDOM, sri(react), sri(reactDOM)))
	rec := &pageRecorder{header: http.Header{}}
	h.ServeHTTP(rec, &http.Request{Method: http.MethodGet})
	page := rec.body.Bytes()
	scripts := []string{"'self'"}
	for _, m := range inlineScript.FindAllSubmatch(page, -1) {
		sum := sha256.Sum256(m[1])
		scripts = append(scripts, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
	}
	// GraphiQL injects style elements at run time, hence 'unsafe-inline' for styles only; its
	// fonts and icons are data: URLs inside its CSS.
	csp := "default-src 'none'; script-src " + strings.Join(scripts, " ") + "; style-src 'self' 'unsafe-inline'; " +
		"font-src data:; img-src 'self' data:; connect-src 'self'; " +
		"frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
	return page, csp
}

// inlineScript finds the page's script elements without a src (their text, as hashed by CSP).
var inlineScript = regexp.MustCompile(`(?s)<script>(.*?)</script>`)

// pageRecorder keeps what the playground's handler writes.
type pageRecorder struct {
	header http.Header
	body   bytes.Buffer
}

func (p *pageRecorder) Header() http.Header         { return p.header }
func (p *pageRecorder) Write(b []byte) (int, error) { return p.body.Write(b) }
func (p *pageRecorder) WriteHeader(int)             {}

var explorerBuilt = time.Now()

// explorer serves the development explorer's page, at /explorer and, as before, at /.
func (s *Server) explorer(w http.ResponseWriter, r *http.Request) {
	if !s.Explorer {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "ROUTE_NOT_FOUND", nil)
		return
	}
	h := w.Header()
	page, csp := explorerPage()
	h.Set("Content-Security-Policy", csp)
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	http.ServeContent(w, r, "explorer.html", explorerBuilt, bytes.NewReader(page))
}

// explorerAsset serves one of the explorer's files, kept a year by browsers (versioned names).
func (s *Server) explorerAsset(w http.ResponseWriter, r *http.Request) {
	if !s.Explorer {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "ROUTE_NOT_FOUND", nil)
		return
	}
	name := "explorer/" + r.PathValue("name")
	if _, err := fs.Stat(explorerFiles, name); err != nil || strings.Contains(r.PathValue("name"), "/") {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "ROUTE_NOT_FOUND", nil)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeFileFS(w, r, explorerFiles, name)
}
