//go:build !race

// The race detector changes how much is allocated and makes this import of 550 guides take
// minutes: the heap is measured without it (make test runs this file in a run of its own).

package content

import (
	"runtime/debug"
	"testing"
)

// An import holds the bodies one at a time: ten times more guides of 32 KB of Markdown each
// cost the import's peak heap much less than the bodies' size per added guide (holding them
// would cost several times that: source, HTML and plain text).
func TestImportMemoryDoesNotGrowWithTheBodies(t *testing.T) {
	// A low GC target keeps the peak close to what is live, rather than up to twice that.
	defer debug.SetGCPercent(debug.SetGCPercent(20))
	const few, many, size = 50, 500, 32 << 10
	small := importPeak(t, guidesOnDisk(t, few, size), few)
	large := importPeak(t, guidesOnDisk(t, many, size), many)
	perGuide := (int64(large) - int64(small)) / (many - few)
	t.Logf("peak heap: %.1f MB with %d guides, %.1f MB with %d: %d bytes per added guide of %d bytes",
		float64(small)/(1<<20), few, float64(large)/(1<<20), many, perGuide, size)
	if perGuide > size/2 {
		t.Fatalf("each added guide of %d bytes costs the import %d bytes of heap at its peak: the bodies are held", size, perGuide)
	}
}
