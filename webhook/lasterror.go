package webhook

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"syscall"
)

// networkError is a POST that got no answer. Its text, for the server's log, may name the
// server's own resolver or the receiver's addresses; admins see Public's instead.
type networkError struct{ err error }

func (e *networkError) Error() string { return e.err.Error() }
func (e *networkError) Unwrap() error { return e.err }

// Public says what went wrong in words that name no address: the delivery log's last error,
// which a space's admins read, must not tell them the server's network.
func (e *networkError) Public() string {
	var dns *net.DNSError
	var certInvalid x509.CertificateInvalidError
	var unknownAuthority x509.UnknownAuthorityError
	var hostname x509.HostnameError
	var verify *tls.CertificateVerificationError
	var record tls.RecordHeaderError
	var nerr net.Error
	switch {
	case errors.Is(e.err, ErrPrivateAddress):
		return "blocked address: the host is on a private network"
	case errors.As(e.err, &dns):
		if dns.IsNotFound {
			return "DNS lookup failed: no such host"
		}
		if dns.IsTimeout {
			return "DNS lookup failed: timeout"
		}
		return "DNS lookup failed"
	case errors.Is(e.err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(e.err, syscall.ECONNRESET), errors.Is(e.err, syscall.EPIPE):
		return "connection reset"
	case errors.Is(e.err, syscall.EHOSTUNREACH), errors.Is(e.err, syscall.ENETUNREACH):
		return "host unreachable"
	case errors.As(e.err, &verify), errors.As(e.err, &certInvalid), errors.As(e.err, &unknownAuthority), errors.As(e.err, &hostname):
		return "TLS certificate not accepted"
	case errors.As(e.err, &record):
		return "TLS handshake failed"
	case errors.Is(e.err, context.DeadlineExceeded), errors.As(e.err, &nerr) && nerr.Timeout():
		return "timeout"
	}
	return "connection failed"
}

// lastErrorOf is the text the delivery log keeps of cause.
func lastErrorOf(cause error) string {
	var nerr *networkError
	if errors.As(cause, &nerr) {
		return nerr.Public()
	}
	return cause.Error()
}
