package graph

import "testing"

// An answer's buffer given back is taken again, emptied; one too large, or beyond the number
// kept, is left to the collector.
func TestResponseBuffersAreGivenBackBounded(t *testing.T) {
	for takeResponseBytes() != nil { // whatever earlier tests gave back
	}
	if b := takeResponseBytes(); b != nil {
		t.Fatalf("nothing given back, yet a buffer of %d bytes", cap(b))
	}
	given := make([]byte, 5, 4096)
	ReleaseResponseData(given)
	b := takeResponseBytes()
	if len(b) != 0 || cap(b) != 4096 || &b[:1][0] != &given[0] {
		t.Fatalf("took a buffer of %d/%d bytes, want the one given back, emptied", len(b), cap(b))
	}
	ReleaseResponseData(make([]byte, 0, keptResponseBytes+1))
	if b := takeResponseBytes(); b != nil {
		t.Fatalf("a buffer of %d bytes was kept", cap(b))
	}
	for range keptResponseBuffers + 10 {
		ReleaseResponseData(make([]byte, 0, 16))
	}
	n := 0
	for takeResponseBytes() != nil {
		n++
	}
	if n != keptResponseBuffers {
		t.Fatalf("%d buffers kept, want at most %d", n, keptResponseBuffers)
	}
}
