// Package requestid carries the id of the HTTP request a piece of work belongs to, so that
// every log line and every error answer of that request can name it.
package requestid

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"regexp"
)

type ctxKey struct{}

// NewContext returns ctx carrying the request id.
func NewContext(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// FromContext returns the id of the request ctx belongs to, "" outside one.
func FromContext(ctx context.Context) string {
	id, _ := ctx.Value(ctxKey{}).(string)
	return id
}

var sane = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// Of is the id a request goes by: the caller's (an X-Request-Id header) when it is sane,
// else a new random one.
func Of(given string) string {
	if given != "" && sane.MatchString(given) {
		return given
	}
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
