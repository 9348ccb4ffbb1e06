package graph

import (
	"guichet/community"
	"guichet/graph/model"
)

func orDefault(n *int, def int) int {
	if n == nil {
		return def
	}
	return *n
}

func groupInput(in model.LocalGroupInput) community.GroupInput {
	return community.GroupInput{NameFr: in.NameFr, NameEn: in.NameEn, DescriptionFr: in.DescriptionFr,
		DescriptionEn: in.DescriptionEn, City: in.City, Region: in.Region}
}

// groupPayload answers a mutation with the group as it is once written.
func groupPayload(g *community.LocalGroup, err error) (*model.LocalGroupPayload, error) {
	if err != nil {
		return nil, err
	}
	return &model.LocalGroupPayload{Group: g}, nil
}
