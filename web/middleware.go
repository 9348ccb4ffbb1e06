package web

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"

	"guichet/locales"
	"guichet/requestid"
	"guichet/space"
	"guichet/viewer"
)

// RequestID returns the id of the request ctx belongs to, "" outside one.
func RequestID(ctx context.Context) string { return requestid.FromContext(ctx) }

// securityHeaders go on every answer: the API serves JSON and files, never pages to frame,
// sniff or run scripts in (the explorer, in development, has a policy of its own: explorer.go).
var securityHeaders = http.Header{
	"X-Content-Type-Options":  {"nosniff"},
	"X-Frame-Options":         {"DENY"},
	"Referrer-Policy":         {"no-referrer"},
	"Content-Security-Policy": {"default-src 'none'; frame-ancestors 'none'"},
}

// hsts is sent when the public URL is https: browsers then never try plain HTTP.
var hsts = []string{"max-age=63072000; includeSubDomains"}

// front is what every request goes through first, in one step: its id (the caller's
// X-Request-Id when sane, else a new one, echoed in the answer and added to every log line
// of the request), the security headers, the locale (requestLocale: inSpace settles it again
// once the space and viewer are known), a trace span when tracing is on, and one access log
// line. Query strings are not logged: they may carry tokens.
func (s *Server) front(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := requestid.Of(r.Header.Get("X-Request-Id"))
		h := w.Header()
		h["X-Request-Id"] = []string{id}
		for k, v := range securityHeaders {
			h[k] = v
		}
		if s.hsts {
			h["Strict-Transport-Security"] = hsts
		}
		ctx := locales.NewContext(requestid.NewContext(r.Context(), id), requestLocale(r.Context(), r))
		rec := &statusRecorder{ResponseWriter: w}
		var span trace.Span
		if s.tracer != nil {
			ctx = propagation.TraceContext{}.Extract(ctx, propagation.HeaderCarrier(r.Header))
			ctx, span = s.tracer.Start(ctx, r.Method+" "+r.URL.Path, trace.WithSpanKind(trace.SpanKindServer))
		}
		next.ServeHTTP(rec, r.WithContext(ctx))
		if span != nil {
			endHTTPSpan(span, r, rec.status)
		}
		accessLog(ctx, r, rec, start)
	})
}

// accessLog writes a request's access log line. The record goes straight to the default
// handler: slog.LogAttrs would first walk the stack for the caller's address, which no
// handler of ours writes (AddSource is off), on every request.
func accessLog(ctx context.Context, r *http.Request, rec *statusRecorder, start time.Time) {
	h := slog.Default().Handler()
	if !h.Enabled(ctx, slog.LevelInfo) {
		return
	}
	now := time.Now()
	record := slog.NewRecord(now, slog.LevelInfo, "request", 0)
	record.AddAttrs(slog.String("method", r.Method), slog.String("path", r.URL.Path),
		slog.Int("status", rec.status), slog.Int("bytes", rec.bytes),
		slog.Duration("duration", now.Sub(start)))
	h.Handle(ctx, record)
}

// requestLocale is the language of the answer to r: the one Accept-Language prefers, else the
// signed-in account's, else the space's default (as ctx holds them); French before the space
// is known.
func requestLocale(ctx context.Context, r *http.Request) locales.Locale {
	if l, ok := locales.FromAcceptLanguage(r.Header.Get("Accept-Language")); ok {
		return l
	}
	if sp := space.FromContext(ctx); sp != nil {
		return viewer.FromContext(ctx).Locale(sp.DefaultLocale)
	}
	return locales.FR
}

type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (s *statusRecorder) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	n, err := s.ResponseWriter.Write(b)
	s.bytes += n
	return n, err
}

func (s *statusRecorder) Unwrap() http.ResponseWriter { return s.ResponseWriter }

// LogHandler adds the request id (and the trace id, when tracing) to every log record made
// with a request's context.
type LogHandler struct{ slog.Handler }

func (h LogHandler) Handle(ctx context.Context, r slog.Record) error {
	if id := requestid.FromContext(ctx); id != "" {
		r.AddAttrs(slog.String("request_id", id))
	}
	if sc := trace.SpanContextFromContext(ctx); sc.IsValid() {
		r.AddAttrs(slog.String("trace_id", sc.TraceID().String()))
	}
	return h.Handler.Handle(ctx, r)
}

func (h LogHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return LogHandler{h.Handler.WithAttrs(as)}
}
func (h LogHandler) WithGroup(name string) slog.Handler { return LogHandler{h.Handler.WithGroup(name)} }
