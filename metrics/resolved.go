package metrics

import (
	"sync"

	"github.com/prometheus/client_golang/prometheus"
)

// requestSeries are a space's and an operation's series, found once: every GraphQL request
// counts itself, and finding a series by its label values hashes and compares them each time.
type requestSeries struct {
	requests prometheus.Counter
	duration prometheus.Observer
}

type requestLabels struct {
	space, operation string
	cached           bool
}

// resolvedRequests holds the series of operations counted under their own name (or
// "anonymous"): bounded by the spaces times MaxOperations. Names counted as "invalid" or
// "other" are not kept, since a client may send any number of them.
var resolvedRequests struct {
	sync.RWMutex
	series map[requestLabels]*requestSeries
}

func requestSeriesOf(space, operation string, cached bool) *requestSeries {
	k := requestLabels{space, operation, cached}
	resolvedRequests.RLock()
	s := resolvedRequests.series[k]
	resolvedRequests.RUnlock()
	if s != nil {
		return s
	}
	op := OperationLabel(operation)
	c := "miss"
	if cached {
		c = "hit"
	}
	s = &requestSeries{requests: requests.WithLabelValues(space, op, c), duration: duration.WithLabelValues(space, op)}
	if op == operation || operation == "" {
		resolvedRequests.Lock()
		if resolvedRequests.series == nil {
			resolvedRequests.series = map[requestLabels]*requestSeries{}
		}
		resolvedRequests.series[k] = s
		resolvedRequests.Unlock()
	}
	return s
}
