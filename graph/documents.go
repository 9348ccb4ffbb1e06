package graph

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"guichet/apperr"
	"guichet/locales"
)

// TrustedDocuments is the allow-list of production mode (TRUSTED_DOCUMENTS): the server runs
// only the documents its own clients were built with, sent whole or by id
// (extensions.persistedQuery.sha256Hash, or documentId). Anything else is refused before it
// is parsed, so an attacker cannot probe the schema or send costly documents of their own.
type TrustedDocuments struct {
	byID   map[string]string // id (the sha256 of the body, or the manifest's own id) → body
	bodies map[string]bool   // sha256 (hex) of every body
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = (*TrustedDocuments)(nil)

// LoadTrustedDocuments reads a manifest file: a JSON object of id → document (GraphQL
// Codegen's persisted-documents.json), or Apollo's persisted query manifest
// ({"format": "apollo-persisted-query-manifest", "operations": [{"id", "body"}, …]}).
func LoadTrustedDocuments(path string) (*TrustedDocuments, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("trusted documents: %w", err)
	}
	d, err := ParseTrustedDocuments(data)
	if err != nil {
		return nil, fmt.Errorf("trusted documents %s: %w", path, err)
	}
	return d, nil
}

// ParseTrustedDocuments reads a manifest (see LoadTrustedDocuments).
func ParseTrustedDocuments(data []byte) (*TrustedDocuments, error) {
	var apollo struct {
		Format     string `json:"format"`
		Operations []struct {
			ID   string `json:"id"`
			Body string `json:"body"`
		} `json:"operations"`
	}
	docs := map[string]string{}
	if err := json.Unmarshal(data, &apollo); err == nil && apollo.Format != "" {
		for _, op := range apollo.Operations {
			docs[op.ID] = op.Body
		}
	} else {
		var flat map[string]any
		if err := json.Unmarshal(data, &flat); err != nil {
			return nil, fmt.Errorf("not a JSON object of id → document: %w", err)
		}
		for id, v := range flat {
			body, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("%q: the document is not a string", id)
			}
			docs[id] = body
		}
	}
	d := &TrustedDocuments{byID: map[string]string{}, bodies: map[string]bool{}}
	for id, body := range docs {
		if strings.TrimSpace(body) == "" {
			return nil, fmt.Errorf("%q: empty document", id)
		}
		sum := documentHash(body)
		d.byID[strings.TrimPrefix(id, "sha256:")] = body
		d.byID[sum] = body
		d.bodies[sum] = true
	}
	if len(d.bodies) == 0 {
		return nil, fmt.Errorf("no document")
	}
	return d, nil
}

// Len is the number of documents.
func (d *TrustedDocuments) Len() int { return len(d.bodies) }

func documentHash(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

func (*TrustedDocuments) ExtensionName() string                   { return "TrustedDocuments" }
func (*TrustedDocuments) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters replaces an id by its document, and refuses a document or an id
// the list does not hold.
func (d *TrustedDocuments) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if pq, ok := raw.Extensions["persistedQuery"].(map[string]any); ok {
		id, _ := pq["sha256Hash"].(string)
		body, known := d.byID[id]
		if !known || (raw.Query != "" && raw.Query != body) {
			return notTrusted(ctx)
		}
		raw.Query = body
		return nil
	}
	if !d.bodies[documentHash(raw.Query)] {
		return notTrusted(ctx)
	}
	return nil
}

func notTrusted(ctx context.Context) *gqlerror.Error {
	return &gqlerror.Error{
		Message:    locales.Message(locales.FromContext(ctx), "DOCUMENT_NOT_TRUSTED", nil),
		Extensions: map[string]any{"code": apperr.Forbidden, "reason": "DOCUMENT_NOT_TRUSTED"},
	}
}
