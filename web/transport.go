package web

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"guichet/apperr"
	"guichet/graph"
	"guichet/graph/doclimit"
	"guichet/locales"
	"guichet/metrics"
	"guichet/requestid"
)

// transportHTTP serves GraphQL over HTTP as its specification says, for GET (queries only:
// a mutation is refused with 405 Method Not Allowed and Allow: POST, as the contract requires)
// and POST with a JSON body, answering in the media type the client accepts.
type transportHTTP struct{ s *Server }

var _ graphql.Transport = transportHTTP{}

func (transportHTTP) Supports(r *http.Request) bool {
	return (r.Method == http.MethodGet || r.Method == http.MethodPost) && r.Header.Get("Upgrade") == ""
}

func (t transportHTTP) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseType(r)
	w.Header().Set("Content-Type", contentType)
	raw := &graphql.RawParams{Headers: r.Header}
	raw.ReadTime.Start = graphql.Now()
	if r.Method == http.MethodGet {
		if !readGET(w, r, raw) {
			return
		}
	} else if !readPOST(w, r, raw) {
		return
	}
	raw.ReadTime.End = graphql.Now()
	st := gqlRequestOf(ctx)
	if st != nil {
		st.operation = raw.OperationName
	}
	if raw.Query == "" && raw.Extensions["persistedQuery"] == nil {
		badRequest(w, r, "no query was sent")
		return
	}
	if r.Method == http.MethodGet && isMutation(raw.Query, raw.OperationName) {
		w.Header().Set("Allow", "POST")
		writeError(w, r, http.StatusMethodNotAllowed, apperr.BadUserInput, "MUTATION_OVER_GET", nil)
		return
	}
	oc, gqlErrs := exec.CreateOperationContext(ctx, raw)
	if gqlErrs != nil {
		// A request that could not be executed has no data entry at all, not "data": null.
		resp := exec.DispatchError(graphql.WithOperationContext(ctx, oc), gqlErrs)
		w.WriteHeader(statusFor(contentType, gqlErrs))
		writeJSON(w, struct {
			Errors     gqlerror.List  `json:"errors"`
			Extensions map[string]any `json:"extensions,omitempty"`
		}{resp.Errors, resp.Extensions})
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, oc)
	resp := responses(ctx)
	if resp == nil { // the client went away
		return
	}
	body, err := marshalResponse(resp)
	if err != nil {
		writeError(w, r, http.StatusInternalServerError, apperr.Internal, apperr.Internal, nil)
		return
	}
	// The data's bytes are in body: their buffer goes to the next answer.
	graph.ReleaseResponseData(resp.Data)
	resp.Data = nil
	if cacheable(oc, resp) {
		var a *answer
		if st != nil {
			a = t.s.cache.put(st.cacheKey, body, st.operation)
		}
		public := publicRequest(r)
		if a == nil && public { // no read cache: the ETag is still worth it
			a = newAnswer(body, "", false)
		}
		if a != nil {
			t.s.serveAnswer(w, r, a, public)
			return
		}
	}
	w.Write(body)
	// Written (copied out): its buffer goes to a later answer.
	graph.ReleaseResponseData(body)
}

func badRequest(w http.ResponseWriter, r *http.Request, detail string) bool {
	writeError(w, r, http.StatusBadRequest, apperr.BadUserInput, "INVALID_QUERY", map[string]any{"Detail": detail})
	return false
}

func readGET(w http.ResponseWriter, r *http.Request, raw *graphql.RawParams) bool {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return badRequest(w, r, err.Error())
	}
	raw.Query, raw.OperationName = q.Get("query"), q.Get("operationName")
	defer documentID(raw, q.Get("documentId"))
	for name, into := range map[string]*map[string]any{"variables": &raw.Variables, "extensions": &raw.Extensions} {
		if v := q.Get(name); v != "" {
			dec := json.NewDecoder(strings.NewReader(v))
			dec.UseNumber()
			if err := dec.Decode(into); err != nil {
				return badRequest(w, r, name+" is not a JSON object")
			}
		}
	}
	return true
}

