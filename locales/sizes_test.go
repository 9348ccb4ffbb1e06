package locales

import "testing"

func TestFormatBytes(t *testing.T) {
	for _, c := range []struct {
		n      int64
		fr, en string
	}{
		{512, "512\u00a0octets", "512\u00a0bytes"},
		{20 << 20, "20\u00a0Mo", "20\u00a0MB"},
		{3 << 19, "1,5\u00a0Mo", "1.5\u00a0MB"},
		{2048, "2\u00a0Ko", "2\u00a0KB"},
		{5 << 30, "5\u00a0Go", "5\u00a0GB"},
	} {
		if got := FormatBytes(FR, c.n); got != c.fr {
			t.Errorf("FR %d: %q, want %q", c.n, got, c.fr)
		}
		if got := FormatBytes(EN, c.n); got != c.en {
			t.Errorf("EN %d: %q, want %q", c.n, got, c.en)
		}
	}
}
