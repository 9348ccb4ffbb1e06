package background

import (
	"runtime"
	"testing"
)

// Memory is returned once per quiet spell: not while collections keep running (load), once
// when they stop, and not again until the next activity is over.
func TestIdleReturnerReturnsOncePerQuietSpell(t *testing.T) {
	var r idleReturner
	if r.look() {
		t.Fatal("first look returned memory: it has nothing to compare with")
	}
	runtime.GC() // activity since the last look
	if r.look() {
		t.Fatal("returned memory while collections run")
	}
	if !r.look() {
		t.Fatal("a quiet interval after activity did not return memory")
	}
	if r.look() {
		t.Fatal("returned memory twice in one quiet spell")
	}
	runtime.GC()
	if r.look() || !r.look() {
		t.Fatal("after new activity, memory is returned again once it is quiet")
	}
}
