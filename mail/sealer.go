package mail

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// KeySize is the length of the secret key: AES-256.
const KeySize = 32

// KeyFile is the name of the secret key file in the data directory.
const KeyFile = "secret.key"

// ErrUnseal is returned when sealed bytes cannot be opened: altered, or sealed with another key.
var ErrUnseal = errors.New("mail: sealed data cannot be opened (altered, or sealed with another key)")

// Sealer encrypts and authenticates the secrets the outbox must keep until a message is sent
// (a link's token), with AES-256-GCM and a random nonce per message.
type Sealer struct {
	aead cipher.AEAD
	key  []byte // kept to derive keys for other purposes (Derive)
}

// NewSealer returns a Sealer that uses key, which must be KeySize bytes.
func NewSealer(key []byte) (*Sealer, error) {
	if len(key) != KeySize {
		return nil, fmt.Errorf("mail: secret key must be %d bytes, got %d", KeySize, len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("mail: %w", err)
	}
	aead, err := cipher.NewGCMWithRandomNonce(block)
	if err != nil {
		return nil, fmt.Errorf("mail: %w", err)
	}
	return &Sealer{aead: aead, key: append([]byte(nil), key...)}, nil
}

// Derive returns a key for another purpose, HMAC-SHA256 of purpose under the secret key, so
// that the secret key itself serves one use and the derived ones tell nothing of it.
func (s *Sealer) Derive(purpose string) []byte {
	mac := hmac.New(sha256.New, s.key)
	mac.Write([]byte("guichet/" + purpose))
	return mac.Sum(nil)
}

// Seal encrypts plaintext; the result carries its nonce and authentication tag.
func (s *Sealer) Seal(plaintext []byte) []byte {
	return s.aead.Seal(nil, nil, plaintext, nil)
}

// Open decrypts what Seal produced, or returns ErrUnseal.
func (s *Sealer) Open(sealed []byte) ([]byte, error) {
	plain, err := s.aead.Open(nil, nil, sealed, nil)
	if err != nil {
		return nil, ErrUnseal
	}
	return plain, nil
}

// LoadOrCreateKey returns the Sealer of the instance's secret key: SECRET_KEY from the
// environment (base64 of 32 bytes) when set, otherwise the file secret.key in dataDir, which
// is created from crypto/rand, readable by its owner only, when it does not exist yet.
func LoadOrCreateKey(dataDir string) (*Sealer, error) {
	if v := strings.TrimSpace(os.Getenv("SECRET_KEY")); v != "" {
		key, err := decodeKey(v)
		if err != nil {
			return nil, fmt.Errorf("SECRET_KEY: %w", err)
		}
		return NewSealer(key)
	}
	path := filepath.Join(dataDir, KeyFile)
	key, err := readKeyFile(path)
	if errors.Is(err, os.ErrNotExist) {
		key, err = createKeyFile(path)
	}
	if err != nil {
		return nil, err
	}
	return NewSealer(key)
}

func readKeyFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	key, err := decodeKey(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return key, nil
}

// createKeyFile writes a new random key to path unless another process got there first, in
// which case that key wins: the file is written aside, then linked into place, which fails
// when path exists, so no process ever reads a half-written key.
func createKeyFile(path string) ([]byte, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	key := make([]byte, KeySize)
	rand.Read(key)
	tmp, err := os.CreateTemp(dir, ".secret.key-*")
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	if _, err := tmp.WriteString(base64.StdEncoding.EncodeToString(key) + "\n"); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return readKeyFile(path)
		}
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	return key, nil
}

// decodeKey accepts standard or URL-safe base64, padded or not; its errors never quote the key.
func decodeKey(s string) ([]byte, error) {
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if key, err := enc.DecodeString(s); err == nil {
			if len(key) != KeySize {
				return nil, fmt.Errorf("secret key must be %d bytes of base64, got %d bytes", KeySize, len(key))
			}
			return key, nil
		}
	}
	return nil, errors.New("secret key is not valid base64")
}
