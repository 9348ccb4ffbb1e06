package web

import (
	"bytes"
	"io"
)

// readBody reads a request body of announced length n (-1: unknown) into one buffer of its
// size when the length is known (the caller bounded it), where io.ReadAll would grow its
// buffer step by step and allocate twice the body: a GraphQL document of a few kilobytes is
// read on every request, cached answers included.
func readBody(r io.Reader, n int64) ([]byte, error) {
	if n <= 0 {
		return io.ReadAll(r)
	}
	buf := bytes.NewBuffer(make([]byte, 0, n+bytes.MinRead))
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}
