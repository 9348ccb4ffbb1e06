//go:build race

package web_test

// The race detector slows Go code several times and SQLite's C code not at all, so a ratio
// of a Go-bound refusal (decoding a large body) to a SQLite-bound read grows under -race.
func init() { raceSlowdown = 3 }
