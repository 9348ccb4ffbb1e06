package web_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"guichet/apitest"
	"guichet/web"
)

// An upload past UPLOAD_MAX_BYTES (and the slack the multipart request's other parts may
// take) is refused with 413, BAD_USER_INPUT, the limit in bytes in extensions.limit and
// in a human form in the message, in the reader's language: whether its Content-Length says
// so or the body is sent in chunks and cut while read.
func TestUploadLimit(t *testing.T) {
	const max = 1 << 20
	env := apitest.NewWith(t, web.Options{MaxUploadBytes: max})
	post := func(size int, chunked bool, lang string) *apitest.Response {
		var body bytes.Buffer
		w := multipart.NewWriter(&body)
		w.WriteField("operations", `{"query":"mutation($f: Upload!) { attachGuideFile(id: \"1\", locale: FR, file: $f) { id } }","variables":{"f":null}}`)
		w.WriteField("map", `{"0": ["variables.f"]}`)
		part, _ := w.CreateFormFile("0", "big.pdf")
		part.Write(bytes.Repeat([]byte("%"), size))
		w.Close()
		var r io.Reader = &body
		if chunked { // no Content-Length: the limit holds while reading
			r = io.MultiReader(&body)
		}
		req, _ := http.NewRequest(http.MethodPost, env.Endpoint("mentoring"), r)
		req.Header.Set("Content-Type", w.FormDataContentType())
		req.Header.Set("Accept-Language", lang)
		return env.Send(t, req)
	}
	for _, chunked := range []bool{false, true} {
		// Within the bound, the request is run (and refused for what it is: nobody signed in).
		if r := post(1000, chunked, "en"); r.Status != http.StatusOK || len(r.Errors) != 1 || r.Errors[0].Code() == "BAD_USER_INPUT" {
			t.Fatalf("a small file, chunked=%v: %d %s", chunked, r.Status, r.Body)
		}
		for _, c := range []struct{ lang, words string }{{"en", "at most 1\u00a0MB"}, {"fr", "1\u00a0Mo au plus"}} {
			r := post(3*max, chunked, c.lang)
			if r.Status != http.StatusRequestEntityTooLarge || len(r.Errors) != 1 {
				t.Fatalf("chunked=%v %s: %d %s", chunked, c.lang, r.Status, r.Body)
			}
			e := r.Errors[0]
			if e.Code() != "BAD_USER_INPUT" || e.Extensions["reason"] != "UPLOAD_TOO_LARGE" || e.Extensions["limit"] != float64(max) {
				t.Errorf("chunked=%v %s: %s", chunked, c.lang, r.Body)
			}
			if !strings.Contains(e.Message, c.words) {
				t.Errorf("chunked=%v %s: message %q", chunked, c.lang, e.Message)
			}
		}
	}
}
