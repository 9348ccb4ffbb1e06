package content

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"guichet/help"
)

// guidesOnDisk writes the shipped content and n more guides of about size bytes of Markdown
// each to a new folder: on disk, the content is not in the heap an import's test measures.
func guidesOnDisk(t testing.TB, n, size int) fs.FS {
	t.Helper()
	dir := t.TempDir()
	for p, f := range copyFS(t, Shipped) {
		write(t, filepath.Join(dir, p), f.Data)
	}
	for i := 1; i <= n; i++ {
		var body strings.Builder
		for j := 0; body.Len() < size; j++ {
			fmt.Fprintf(&body, "## Étape %[1]d\n\nLe guide %[2]d explique l'étape %[1]d : une phrase d'aide avec un **mot** important, "+
				"un [lien](https://example.org/%[2]d/%[1]d) et une liste.\n\n- un point %[1]d\n- un autre point %[2]d\n\n", j, i)
		}
		write(t, filepath.Join(dir, fmt.Sprintf("spaces/facilitators/guides/big-%d.fr.md", i)), fmt.Appendf(nil,
			"---\ntitle: Gros guide %[1]d\nslug: gros-guide-%[1]d\nsummary: \"Le gros guide %[1]d.\"\ncategory: accounts\nposition: %[2]d\n---\n%[3]s",
			i, 1000+i, body.String()))
	}
	return os.DirFS(dir)
}

func write(t testing.TB, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// importPeak loads and imports fsys into a new database, search index included, and returns
// the heap's peak meanwhile.
func importPeak(t testing.TB, fsys fs.FS, guides int) uint64 {
	t.Helper()
	db, blobs := newStore(t)
	runtime.GC()
	stop := peakHeap()
	b, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Import(context.Background(), db.Client, blobs, b, Options{AfterWrite: help.Reindex})
	peak := stop()
	if err != nil {
		t.Fatal(err)
	}
	if r.Guides.Created < guides {
		t.Fatalf("%v", r)
	}
	return peak
}

// Import reads the bodies and files again from the folder Load validated: one changed in
// between is refused, naming it, and nothing is written, rather than importing unvalidated text.
func TestImportRefusesAFileChangedSinceLoad(t *testing.T) {
	for _, p := range []string{
		firstStepsFR,
		"spaces/certification/faqs/approval-delay.en.md",
		"spaces/certification/files/modele-delegation-mandat.pdf",
	} {
		t.Run(p, func(t *testing.T) {
			db, blobs := newStore(t)
			fsys := copyFS(t, Shipped)
			b, err := Load(fsys)
			if err != nil {
				t.Fatal(err)
			}
			fsys[p].Data = append(append([]byte{}, fsys[p].Data...), "\nAjouté après le chargement.\n"...)
			_, err = Import(context.Background(), db.Client, blobs, b, Options{})
			if err == nil || !strings.Contains(err.Error(), strings.TrimPrefix(p, "spaces/certification/")) {
				t.Fatalf("import after %s changed: %v, want an error naming it", p, err)
			}
			if n := db.Client.Space.Query().CountX(allowed()); n != 0 {
				t.Fatalf("%d spaces written", n)
			}
		})
	}
}
