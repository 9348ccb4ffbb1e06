package registry

import (
	"testing"
	"time"
)

func TestMonthsBefore(t *testing.T) {
	tests := []struct{ day, want string }{
		{"2026-05-15", "2026-02-15"},
		{"2026-05-31", "2026-02-28"},
		{"2028-05-31", "2028-02-29"},
		{"2026-01-10", "2025-10-10"},
		{"2026-03-31", "2025-12-31"},
		{"2026-12-31", "2026-09-30"},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.day)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.MonthsBefore(3).String(); got != tt.want {
			t.Errorf("3 months before %s: %s, want %s", tt.day, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, bad := range []string{"2026-04-31", "31/01/2026", "2026-1-5", "", "2026-02-29T00:00:00Z"} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("%q read as a date", bad)
		}
	}
	d, err := ParseDate("2026-02-28")
	if err != nil || d != (Date{2026, time.February, 28}) || d.String() != "2026-02-28" {
		t.Fatalf("ParseDate: %v %v", d, err)
	}
}
