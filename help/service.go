// Package help owns the help center: reading published guides, FAQs, resources and
// categories in a locale, searching them, and editing them (one model for every kind of page,
// each declared by a Kind).
package help

import (
	"database/sql"
	"time"

	"guichet/ent"
)

// Service reads the help center.
type Service struct {
	Client *ent.Client
	SQL    *sql.DB
	// CountTTL is how long a list's totalCount may be reused (see counts; 0: never).
	CountTTL time.Duration
	// Now is the clock of votes and search gaps (nil: the real time).
	Now func() time.Time
	// VoterSecret keys the hash a signed-in reader's votes are kept under (feedback.go).
	VoterSecret []byte
	// NoSearchGaps: searches that find nothing are not counted (gaps.go); for measuring
	// what counting them costs.
	NoSearchGaps bool
	// ThroughQueries: guides are read through ent's eager-loading queries rather than the
	// kept statements (read_slug.go); for measuring what these save, and for the tests that
	// compare the two.
	ThroughQueries bool

	counts counts
	salts  salts
	gaps   gaps
}
