package mail

import "log/slog"

// A transport logs as its URL, whichever way it is logged (slog.Any, a struct field): its
// fields hold a clock (a func, which the JSON handler cannot encode) and, for SMTP, the
// password, which String leaves out.
func (t *FileTransport) LogValue() slog.Value { return slog.StringValue(t.String()) }

func (t *SMTPTransport) LogValue() slog.Value { return slog.StringValue(t.String()) }
