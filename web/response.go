package web

import (
	"encoding/json"

	"github.com/99designs/gqlgen/graphql"
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
	out := make([]byte, 0, len(resp.Data)+len(`{"data":}`)+64)
	out = append(out, `{"data":`...)
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

// compact reports whether JSON data has no white space outside its strings.
func compact(data []byte) bool {
	inString, escaped := false, false
	for _, c := range data {
		switch {
		case escaped:
			escaped = false
		case inString && c == '\\':
			escaped = true
		case c == '"':
			inString = !inString
		case !inString && (c == ' ' || c == '\n' || c == '\r' || c == '\t'):
			return false
		}
	}
	return !inString
}
