package store

// Every SQLite connection of the process runs with the query planner stability guarantee
// (QPSG): a statement's plan never depends on the values bound to it.
//
// Why: SQLite marks a prepared statement for re-preparation when a bound value could change
// its plan — a LIMIT ?, or any `column = ?` the chosen index does not answer (its heuristic
// looks at whether the value is 0 or 1). go-sqlite3 clears the bindings before every run of a
// kept statement, and clearing them re-prepares such a statement on its next step: parsing
// and planning again on every request, which was half the time of the signed-in statement
// and of most help-center reads despite the statement cache. Under QPSG the plan is the one
// chosen without the values, as PostgreSQL's generic plans are; the plan tests check it.

/*
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_api_routines sqlite3_api_routines;
extern int sqlite3_db_config(sqlite3*, int op, ...);
extern int sqlite3_auto_extension(void(*)(void));

static int guichet_qpsg_on;     // connections that run with the QPSG
static int guichet_qpsg_failed; // connections where turning it on failed

static int guichet_qpsg(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
	int on = 0;
	if (sqlite3_db_config(db, 1007, 1, &on) != 0 || on != 1) { // SQLITE_DBCONFIG_ENABLE_QPSG
		__atomic_add_fetch(&guichet_qpsg_failed, 1, __ATOMIC_RELAXED);
	} else {
		__atomic_add_fetch(&guichet_qpsg_on, 1, __ATOMIC_RELAXED);
	}
	return 0;
}

static int guichet_register_qpsg(void) {
	return sqlite3_auto_extension((void(*)(void))guichet_qpsg);
}

static int guichet_qpsg_count(int failed) {
	return __atomic_load_n(failed ? &guichet_qpsg_failed : &guichet_qpsg_on, __ATOMIC_RELAXED);
}
*/
import "C"

func init() {
	// sqlite3_auto_extension runs guichet_qpsg on every connection opened from now on.
	if rc := C.guichet_register_qpsg(); rc != 0 {
		panic("store: sqlite3_auto_extension failed")
	}
}

// qpsgConnections counts the SQLite connections opened with the QPSG on, and those where
// turning it on failed.
func qpsgConnections() (on, failed int) {
	return int(C.guichet_qpsg_count(0)), int(C.guichet_qpsg_count(1))
}
