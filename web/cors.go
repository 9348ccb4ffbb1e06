package web

import (
	"net/http"
	"slices"

	"github.com/rs/cors"

	"guichet/space"
)

// corsFor lets the pages of the origins a space lists in its space.yaml (cors_origins) call
// its API from a browser; other origins get no Access-Control-Allow-Origin, so browsers keep
// the answers from them. Credentials are bearer tokens the page sends itself, not cookies, so
// Access-Control-Allow-Credentials is never needed.
func corsFor() *cors.Cors {
	return cors.New(cors.Options{
		AllowOriginVaryRequestFunc: func(r *http.Request, origin string) (bool, []string) {
			sp := space.FromContext(r.Context())
			return sp != nil && slices.Contains(sp.CorsOrigins, origin), nil
		},
		AllowedMethods: []string{http.MethodGet, http.MethodPost},
		AllowedHeaders: []string{"Content-Type", "Authorization", "Accept", "Accept-Language", "X-Request-Id",
			"If-None-Match"},
		ExposedHeaders: []string{"X-Request-Id", "ETag", "Retry-After"},
		MaxAge:         600,
	})
}
