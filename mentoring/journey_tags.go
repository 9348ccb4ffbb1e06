package mentoring

import "slices"

// JourneyTags are every tag StageTags may give, in the journey's order.
func JourneyTags() []string { return slices.Clone(stageOrder) }
