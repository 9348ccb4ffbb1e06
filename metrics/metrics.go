// Package metrics holds every Prometheus series Guichet exposes on /metrics, so that one file
// lists what operators can graph and alert on. The series are process-wide; what belongs to
// one database (its connection pool, its outbox) is gathered from it at scrape time by the
// collectors the web server registers beside them.
package metrics

import (
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Registry holds the process-wide series (and Go's runtime and process collectors).
var Registry = prometheus.NewRegistry()

var (
	requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "guichet_graphql_requests_total",
		Help: "GraphQL requests by space, operation name and whether the read cache answered.",
	}, []string{"space", "operation", "cache"})
	duration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "guichet_graphql_request_duration_seconds",
		Help:    "Time to answer a GraphQL request, by space and operation name.",
		Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5},
	}, []string{"space", "operation"})
	graphqlErrors = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "guichet_graphql_errors_total",
		Help: "Errors answered, by extensions.code.",
	}, []string{"code"})
	loginFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "guichet_login_failures_total",
		Help: "Sign-ins refused, by space and reason (bad_credentials, throttled, not_active).",
	}, []string{"space", "reason"})
	mailAttempts = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "guichet_mail_delivery_attempts_total",
		Help: "Attempts to send an outbox message, by result (sent, retry, failed: given up).",
	}, []string{"result"})
)

func init() {
	Registry.MustRegister(requests, duration, graphqlErrors, loginFailures, mailAttempts,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
}

// Request is one GraphQL request answered: its space, operation name, whether the read cache
// answered it, and how long it took.
func Request(space, operation string, cached bool, d time.Duration) {
	s := requestSeriesOf(space, operation, cached)
	s.requests.Inc()
	s.duration.Observe(d.Seconds())
}

// Error counts an error answered with code (the contract's extensions.code).
func Error(code string) { graphqlErrors.WithLabelValues(code).Inc() }

// Reasons a sign-in is refused.
const (
	LoginBadCredentials = "bad_credentials"
	LoginThrottled      = "throttled"
	LoginNotActive      = "not_active"
)

// LoginFailed counts a refused sign-in.
func LoginFailed(space, reason string) { loginFailures.WithLabelValues(space, reason).Inc() }

// Results of an attempt to send an outbox message.
const (
	MailSent   = "sent"
	MailRetry  = "retry"
	MailFailed = "failed"
)

// MailAttempt counts an attempt to send an outbox message.
func MailAttempt(result string) { mailAttempts.WithLabelValues(result).Inc() }

// MaxOperations bounds how many operation names get a series of their own: clients choose
// the names, and each name costs memory here and in Prometheus. Later names are counted as
// "other"; in trusted-documents mode only the documents' names can reach this far.
const MaxOperations = 500

var (
	operations sync.Map // name → struct{}
	nOps       atomic.Int64
	opName     = regexp.MustCompile(`^[_A-Za-z][_0-9A-Za-z]{0,63}$`)
)

// OperationLabel is the operation label of a request's operation name: the name itself,
// "anonymous" for none, "invalid" for what is not a GraphQL name, and "other" once
// MaxOperations names have been seen.
func OperationLabel(name string) string {
	if name == "" {
		return "anonymous"
	}
	if _, ok := operations.Load(name); ok {
		return name
	}
	if !opName.MatchString(name) {
		return "invalid"
	}
	if nOps.Add(1) > MaxOperations {
		nOps.Add(-1)
		return "other"
	}
	if _, loaded := operations.LoadOrStore(name, struct{}{}); loaded {
		nOps.Add(-1)
	}
	return name
}
