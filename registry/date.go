package registry

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"guichet/apperr"
	"guichet/locales"
)

// Date is a calendar day, as a mandate delegation is dated: no time, no zone. GraphQL writes
// it YYYY-MM-DD.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// ParseDate reads YYYY-MM-DD; the day must exist (no 31 April).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date written YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// DateOf is the day of t in t's zone.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// Time is the date's midnight UTC, as it is stored.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// MonthsBefore is the same day n months earlier; a day the earlier month lacks becomes its
// last day (three months before 31 May is 28 or 29 February, not 3 March).
func (d Date) MonthsBefore(n int) Date {
	first := time.Date(d.Year, d.Month-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return Date{first.Year(), first.Month(), min(d.Day, last)}
}

// Written is the date as messages write it, in the reader's language.
func (d Date) Written() locales.Day { return locales.Day{Year: d.Year, Month: d.Month, Day: d.Day} }

// MarshalGQL writes the date as YYYY-MM-DD.
func (d Date) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(d.String())) }

// UnmarshalGQL reads YYYY-MM-DD.
func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return &apperr.Malformed{Form: apperr.FormDate, Err: fmt.Errorf("a date is a string written YYYY-MM-DD, not %T", v)}
	}
	parsed, err := ParseDate(s)
	if err != nil {
		return &apperr.Malformed{Form: apperr.FormDate, Err: err}
	}
	*d = parsed
	return nil
}
