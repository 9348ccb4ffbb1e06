package blob_test

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"guichet/blob"
	"guichet/blob/blobtest"
)

// Every store keeps bytes by their SHA-256, once, and serves them whole or from any offset
// (downloads answer range requests): the local directory and an S3 bucket alike.
func TestStores(t *testing.T) {
	ctx := context.Background()
	s3, err := blob.Open(ctx, blobtest.S3(t), "")
	if err != nil {
		t.Fatal(err)
	}
	dir, err := blob.Open(ctx, "file://"+t.TempDir(), "")
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]blob.Store{"s3": s3, "dir": dir} {
		t.Run(name, func(t *testing.T) {
			data := bytes.Repeat([]byte("délégation de mandat "), 5000)
			sum, size, err := s.Put(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			if size != int64(len(data)) || len(sum) != 64 || !s.Has(sum) {
				t.Fatalf("Put = %s, %d; Has %v", sum, size, s.Has(sum))
			}
			if again, _, err := s.Put(bytes.NewReader(data)); err != nil || again != sum {
				t.Fatalf("second Put = %s, %v", again, err)
			}
			f, err := s.Get(sum)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if fi, err := f.Stat(); err != nil || fi.Size() != size {
				t.Fatalf("Stat = %v, %v", fi, err)
			}
			if end, err := f.Seek(0, io.SeekEnd); err != nil || end != size {
				t.Fatalf("Seek end = %d, %v", end, err)
			}
			if _, err := f.Seek(1000, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			part := make([]byte, 100)
			if _, err := io.ReadFull(f, part); err != nil || !bytes.Equal(part, data[1000:1100]) {
				t.Fatalf("read at 1000: %q, %v", part, err)
			}
			if _, err := f.Seek(0, io.SeekStart); err != nil {
				t.Fatal(err)
			}
			if all, err := io.ReadAll(f); err != nil || !bytes.Equal(all, data) {
				t.Fatalf("read all: %d bytes, %v", len(all), err)
			}
			if _, err := s.Get(strings.Repeat("0", 64)); err != blob.ErrNotFound {
				t.Fatalf("Get(missing) = %v", err)
			}
			if _, err := s.Get("../../etc/passwd"); err != blob.ErrNotFound {
				t.Fatalf("Get(path) = %v", err)
			}
		})
	}
}

func TestOpenRefusesABadURL(t *testing.T) {
	ctx := context.Background()
	missing := strings.Replace(blobtest.S3(t), "s3://guichet?", "s3://missing?", 1)
	for _, u := range []string{"file://relative/dir", "nosuch://x", missing} {
		if _, err := blob.Open(ctx, u, ""); err == nil {
			t.Errorf("Open(%q) accepted", u)
		}
	}
}
