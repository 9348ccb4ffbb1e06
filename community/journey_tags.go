package community

import (
	"strings"

	"guichet/facilitation"
)

// JourneyTags are every tag StageTags may give, the stages of the facilitators' journey
// (content/README.md, "Journey tags"): a page tagged otherwise in the journey's namespace
// would be shown to nobody.
func JourneyTags() []string {
	tags := []string{"journey:pending-activation", "journey:participant"}
	for _, b := range facilitation.Belts {
		tags = append(tags, "journey:"+strings.ToLower(b))
	}
	return append(tags, "journey:legacy-migrated", "journey:legacy-unmigrated", "journey:trainer")
}
