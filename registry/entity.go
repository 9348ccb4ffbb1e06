package registry

import (
	"context"

	"guichet/ent"
	"guichet/ent/entity"
)

// Entity is the space's entity id, nil when the space has none with this id: staff open its
// page from an account of it.
func (s *Service) Entity(ctx context.Context, sp *ent.Space, id int) (*ent.Entity, error) {
	e, err := s.Client.Entity.Query().Where(entity.ID(id), entity.SpaceID(sp.ID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return e, err
}
