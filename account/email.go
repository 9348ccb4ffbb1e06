package account

import (
	"net/mail"
	"strings"
	"unicode/utf8"
)

// MaxEmailLength is the longest address accepted (RFC 5321's path limit).
const MaxEmailLength = 254

// NormalizeEmail checks that s is one plain e-mail address and returns it trimmed, with the
// key accounts are matched by: the whole address in lower case, so that addresses compare
// case-insensitively. ok is false for anything that is not an address.
func NormalizeEmail(s string) (address, key string, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > MaxEmailLength || !utf8.ValidString(s) || strings.ContainsAny(s, " <>\"(),;:\\[]") {
		return "", "", false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s || a.Name != "" {
		return "", "", false
	}
	local, domain, found := strings.Cut(s, "@")
	if !found || local == "" || !strings.Contains(domain, ".") || strings.HasPrefix(domain, ".") ||
		strings.HasSuffix(domain, ".") || strings.Contains(domain, "..") {
		return "", "", false
	}
	return s, strings.ToLower(s), true
}
