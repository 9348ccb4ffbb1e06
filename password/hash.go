package password

import (
	"crypto/rand"
	"errors"
	"fmt"
	"sync"

	"github.com/alexedwards/argon2id"
)

// Params are argon2id's cost parameters. Memory is in KiB; lengths are in bytes.
type Params struct {
	Memory      uint32
	Iterations  uint32
	Parallelism uint8
	SaltLength  uint32
	KeyLength   uint32
}

// Hasher hashes and verifies passwords with argon2id, as PHC strings
// ("$argon2id$v=19$m=19456,t=2,p=1$salt$key"). The zero Hasher uses DefaultHasher's Params.
type Hasher struct{ Params Params }

// DefaultHasher uses OWASP's baseline for argon2id (Password Storage Cheat Sheet): 19 MiB,
// 2 iterations, 1 lane, with a 16-byte salt and a 32-byte key. About 20–30 ms on one core.
func DefaultHasher() Hasher {
	return Hasher{Params: Params{Memory: 19 * 1024, Iterations: 2, Parallelism: 1, SaltLength: 16, KeyLength: 32}}
}

// ErrInvalidParams is returned for parameters argon2 refuses (it would panic on them).
var ErrInvalidParams = errors.New("password: invalid argon2id parameters")

// The library calls, as variables so tests can see that argon2 runs.
var (
	createHash = argon2id.CreateHash
	checkHash  = argon2id.CheckHash
)

func (h Hasher) params() Params {
	if h.Params == (Params{}) {
		return DefaultHasher().Params
	}
	return h.Params
}

func (p Params) valid() error {
	// The minimums of RFC 9106 §3.1: 8 KiB per lane, a salt of 8 bytes, a tag of 4.
	if p.Iterations < 1 || p.Parallelism < 1 || p.Memory < 8*uint32(p.Parallelism) || p.SaltLength < 8 || p.KeyLength < 4 {
		return fmt.Errorf("%w: %+v", ErrInvalidParams, p)
	}
	return nil
}

func (p Params) library() *argon2id.Params {
	return &argon2id.Params{Memory: p.Memory, Iterations: p.Iterations, Parallelism: p.Parallelism, SaltLength: p.SaltLength, KeyLength: p.KeyLength}
}

// Hash returns the PHC string of pw (NFC-normalized, as Check sees it; never truncated),
// with a fresh random salt.
func (h Hasher) Hash(pw string) (string, error) {
	p := h.params()
	if err := p.valid(); err != nil {
		return "", err
	}
	encoded, err := createHash(Normalize(pw), p.library())
	if err != nil {
		return "", fmt.Errorf("password: hash: %w", err)
	}
	return encoded, nil
}

// Verify reports whether pw matches encoded, comparing the keys in constant time, and
// whether encoded was made with other parameters than h's (then store h.Hash(pw) after a
// successful sign-in). A malformed encoded string is an error, never a match.
func (h Hasher) Verify(pw, encoded string) (ok bool, needsRehash bool, err error) {
	stored, _, _, err := argon2id.DecodeHash(encoded)
	if err != nil {
		return false, false, fmt.Errorf("password: decode hash: %w", err)
	}
	theirs := Params{Memory: stored.Memory, Iterations: stored.Iterations, Parallelism: stored.Parallelism, SaltLength: stored.SaltLength, KeyLength: stored.KeyLength}
	if err := theirs.valid(); err != nil {
		return false, false, err
	}
	ok, _, err = checkHash(Normalize(pw), encoded)
	if err != nil {
		return false, false, fmt.Errorf("password: verify: %w", err)
	}
	return ok, theirs != h.params(), nil
}

// VerifyDummy does the work of a Verify against a hash with h's parameters and throws the
// answer away. Sign-in calls it when no account has the address, so that answering takes as
// long as for an account with a wrong password.
func (h Hasher) VerifyDummy(pw string) {
	encoded, err := h.dummy()
	if err != nil {
		return
	}
	_, _, _ = h.Verify(pw, encoded)
}

// dummies holds one hash of a random password per Params, made on first use: the first
// VerifyDummy with new parameters hashes once more than later ones.
var dummies sync.Map // Params → string

func (h Hasher) dummy() (string, error) {
	p := h.params()
	if v, ok := dummies.Load(p); ok {
		return v.(string), nil
	}
	encoded, err := Hasher{Params: p}.Hash(rand.Text())
	if err != nil {
		return "", err
	}
	v, _ := dummies.LoadOrStore(p, encoded)
	return v.(string), nil
}
