// Package scalar reads and writes the GraphQL scalars gqlgen would otherwise read with its
// own functions (Time, ID, Upload): the same forms are accepted, but a malformed value is an
// *apperr.Malformed, which the error presenter answers as the client's mistake
// (BAD_USER_INPUT naming the argument) rather than as an internal error.
package scalar

import (
	"bytes"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"guichet/apperr"
)

// MarshalTime writes RFC 3339, as gqlgen does.
func MarshalTime(t time.Time) graphql.Marshaler { return graphql.MarshalTime(t) }

// UnmarshalTime reads what gqlgen reads: RFC 3339 (with a zone), or "" for none.
func UnmarshalTime(v any) (time.Time, error) {
	t, err := graphql.UnmarshalTime(v)
	if err != nil {
		return t, &apperr.Malformed{Form: apperr.FormTime, Err: err}
	}
	return t, nil
}

// MarshalIntID writes an id as a string of digits, as gqlgen's graphql.MarshalIntID does, in
// one allocation rather than three (its closure and the digits' string): ids are a good part of
// every list's answer.
func MarshalIntID(i int) graphql.Marshaler { return intID(i) }

type intID int

func (i intID) MarshalGQL(w io.Writer) {
	var digits [24]byte
	b := append(strconv.AppendInt(append(digits[:0], '"'), int64(i), 10), '"')
	if buf, ok := w.(*bytes.Buffer); ok { // the executor's
		buf.Write(b)
		return
	}
	w.Write(append([]byte(nil), b...))
}

// UnmarshalIntID reads an id given as a string of digits or a number.
func UnmarshalIntID(v any) (int, error) {
	id, err := graphql.UnmarshalIntID(v)
	if err != nil {
		return id, &apperr.Malformed{Form: apperr.FormID, Err: err}
	}
	return id, nil
}

// MarshalUpload is never called (uploads are only read) but gqlgen wants the pair.
func MarshalUpload(u graphql.Upload) graphql.Marshaler { return graphql.MarshalUpload(u) }

// UnmarshalUpload reads a file of a multipart request; anything else (a string given for
// the file's variable) is malformed.
func UnmarshalUpload(v any) (graphql.Upload, error) {
	u, err := graphql.UnmarshalUpload(v)
	if err != nil {
		return u, &apperr.Malformed{Form: apperr.FormUpload, Err: err}
	}
	return u, nil
}
