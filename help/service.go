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

	counts counts
}
