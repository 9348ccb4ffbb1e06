package rowcount

// By store/migrations/*/…_content_counts.sql: the help center's readable items (not deleted,
// with a published translation), in the space (scope Space) and in their category (scope: its
// ID), under their audience and Every.
const (
	Guides    = "guides"
	Faqs      = "faqs"
	Resources = "resources"
	News      = "news"
)
