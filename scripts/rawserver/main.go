// Command rawserver is the baseline of the throughput measurement: a minimal net/http
// handler that answers every request with the bytes of one file.
package main

import (
	"io"
	"net/http"
	"os"
)

func main() {
	body, err := os.ReadFile(os.Args[2])
	if err != nil {
		panic(err)
	}
	http.ListenAndServe(os.Args[1], http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
}
