package locales

import (
	"testing"
	"time"
)

func TestFormatDate(t *testing.T) {
	at := time.Date(2021, 3, 19, 14, 20, 0, 0, time.UTC) // 15:20 in Paris (winter time)
	summer := time.Date(2021, 7, 1, 7, 5, 0, 0, time.UTC)
	for _, tt := range []struct {
		l    Locale
		t    time.Time
		z    *time.Location
		want string
	}{
		{FR, at, nil, "le vendredi 19 mars 2021 à 15 h 20"},
		{EN, at, nil, "Friday, March 19, 2021 at 3:20 PM"},
		{FR, summer, nil, "le jeudi 1er juillet 2021 à 9 h 05"},
		{EN, summer, nil, "Thursday, July 1, 2021 at 9:05 AM"},
		{EN, at, time.UTC, "Friday, March 19, 2021 at 2:20 PM"},
		{FR, time.Date(2021, 12, 31, 23, 0, 0, 0, time.UTC), nil, "le samedi 1er janvier 2022 à 0 h 00"},
	} {
		if got := FormatDate(tt.l, tt.t, tt.z); got != tt.want {
			t.Errorf("FormatDate(%s, %v) = %q, want %q", tt.l, tt.t, got, tt.want)
		}
	}
}
