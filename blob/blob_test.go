package blob

import (
	"io"
	"strings"
	"testing"
)

func TestPutOpen(t *testing.T) {
	d := Dir{Root: t.TempDir()}
	sum, size, err := d.Put(strings.NewReader("modèle"))
	if err != nil {
		t.Fatal(err)
	}
	if size != int64(len("modèle")) || len(sum) != 64 {
		t.Fatalf("Put = %q, %d", sum, size)
	}
	again, _, err := d.Put(strings.NewReader("modèle"))
	if err != nil || again != sum {
		t.Fatalf("second Put = %q, %v; want %q", again, err, sum)
	}
	f, err := d.Open(sum)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	if string(b) != "modèle" {
		t.Fatalf("read %q", b)
	}
	if _, err := d.Open(strings.Repeat("0", 64)); err != ErrNotFound {
		t.Fatalf("Open(missing) err = %v", err)
	}
	if _, err := d.Open("../../etc/passwd"); err != ErrNotFound {
		t.Fatalf("Open(path) err = %v", err)
	}
}

func TestDirIsAStore(t *testing.T) {
	var s Store = Dir{Root: t.TempDir()}
	sum, size, err := s.Put(strings.NewReader("fiche de bilan"))
	if err != nil || !s.Has(sum) {
		t.Fatalf("Put = %q, %v", sum, err)
	}
	f, err := s.Get(sum)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || fi.Size() != size || fi.ModTime().IsZero() {
		t.Fatalf("Stat = %v, %v", fi, err)
	}
	if _, err := f.Seek(9, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(f); string(b) != "bilan" {
		t.Fatalf("read after seek %q", b)
	}
	missing, err := s.Get(strings.Repeat("a", 64))
	if err != ErrNotFound || missing != nil {
		t.Fatalf("Get(missing) = %v, %v", missing, err)
	}
	if s.Has("nothing") {
		t.Fatal("Has(bad key)")
	}
}
