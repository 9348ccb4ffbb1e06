// Package blob stores the bytes of files (resources, attachments, uploads) by their SHA-256,
// so that the same file imported twice is stored once. The default store is a directory (Dir);
// replicas share a bucket of an S3-compatible object store (Bucket, bucket.go). Open picks one
// by BLOB_URL.
package blob

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Store keeps blobs by the SHA-256 of their bytes. Dir is the local one; an object store
// shared by several replicas implements the same three methods.
type Store interface {
	// Put stores r's bytes and returns their SHA-256 (lowercase hex) and size. Storing bytes
	// already there is a no-op, and a failed Put leaves nothing visible.
	Put(r io.Reader) (sum string, size int64, err error)
	// Get returns a stored blob, or ErrNotFound.
	Get(sum string) (File, error)
	// Has reports whether the blob is stored.
	Has(sum string) bool
}

// File is one stored blob, open for reading. Seeking lets downloads answer range requests;
// Stat gives its size and modification time (*os.File is one).
type File interface {
	io.ReadSeekCloser
	Stat() (fs.FileInfo, error)
}

// Dir is a blob store in a local directory.
type Dir struct{ Root string }

var _ Store = Dir{}

// ErrNotFound is returned for a blob that is not stored.
var ErrNotFound = errors.New("blob not found")

func (d Dir) path(sum string) (string, error) {
	if len(sum) != 64 {
		return "", fmt.Errorf("blob: bad key %q", sum)
	}
	if _, err := hex.DecodeString(sum); err != nil {
		return "", fmt.Errorf("blob: bad key %q", sum)
	}
	return filepath.Join(d.Root, sum[:2], sum), nil
}

// Put stores r's bytes and returns their SHA-256 (hex) and size. Storing bytes already there
// is a no-op; a partial write never becomes visible (written to a temporary file, then renamed).
func (d Dir) Put(r io.Reader) (sum string, size int64, err error) {
	if err := os.MkdirAll(d.Root, 0o755); err != nil {
		return "", 0, err
	}
	tmp, err := os.CreateTemp(d.Root, ".upload-*")
	if err != nil {
		return "", 0, err
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	size, err = io.Copy(io.MultiWriter(tmp, h), r)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	dst, _ := d.path(sum)
	if _, err := os.Stat(dst); err == nil {
		return sum, size, nil
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return "", 0, err
	}
	return sum, size, os.Rename(tmp.Name(), dst)
}

// Get is Open for the Store interface.
func (d Dir) Get(sum string) (File, error) {
	f, err := d.Open(sum)
	if err != nil {
		// A nil *os.File in a File interface would not be nil.
		return nil, err
	}
	return f, nil
}

// Open returns the blob's bytes.
func (d Dir) Open(sum string) (*os.File, error) {
	p, err := d.path(sum)
	if err != nil {
		return nil, ErrNotFound
	}
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	return f, err
}

// Has reports whether the blob is stored.
func (d Dir) Has(sum string) bool {
	p, err := d.path(sum)
	if err != nil {
		return false
	}
	_, err = os.Stat(p)
	return err == nil
}
