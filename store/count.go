package store

import (
	"context"
	stdsql "database/sql"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// Counter counts the statements sent through a client, to prove in tests that a request's
// number of queries does not grow with the number of items it lists.
type Counter struct{ n atomic.Int64 }

// Load returns the count so far.
func (c *Counter) Load() int64 { return c.n.Load() }

type countingDriver struct {
	dialect.Driver
	c *Counter
}

func (d countingDriver) Exec(ctx context.Context, q string, args, v any) error {
	d.c.n.Add(1)
	return d.Driver.Exec(ctx, q, args, v)
}

func (d countingDriver) Query(ctx context.Context, q string, args, v any) error {
	d.c.n.Add(1)
	return d.Driver.Query(ctx, q, args, v)
}

// Counting wraps drv so that every statement adds one to c.
func Counting(drv dialect.Driver, c *Counter) dialect.Driver { return countingDriver{drv, c} }

type sqlConn interface {
	ExecContext(context.Context, string, ...any) (stdsql.Result, error)
	QueryContext(context.Context, string, ...any) (*stdsql.Rows, error)
}

// ExecContext keeps ent's ExecContext working through the wrapper.
func (d countingDriver) ExecContext(ctx context.Context, q string, args ...any) (stdsql.Result, error) {
	d.c.n.Add(1)
	return d.Driver.(sqlConn).ExecContext(ctx, q, args...)
}

// QueryContext keeps ent's QueryContext working through the wrapper.
func (d countingDriver) QueryContext(ctx context.Context, q string, args ...any) (*stdsql.Rows, error) {
	d.c.n.Add(1)
	return d.Driver.(sqlConn).QueryContext(ctx, q, args...)
}
