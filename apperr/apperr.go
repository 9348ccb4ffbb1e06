// Package apperr is the typed error every domain package returns for what a client did wrong
// or may not do. Its Code is the contract's extensions.code; its MessageID names the FR/EN
// message in locales/ that explains it (the code itself when no finer message exists).
package apperr

import (
	"errors"
	"fmt"
)

// Codes of the contract (../shared/contract/README.md).
const (
	BadUserInput       = "BAD_USER_INPUT"
	Unauthenticated    = "UNAUTHENTICATED"
	Forbidden          = "FORBIDDEN"
	NotFound           = "NOT_FOUND"
	Conflict           = "CONFLICT"
	RateLimited        = "RATE_LIMITED"
	InvalidToken       = "INVALID_TOKEN"
	AccountNotActive   = "ACCOUNT_NOT_ACTIVE"
	PasswordPolicy     = "PASSWORD_POLICY"
	PreconditionFailed = "PRECONDITION_FAILED"
	Internal           = "INTERNAL"
)

// Violation is one broken rule of a validated input.
type Violation struct {
	Field     string
	Code      string // stable, never localized; also the message ID
	Data      map[string]any
	MessageID string // defaults to Code
}

// Error is a client-facing error.
type Error struct {
	Code       string
	MessageID  string         // defaults to Code
	Data       map[string]any // template data of the message
	Reason     string         // PRECONDITION_FAILED: which precondition
	ID         string         // CONFLICT: the conflicting object's id
	Extensions map[string]any // anything else the contract adds (retryAfter, status…)
	Violations []Violation
	Err        error // the cause, for logs only
}

func (e *Error) Error() string {
	id := e.MessageID
	if id == "" {
		id = e.Code
	}
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", id, e.Err)
	}
	return id
}

func (e *Error) Unwrap() error { return e.Err }

// New is an error with code and a message of its own.
func New(code, messageID string, data map[string]any) *Error {
	return &Error{Code: code, MessageID: messageID, Data: data}
}

// Invalid is a BAD_USER_INPUT with one violation per broken rule.
func Invalid(violations ...Violation) *Error {
	return &Error{Code: BadUserInput, MessageID: "INVALID_INPUT", Violations: violations}
}

// As finds an *Error in err's chain.
func As(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
