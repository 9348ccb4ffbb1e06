// Package web is Guichet's HTTP surface: GraphQL over HTTP per space, file downloads, health
// checks and the explorer, with the middleware every request goes through (request id, logs,
// space, locale, viewer).
package web

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/klauspost/compress/gzhttp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace"

	"guichet/account"
	"guichet/apperr"
	"guichet/blob"
	"guichet/community"
	"guichet/graph"
	"guichet/graph/doclimit"
	"guichet/help"
	"guichet/locales"
	"guichet/mentoring"
	"guichet/metrics"
	"guichet/policy"
	"guichet/registry"
	"guichet/site"
	"guichet/space"
	"guichet/store"
	"guichet/tracing"
	"guichet/ui"
	"guichet/viewer"
)

// MaxBodyBytes is the default bound of a GraphQL request body (BODY_MAX_BYTES).
const MaxBodyBytes = 1 << 20

// Services are what the handlers serve, built once by package app: web builds nothing but
// HTTP on top of them.
type Services struct {
	// DB answers readiness and feeds the pool's metrics.
	DB        *store.DB
	Spaces    *space.Registry
	Blobs     blob.Store
	PublicURL string
	Policy    *policy.Policy
	Accounts  *account.Service
	Help      *help.Service
	Editing   *help.Editing
	Downloads *help.Downloads
	Community *community.Service
	Mentoring *mentoring.Service
	Registry  *registry.Service
}

// Server holds what the handlers need.
type Server struct {
	Services
	Explorer bool
	// TrustProxy takes the client's address from X-Forwarded-For (behind a reverse proxy),
	// as trustedProxies wrote it (see ClientAddress).
	TrustProxy     bool
	trustedProxies []netip.Prefix
	// MaxUploadBytes bounds an uploaded file (UPLOAD_MAX_BYTES).
	MaxUploadBytes int64
	// MaxBodyBytes bounds a GraphQL request body that is not an upload (BODY_MAX_BYTES).
	MaxBodyBytes int64
	// Production turns off introspection, the explorer and field suggestions.
	Production bool

	gql      http.Handler
	site     *site.Site
	cache    *readCache
	opts     Options
	hsts     bool
	tracer   trace.Tracer
	gzip     func(http.Handler) http.HandlerFunc
	cors     *cors.Cors
	registry *prometheus.Registry
}

// Options tune a server.
type Options struct {
	// CacheTTL is how long an answer to a help-center query may be reused (0: never). Changes
	// made through this server are seen at once; the TTL bounds how long changes made by
	// another process (an import, another replica) take to show.
	CacheTTL time.Duration
	// CacheEntries bounds the number of answers kept.
	CacheEntries int
	// TrustProxy: see Server.TrustProxy.
	TrustProxy bool
	// TrustedProxies are the proxies whose X-Forwarded-For is believed when TrustProxy is
	// set (TRUSTED_PROXIES); nil: DefaultTrustedProxies.
	TrustedProxies []netip.Prefix
	// MaxUploadBytes: see Server.MaxUploadBytes (default DefaultMaxUploadBytes).
	MaxUploadBytes int64
	// MaxBodyBytes: see Server.MaxBodyBytes (default MaxBodyBytes).
	MaxBodyBytes int64
	// Production (MODE=production): no introspection, no explorer, no field suggestions.
	Production bool
	// TrustedDocuments, when set, are the only documents the server runs (the allow-list
	// mode of TRUSTED_DOCUMENTS); automatic persisted queries are then off, since they would
	// let any client register a document.
	TrustedDocuments *graph.TrustedDocuments
	// Tracing makes spans of requests, operations and resolvers with the global
	// OpenTelemetry tracer provider (see package tracing).
	Tracing bool
	// RequestTimeout is each operation's deadline (REQUEST_TIMEOUT; default
	// graph.DefaultRequestTimeout).
	RequestTimeout time.Duration
	// SeparateMetrics leaves /metrics out of Handler: MetricsHandler is served on a listener
	// of its own (METRICS_ADDR).
	SeparateMetrics bool
	// PublicMetrics keeps /metrics in Handler in production (METRICS_PUBLIC=true), where it is
	// otherwise left out: the series name operations and spaces an outsider has no need of.
	PublicMetrics bool
}

// DefaultMaxUploadBytes bounds an uploaded file when UPLOAD_MAX_BYTES does not.
const DefaultMaxUploadBytes = 20 << 20

