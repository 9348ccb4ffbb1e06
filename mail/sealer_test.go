package mail

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSealerRoundTrip(t *testing.T) {
	s := testSealer(t)
	token := []byte(newToken())
	a, b := s.Seal(token), s.Seal(token)
	if bytes.Contains(a, token) {
		t.Fatal("sealed bytes contain the token")
	}
	if bytes.Equal(a, b) {
		t.Error("two seals of the same token are equal: the nonce is not random")
	}
	got, err := s.Open(a)
	if err != nil || !bytes.Equal(got, token) {
		t.Fatalf("Open = %q, %v; want the token", got, err)
	}

	tampered := append([]byte(nil), a...)
	tampered[len(tampered)-1] ^= 1
	if _, err := s.Open(tampered); err != ErrUnseal {
		t.Errorf("Open(tampered) error = %v, want ErrUnseal", err)
	}
	if _, err := testSealer(t).Open(a); err != ErrUnseal {
		t.Errorf("Open with another key error = %v, want ErrUnseal", err)
	}
	if _, err := s.Open([]byte("short")); err != ErrUnseal {
		t.Errorf("Open(short) error = %v, want ErrUnseal", err)
	}
	if _, err := NewSealer(make([]byte, 16)); err == nil {
		t.Error("NewSealer accepted a 16-byte key")
	}
}

func TestLoadOrCreateKeyFile(t *testing.T) {
	t.Setenv("SECRET_KEY", "")
	dir := filepath.Join(t.TempDir(), "data")
	s1, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, KeyFile)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("secret.key mode = %o, want 600", perm)
	}
	b, _ := os.ReadFile(path)
	if key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b))); err != nil || len(key) != KeySize {
		t.Errorf("secret.key holds %q: want base64 of %d bytes", b, KeySize)
	}
	// A restart reads the same key: what was sealed before opens after.
	s2, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s2.Open(s1.Seal([]byte("x"))); err != nil || string(got) != "x" {
		t.Errorf("the key changed across loads: %q, %v", got, err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("data directory holds %d files, want only secret.key", len(entries))
	}

	if err := os.WriteFile(path, []byte("dG9vIHNob3J0\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKey(dir); err == nil {
		t.Error("a key file of the wrong length was accepted")
	}
}

func TestLoadOrCreateKeyEnvironment(t *testing.T) {
	dir := t.TempDir()
	key := bytes.Repeat([]byte{7}, KeySize)
	t.Setenv("SECRET_KEY", base64.StdEncoding.EncodeToString(key))
	s, err := LoadOrCreateKey(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := NewSealer(key)
	if got, err := want.Open(s.Seal([]byte("x"))); err != nil || string(got) != "x" {
		t.Errorf("SECRET_KEY was not used: %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(dir, KeyFile)); !os.IsNotExist(err) {
		t.Errorf("secret.key was created although SECRET_KEY is set")
	}

	for _, bad := range []string{"not base64!", base64.StdEncoding.EncodeToString(key[:31])} {
		t.Setenv("SECRET_KEY", bad)
		_, err := LoadOrCreateKey(dir)
		if err == nil {
			t.Errorf("SECRET_KEY %q accepted", bad)
		} else if strings.Contains(err.Error(), bad) {
			t.Errorf("error quotes the key: %v", err)
		}
	}
}

// Derived keys are stable for a key and purpose, and differ between purposes and keys.
func TestSealerDerive(t *testing.T) {
	a, err := NewSealer(bytes.Repeat([]byte{1}, KeySize))
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewSealer(bytes.Repeat([]byte{2}, KeySize))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Derive("throttle"), a.Derive("throttle")) || len(a.Derive("throttle")) != 32 {
		t.Fatal("not stable")
	}
	if bytes.Equal(a.Derive("throttle"), a.Derive("other")) || bytes.Equal(a.Derive("throttle"), b.Derive("throttle")) {
		t.Fatal("the same key for another purpose or secret")
	}
	if bytes.Contains(a.Derive("throttle"), bytes.Repeat([]byte{1}, 8)) {
		t.Fatal("the secret shows through")
	}
}
