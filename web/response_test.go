package web

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// marshalResponse writes what json.Marshal writes, whatever the answer holds.
func TestMarshalResponseIsJSONMarshal(t *testing.T) {
	yes := true
	for _, resp := range []*graphql.Response{
		{Data: json.RawMessage(`{"guide":{"title":"Pièces à joindre","html":"<p>a &amp; b</p>\u003e"}}`)},
		{Data: json.RawMessage(`{"s":"line\u2028sep\u2029para","t":"\"<\\\"","u":"\\"}`)},
		{Data: json.RawMessage("{\"raw\":\"\xe2\x80\xa8 \xe2\x80\xa9 \xe2\x80\xaa <&>\"}")},
		{Data: json.RawMessage(`{"spaced": [1, 2], "s":"a b"}`)},
		{Data: json.RawMessage("{\n\"x\":1}")},
		{Data: json.RawMessage(`null`)},
		{Data: json.RawMessage(`{"e":""}`)},
		// Quotes escaped inside strings, backslashes before a closing quote, spaces inside and out.
		{Data: json.RawMessage(`{"a":"x\" y","b":"\\","c":"\\\" z"}`)},
		{Data: json.RawMessage(`{"a":"x\\", "b":1}`)},
		{Data: json.RawMessage(`{"a":"x\" ","b":[1,2] }`)},
		{Data: json.RawMessage(`{"a":"—’ no escape"}`)},
		{},
		{Data: json.RawMessage(`{"a":1}`), Errors: gqlerror.List{{Message: "<no>"}}},
		{Data: json.RawMessage(`{"a":1}`), Extensions: map[string]any{"k": "<v>"}},
		// gqlgen's executor sets an empty map on every answer: json.Marshal leaves it out.
		{Data: json.RawMessage(`{"guide":{"html":"<p>"}}`), Extensions: map[string]any{}},
		{Data: json.RawMessage(`{"a":1}`), HasNext: &yes, Label: "l"},
	} {
		want, werr := json.Marshal(resp)
		got, err := marshalResponse(resp)
		if (err != nil) != (werr != nil) || !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s (%v)\nwant %s (%v)", resp.Data, got, err, want, werr)
		}
	}
}

// Whatever valid JSON the data is, marshalResponse writes what json.Marshal writes.
func FuzzMarshalResponse(f *testing.F) {
	for _, seed := range []string{`{"a":"x\" y","b":"\\"}`, `{"a":"x\\", "b":1}`, "{\"s\":\"\xe2\x80\xa8<&>\"}", `[1, "a b"]`, `null`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		resp := &graphql.Response{Data: json.RawMessage(data)}
		want, werr := json.Marshal(resp)
		got, err := marshalResponse(resp)
		if (err != nil) != (werr != nil) || !bytes.Equal(got, want) {
			t.Fatalf("%q:\n got %s (%v)\nwant %s (%v)", data, got, err, want, werr)
		}
	})
}