// New builds the HTTP server over services already built. Answers it keeps are dropped by
// ForgetAnswers, which must follow every change of content (app does it).
func New(svc Services, opts Options) (*Server, error) {
	s := &Server{
		Services:       svc,
		TrustProxy:     opts.TrustProxy,
		MaxUploadBytes: opts.MaxUploadBytes,
		Explorer:       !opts.Production,
		Production:     opts.Production,
		MaxBodyBytes:   opts.MaxBodyBytes,
		cache:          newReadCache(opts.CacheEntries, opts.CacheTTL),
		opts:           opts,
		hsts:           strings.HasPrefix(svc.PublicURL, "https://"),
	}
	if s.MaxBodyBytes <= 0 {
		s.MaxBodyBytes = MaxBodyBytes
	}
	if s.MaxUploadBytes <= 0 {
		s.MaxUploadBytes = DefaultMaxUploadBytes
	}
	if opts.TrustProxy {
		s.trustedProxies = opts.TrustedProxies
		if s.trustedProxies == nil {
			s.trustedProxies = DefaultTrustedProxies
		}
	}
	if opts.Tracing {
		s.tracer = tracing.Tracer()
	}
	gz, err := gzhttp.NewWrapper(gzhttp.MinSize(1024), gzhttp.CompressionLevel(gzip.BestSpeed))
	if err != nil {
		return nil, err
	}
	s.gzip = gz
	s.cors = corsFor()
	s.registry = dbMetrics(svc.DB)
	s.gql = s.graphQLHandler()
	s.site = &site.Site{Help: s.Help, Spaces: s.Spaces, PublicURL: s.PublicURL}
	return s, nil
}

func (s *Server) graphQLHandler() http.Handler {
	cfg := graph.Config{
		Resolvers: &graph.Resolver{Help: s.Help, Editing: s.Editing, Accounts: s.Accounts, Community: s.Community, Mentoring: s.Mentoring, Registry: s.Registry, SpaceRegistry: s.Spaces, PublicURL: s.PublicURL,
			Blobs: s.Blobs, MaxUploadBytes: s.MaxUploadBytes, SerialFields: s.DB.Dialect == dialect.SQLite},
		Complexity: graph.Complexity(),
		Directives: graph.Directives(s.Accounts),
	}
	h := handler.New(graph.NewExecutableSchema(cfg))
	h.AddTransport(transport.Options{})
	// Uploads: the GraphQL multipart request specification (before the JSON transport,
	// which would otherwise claim every POST).
	h.AddTransport(transport.MultipartForm{MaxUploadSize: s.uploadBodyMax() + 1, MaxMemory: 8 << 20})
	h.AddTransport(transportHTTP{s: s})
	h.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	// First, so that they are the outermost: every answer's errors are capped, every
	// operation has a deadline.
	h.Use(graph.ErrorCap{Max: graph.MaxErrors})
	h.Use(graph.Deadline{Timeout: cmp.Or(s.opts.RequestTimeout, graph.DefaultRequestTimeout)})
	if s.Production {
		h.Use(graph.NoIntrospection{})
		h.SetDisableSuggestion(true)
	} else {
		h.Use(extension.Introspection{})
	}
	if s.opts.TrustedDocuments != nil {
		h.Use(s.opts.TrustedDocuments)
	} else {
		h.Use(extension.AutomaticPersistedQuery{Cache: persistedQueries{lru.New[string](1000)}})
	}
	// After the persisted queries, which replace an id by its text: every document is
	// measured before it is parsed and validated.
	h.Use(graph.DocumentLimit{Limits: doclimit.Default, Passed: graph.PassedDocuments(1000)})
	h.Use(operationName{})
	if s.tracer != nil {
		h.Use(tracing.GraphQL{Tracer: s.tracer})
	}
	h.Use(graph.DepthLimit{Max: graph.MaxDepth})
	h.Use(&graph.ComplexityLimit{Max: graph.MaxComplexity})
	h.Use(graph.ControlCharacters{})
	h.AroundRootFields(graph.PasswordChangeGate)
	h.SetErrorPresenter(graph.PresentError)
	h.SetRecoverFunc(graph.Recover)
	return h
}

// ForgetAnswers drops every answer kept for readers: content was written, and no reader may
// be served an answer computed before.
func (s *Server) ForgetAnswers() { s.cache.Changed() }

