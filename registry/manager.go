package registry

import (
	"context"

	"guichet/audit"
	"guichet/ent"
	entaccount "guichet/ent/account"
	"guichet/ent/entity"
	"guichet/siret"
)

// The first account of an entity becomes its manager (firstAccountBecomesManager): the
// account in the manager's place (the entity's manager_id) is approved by staff and then
// manages the entity; the entity's later accounts are approved by their manager. The place
// changes hands only by conditional UPDATEs of the entity's row, so it has one holder whatever
// the number of people registering or deciding at the same moment.

// join gives the account its entity: the one with this SIRET, created if none has it yet (two
// first registrations at the same moment: the unique index makes one, and the second insert
// finds it — on PostgreSQL it waits for the first to commit, then updates its row), or a new
// one for an entity without a SIRET. It reports whether the account took the manager's place
// (firstAccountBecomesManager).
func (s *Service) join(ctx context.Context, tx *ent.Tx, sp *ent.Space, in DepositorInput, a *ent.Account) (*ent.Entity, bool, error) {
	c := tx.Entity.Create().SetSpaceID(sp.ID).SetKind(*in.EntityKind).SetName(trimmed(in.EntityName))
	if *in.HasSiret {
		c.SetSiret(siret.Normalize(*in.Siret))
	}
	if ad := in.Address; ad != nil {
		c.SetAddressLine1(trimmed(ad.Line1)).SetAddressLine2(trimmed(ad.Line2)).SetPostalCode(trimmed(ad.PostalCode)).
			SetCity(trimmed(ad.City)).SetCountry(trimmed(ad.Country))
	}
	// An entity that exists keeps what its first registration said; touching updated_at takes
	// its row's lock until this transaction ends.
	id, err := c.OnConflictColumns(entity.FieldSpaceID, entity.FieldSiret).UpdateUpdatedAt().ID(ctx)
	if err != nil {
		return nil, false, err
	}
	if err := tx.Account.UpdateOneID(a.ID).SetEntityID(id).Exec(ctx); err != nil {
		return nil, false, err
	}
	manager, err := firstAccountBecomesManager(ctx, tx, id, a.ID)
	if err != nil {
		return nil, false, err
	}
	e, err := tx.Entity.Get(ctx, id)
	return e, manager, err
}

// firstAccountBecomesManager puts the account in the entity's manager's place when the place
// is free — the entity is new, or its manager-to-be was rejected with nobody pending after
// them — and reports whether it did: the account is then the manager-to-be, whom staff approve.
func firstAccountBecomesManager(ctx context.Context, tx *ent.Tx, entityID, accountID int) (bool, error) {
	n, err := tx.Entity.Update().Where(entity.ID(entityID), entity.ManagerIDIsNil()).SetManagerID(accountID).Save(ctx)
	return n == 1, err
}

// lock takes the entity's row for the rest of the transaction, so that what is decided about
// its manager's place is decided by one transaction at a time (on SQLite every write
// transaction is already alone).
func (s *Service) lock(ctx context.Context, tx *ent.Tx, entityID int) (*ent.Entity, error) {
	if _, err := tx.Entity.Update().Where(entity.ID(entityID)).SetUpdatedAt(s.now()).Save(ctx); err != nil {
		return nil, err
	}
	return tx.Entity.Get(ctx, entityID)
}

// pending are the accounts not decided on yet: waiting for their activation or for approval.
// (Those waiting for approval alone are PENDING_APPROVAL: the queue of PendingAccounts.)
var pending = entaccount.StatusIn(entaccount.StatusPENDING_ACTIVATION, entaccount.StatusPENDING_APPROVAL)

// handPlaceToNextPending gives the manager's place of a rejected manager-to-be to the entity's
// next pending account, the oldest; with none, the place stays free for the next registration.
func (s *Service) handPlaceToNextPending(ctx context.Context, tx *ent.Tx, sp *ent.Space, e *ent.Entity, rejected, actorID int) error {
	next, err := tx.Account.Query().
		Where(entaccount.EntityID(e.ID), entaccount.IDNEQ(rejected), pending).
		Order(ent.Asc(entaccount.FieldCreatedAt), ent.Asc(entaccount.FieldID)).First(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return err
	}
	u := tx.Entity.Update().Where(entity.ID(e.ID), entity.ManagerID(rejected))
	details := map[string]string{"entity": Scope(e.ID), "from": itoa(rejected), "to": ""}
	target := 0
	if next != nil {
		u.SetManagerID(next.ID)
		details["to"], target = itoa(next.ID), next.ID
	} else {
		u.ClearManagerID()
	}
	if _, err := u.Save(ctx); err != nil {
		return err
	}
	return audit.Record(ctx, tx, audit.Event{SpaceID: sp.ID, Action: EventManagerPlaceHanded, ActorID: actorID,
		TargetID: target, Details: details})
}
