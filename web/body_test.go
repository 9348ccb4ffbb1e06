package web

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A body is read whole whatever its announced length says, and still bounded by
// MaxBytesReader.
func TestReadBody(t *testing.T) {
	body := strings.Repeat("x", 5000)
	for _, n := range []int64{-1, 0, 10, 5000, 6000} {
		got, err := readBody(strings.NewReader(body), n)
		if err != nil || string(got) != body {
			t.Errorf("announced %d: %d bytes, %v", n, len(got), err)
		}
	}
	over := http.MaxBytesReader(httptest.NewRecorder(), io.NopCloser(bytes.NewReader(bytes.Repeat([]byte("x"), 100))), 50)
	_, err := readBody(over, 100)
	var tooLarge *http.MaxBytesError
	if !errors.As(err, &tooLarge) {
		t.Errorf("over the bound: %v, want a MaxBytesError", err)
	}
}
