package content

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"
)

// withGuides is the shipped content with n more guides in the facilitators space, each a
// French page of a few paragraphs.
func withGuides(b *testing.B, n int) fstest.MapFS { return withGuidesT(b, n) }

func withGuidesT(b testing.TB, n int) fstest.MapFS {
	fsys := copyFS(b, Shipped)
	para := strings.Repeat("Une phrase d'aide qui explique une étape, avec un **mot** important. ", 12)
	for i := 1; i <= n; i++ {
		fsys[fmt.Sprintf("spaces/facilitators/guides/gen-%d.fr.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"---\ntitle: Guide %[1]d\nslug: guide-%[1]d\nsummary: \"Le guide %[1]d.\"\ncategory: accounts\naudience: PUBLIC\nposition: %[2]d\n---\n## Étape\n\n%[3]s\n\n%[3]s\n",
			i, 1000+i, para)}
	}
	return fsys
}

// peakHeap samples the heap in use until stop is called, and returns its peak.
func peakHeap() (stop func() uint64) {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done, finished := make(chan struct{}), make(chan struct{})
	var once sync.Once
	go func() {
		defer close(finished)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		once.Do(func() { close(done) })
		<-finished
		return peak
	}
}

// BenchmarkImportGuides loads and imports, into a new database, the shipped content and
// 10,000 more guides in one space (GUICHET_IMPORT_GUIDES sets how many: past 32,766 is what
// once failed), and reports the heap's peak while it ran (MB-peak-heap).
func BenchmarkImportGuides(b *testing.B) {
	n := 10000
	if v := os.Getenv("GUICHET_IMPORT_GUIDES"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil {
			b.Fatal(err)
		}
	}
	fsys := withGuides(b, n)
	for b.Loop() {
		b.StopTimer()
		db, blobs := newStore(b)
		runtime.GC()
		b.StartTimer()
		stop := peakHeap()
		bundle, err := Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		r, err := Import(context.Background(), db.Client, blobs, bundle, Options{})
		if err != nil {
			b.Fatal(err)
		}
		peak := stop()
		if r.Guides.Created < n {
			b.Fatalf("%v", r)
		}
		b.ReportMetric(float64(peak)/(1<<20), "MB-peak-heap")
	}
}
