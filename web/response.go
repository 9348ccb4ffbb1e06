package web

import (
	"bytes"
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"

	"guichet/graph"
)

// marshalResponse is json.Marshal(resp), byte for byte. An answer of data alone (a read, the
// common case) is written around gqlgen's data without encoding/json's second pass over it
// (a validating scanner, 6% of a cache miss): the data is already compact JSON, and needs only
// the HTML-safe escapes json.Marshal adds (<, >, &, U+2028, U+2029), which can stand only
// inside its strings. Anything else, or data with a space outside its strings, goes through
// json.Marshal. gqlgen's executor sets an empty Extensions map on every answer, which
// json.Marshal leaves out (omitempty): only a non-empty one counts.
func marshalResponse(resp *graphql.Response) ([]byte, error) {
	if len(resp.Errors) > 0 || resp.Label != "" || resp.Path != nil || resp.HasNext != nil || len(resp.Extensions) > 0 ||
		len(resp.Data) == 0 || !compact(resp.Data) {
		return json.Marshal(resp)
	}
	// A buffer an earlier body gave back (transportHTTP.Do gives this one back once sent).
	out := append(graph.TakeResponseBytes(), `{"data":`...)
	if !escapable(resp.Data) {
		return append(append(out, resp.Data...), '}'), nil
	}
	start := 0
	for i := 0; i < len(resp.Data); i++ {
		var esc string
		switch c := resp.Data[i]; {
		case c == '<':
			esc = `\u003c`
		case c == '>':
			esc = `\u003e`
		case c == '&':
			esc = `\u0026`
		case c == 0xE2 && i+2 < len(resp.Data) && resp.Data[i+1] == 0x80 && resp.Data[i+2]&^1 == 0xA8:
			esc = `\u2028`
			if resp.Data[i+2] == 0xA9 {
				esc = `\u2029`
			}
			out = append(append(out, resp.Data[start:i]...), esc...)
			i += 2
			start = i + 1
			continue
		default:
			continue
		}
		out = append(append(out, resp.Data[start:i]...), esc...)
		start = i + 1
	}
	out = append(append(out, resp.Data[start:]...), '}')
	return out, nil
}

// compact reports whether JSON data has no white space outside its strings. It jumps from
// quote to quote (bytes.IndexByte), looking at each byte outside the strings only: a name or a
// text is stepped over whole.
func compact(data []byte) bool {
	for i := 0; i < len(data); {
		q := bytes.IndexByte(data[i:], '"')
		outside := data[i:]
		if q >= 0 {
			outside = data[i : i+q]
		}
		for _, c := range outside {
			if c == ' ' || c == '\n' || c == '\r' || c == '\t' {
				return false
			}
		}
		if q < 0 {
			return true
		}
		// The string's end: the next quote not escaped (after an even number of backslashes).
		j := i + q + 1
		for {
			k := bytes.IndexByte(data[j:], '"')
			if k < 0 {
				return false // unterminated: json.Marshal judges it
			}
			end, backslashes := j+k, 0
			for p := end - 1; p >= j && data[p] == '\\'; p-- {
				backslashes++
			}
			j = end + 1
			if backslashes%2 == 0 {
				break
			}
		}
		i = j
	}
	return true
}

// escapable tells whether data may hold a character json.Marshal escapes for HTML (<, >, &,
// U+2028, U+2029, whose UTF-8 begins with 0xE2): four scans of bytes.IndexByte, much faster
// than a loop over each byte, for the answers that hold none.
func escapable(data []byte) bool {
	for _, c := range []byte{'<', '>', '&', 0xE2} {
		if bytes.IndexByte(data, c) >= 0 {
			return true
		}
	}
	return false
}
