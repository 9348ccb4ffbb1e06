package ent

// Hand-written (not generated): which SQL dialect the client or transaction speaks, for the
// few statements written by hand (search, throttling) that differ between SQLite and PostgreSQL.

// Dialect is the name of the database's dialect: "sqlite3" or "postgres".
func (c *config) Dialect() string { return c.driver.Dialect() }