func readPOST(w http.ResponseWriter, r *http.Request, raw *graphql.RawParams) bool {
	var body struct {
		Query         *string        `json:"query"`
		OperationName *string        `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
		DocumentID    string         `json:"documentId"`
	}
	dec := json.NewDecoder(r.Body)
	dec.UseNumber()
	if err := dec.Decode(&body); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			writeError(w, r, http.StatusRequestEntityTooLarge, apperr.BadUserInput, "BODY_TOO_LARGE", nil)
			return false
		}
		return badRequest(w, r, "the body is not a JSON object")
	}
	if body.Query != nil {
		raw.Query = *body.Query
	}
	if body.OperationName != nil {
		raw.OperationName = *body.OperationName
	}
	raw.Variables, raw.Extensions = body.Variables, body.Extensions
	documentID(raw, body.DocumentID)
	return true
}

// documentID reads the persisted documents proposal's documentId ("sha256:<hash>") as the
// automatic persisted queries extension that gqlgen and the trusted documents list know.
func documentID(raw *graphql.RawParams, id string) {
	if id == "" || raw.Extensions["persistedQuery"] != nil {
		return
	}
	if raw.Extensions == nil {
		raw.Extensions = map[string]any{}
	}
	raw.Extensions["persistedQuery"] = map[string]any{"version": 1, "sha256Hash": strings.TrimPrefix(id, "sha256:")}
}

// isMutation tells, before validation, whether the operation a GET asks for is not a query,
// so that it is refused with 405 whatever the schema. Only documents that mention a mutation
// or subscription keyword, and within the document limits, are parsed here; the rest go
// straight to the executor, which refuses those past a limit.
func isMutation(query, operationName string) bool {
	if !strings.Contains(query, "mutation") && !strings.Contains(query, "subscription") {
		return false
	}
	if _, exceeded := doclimit.Default.Count(query); exceeded != "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	op := doc.Operations.ForName(operationName)
	if op == nil && operationName == "" && len(doc.Operations) == 1 {
		op = doc.Operations[0]
	}
	return op != nil && op.Operation != ast.Query
}

const (
	mediaJSON            = "application/json"
	mediaGraphQLResponse = "application/graphql-response+json"
)

// responseType picks the response media type from Accept: application/graphql-response+json
// when asked for, else application/json (also for clients that send no Accept).
func responseType(r *http.Request) string {
	// Cut rather than Split: asked on every answer, cached ones included.
	for rest, more := r.Header.Get("Accept"), true; more; {
		var part string
		part, rest, more = strings.Cut(rest, ",")
		mt, _, _ := strings.Cut(strings.TrimSpace(part), ";")
		switch strings.TrimSpace(mt) {
		case mediaGraphQLResponse:
			return mediaGraphQLResponse
		case mediaJSON:
			return mediaJSON
		}
	}
	return mediaJSON
}

// statusFor is the status of a request that could not be executed: with
// application/graphql-response+json, 400 for a document that does not parse or validate;
// with application/json, 200 (legacy clients read errors from the body).
func statusFor(contentType string, errs gqlerror.List) int {
	if contentType == mediaGraphQLResponse {
		return http.StatusBadRequest
	}
	return http.StatusOK
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, `{"errors":[{"message":"internal error","extensions":{"code":"INTERNAL"}}]}`, http.StatusInternalServerError)
		return
	}
	w.Write(b)
}

// writeError answers a request that never reached GraphQL execution with a GraphQL-shaped
// JSON error in the request's locale.
func writeError(w http.ResponseWriter, r *http.Request, status int, code, messageID string, data map[string]any) {
	writeErrorExt(w, r, status, code, messageID, data, nil)
}

// writeErrorExt is writeError with extensions beside the code (reason, limit).
func writeErrorExt(w http.ResponseWriter, r *http.Request, status int, code, messageID string, data, extensions map[string]any) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", responseType(r))
	}
	w.WriteHeader(status)
	l := locales.FromContext(r.Context())
	ext := map[string]any{"code": code}
	for k, v := range extensions {
		ext[k] = v
	}
	if id := requestid.FromContext(r.Context()); id != "" {
		ext["requestId"] = id
	}
	metrics.Error(code)
	writeJSON(w, map[string]any{"errors": []map[string]any{{
		"message":    locales.Message(l, messageID, data),
		"extensions": ext,
	}}})
}
