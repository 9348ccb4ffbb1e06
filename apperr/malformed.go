package apperr

import "fmt"

// Forms a scalar's value is written in; each names the message (MALFORMED_<form>) that
// says how to write it, and extensions.expected gives the form itself.
const (
	FormDate   = "DATE"   // 2026-12-31
	FormTime   = "TIME"   // 2026-12-31T09:00:00+01:00
	FormID     = "ID"     // an object's id, as this API gives it
	FormUpload = "UPLOAD" // a file of a multipart request
)

// Expected is how each form is written, for programs (extensions.expected); the message
// says it to people, with an example.
var Expected = map[string]string{
	FormDate:   "YYYY-MM-DD",
	FormTime:   "YYYY-MM-DDThh:mm:ss±hh:mm",
	FormID:     "digits",
	FormUpload: "multipart file",
}

// Malformed is a value not written in the form its scalar reads: the scalars' unmarshaling
// returns it, and the error presenter answers BAD_USER_INPUT naming the argument it was
// given for (which only the presenter knows, from the error's path).
type Malformed struct {
	Form string
	Err  error // what the parser said, for logs only
}

func (m *Malformed) Error() string {
	if m.Err != nil {
		return fmt.Sprintf("not a %s: %v", m.Form, m.Err)
	}
	return "not a " + m.Form
}

func (m *Malformed) Unwrap() error { return m.Err }
