package web

import (
	"bytes"
	"io"
	"sync"
)

// maxPooledBody bounds the request bodies whose buffers are used again: a GraphQL document
// of a few kilobytes is read on every request, and a cached answer needs it only for its key.
const maxPooledBody = 64 << 10

var bodyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// readPooledBody is readBody into a buffer of the pool, for a body of announced length n
// (0 < n ≤ maxPooledBody). The caller gives it back with releaseBody once nothing holds it.
func readPooledBody(r io.Reader, n int64) (*[]byte, error) {
	p := bodyBuffers.Get().(*[]byte)
	if int64(cap(*p)) < n+bytes.MinRead { // ReadFrom reads until EOF into MinRead bytes at least
		*p = make([]byte, 0, n+bytes.MinRead)
	}
	buf := bytes.NewBuffer((*p)[:0])
	_, err := buf.ReadFrom(r)
	*p = buf.Bytes()
	return p, err
}

func releaseBody(p *[]byte) {
	if p != nil && cap(*p) <= maxPooledBody+bytes.MinRead {
		*p = (*p)[:0]
		bodyBuffers.Put(p)
	}
}
