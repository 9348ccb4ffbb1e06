package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Headers of every delivery.
const (
	HeaderEvent     = "X-Guichet-Event"
	HeaderDelivery  = "X-Guichet-Delivery"
	HeaderTimestamp = "X-Guichet-Timestamp"
	HeaderSignature = "X-Guichet-Signature"
)

// DefaultTolerance is how far a signature's timestamp may be from a receiver's clock when
// Verify is given no tolerance.
const DefaultTolerance = 5 * time.Minute

const signaturePrefix = "sha256="

// Sign is the X-Guichet-Signature header of body sent at timestamp (unix seconds):
// "sha256=" and the hex HMAC-SHA256, keyed with secret, of timestamp "." body. Signing the
// timestamp with the body keeps a captured delivery from being replayed later.
func Sign(secret []byte, timestamp int64, body []byte) string {
	return signaturePrefix + hex.EncodeToString(mac(secret, timestamp, body))
}

func mac(secret []byte, timestamp int64, body []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write(strconv.AppendInt(nil, timestamp, 10))
	m.Write([]byte{'.'})
	m.Write(body)
	return m.Sum(nil)
}

// Verify reports whether header is the signature of body sent at timestamp with secret, and
// timestamp is within tolerance of now (either way; DefaultTolerance when tolerance ≤ 0).
// The comparison takes constant time.
func Verify(secret []byte, timestamp int64, body []byte, header string, now time.Time, tolerance time.Duration) bool {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	if d := now.Sub(time.Unix(timestamp, 0)); d > tolerance || d < -tolerance {
		return false
	}
	hexSig, ok := strings.CutPrefix(strings.TrimSpace(header), signaturePrefix)
	if !ok {
		return false
	}
	got, err := hex.DecodeString(hexSig)
	if err != nil {
		return false
	}
	return hmac.Equal(got, mac(secret, timestamp, body))
}
