package web

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"

	"guichet/mail"
	"guichet/metrics"
	"guichet/store"
	"guichet/webhook"
)

// MetricsHandler serves the Prometheus metrics: the process-wide series of package metrics,
// and those read from this server's database (connection pool, outbox, webhook deliveries).
func (s *Server) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(prometheus.Gatherers{metrics.Registry, s.registry}, promhttp.HandlerOpts{})
}

// dbMetrics are the series of one database, gathered from it at scrape time.
func dbMetrics(db *store.DB) *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewDBStatsCollector(db.SQL, "guichet"), &backlog{db: db})
	return reg
}

// backlog reports the outbox and the webhook deliveries by status: PENDING is the backlog,
// FAILED what was given up after every retry.
type backlog struct{ db *store.DB }

var (
	outboxDesc = prometheus.NewDesc("guichet_mail_outbox_messages",
		"Messages in the mail outbox, by status (PENDING: the backlog; FAILED: given up).", []string{"status"}, nil)
	webhookDesc = prometheus.NewDesc("guichet_webhook_deliveries",
		"Webhook deliveries, by status (PENDING: the backlog; FAILED: given up).", []string{"status"}, nil)
)

func (b *backlog) Describe(ch chan<- *prometheus.Desc) { ch <- outboxDesc; ch <- webhookDesc }

func (b *backlog) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	for _, c := range []struct {
		desc  *prometheus.Desc
		count func(context.Context) (map[string]int, error)
	}{
		{outboxDesc, func(ctx context.Context) (map[string]int, error) { return mail.CountByStatus(ctx, b.db.Client) }},
		{webhookDesc, func(ctx context.Context) (map[string]int, error) { return webhook.CountByStatus(ctx, b.db.Client) }},
	} {
		counts, err := c.count(ctx)
		if err != nil {
			slog.Warn("metrics: counting", "metric", c.desc.String(), "err", err)
			ch <- prometheus.NewInvalidMetric(c.desc, err)
			continue
		}
		for status, n := range counts {
			ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(n), status)
		}
	}
}

// operationName tells the GraphQL handler the name of the operation gqlgen chose (the
// document's own name when the request named none), for metrics.
type operationName struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = operationName{}

func (operationName) ExtensionName() string                   { return "OperationName" }
func (operationName) Validate(graphql.ExecutableSchema) error { return nil }
func (operationName) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if st := gqlRequestOf(ctx); st != nil && oc.Operation != nil && oc.Operation.Name != "" {
		st.operation = oc.Operation.Name
	}
	return nil
}

// persistedQueries is the automatic persisted queries' store: an LRU of documents by hash,
// which keeps no document larger than maxPersistedQuery (a client could otherwise make the
// server hold its thousand largest documents).
type persistedQueries struct{ graphql.Cache[string] }

const maxPersistedQuery = 32 << 10

func (p persistedQueries) Add(ctx context.Context, key, value string) {
	if len(value) <= maxPersistedQuery {
		p.Cache.Add(ctx, key, value)
	}
}

func endHTTPSpan(span trace.Span, r *http.Request, status int) {
	span.SetAttributes(
		attribute.String("http.request.method", r.Method),
		attribute.String("url.path", r.URL.Path),
		attribute.Int("http.response.status_code", status),
	)
	if status >= 500 {
		span.SetStatus(codes.Error, http.StatusText(status))
	}
	span.End()
}
