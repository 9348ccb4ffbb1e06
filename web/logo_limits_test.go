package web_test

import (
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"guichet/apitest"
	"guichet/upload/uploadtest"
)

// A logo is judged by its header before anything decodes it: the review's 381 KB PNG of
// 7000×7000 at 16 bits (392 MB once decoded) is refused without the memory a decode takes,
// four at once too, with the limit in the uploader's language; a 300×300 logo still works.
// (What the refusal allocates is measured, not how long it takes: a busy machine's clock
// says nothing about decoding, and speed is the benchmarks' business.)
func TestLogoCheckedByHeader(t *testing.T) {
	env := apitest.New(t)
	w := readyWorld(t, env, "-bomb")
	vars := func() map[string]any { return accessVars(w.program, "jane.doe@example.org") }
	send := func(logo []byte, vars map[string]any, lang string) (*apitest.Response, time.Duration) {
		start := time.Now()
		r := env.OpUpload(t, "mentoring.graphql", "RequestPlatformAccess", ment, vars, "input.logo", "logo.png", "image/png",
			logo, with(w.orgAdmin, "Accept-Language", lang))
		return r, time.Since(start)
	}
	bomb := uploadtest.UniformPNG(7000, 7000, true)
	if len(bomb) > 400<<10 {
		t.Fatalf("the bomb is %d bytes", len(bomb))
	}

	// Refused, with the limit stated, in French and in English.
	send(bomb, vars(), "fr") // warms the path up
	var refused time.Duration
	var refusedBytes uint64
	for _, lang := range []string{"fr", "en"} {
		var r *apitest.Response
		var d time.Duration
		refusedBytes = max(refusedBytes, allocatedBy(func() { r, d = send(bomb, vars(), lang) }))
		refused = max(refused, d)
		if code(r) != "BAD_USER_INPUT" || violation(r, "logo") != "LOGO_TOO_MANY_PIXELS" {
			t.Fatalf("the bomb: %s", r.Body)
		}
		want := map[string]string{"fr": "4096×4096 pixels et 16 mégapixels au plus", "en": "at most 4096×4096 pixels and 16 megapixels"}[lang]
		if !strings.Contains(string(r.Body), want) || !strings.Contains(string(r.Body), "7000×7000") {
			t.Fatalf("the message in %s: %s", lang, r.Body)
		}
	}

	// With another field wrong too, both are said at once, and nothing is decoded.
	bad := vars()
	bad["input"].(map[string]any)["adminPhone"] = "12"
	if r, _ := send(bomb, bad, "en"); violation(r, "logo") != "LOGO_TOO_MANY_PIXELS" || violation(r, "adminPhone") != "PHONE_INVALID" {
		t.Fatalf("a bomb and a bad phone: %s", r.Body)
	}

	// Four at once are refused as fast: nothing waits for memory.
	var together time.Duration
	fourBytes := allocatedBy(func() {
		var wg sync.WaitGroup
		start := time.Now()
		for range 4 {
			wg.Go(func() {
				r := env.OpUpload(t, "mentoring.graphql", "RequestPlatformAccess", ment, vars(), "input.logo", "logo.png", "image/png", bomb, w.orgAdmin)
				if violation(r, "logo") != "LOGO_TOO_MANY_PIXELS" {
					t.Errorf("one of four bombs: %s", r.Body)
				}
			})
		}
		wg.Wait()
		together = time.Since(start)
	})

	// A normal 300×300 logo is accepted, decoded and squared: the yardstick.
	r, normal := send(opaquePNG(t, 300, 300), vars(), "en")
	r.MustOK(t)
	if r.Str("requestPlatformAccess.request.logoUrl") == "" {
		t.Fatalf("the normal logo: %s", r.Body)
	}
	t.Logf("normal logo accepted in %v; the bomb refused in %v (%d KB allocated), four at once in %v (%d KB)",
		normal, refused, refusedBytes>>10, together, fourBytes>>10)
	// Decoding the bomb allocates its 392 MB of pixels; refusing it by its header allocates
	// what a request of that size does (its upload read, the answer): well under 32 MB, whatever
	// else the process allocates meanwhile.
	if refusedBytes > 32<<20 || fourBytes > 4*32<<20 {
		t.Fatalf("refusing the bomb allocated %d MB (four: %d MB): was it decoded?", refusedBytes>>20, fourBytes>>20)
	}
}

// allocatedBy is how many bytes the whole process allocated while f ran.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