// Handler is the server's whole HTTP handler.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ok"}`))
	})
	mux.HandleFunc("GET /readyz", s.ready)
	gql := s.inSpace(s.cors.Handler(s.gzip(http.HandlerFunc(s.graphQL))))
	mux.Handle("/spaces/{space}/graphql", gql)
	mux.Handle("/graphql", gql)
	mux.Handle("GET /spaces/{space}/files/{id}/{name}", s.inSpace(s.cors.Handler(http.HandlerFunc(s.download))))
	mux.Handle("OPTIONS /spaces/{space}/files/{id}/{name}", s.inSpace(s.cors.Handler(http.HandlerFunc(allowGet))))
	mux.Handle("GET /spaces/{space}/platform-access/{id}/logo", s.inSpace(s.cors.Handler(http.HandlerFunc(s.platformLogo))))
	mux.Handle("GET /spaces/{space}/platform-access/{id}/logo/original", s.inSpace(s.cors.Handler(http.HandlerFunc(s.platformLogo))))
	mux.Handle("GET /spaces/{space}/documents/{id}/{name}", s.inSpace(s.cors.Handler(http.HandlerFunc(s.downloadDocument))))
	mux.Handle("OPTIONS /spaces/{space}/documents/{id}/{name}", s.inSpace(s.cors.Handler(http.HandlerFunc(allowGet))))
	if !s.opts.SeparateMetrics && (!s.Production || s.opts.PublicMetrics) {
		mux.Handle("GET /metrics", s.MetricsHandler())
	}
	admin := s.gzip(adminApp(ui.Files()))
	mux.Handle("GET /admin/{path...}", admin)
	mux.Handle("GET /admin", http.RedirectHandler("/admin/", http.StatusMovedPermanently))
	member := s.gzip(memberApp(ui.Files()))
	// The e-mails' links at the root: the member area finds the space their token belongs to.
	mailLinks := []string{"GET /activate", "GET /reset-password", "GET /confirm-email", "GET " + mentoring.InvitationPath, "GET /trainings/confirm"}
	for _, p := range append([]string{"GET /spaces/{space}/account/{path...}"}, mailLinks...) {
		mux.Handle(p, member)
	}
	mux.Handle("GET /spaces/{space}/account", http.RedirectHandler("account/", http.StatusMovedPermanently))
	// The public help center: every space's under /spaces/{space}/ (the routes above, more
	// specific, keep theirs), the default space's at the root.
	pages := anonymous(s.inSpace(s.gzip(http.HandlerFunc(s.sitePage))))
	mux.Handle("/spaces/{space}/{path...}", pages)
	for _, p := range []string{"GET /{$}", "GET /fr", "GET /en", "GET /fr/{path...}", "GET /en/{path...}", "GET /sitemap.xml"} {
		mux.Handle(p, pages)
	}
	vote := s.inSpace(http.HandlerFunc(s.siteVote))
	for _, p := range []string{"POST /spaces/{space}/fr/feedback", "POST /spaces/{space}/en/feedback", "POST /fr/feedback", "POST /en/feedback"} {
		mux.Handle(p, vote)
	}
	mux.Handle("GET "+site.AssetsPath+"{name}", s.gzip(http.HandlerFunc(site.Asset)))
	mux.HandleFunc("GET /favicon.ico", site.Favicon)
	mux.HandleFunc("GET /robots.txt", s.site.Robots)
	mux.HandleFunc("GET /explorer", s.explorer)
	mux.Handle("GET "+ExplorerAssets+"{name}", s.gzip(http.HandlerFunc(s.explorerAsset)))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusNotFound, apperr.NotFound, "ROUTE_NOT_FOUND", nil)
	})
	return s.front(mux)
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	if err := s.DB.Ready(ctx); err != nil {
		slog.WarnContext(ctx, "not ready", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		w.Write([]byte(`{"status":"unavailable"}`))
		return
	}
	w.Write([]byte(`{"status":"ready"}`))
}

