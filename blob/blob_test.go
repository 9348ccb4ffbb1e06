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
