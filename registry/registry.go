// Package registry runs the certification space: organisations ("entities") register the
// accounts of the people who deposit their certification files, with the documents that prove
// the entity exists and that the person may act for it; staff approve an entity's first
// account, which becomes the entity's manager, and the manager approves the entity's later
// accounts.
//
// Every operation is one transaction; the e-mail it causes is queued in it. Races are settled
// by the database: a unique index makes one entity per SIRET, and the entity's one manager_id
// column, changed only by conditional UPDATEs on the entity's row, holds one manager (or
// manager-to-be) at a time.
package registry

import (
	"context"
	"slices"
	"strconv"
	"time"

	"guichet/account"
	"guichet/apperr"
	"guichet/blob"
	"guichet/ent"
	"guichet/mail"
	"guichet/policy"
	"guichet/txn"
	"guichet/viewer"
)

// Service runs the certification space's operations.
type Service struct {
	Client   *ent.Client
	Accounts *account.Service
	Txn      *txn.Runner  // runs each operation as one unit of work
	Sealer   *mail.Sealer // seals the links of the e-mail it queues
	Blobs    blob.Store
	// MaxDocumentBytes bounds each document joined to a registration (DefaultMaxDocumentBytes
	// when 0).
	MaxDocumentBytes int64
	Now              func() time.Time
}

// DefaultMaxDocumentBytes is the largest document a registration takes: a scanned Kbis or
// decree is a few pages.
const DefaultMaxDocumentBytes = 10 << 20

// Module is the name a space lists in its space.yaml modules to have entities.
const Module = "entities"

// Audit actions of the certification space.
const (
	EventDepositorRegistered = "depositor.registered"
	EventManagerPlaceHanded  = "entity.manager_place_handed_on"
	EventDocumentDownloaded  = "document.downloaded"
)

// Roles the space's accounts hold in their entity's scope.
const (
	RoleManager   = "entity-manager"
	RoleDepositor = "depositor"
)

// approve is the permission to decide on accounts: staff hold it in the space, an entity's
// manager in the entity's scope.
var approve = policy.Permission{Object: "accounts", Action: "approve"}

// readEntity is what an entity's members (its depositors, and its manager) hold in its scope.
var readEntity = policy.Permission{Object: "entity", Action: "read"}

func (s *Service) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Service) maxDocument() int64 {
	if s.MaxDocumentBytes > 0 {
		return s.MaxDocumentBytes
	}
	return DefaultMaxDocumentBytes
}

// enabled reports whether the space has entities.
func enabled(sp *ent.Space) bool { return slices.Contains(sp.Modules, Module) }

func notInSpace() error {
	return &apperr.Error{Code: apperr.PreconditionFailed, MessageID: "REGISTRY_NOT_IN_SPACE", Reason: "REGISTRY_NOT_IN_SPACE"}
}

// Scope is the policy's scope of an entity: "entity:12".
func Scope(entityID int) string { return "entity:" + strconv.Itoa(entityID) }

// staff reports whether the viewer decides on every account of the space.
func (s *Service) staff(ctx context.Context, v *viewer.Viewer, sp *ent.Space) (bool, error) {
	return s.Accounts.Allowed(ctx, v, sp, approve, "")
}

// manages reports whether the viewer decides on the accounts of the entity: its manager.
func (s *Service) manages(ctx context.Context, v *viewer.Viewer, sp *ent.Space, entityID int) (bool, error) {
	return s.Accounts.Allowed(ctx, v, sp, approve, Scope(entityID))
}

func itoa(i int) string { return strconv.Itoa(i) }
