package graph

import "sync"

// An answer's data is written into a buffer that grew from nothing at every request (a 5 KB
// page allocated 16 KB on the way, in eight steps). The executor takes a buffer that an earlier
// answer gave back once its bytes were copied out (ReleaseResponseData), else starts from none.

const (
	// keptResponseBuffers bounds the buffers kept, keptResponseBytes each one's size: a rare
	// large answer is left to the collector rather than kept.
	keptResponseBuffers = 64
	keptResponseBytes   = 64 << 10
)

var responseBuffers struct {
	sync.Mutex
	free [][]byte
}

// takeResponseBytes is an empty buffer for an answer's data, with room if one was given back.
func takeResponseBytes() []byte {
	responseBuffers.Lock()
	defer responseBuffers.Unlock()
	n := len(responseBuffers.free)
	if n == 0 {
		return nil
	}
	b := responseBuffers.free[n-1]
	responseBuffers.free[n-1] = nil
	responseBuffers.free = responseBuffers.free[:n-1]
	return b[:0]
}

// TakeResponseBytes is takeResponseBytes for the transport, which writes the body it sends from
// an answer's data into it and gives it back (ReleaseResponseData) once sent.
func TakeResponseBytes() []byte { return takeResponseBytes() }

// ReleaseResponseData gives back the buffer of an answer's data (graphql.Response.Data), for
// a later answer: only once nothing reads data any more (its bytes copied into the body sent).
func ReleaseResponseData(data []byte) {
	if cap(data) == 0 || cap(data) > keptResponseBytes {
		return
	}
	responseBuffers.Lock()
	defer responseBuffers.Unlock()
	if len(responseBuffers.free) < keptResponseBuffers {
		responseBuffers.free = append(responseBuffers.free, data[:0])
	}
}
