package password

import (
	"errors"
	"strings"
	"testing"

	"github.com/alexedwards/argon2id"
)

// cheap keeps the tests fast; TestDefaultHasher runs the real parameters once.
var cheap = Hasher{Params: Params{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}}

func TestDefaultHasher(t *testing.T) {
	h := DefaultHasher()
	p := h.Params
	// OWASP Password Storage Cheat Sheet, argon2id baseline.
	if p.Memory < 19456 || p.Iterations < 2 || p.Parallelism < 1 || p.SaltLength < 16 || p.KeyLength < 32 {
		t.Fatalf("DefaultHasher is below OWASP's baseline: %+v", p)
	}
	if (Hasher{}).params() != p {
		t.Errorf("the zero Hasher does not use the default parameters")
	}
	encoded, err := h.Hash("Brume#Lac4Vert")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(encoded, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("not a PHC argon2id string with the default parameters: %s", encoded)
	}
	ok, rehash, err := h.Verify("Brume#Lac4Vert", encoded)
	if !ok || rehash || err != nil {
		t.Errorf("Verify = %v, %v, %v", ok, rehash, err)
	}
}

func TestHashVerify(t *testing.T) {
	long := thousand
	encodedLong, err := cheap.Hash(long)
	if err != nil {
		t.Fatal(err)
	}
	encoded, err := cheap.Hash("Brume#Lac4Vert")
	if err != nil {
		t.Fatal(err)
	}
	encodedNFC, err := cheap.Hash("Éléphant") // precomposed É and é
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		pw      string
		encoded string
		ok      bool
	}{
		{"right password", "Brume#Lac4Vert", encoded, true},
		{"wrong password", "Brume#Lac4Vers", encoded, false},
		{"case matters", "brume#lac4vert", encoded, false},
		{"empty", "", encoded, false},
		{"decomposed accents are the same password", "E\u0301le\u0301phant", encodedNFC, true},
		{"1000 characters", long, encodedLong, true},
		{"1000 characters, last one differs: not truncated", long[:999] + "!", encodedLong, false},
		{"prefix of a long password", long[:128], encodedLong, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, rehash, err := cheap.Verify(tt.pw, tt.encoded)
			if err != nil || rehash || ok != tt.ok {
				t.Errorf("Verify = %v, %v, %v; want %v, false, nil", ok, rehash, err, tt.ok)
			}
		})
	}
}

func TestHashesAreSalted(t *testing.T) {
	a, errA := cheap.Hash("Brume#Lac4Vert")
	b, errB := cheap.Hash("Brume#Lac4Vert")
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a == b {
		t.Fatalf("two hashes of one password are equal: %s", a)
	}
	for _, encoded := range []string{a, b} {
		if ok, _, err := cheap.Verify("Brume#Lac4Vert", encoded); !ok || err != nil {
			t.Errorf("Verify(%s) = %v, %v", encoded, ok, err)
		}
	}
}

func TestNeedsRehash(t *testing.T) {
	encoded, err := cheap.Hash("Brume#Lac4Vert")
	if err != nil {
		t.Fatal(err)
	}
	change := map[string]func(p *Params){
		"memory":      func(p *Params) { p.Memory *= 2 },
		"iterations":  func(p *Params) { p.Iterations++ },
		"parallelism": func(p *Params) { p.Parallelism++ },
		"salt length": func(p *Params) { p.SaltLength = 32 },
		"key length":  func(p *Params) { p.KeyLength = 64 },
	}
	for name, f := range change {
		t.Run(name, func(t *testing.T) {
			other := cheap
			f(&other.Params)
			ok, rehash, err := other.Verify("Brume#Lac4Vert", encoded)
			if !ok || !rehash || err != nil {
				t.Errorf("Verify = %v, %v, %v; want true, true, nil", ok, rehash, err)
			}
			// A wrong password still says whether the stored hash is outdated; callers rehash
			// only after a match.
			if ok, _, _ := other.Verify("wrong", encoded); ok {
				t.Errorf("wrong password matched")
			}
		})
	}
}

func TestVerifyRefusesMalformedHashes(t *testing.T) {
	for _, encoded := range []string{
		"",
		"Brume#Lac4Vert",
		"$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", // bcrypt
		"$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"$argon2id$v=16$m=64,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U",
		"$argon2id$v=19$m=0,t=0,p=0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U", // argon2 would panic
	} {
		ok, rehash, err := cheap.Verify("Brume#Lac4Vert", encoded)
		if ok || rehash || err == nil {
			t.Errorf("Verify(%q) = %v, %v, %v; want an error", encoded, ok, rehash, err)
		}
	}
	if _, _, err := cheap.Verify("x", "$argon2id$v=19$m=0,t=0,p=0$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U"); !errors.Is(err, ErrInvalidParams) {
		t.Errorf("degenerate parameters: %v", err)
	}
}

func TestHashRefusesInvalidParams(t *testing.T) {
	for _, p := range []Params{
		{Memory: 64, Iterations: 0, Parallelism: 1, SaltLength: 16, KeyLength: 32},
		{Memory: 64, Iterations: 1, Parallelism: 0, SaltLength: 16, KeyLength: 32},
		{Memory: 4, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32},
		{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 4, KeyLength: 32},
		{Memory: 64, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 2},
	} {
		if _, err := (Hasher{Params: p}).Hash("x"); !errors.Is(err, ErrInvalidParams) {
			t.Errorf("%+v: %v", p, err)
		}
	}
}

// VerifyDummy is not timed (timing tests flake): it is shown to run the same argon2
// comparison as Verify, once, on a hash with the Hasher's own parameters.
func TestVerifyDummyRunsArgon2(t *testing.T) {
	var calls []string
	real := checkHash
	checkHash = func(pw, encoded string) (bool, *argon2id.Params, error) {
		calls = append(calls, encoded)
		return real(pw, encoded)
	}
	t.Cleanup(func() { checkHash = real })

	for _, h := range []Hasher{cheap, {Params: Params{Memory: 128, Iterations: 2, Parallelism: 2, SaltLength: 16, KeyLength: 32}}} {
		calls = nil
		h.VerifyDummy("Brume#Lac4Vert")
		if len(calls) != 1 {
			t.Fatalf("VerifyDummy ran argon2 %d times, want 1", len(calls))
		}
		p, _, _, err := argon2id.DecodeHash(calls[0])
		if err != nil {
			t.Fatal(err)
		}
		got := Params{Memory: p.Memory, Iterations: p.Iterations, Parallelism: p.Parallelism, SaltLength: p.SaltLength, KeyLength: p.KeyLength}
		if got != h.Params {
			t.Errorf("dummy hash has parameters %+v, want the Hasher's %+v", got, h.Params)
		}

		// The same path as a real Verify: one argon2 comparison.
		encoded, err := h.Hash("Brume#Lac4Vert")
		if err != nil {
			t.Fatal(err)
		}
		calls = nil
		if _, _, err := h.Verify("wrong", encoded); err != nil || len(calls) != 1 {
			t.Errorf("Verify ran argon2 %d times, err %v", len(calls), err)
		}
	}
}

func BenchmarkHash(b *testing.B) {
	h := DefaultHasher()
	for b.Loop() {
		if _, err := h.Hash("Brume#Lac4Vert"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	h := DefaultHasher()
	encoded, err := h.Hash("Brume#Lac4Vert")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if ok, _, err := h.Verify("Brume#Lac4Vert", encoded); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
