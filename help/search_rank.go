package help

// guichet_rank is FTS5's bm25, to the bit, without its cost per statement: bm25 counts the rows
// of every phrase of the query (its IDF) on every statement, by reading the phrase's whole
// doclist, which cost a search more than ranking its rows. guichet_rank
//   - counts no row for the scope phrases (the trailing nScope ones), whose column weighs 0 so
//     that their term is 0 in every row (it counts them after all if a row says otherwise);
//   - keeps each phrase's count per connection (a word common enough to cost is in many
//     searches), keyed by the phrase and the index's structure record, which every committed
//     change of the index rewrites; outside a transaction only, where a statement reads
//     committed content.
//
//   - when the statement is ordered by the rowid's low bits (rowid & topMask: the title's words)
//     before the rank, and keeps its topK first rows, ranks no row that at least topK rows
//     seen before it precede (lower bits): such a row is not kept whatever its rank.
//
// Its arguments: the FTS5 table, the keys of the phrases before the scope's (each says the
// phrase and its columns), separated by '|', nScope, topMask and topK (0 when the order does
// not start with the rowid's bits), then the columns' weights as bm25's.

/*
#cgo LDFLAGS: -lm
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
typedef struct sqlite3_value sqlite3_value;
typedef struct sqlite3_context sqlite3_context;
typedef struct sqlite3_api_routines sqlite3_api_routines;
typedef long long sqlite3_int64;

extern int sqlite3_auto_extension(void(*)(void));
extern int sqlite3_compileoption_used(const char*);
extern int sqlite3_prepare_v2(sqlite3*, const char*, int, sqlite3_stmt**, const char**);
extern int sqlite3_bind_pointer(sqlite3_stmt*, int, void*, const char*, void(*)(void*));
extern int sqlite3_step(sqlite3_stmt*);
extern int sqlite3_finalize(sqlite3_stmt*);
extern const void *sqlite3_column_blob(sqlite3_stmt*, int);
extern int sqlite3_column_bytes(sqlite3_stmt*, int);
extern double sqlite3_value_double(sqlite3_value*);
extern int sqlite3_value_int(sqlite3_value*);
extern const unsigned char *sqlite3_value_text(sqlite3_value*);
extern int sqlite3_value_bytes(sqlite3_value*);
extern void sqlite3_result_double(sqlite3_context*, double);
extern void sqlite3_result_error(sqlite3_context*, const char*, int);
extern void sqlite3_result_error_code(sqlite3_context*, int);
extern sqlite3 *sqlite3_context_db_handle(sqlite3_context*);
extern int sqlite3_get_autocommit(sqlite3*);
extern void *sqlite3_get_clientdata(sqlite3*, const char*);
extern int sqlite3_set_clientdata(sqlite3*, const char*, void*, void(*)(void*));
extern char *sqlite3_mprintf(const char*, ...);
extern void sqlite3_free(void*);

// The first members of FTS5's structures (sqlite3.h, "FTS5 EXTENSION REGISTRATION API"):
// their layout is SQLite's ABI, which only ever grows at the end.
typedef struct Fts5Context Fts5Context;
typedef struct Fts5PhraseIter { const unsigned char *a, *b; } Fts5PhraseIter;
typedef struct Fts5ExtensionApi Fts5ExtensionApi;
struct Fts5ExtensionApi {
	int iVersion;
	void *(*xUserData)(Fts5Context*);
	int (*xColumnCount)(Fts5Context*);
	int (*xRowCount)(Fts5Context*, sqlite3_int64 *pnRow);
	int (*xColumnTotalSize)(Fts5Context*, int iCol, sqlite3_int64 *pnToken);
	int (*xTokenize)(Fts5Context*, const char*, int, void*, int (*)(void*, int, const char*, int, int, int));
	int (*xPhraseCount)(Fts5Context*);
	int (*xPhraseSize)(Fts5Context*, int iPhrase);
	int (*xInstCount)(Fts5Context*, int *pnInst);
	int (*xInst)(Fts5Context*, int iIdx, int *piPhrase, int *piCol, int *piOff);
	sqlite3_int64 (*xRowid)(Fts5Context*);
	int (*xColumnText)(Fts5Context*, int iCol, const char **pz, int *pn);
	int (*xColumnSize)(Fts5Context*, int iCol, int *pnToken);
	int (*xQueryPhrase)(Fts5Context*, int iPhrase, void *pUserData, int(*)(const Fts5ExtensionApi*, Fts5Context*, void*));
	int (*xSetAuxdata)(Fts5Context*, void *pAux, void(*xDelete)(void*));
	void *(*xGetAuxdata)(Fts5Context*, int bClear);
};
typedef void (*fts5_extension_function)(const Fts5ExtensionApi*, Fts5Context*, sqlite3_context*, int, sqlite3_value**);
typedef struct fts5_api fts5_api;
struct fts5_api {
	int iVersion;
	int (*xCreateTokenizer)(fts5_api*, const char*, void*, void*, void(*)(void*));
	int (*xFindTokenizer)(fts5_api*, const char*, void**, void*);
	int (*xCreateFunction)(fts5_api*, const char*, void*, fts5_extension_function, void(*)(void*));
};

#define GR_OK 0
#define GR_ROW 100
#define GR_NOMEM 7
#define GR_ENTRIES 512
#define GR_ARGS 5 // the arguments before the weights

// One phrase's count of rows, at one state of the index.
typedef struct grEntry {
	char *key;
	int nKey;
	unsigned char *version; // the structure record the count was read at
	int nVersion;
	sqlite3_int64 nHit;
} grEntry;

// A connection's counts: GR_ENTRIES phrases, a phrase in the place its key hashes to.
typedef struct grCache {
	grEntry a[GR_ENTRIES];
} grCache;

static void grEntryClear(grEntry *e) {
	free(e->key);
	free(e->version);
	memset(e, 0, sizeof(*e));
}

static void grCacheFree(void *p) {
	grCache *c = (grCache*)p;
	for (int i = 0; i < GR_ENTRIES; i++) grEntryClear(&c->a[i]);
	free(c);
}

static unsigned grHash(const char *z, int n) {
	unsigned h = 2166136261u;
	for (int i = 0; i < n; i++) h = (h ^ (unsigned char)z[i]) * 16777619u;
	return h;
}

// What a statement computes once: bm25's.
typedef struct grData {
	int nPhrase;
	int nWord;        // phrases before the scope's
	double avgdl;
	double *aIDF;     // nPhrase; a scope phrase's is computed only if a row needs it
	double *aFreq;    // nPhrase
	unsigned char *aKnown; // nPhrase: aIDF[i] is computed
	int nWeight;
	double *aWeight;
	sqlite3_int64 topMask; // the rowid's bits the statement is first ordered by, 0 if none
	int topK;              // how many rows it keeps
	int aSeen[64];         // rows seen so far, by their bits
	sqlite3_int64 last;    // the last row seen (a row asked twice is counted once)
	int seen;
} grData;

static int grCountCb(const Fts5ExtensionApi *pApi, Fts5Context *pFts, void *pUserData) {
	sqlite3_int64 *pn = (sqlite3_int64*)pUserData;
	(*pn)++;
	return GR_OK;
}

static double grIDF(sqlite3_int64 nRow, sqlite3_int64 nHit) {
	double idf = log((nRow - nHit + 0.5) / (nHit + 0.5));
	if (idf <= 0.0) idf = 1e-6;
	return idf;
}

// grVersion reads the index's structure record (rowid 10 of its _data table).
static int grVersion(sqlite3 *db, const char *zTable, unsigned char **pV, int *pnV) {
	*pV = 0;
	*pnV = 0;
	char *zSql = sqlite3_mprintf("SELECT block FROM \"main\".\"%w_data\" WHERE id = 10", zTable);
	if (zSql == 0) return GR_NOMEM;
	sqlite3_stmt *st = 0;
	int rc = sqlite3_prepare_v2(db, zSql, -1, &st, 0);
	sqlite3_free(zSql);
	if (rc != GR_OK) return rc;
	if (sqlite3_step(st) == GR_ROW) {
		int n = sqlite3_column_bytes(st, 0);
		const void *b = sqlite3_column_blob(st, 0);
		*pV = malloc(n > 0 ? n : 1);
		if (*pV == 0) {
			sqlite3_finalize(st);
			return GR_NOMEM;
		}
		if (n > 0) memcpy(*pV, b, n);
		*pnV = n;
	}
	return sqlite3_finalize(st);
}

// grHits fills aHit with the counts of rows of the first nWord phrases, whose keys are zKeys
// separated by '|': from the connection's counts when it has them at the index's current
// state, else by reading the phrase's rows (and kept).
static int grHits(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx,
		sqlite3_value *pTable, sqlite3_value *pKeys, int nWord, sqlite3_int64 *aHit) {
	sqlite3 *db = sqlite3_context_db_handle(pCtx);
	const char *zTable = (const char*)sqlite3_value_text(pTable);
	const char *zKeys = (const char*)sqlite3_value_text(pKeys);
	int nKeys = sqlite3_value_bytes(pKeys);
	int rc = GR_OK;
	grCache *c = 0;
	unsigned char *v = 0;
	int nV = 0;
	int nPart = zKeys && nKeys > 0 ? 1 : 0;
	for (int i = 0; i < nKeys; i++) nPart += zKeys[i] == '|';
	if (nPart == nWord && nWord > 0 && zTable && sqlite3_get_autocommit(db)) {
		rc = grVersion(db, zTable, &v, &nV);
		if (rc != GR_OK) return rc;
	}
	if (nV > 0) { // a state of the index to key the counts by
		c = (grCache*)sqlite3_get_clientdata(db, "guichet_rank");
		if (c == 0 && (c = calloc(1, sizeof(grCache))) != 0 &&
				sqlite3_set_clientdata(db, "guichet_rank", c, grCacheFree) != GR_OK) {
			free(c);
			c = 0;
		}
	}
	const char *zKey = zKeys;
	for (int i = 0; rc == GR_OK && i < nWord; i++) {
		grEntry *e = 0;
		int nKey = 0;
		if (c) {
			while (zKey + nKey < zKeys + nKeys && zKey[nKey] != '|') nKey++;
			e = &c->a[grHash(zKey, nKey) % GR_ENTRIES];
			if (e->key && e->nKey == nKey && memcmp(e->key, zKey, nKey) == 0 &&
					e->nVersion == nV && memcmp(e->version, v, nV) == 0) {
				aHit[i] = e->nHit;
				zKey += nKey + 1;
				continue;
			}
		}
		aHit[i] = 0;
		rc = pApi->xQueryPhrase(pFts, i, (void*)&aHit[i], grCountCb);
		if (c && rc == GR_OK) {
			grEntryClear(e);
			e->key = malloc(nKey > 0 ? nKey : 1);
			e->version = malloc(nV > 0 ? nV : 1);
			if (e->key && e->version) {
				memcpy(e->key, zKey, nKey);
				e->nKey = nKey;
				memcpy(e->version, v, nV);
				e->nVersion = nV;
				e->nHit = aHit[i];
			} else {
				grEntryClear(e);
			}
		}
		zKey += nKey + 1;
	}
	free(v);
	return rc;
}

static int grGetData(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx,
		int nVal, sqlite3_value **apVal, grData **ppData) {
	grData *p = (grData*)pApi->xGetAuxdata(pFts, 0);
	if (p) {
		*ppData = p;
		return GR_OK;
	}
	int rc = GR_OK;
	int nPhrase = pApi->xPhraseCount(pFts);
	int nScope = sqlite3_value_int(apVal[2]);
	int nWord = nPhrase - nScope;
	if (nWord < 0 || nScope < 0) nWord = nPhrase;
	int nWeight = nVal - GR_ARGS;
	size_t nByte = sizeof(grData) + sizeof(double) * (2 * nPhrase + nWeight) + sizeof(sqlite3_int64) * nPhrase + nPhrase;
	p = (grData*)calloc(1, nByte);
	if (p == 0) return GR_NOMEM;
	p->nPhrase = nPhrase;
	p->nWord = nWord;
	p->aIDF = (double*)&p[1];
	p->aFreq = &p->aIDF[nPhrase];
	p->aWeight = &p->aFreq[nPhrase];
	sqlite3_int64 *aHit = (sqlite3_int64*)&p->aWeight[nWeight];
	p->aKnown = (unsigned char*)&aHit[nPhrase];
	p->nWeight = nWeight;
	for (int i = 0; i < nWeight; i++) p->aWeight[i] = sqlite3_value_double(apVal[GR_ARGS + i]);
	p->topMask = (sqlite3_int64)sqlite3_value_int(apVal[3]);
	p->topK = sqlite3_value_int(apVal[4]);
	if (p->topMask < 0 || p->topMask >= 64 || p->topK <= 0) p->topMask = 0;

	sqlite3_int64 nRow = 0, nToken = 0;
	rc = pApi->xRowCount(pFts, &nRow);
	if (rc == GR_OK) rc = pApi->xColumnTotalSize(pFts, -1, &nToken);
	if (rc == GR_OK) p->avgdl = (double)nToken / (double)nRow;
	if (rc == GR_OK) rc = grHits(pApi, pFts, pCtx, apVal[0], apVal[1], nWord, aHit);
	for (int i = 0; rc == GR_OK && i < nWord; i++) {
		p->aIDF[i] = grIDF(nRow, aHit[i]);
		p->aKnown[i] = 1;
	}
	if (rc == GR_OK) rc = pApi->xSetAuxdata(pFts, p, free);
	else free(p);
	*ppData = rc == GR_OK ? p : 0;
	return rc;
}

static void grRank(const Fts5ExtensionApi *pApi, Fts5Context *pFts, sqlite3_context *pCtx,
		int nVal, sqlite3_value **apVal) {
	const double k1 = 1.2;
	const double b = 0.75;
	double score = 0.0;
	int nInst = 0;
	double D = 0.0;
	grData *p = 0;
	if (nVal < GR_ARGS) {
		sqlite3_result_error(pCtx, "guichet_rank: table, keys, scope phrases, top mask and top expected", -1);
		return;
	}
	int rc = grGetData(pApi, pFts, pCtx, nVal, apVal, &p);
	if (rc == GR_OK && p->topMask) {
		sqlite3_int64 rowid = pApi->xRowid(pFts);
		int t = (int)(rowid & p->topMask);
		int before = 0;
		for (int i = 0; i < t; i++) before += p->aSeen[i];
		if (!p->seen || rowid != p->last) p->aSeen[t]++;
		p->seen = 1;
		p->last = rowid;
		if (before >= p->topK) { // topK rows come before this one: its rank is never read
			sqlite3_result_double(pCtx, 0.0);
			return;
		}
	}
	if (rc == GR_OK) {
		memset(p->aFreq, 0, sizeof(double) * p->nPhrase);
		rc = pApi->xInstCount(pFts, &nInst);
	}
	for (int i = 0; rc == GR_OK && i < nInst; i++) {
		int ip, ic, io;
		rc = pApi->xInst(pFts, i, &ip, &ic, &io);
		if (rc == GR_OK) p->aFreq[ip] += (p->nWeight > ic) ? p->aWeight[ic] : 1.0;
	}
	if (rc == GR_OK) {
		int nTok;
		rc = pApi->xColumnSize(pFts, -1, &nTok);
		D = (double)nTok;
	}
	// A scope phrase found in a column that weighs: its term is not 0, count it as bm25 does.
	for (int i = p ? p->nWord : 0; rc == GR_OK && i < p->nPhrase; i++) {
		if (p->aFreq[i] != 0.0 && !p->aKnown[i]) {
			sqlite3_int64 nRow = 0, nHit = 0;
			rc = pApi->xRowCount(pFts, &nRow);
			if (rc == GR_OK) rc = pApi->xQueryPhrase(pFts, i, (void*)&nHit, grCountCb);
			if (rc == GR_OK) {
				p->aIDF[i] = grIDF(nRow, nHit);
				p->aKnown[i] = 1;
			}
		}
	}
	if (rc == GR_OK) {
		for (int i = 0; i < p->nPhrase; i++) {
			if (!p->aKnown[i]) continue; // its term is 0: bm25 adds 0.0
			score += p->aIDF[i] * ((p->aFreq[i] * (k1 + 1.0)) / (p->aFreq[i] + k1 * (1 - b + b * D / p->avgdl)));
		}
		sqlite3_result_double(pCtx, -1.0 * score);
	} else {
		sqlite3_result_error_code(pCtx, rc);
	}
}

static int grInit(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
	fts5_api *fts = 0;
	sqlite3_stmt *st = 0;
	// Without FTS5 there is nothing to rank, and store says how to build (a failing statement
	// here would fail the connection's opening instead: it ends with the handle's last error).
	if (!sqlite3_compileoption_used("ENABLE_FTS5")) return GR_OK;
	if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, 0) == GR_OK) {
		sqlite3_bind_pointer(st, 1, (void*)&fts, "fts5_api_ptr", 0);
		sqlite3_step(st);
	}
	sqlite3_finalize(st);
	if (fts == 0 || fts->iVersion < 2) return GR_OK; // no FTS5: nothing to rank (store says why)
	return fts->xCreateFunction(fts, "guichet_rank", 0, grRank, 0);
}

static int grRegister(void) {
	return sqlite3_auto_extension((void(*)(void))grInit);
}
*/
import "C"

func init() {
	// Every SQLite connection opened from now on has guichet_rank.
	if rc := C.grRegister(); rc != 0 {
		panic("help: sqlite3_auto_extension failed")
	}
}
