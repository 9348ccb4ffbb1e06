package locales

import (
	"strconv"
	"strings"
)

// FormatBytes writes a size for people, in binary units as file managers count them, with
// at most one decimal: "20 Mo", "1,5 Mo", "512 octets" / "20 MB", "1.5 MB", "512 bytes".
func FormatBytes(l Locale, n int64) string {
	units := []string{"bytes", "KB", "MB", "GB"}
	if l == FR {
		units = []string{"octets", "Ko", "Mo", "Go"}
	}
	if n < 1024 {
		return strconv.FormatInt(n, 10) + "\u00a0" + units[0]
	}
	v, u := float64(n)/1024, 1
	for v >= 1024 && u < len(units)-1 {
		v, u = v/1024, u+1
	}
	s := strings.TrimSuffix(strconv.FormatFloat(v, 'f', 1, 64), ".0")
	if l == FR {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "\u00a0" + units[u]
}