// inSpace resolves the request's space (the {space} of the path, else the default space)
// and its viewer; an unknown space is a 404 with a JSON error.
func (s *Server) inSpace(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		slug := r.PathValue("space")
		sp := s.Spaces.Get(slug)
		if slug == "" {
			sp = s.Spaces.Default()
		}
		if sp == nil {
			writeError(w, r, http.StatusNotFound, apperr.NotFound, "SPACE_NOT_FOUND", map[string]any{"Space": slug})
			return
		}
		ctx := space.NewContext(r.Context(), sp)
		v, err := s.viewerOf(ctx, r)
		if err != nil {
			graph.LogFailure(ctx, "viewer", err)
			writeError(w, r, http.StatusInternalServerError, apperr.Internal, apperr.Internal, nil)
			return
		}
		ctx = viewer.NewContext(ctx, v)
		// The space and viewer known, the locale is settled: the account's or the space's
		// when Accept-Language names none.
		ctx = locales.NewContext(ctx, requestLocale(ctx, r))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// vary names what a GraphQL answer depends on besides its URL and body (gzip and CORS add
// Accept-Encoding and Origin).
var vary = "Accept, Accept-Language, Authorization"

func (s *Server) graphQL(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	h := w.Header()
	h.Add("Vary", vary)
	var request []byte // what identifies the request for the read cache
	var pooled *[]byte // request's buffer, given back once a cached answer is served
	switch r.Method {
	case http.MethodOptions:
		s.gql.ServeHTTP(w, r)
		return
	case http.MethodGet:
		request = []byte(r.URL.RawQuery)
	case http.MethodPost:
		mt := r.Header.Get("Content-Type")
		if mt != mediaJSON { // what clients send, as ParseMediaType reads it (without its map)
			mt, _, _ = mime.ParseMediaType(mt)
		}
		if mt == "multipart/form-data" { // an upload: never cached, bounded by serveUpload
			h["Cache-Control"] = privateCacheControl
			s.serveUpload(w, r, start)
			return
		}
		if mt != "application/json" {
			writeError(w, r, http.StatusUnsupportedMediaType, apperr.BadUserInput, "UNSUPPORTED_MEDIA_TYPE", nil)
			return
		}
		if r.ContentLength > s.MaxBodyBytes {
			writeError(w, r, http.StatusRequestEntityTooLarge, apperr.BadUserInput, "BODY_TOO_LARGE", nil)
			return
		}
		var body []byte
		var err error
		if r.ContentLength > 0 && r.ContentLength <= maxPooledBody {
			pooled, err = readPooledBody(http.MaxBytesReader(w, r.Body, s.MaxBodyBytes), r.ContentLength)
			body = *pooled
		} else {
			body, err = readBody(http.MaxBytesReader(w, r.Body, s.MaxBodyBytes), r.ContentLength)
		}
		if err != nil {
			writeError(w, r, http.StatusRequestEntityTooLarge, apperr.BadUserInput, "BODY_TOO_LARGE", nil)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		request = body
	default:
		w.Header().Set("Allow", "GET, POST")
		writeError(w, r, http.StatusMethodNotAllowed, apperr.BadUserInput, "METHOD_NOT_ALLOWED", nil)
		return
	}
	// Only anonymous answers may be kept by browsers and shared caches, and only those the
	// transport finds are of published content; everything else is the reader's own.
	h["Cache-Control"] = privateCacheControl
	key := s.cache.key(r.Context(), r.Method, request)
	if a, ok := s.cache.get(key); ok {
		s.serveAnswer(w, r, a, publicRequest(r))
		metrics.Request(spaceSlug(r.Context()), a.operation, true, time.Since(start))
		// Served from the cache: the body was read only for the key (a miss gives it to
		// gqlgen, and its buffer is not used again).
		releaseBody(pooled)
		return
	}
	s.serveGraphQL(w, r, start, &gqlRequest{cacheKey: key})
}

// serveGraphQL runs the request through gqlgen, and counts it under its operation's name.
func (s *Server) serveGraphQL(w http.ResponseWriter, r *http.Request, start time.Time, st *gqlRequest) {
	if st == nil {
		st = &gqlRequest{}
	}
	s.gql.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), gqlRequestKey{}, st)))
	metrics.Request(spaceSlug(r.Context()), st.operation, false, time.Since(start))
}

func spaceSlug(ctx context.Context) string {
	if sp := space.FromContext(ctx); sp != nil {
		return sp.Slug
	}
	return ""
}

// allowGet answers an OPTIONS that is not a CORS preflight.
func allowGet(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", "GET, HEAD")
	w.WriteHeader(http.StatusNoContent)
}
