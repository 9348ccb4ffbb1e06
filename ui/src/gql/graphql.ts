/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Define a Relay Cursor type:
   * https://relay.dev/graphql/connections.htm#sec-Cursor
   */
  Cursor: { input: string; output: string; }
  /** A calendar day, written YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** The builtin Time type */
  Time: { input: string; output: string; }
  Upload: { input: File; output: File; }
};

export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  account: Account;
};

export type Account = Node & {
  __typename?: 'Account';
  /** The facilitator's belt; null for anyone else. */
  belt?: Maybe<Belt>;
  createdAt: Scalars['Time']['output'];
  /** Whether the account appears in the community's directory (setDirectoryListing). */
  directoryListed: Scalars['Boolean']['output'];
  /** What the account shares in the directory: its owner's view only (null for anyone else). */
  directoryProfile?: Maybe<DirectoryProfile>;
  displayName: Scalars['String']['output'];
  /** The documents of the account's request, for staff and its entity's manager (empty for anyone else). */
  documents: Array<Document>;
  /** as the person typed it, trimmed */
  email: Scalars['String']['output'];
  /** The entity the account deposits for (certification). */
  entity?: Maybe<Entity>;
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  journey?: Maybe<Journey>;
  lastName: Scalars['String']['output'];
  locale: Locale;
  /** The account's request to be co-opted for the belt after its own, when it made one: its owner's view only (null for anyone else). */
  nextBeltRequest?: Maybe<BeltRequest>;
  /** The guides that explain the account's next step (chosen by the journey tags of the content), in its language. */
  nextSteps: Array<Guide>;
  /** Every role the account holds in this space, with its scope. */
  roleAssignments: Array<RoleAssignment>;
  /** The account's roles by name (participant, facilitator, staff, …), a scoped role once whatever its scope. */
  roles: Array<Scalars['String']['output']>;
  status: AccountStatus;
  /** The trainings the account registered for, upcoming and past, with attendance: its own view, and staff's. */
  trainingRegistrations: TrainingRegistrationConnection;
  updatedAt: Scalars['Time']['output'];
  /** Workshops the account organised or co-facilitated, newest first. */
  workshops: WorkshopConnection;
};


export type AccountNextStepsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type AccountTrainingRegistrationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type AccountWorkshopsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AccountEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Account>;
};

/** Ordering options for Account connections */
export type AccountOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Accounts. */
  field: AccountOrderField;
};

/** Properties by which Account connections can be ordered. */
export type AccountOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type AccountPayload = {
  __typename?: 'AccountPayload';
  account: Account;
};

/** AccountStatus is enum for the field status */
export type AccountStatus =
  | 'ACTIVE'
  | 'LEGACY_UNMIGRATED'
  | 'PENDING_ACTIVATION'
  | 'PENDING_APPROVAL'
  | 'REJECTED'
  | 'SUSPENDED';

/** Where an entity without a SIRET is. line1, postalCode and city are required for it. */
export type AddressInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  line1?: InputMaybe<Scalars['String']['input']>;
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
};

export type AttachedFile = {
  __typename?: 'AttachedFile';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
  /** Images only. */
  width?: Maybe<Scalars['Int']['output']>;
};

/** Audience is enum for the field audience */
export type Audience =
  | 'DEPOSITOR'
  | 'EDITOR'
  | 'ENTITY_MANAGER'
  | 'FACILITATOR'
  | 'ORG_ADMIN'
  | 'PARTICIPANT'
  | 'PROGRAM_ADMIN'
  | 'PUBLIC'
  | 'SIGNED_IN'
  | 'STAFF'
  | 'TRAINER';

export type AuditDetail = {
  __typename?: 'AuditDetail';
  key: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type AuditEvent = Node & {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  /** The account that acted, when there is one and it still exists. */
  actor?: Maybe<Account>;
  actorID?: Maybe<Scalars['ID']['output']>;
  client: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  details: Array<AuditDetail>;
  /** the address concerned, as typed (failed logins) */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  targetID?: Maybe<Scalars['ID']['output']>;
};

/** A connection to a list of items. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AuditEventEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<AuditEvent>;
};

/** Ordering options for AuditEvent connections */
export type AuditEventOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AuditEvents. */
  field: AuditEventOrderField;
};

/** Properties by which AuditEvent connections can be ordered. */
export type AuditEventOrderField =
  | 'CREATED_AT';

export type Author = {
  __typename?: 'Author';
  displayName: Scalars['String']['output'];
};

/** WHITE < YELLOW < ORANGE < GREEN < BLUE. */
export type Belt =
  | 'BLUE'
  | 'GREEN'
  | 'ORANGE'
  | 'WHITE'
  | 'YELLOW';

export type BeltCount = {
  __typename?: 'BeltCount';
  belt: Belt;
  count: Scalars['Int']['output'];
};

export type BeltRequest = Node & {
  __typename?: 'BeltRequest';
  belt: Belt;
  candidate: Facilitator;
  coOptations: Array<CoOptationView>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  /** How many co-optations raise the belt. */
  required: Scalars['Int']['output'];
  status: BeltRequestStatus;
};

/** A connection to a list of items. */
export type BeltRequestConnection = {
  __typename?: 'BeltRequestConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<BeltRequestEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type BeltRequestEdge = {
  __typename?: 'BeltRequestEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<BeltRequest>;
};

/** Ordering options for BeltRequest connections */
export type BeltRequestOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order BeltRequests. */
  field: BeltRequestOrderField;
};

/** Properties by which BeltRequest connections can be ordered. */
export type BeltRequestOrderField =
  | 'CREATED_AT';

export type BeltRequestPayload = {
  __typename?: 'BeltRequestPayload';
  request: BeltRequest;
};

/** BeltRequestStatus is enum for the field status */
export type BeltRequestStatus =
  | 'GRANTED'
  | 'OPEN';

export type Category = Node & {
  __typename?: 'Category';
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  /** The category's guides the viewer may read, in their order. */
  guides: GuideConnection;
  id: Scalars['ID']['output'];
  /** The locale this category is served in. */
  locale: Locale;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};


export type CategoryGuidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ordering options for Category connections */
export type CategoryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Categories. */
  field: CategoryOrderField;
};

/** Properties by which Category connections can be ordered. */
export type CategoryOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

export type CategoryPayload = {
  __typename?: 'CategoryPayload';
  category: Category;
};

export type CategoryTranslationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Made from the title when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CoOptPayload = {
  __typename?: 'CoOptPayload';
  candidate: Facilitator;
  request: BeltRequest;
};

export type CoOptationView = {
  __typename?: 'CoOptationView';
  at: Scalars['Time']['output'];
  /** The belt the co-optation was for. */
  belt: Belt;
  by: Facilitator;
  comment: Scalars['String']['output'];
};

export type CommunityIndicators = {
  __typename?: 'CommunityIndicators';
  byBelt: Array<BeltCount>;
  facilitators: Scalars['Int']['output'];
  participantsReached: Scalars['Int']['output'];
  workshopsReported: Scalars['Int']['output'];
};

export type CreateCategoryInput = {
  position?: InputMaybe<Scalars['Int']['input']>;
  translations: Array<NewCategoryTranslationInput>;
};

export type CreateFaqInput = {
  /** PUBLIC by default. */
  audience?: InputMaybe<Audience>;
  /** A category's slug, in either language. */
  category?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  translations: Array<NewFaqTranslationInput>;
};

export type CreateGuideInput = {
  /** PUBLIC by default. */
  audience?: InputMaybe<Audience>;
  /** A category's slug, in either language. */
  category?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  translations: Array<NewGuideTranslationInput>;
};

export type CreateNewsInput = {
  /** PUBLIC by default. */
  audience?: InputMaybe<Audience>;
  translations: Array<NewNewsTranslationInput>;
};

export type CreateOnboardingSessionInput = {
  capacity: Scalars['Int']['input'];
  language: Locale;
  startsAt: Scalars['Time']['input'];
};

export type CreateOrganizationInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateProgramInput = {
  contactEmail: Scalars['String']['input'];
  /** The contact's name; by default the name of the space's account with contactEmail, else the address. */
  contactName?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  /** 1 to 4. */
  responseLevel: Scalars['Int']['input'];
  titleEn?: InputMaybe<Scalars['String']['input']>;
  /** Either title may be left out, not both; both make a bilingual entry. */
  titleFr?: InputMaybe<Scalars['String']['input']>;
};

export type CreateResourceInput = {
  /** PUBLIC by default. */
  audience?: InputMaybe<Audience>;
  /** A category's slug, in either language. */
  category?: InputMaybe<Scalars['String']['input']>;
  position?: InputMaybe<Scalars['Int']['input']>;
  translations: Array<NewResourceTranslationInput>;
};

export type CreateTrainingInput = {
  capacity: Scalars['Int']['input'];
  city?: InputMaybe<Scalars['String']['input']>;
  endsAt: Scalars['Time']['input'];
  format: Format;
  language: Locale;
  startsAt: Scalars['Time']['input'];
  title: Scalars['String']['input'];
  /** Staff only: the trainer's e-mail (an account with the trainer role). A trainer schedules their own trainings. */
  trainerEmail?: InputMaybe<Scalars['String']['input']>;
};

export type CreateWorkshopInput = {
  capacity: Scalars['Int']['input'];
  city?: InputMaybe<Scalars['String']['input']>;
  /** Facilitators of the space who run it too; the workshop counts for each of them once reported. */
  coFacilitatorEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  format: Format;
  kind: WorkshopKind;
  language: Locale;
  /** Listed in the opportunities while scheduled, for other facilitators to join. */
  seekingFacilitators?: InputMaybe<Scalars['Boolean']['input']>;
  startsAt: Scalars['Time']['input'];
  /** Shown in the opportunities; by default the workshop's kind in the space's language. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The signing secret, shown this once. */
  secret: Scalars['String']['output'];
  webhook: Webhook;
};

/**
 * A depositor's registration: the entity, its documents, the person. Every rule broken is
 * reported at once in extensions.violations, and then nothing is stored.
 */
export type DepositorRegistrationInput = {
  /** Required without a SIRET. */
  address?: InputMaybe<AddressInput>;
  email: Scalars['String']['input'];
  /** Universities and public schools are PUBLIC_ESTABLISHMENT, not MINISTRY. */
  entityKind?: InputMaybe<EntityKind>;
  /** The entity's legal name, as on its proof of legal existence: required (an entity joined by its SIRET keeps the name it was created with). */
  entityName?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  hasSiret?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  /** Kbis extract, Journal officiel notice, founding decree or order, branch agreement: PDF, PNG or JPEG. */
  legalExistenceProof?: InputMaybe<Scalars['Upload']['input']>;
  locale?: InputMaybe<Locale>;
  /** Required when nameOnLegalDocument is false, and always for a PUBLIC_ESTABLISHMENT: PDF, PNG or JPEG. */
  mandateDelegation?: InputMaybe<Scalars['Upload']['input']>;
  /** The mandate delegation's date: within the 3 months before today, not later. */
  mandateSignedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Whether the person's name is on the proof of legal existence. */
  nameOnLegalDocument?: InputMaybe<Scalars['Boolean']['input']>;
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** With hasSiret: 14 digits (spaces are removed), a valid checksum. Public establishments give their head office's. */
  siret?: InputMaybe<Scalars['String']['input']>;
};

/** A facilitator of the directory, showing what they chose to share. */
export type DirectoryEntry = {
  __typename?: 'DirectoryEntry';
  belt?: Maybe<Belt>;
  /** Their presentation in the reader's language, else in the other. */
  bio?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** Their e-mail address, only when they chose to show it. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  languages: Array<Locale>;
  /** Reported workshops they ran or co-ran. */
  workshopsRun: Scalars['Int']['output'];
};

/** What a facilitator shares in the directory. */
export type DirectoryProfile = {
  __typename?: 'DirectoryProfile';
  /** A short presentation in English (600 characters at most). */
  bioEn?: Maybe<Scalars['String']['output']>;
  /** A short presentation in French (600 characters at most). */
  bioFr?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  /** The languages they facilitate in. */
  languages: Array<Locale>;
  /** Whether they appear in the directory (the same flag as setDirectoryListing). */
  listed: Scalars['Boolean']['output'];
  /** Whether the directory shows their e-mail address to their peers. */
  showEmail: Scalars['Boolean']['output'];
};

/** A field left out is kept; an empty city or presentation clears it. */
export type DirectoryProfileInput = {
  bioEn?: InputMaybe<Scalars['String']['input']>;
  bioFr?: InputMaybe<Scalars['String']['input']>;
  /** 100 characters at most. */
  city?: InputMaybe<Scalars['String']['input']>;
  languages?: InputMaybe<Array<Locale>>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  showEmail?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Document = Node & {
  __typename?: 'Document';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** A mandate delegation's date. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  size: Scalars['Int']['output'];
  /** Where staff and the entity's manager download it (every download is audited). */
  url: Scalars['String']['output'];
};

/** DocumentKind is enum for the field kind */
export type DocumentKind =
  | 'LEGAL_EXISTENCE_PROOF'
  | 'MANDATE_DELEGATION';

/** A guide, FAQ entry or resource as its editors see it, drafts included. */
export type EditorPage = {
  __typename?: 'EditorPage';
  audience: Audience;
  /** Served in the request's locale. */
  category?: Maybe<Category>;
  deletedAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  kind: PageKind;
  position: Scalars['Int']['output'];
  /** Sorted; empty for a kind without tags. */
  tags: Array<Scalars['String']['output']>;
  /** One per locale of the space, the space's default first. */
  translations: Array<PageTranslationState>;
  updatedAt: Scalars['Time']['output'];
};

export type EmailChangePayload = {
  __typename?: 'EmailChangePayload';
  /** Always true: the answer does not tell whether the new address has an account. */
  ok: Scalars['Boolean']['output'];
};

export type Entity = Node & {
  __typename?: 'Entity';
  addressLine1?: Maybe<Scalars['String']['output']>;
  addressLine2?: Maybe<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Its manager once staff approved them; null while the first account waits. */
  manager?: Maybe<Account>;
  /** Its accounts, oldest first, whatever their status: for its members and staff. */
  members: AccountConnection;
  name: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  /** 14 digits, no spaces */
  siret?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['Time']['output'];
};


export type EntityMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** EntityKind is enum for the field kind */
export type EntityKind =
  | 'ASSOCIATION'
  | 'BRANCH_BODY'
  | 'COMPANY'
  | 'MINISTRY'
  | 'OTHER'
  | 'PUBLIC_ESTABLISHMENT';

/** Ordering options for Entity connections */
export type EntityOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Entities. */
  field: EntityOrderField;
};

/** Properties by which Entity connections can be ordered. */
export type EntityOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** A facilitator as their peers see them. */
export type Facilitator = {
  __typename?: 'Facilitator';
  belt?: Maybe<Belt>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Reported workshops they ran or co-ran. */
  workshopsRun: Scalars['Int']['output'];
};

/** A page of the community's directory: the facilitators who chose to appear in it, by name. */
export type FacilitatorDirectory = {
  __typename?: 'FacilitatorDirectory';
  entries: Array<DirectoryEntry>;
  facilitators: Array<Facilitator>;
  totalCount: Scalars['Int']['output'];
};

export type Faq = Node & {
  __typename?: 'Faq';
  /** Markdown. */
  answer: Scalars['String']['output'];
  audience: Audience;
  category?: Maybe<Category>;
  createdAt: Scalars['Time']['output'];
  /** The answer rendered to sanitized HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  position: Scalars['Int']['output'];
  question: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type FaqConnection = {
  __typename?: 'FaqConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<FaqEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** A FAQ translation's draft, as editors see it. */
export type FaqDraft = {
  __typename?: 'FaqDraft';
  answer: Scalars['String']['output'];
  html: Scalars['String']['output'];
  locale: Locale;
  question: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  /** DRAFT, PUBLISHED or CHANGED. */
  status: Scalars['String']['output'];
  /** UP_TO_DATE, MISSING or OUTDATED. */
  translationStatus: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['Time']['output']>;
  updatedBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FaqEdge = {
  __typename?: 'FaqEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Faq>;
};

/** Ordering options for Faq connections */
export type FaqOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Faqs. */
  field: FaqOrderField;
};

/** Properties by which Faq connections can be ordered. */
export type FaqOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'UPDATED_AT';

export type FaqPayload = {
  __typename?: 'FaqPayload';
  faq: Faq;
};

/** What one publish of a FAQ translation made public. */
export type FaqRevision = {
  __typename?: 'FaqRevision';
  answer: Scalars['String']['output'];
  author?: Maybe<Author>;
  number: Scalars['Int']['output'];
  publishedAt: Scalars['Time']['output'];
  question: Scalars['String']['output'];
};

export type FaqTranslationInput = {
  answer?: InputMaybe<Scalars['String']['input']>;
  /** The draft version the editor started from: CONFLICT when someone saved since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  question: Scalars['String']['input'];
};

/** The page a vote is about. */
export type FeedbackPage = {
  __typename?: 'FeedbackPage';
  id: Scalars['ID']['output'];
  kind: PageKind;
  /** The title (a FAQ entry's question) in the vote's language: the draft's, as editors see it. */
  title: Scalars['String']['output'];
};

/** A downloadable file. */
export type File = {
  __typename?: 'File';
  contentType: Scalars['String']['output'];
  filename: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** Where to download it; it answers only to viewers who may read what it is attached to. */
  url: Scalars['String']['output'];
};

/** Format is enum for the field format */
export type Format =
  | 'IN_PERSON'
  | 'ONLINE';

export type Guide = Node & {
  __typename?: 'Guide';
  attachments: Array<File>;
  audience: Audience;
  /** Markdown. */
  body: Scalars['String']['output'];
  category?: Maybe<Category>;
  createdAt: Scalars['Time']['output'];
  /** The body rendered to sanitized HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The locale this guide is served in: the requested one, or the other when it has no translation in it. */
  locale: Locale;
  position: Scalars['Int']['output'];
  /**
   * The guides the viewer may read that are closest to this one, best first: those sharing its
   * category and most of its tags, then those whose text is most alike (the search index),
   * served in this guide's language. `first`: 5 by default, 20 at most.
   */
  related: Array<Guide>;
  /** The served translation's published revision. */
  revision?: Maybe<Revision>;
  /** The served translation's current slug. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Every published translation of the guide. */
  translations: Array<GuideTranslation>;
  updatedAt: Scalars['Time']['output'];
};


export type GuideRelatedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type GuideConnection = {
  __typename?: 'GuideConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<GuideEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** A translation's draft, as editors see it. */
export type GuideDraft = {
  __typename?: 'GuideDraft';
  /** The files attached to this translation (attachGuideFile), oldest first. */
  attachments: Array<AttachedFile>;
  body: Scalars['String']['output'];
  /** The draft rendered with the same renderer as publishing. */
  html: Scalars['String']['output'];
  locale: Locale;
  /** When the worker will publish this draft, if scheduled. */
  publishAt?: Maybe<Scalars['Time']['output']>;
  /** The published revision's number (0: never published). */
  revision: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  /** DRAFT (never published, or unpublished), PUBLISHED, or CHANGED (published, with unpublished changes). */
  status: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** UP_TO_DATE, MISSING, or OUTDATED (the other language was published after this one). */
  translationStatus: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['Time']['output']>;
  updatedBy: Scalars['String']['output'];
  /** Bumped by every save; pass it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type GuideEdge = {
  __typename?: 'GuideEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Guide>;
};

/** Ordering options for Guide connections */
export type GuideOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Guides. */
  field: GuideOrderField;
};

/** Properties by which Guide connections can be ordered. */
export type GuideOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'UPDATED_AT';

export type GuidePayload = {
  __typename?: 'GuidePayload';
  guide: Guide;
};

/** What one publish of a translation made public. */
export type GuideRevision = {
  __typename?: 'GuideRevision';
  author?: Maybe<Author>;
  body: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  publishedAt: Scalars['Time']['output'];
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type GuideTranslation = {
  __typename?: 'GuideTranslation';
  locale: Locale;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type GuideTranslationInput = {
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The draft version the editor started from: the save is refused with CONFLICT when someone saved since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Made from the title when omitted (accents folded, French elisions dropped). */
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** What a profile's journey tab shows. */
export type Journey = {
  __typename?: 'Journey';
  belt?: Maybe<Belt>;
  /** Co-optations received, newest first. */
  coOptations: Array<CoOptationView>;
  /** Null at BLUE. */
  nextBelt?: Maybe<Belt>;
  participantsReached: Scalars['Int']['output'];
  /** What the next belt needs. */
  requirements: Array<Requirement>;
  workshopsRun: Scalars['Int']['output'];
};

/** A local group, its name and description in the reader's language (the other one when it has none). */
export type LocalGroup = {
  __typename?: 'LocalGroup';
  city: Scalars['String']['output'];
  /** The members staff named coordinators, by name. */
  coordinators: Array<LocalGroupMember>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Its members, kept by the database (no count of the rows). */
  memberCount: Scalars['Int']['output'];
  /** Members, the earliest to join first. */
  members: LocalGroupMemberConnection;
  name: Scalars['String']['output'];
  region: Scalars['String']['output'];
  /** Its texts in each language (FR, then EN), without the other language's fallback: what staff edit. */
  translations: Array<LocalGroupTranslation>;
  /** The upcoming PUBLIC workshops of the group's city (the city compared without case), soonest first. */
  upcomingWorkshops: WorkshopConnection;
  /** Whether the viewer is a member. */
  viewerIsMember: Scalars['Boolean']['output'];
};


/** A local group, its name and description in the reader's language (the other one when it has none). */
export type LocalGroupMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A local group, its name and description in the reader's language (the other one when it has none). */
export type LocalGroupUpcomingWorkshopsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Local groups by city, then by creation. */
export type LocalGroupConnection = {
  __typename?: 'LocalGroupConnection';
  edges: Array<LocalGroupEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LocalGroupEdge = {
  __typename?: 'LocalGroupEdge';
  cursor: Scalars['Cursor']['output'];
  node: LocalGroup;
};

/** A local group as staff write it: a name in FR and/or EN (one at least). */
export type LocalGroupInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameFr?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** A member of a local group as their peers see them. */
export type LocalGroupMember = {
  __typename?: 'LocalGroupMember';
  belt?: Maybe<Belt>;
  coordinator: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  /** The member's account id. */
  id: Scalars['ID']['output'];
  joinedAt: Scalars['Time']['output'];
};

export type LocalGroupMemberConnection = {
  __typename?: 'LocalGroupMemberConnection';
  edges: Array<LocalGroupMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LocalGroupMemberEdge = {
  __typename?: 'LocalGroupMemberEdge';
  node: LocalGroupMember;
};

export type LocalGroupPayload = {
  __typename?: 'LocalGroupPayload';
  group: LocalGroup;
};

/** A local group's texts in one language as staff wrote them: empty where that language was not written. */
export type LocalGroupTranslation = {
  __typename?: 'LocalGroupTranslation';
  description: Scalars['String']['output'];
  locale: Locale;
  name: Scalars['String']['output'];
};

/** Locale is enum for the field locale */
export type Locale =
  | 'EN'
  | 'FR';

export type LoginPayload = {
  __typename?: 'LoginPayload';
  account: Account;
  expiresAt: Scalars['Time']['output'];
  /** The account must set a new password (changePassword) before anything else. */
  passwordResetRequired: Scalars['Boolean']['output'];
  /** An opaque bearer token: send it as Authorization: Bearer <token>. */
  token: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The invitation link's token and a password under the space's policy. */
  acceptInvitation: AcceptInvitationPayload;
  activateAccount: AccountPayload;
  /** A LEGACY_UNMIGRATED account becomes an ACTIVE facilitator with its imported belt, who must set a password: it is e-mailed a link valid 7 days. Any other account: PRECONDITION_FAILED, reason NOT_LEGACY. */
  activateLegacyAccount: AccountPayload;
  /** The organisation's admins name a program admin: an account of the space, by its address. */
  addProgramAdmin: ProgramPayload;
  /** Apply to co-facilitate a workshop listed in the opportunities; its organiser is e-mailed. */
  applyToWorkshop: WorkshopApplicationPayload;
  /** Staff decide on every account; an entity's manager on the entity's later accounts (FORBIDDEN for another entity's). */
  approveAccount: AccountPayload;
  /** Staff approve a PENDING organisation; its programs may then be approved. Deciding twice: PRECONDITION_FAILED, reason ALREADY_DECIDED. */
  approveOrganization: OrganizationPayload;
  approveProgram: ProgramPayload;
  /** Attaches a file to one translation (GraphQL multipart request); checked by its content: PDF, PNG, JPEG, WebP, plain text, office documents. */
  attachGuideFile: AttachedFile;
  cancelPlatformAccessRequest: PlatformAccessRequestPayload;
  cancelWorkshop: WorkshopPayload;
  changePassword: Scalars['Boolean']['output'];
  coOpt: CoOptPayload;
  /** Follows the link: the address changes (CONFLICT when it was taken meanwhile); sessions are kept. */
  confirmEmailChange: AccountPayload;
  /** Confirms a registration made without signing in, for an address that had an account. */
  confirmTrainingRegistration: TrainingRegistrationPayload;
  contactSupport: SupportRequestPayload;
  createCategory: CategoryPayload;
  createFaq: FaqPayload;
  createGuide: GuidePayload;
  /** A link that shows the translation's draft to whoever holds it, until it expires. */
  createGuidePreview: PreviewLink;
  /** Staff create a local group. */
  createLocalGroup: LocalGroupPayload;
  createNews: NewsPayload;
  createOnboardingSession: OnboardingSessionPayload;
  /** The creator becomes the organisation's org-admin. */
  createOrganization: OrganizationPayload;
  /** The organisation's admins add programs, PENDING until staff decide. */
  createProgram: ProgramPayload;
  createResource: ResourcePayload;
  createTraining: TrainingPayload;
  createWebhook: CreatedWebhook;
  createWorkshop: WorkshopPayload;
  /** The organiser accepts (the applicant becomes a co-facilitator) or declines a pending application; the applicant is e-mailed. */
  decideWorkshopApplication: WorkshopDecisionPayload;
  /** Deletes a category that holds no pages (it can be restored). */
  deleteCategory: CategoryPayload;
  deleteFaq: FaqPayload;
  /** Deletes a guide (it can be restored); its preview links end. */
  deleteGuide: GuidePayload;
  /** Deletes a news post (it can be restored). */
  deleteNews: NewsPayload;
  deleteResource: ResourcePayload;
  deleteWebhook: Scalars['Boolean']['output'];
  detachGuideFile: GuidePayload;
  /** Gives an account a role, in the whole space or in a scope (entity:ID, organization:ID, program:ID). */
  grantRole: AccountPayload;
  /** Join a local group; joining twice is CONFLICT. */
  joinLocalGroup: LocalGroupPayload;
  /** Leave a local group (a coordinator stops being one); not a member: PRECONDITION_FAILED, reason NOT_A_MEMBER. */
  leaveLocalGroup: LocalGroupPayload;
  login: LoginPayload;
  logout: Scalars['Boolean']['output'];
  publishFaq: FaqPayload;
  /** Publishes the draft of one translation (all translations when locale is omitted): revision N+1. */
  publishGuide: GuidePayload;
  /** Publishes the draft of one translation (all translations when locale is omitted); the first publish dates the post. */
  publishNews: NewsPayload;
  /** Publishes one translation's draft (all when locale is omitted): revision N+1. A draft needs a file or a link. */
  publishResource: ResourcePayload;
  /**
   * One vote per reader, page and language (a signed-in account, or an anonymous reader's
   * client for the day), changeable: a second vote replaces the first. Guides, FAQ entries and
   * news; a page the viewer may not read is NOT_FOUND. Limited per client (RATE_LIMITED).
   * `locale` is the language read (by default the request's); a page without a translation in
   * it is rated in the language it is served in.
   */
  ratePage: RatePagePayload;
  register: RegisterPayload;
  /** Registers a depositor account, creating its entity or joining the one with this SIRET. The answer is the same whether or not the address had an account. */
  registerDepositor: RegisterPayload;
  /** The program's (or its organisation's) admins register it for a session; a full session is refused. */
  registerForOnboarding: OnboardingRegistrationPayload;
  registerForTraining: TrainingRegistrationPayload;
  rejectAccount: AccountPayload;
  /** Staff reject a PENDING organisation with a reason (required, at most 1000 characters), e-mailed to its org-admins. Deciding twice: PRECONDITION_FAILED, reason ALREADY_DECIDED. */
  rejectOrganization: OrganizationPayload;
  rejectProgram: ProgramPayload;
  /** Gives the categories their positions in the order listed. */
  reorderCategories: Scalars['Boolean']['output'];
  /** Gives the FAQ entries their positions in the order listed. */
  reorderFaqs: Scalars['Boolean']['output'];
  /** Gives the guides their positions in the order listed. */
  reorderGuides: Scalars['Boolean']['output'];
  /** Gives the resources their positions in the order listed. */
  reorderResources: Scalars['Boolean']['output'];
  reportWorkshop: WorkshopPayload;
  requestBeltValidation: BeltRequestPayload;
  /** Sends a link (single-use, 24 hours) to the new address and a notice to the current one; the current password is required (UNAUTHENTICATED otherwise, counted as a failed sign-in). */
  requestEmailChange: EmailChangePayload;
  /** Always true. */
  requestPasswordReset: Scalars['Boolean']['output'];
  requestPlatformAccess: PlatformAccessRequestPayload;
  /** Always true. */
  resendActivation: Scalars['Boolean']['output'];
  resetPassword: AccountPayload;
  restoreCategory: CategoryPayload;
  restoreFaq: FaqPayload;
  restoreFaqRevision: FaqPayload;
  restoreGuide: GuidePayload;
  /** Makes a revision's text the translation's new draft. */
  restoreGuideRevision: GuidePayload;
  restoreNews: NewsPayload;
  /** Makes a revision's text the translation's new draft. */
  restoreNewsRevision: NewsPayload;
  restoreResource: ResourcePayload;
  /** Makes a revision's title, description and file or link the translation's new draft. */
  restoreResourceRevision: ResourcePayload;
  /** Ends every preview link of one translation (of all translations when locale is omitted) at once; returns how many links ended. Deleting a guide ends its links too. */
  revokeGuidePreview: Scalars['Int']['output'];
  /** Takes a role back; it stops counting at the account's next request. */
  revokeRole: AccountPayload;
  saveFaqDraft: FaqPayload;
  /** Saves the draft of one translation; the published revision is unchanged until publishGuide. */
  saveGuideDraft: GuidePayload;
  /** Saves the draft of one translation; the published revision is unchanged until publishNews. */
  saveNewsDraft: NewsPayload;
  saveResourceDraft: ResourcePayload;
  /** Publishes the translation's draft at a given time (null cancels). */
  scheduleGuidePublish: GuidePayload;
  /** Publishes the translation's draft at a given time (null cancels). */
  scheduleNewsPublish: NewsPayload;
  /** Appear in the community's directory (name, belt, workshops run), or leave it. */
  setDirectoryListing: Scalars['Boolean']['output'];
  /**
   * Staff move the entity's manager's place to another ACTIVE account of the entity, at its legal
   * representative's request: the former manager becomes a depositor, both are e-mailed, and the
   * move is audited. An account of another entity: BAD_USER_INPUT (accountId,
   * ACCOUNT_NOT_IN_ENTITY); an account of the entity that is not ACTIVE: BAD_USER_INPUT
   * (accountId, ACCOUNT_NOT_ACTIVE).
   */
  setEntityManager: SetEntityManagerPayload;
  /** Staff name a member coordinator, or take the role back; the account must be a member (PRECONDITION_FAILED, reason NOT_A_MEMBER). */
  setLocalGroupCoordinator: LocalGroupPayload;
  unpublishFaq: FaqPayload;
  unpublishGuide: GuidePayload;
  unpublishNews: NewsPayload;
  unpublishResource: ResourcePayload;
  /** Writes one translation of a category (adding it when missing). */
  updateCategory: CategoryPayload;
  /** Choose what the directory shows of you, and whether you appear in it. */
  updateDirectoryProfile: DirectoryProfile;
  /** Staff edit a local group: the fields given are replaced (a name may be emptied while the other remains). */
  updateLocalGroup: LocalGroupPayload;
  /** Changes a page's audience, category or tags, whatever its kind, by its id; audited. */
  updatePageSettings: PageSettingsPayload;
  /** The signed-in account's names and preferred language (BAD_USER_INPUT for an empty name). */
  updateProfile: AccountPayload;
  /** The organiser changes a scheduled workshop (reported or cancelled: PRECONDITION_FAILED WORKSHOP_NOT_OPEN). */
  updateWorkshop: WorkshopPayload;
  /** Makes an uploaded file (GraphQL multipart request) the draft's file, replacing its link; checked by its content. */
  uploadResourceFile: ResourcePayload;
  validateAttendance: ValidateAttendancePayload;
  /** The applicant withdraws a pending application, or an accepted one before the workshop (leaving the workshop, freeing the place). */
  withdrawWorkshopApplication: WorkshopApplicationPayload;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationActivateAccountArgs = {
  token: Scalars['String']['input'];
};


export type MutationActivateLegacyAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddProgramAdminArgs = {
  email: Scalars['String']['input'];
  programId: Scalars['ID']['input'];
};


export type MutationApplyToWorkshopArgs = {
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveProgramArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachGuideFileArgs = {
  file: Scalars['Upload']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationCancelPlatformAccessRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelWorkshopArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCoOptArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmTrainingRegistrationArgs = {
  token: Scalars['String']['input'];
};


export type MutationContactSupportArgs = {
  input: SupportRequestInput;
};


export type MutationCreateCategoryArgs = {
  input: CreateCategoryInput;
};


export type MutationCreateFaqArgs = {
  input: CreateFaqInput;
};


export type MutationCreateGuideArgs = {
  input: CreateGuideInput;
};


export type MutationCreateGuidePreviewArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationCreateLocalGroupArgs = {
  input: LocalGroupInput;
};


export type MutationCreateNewsArgs = {
  input: CreateNewsInput;
};


export type MutationCreateOnboardingSessionArgs = {
  input: CreateOnboardingSessionInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateProgramArgs = {
  input: CreateProgramInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateTrainingArgs = {
  input: CreateTrainingInput;
};


export type MutationCreateWebhookArgs = {
  events: Array<Scalars['String']['input']>;
  url: Scalars['String']['input'];
};


export type MutationCreateWorkshopArgs = {
  input: CreateWorkshopInput;
};


export type MutationDecideWorkshopApplicationArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationDeleteCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteFaqArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteGuideArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNewsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteResourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDetachGuideFileArgs = {
  fileId: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationGrantRoleArgs = {
  accountId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
};


export type MutationJoinLocalGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLeaveLocalGroupArgs = {
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationPublishFaqArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationPublishGuideArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationPublishNewsArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationPublishResourceArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationRatePageArgs = {
  helpful: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRegisterDepositorArgs = {
  input: DepositorRegistrationInput;
};


export type MutationRegisterForOnboardingArgs = {
  programId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationRegisterForTrainingArgs = {
  input: TrainingRegistrationInput;
  trainingId: Scalars['ID']['input'];
};


export type MutationRejectAccountArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRejectOrganizationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectProgramArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReorderCategoriesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderFaqsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderGuidesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReorderResourcesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationReportWorkshopArgs = {
  id: Scalars['ID']['input'];
  participants: Scalars['Int']['input'];
};


export type MutationRequestEmailChangeArgs = {
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestPlatformAccessArgs = {
  input: PlatformAccessRequestInput;
};


export type MutationResendActivationArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRestoreCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFaqArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreFaqRevisionArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
};


export type MutationRestoreGuideArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreGuideRevisionArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
};


export type MutationRestoreNewsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreNewsRevisionArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
};


export type MutationRestoreResourceArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreResourceRevisionArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
};


export type MutationRevokeGuidePreviewArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationRevokeRoleArgs = {
  accountId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSaveFaqDraftArgs = {
  id: Scalars['ID']['input'];
  input: FaqTranslationInput;
  locale: Locale;
};


export type MutationSaveGuideDraftArgs = {
  id: Scalars['ID']['input'];
  input: GuideTranslationInput;
  locale: Locale;
};


export type MutationSaveNewsDraftArgs = {
  id: Scalars['ID']['input'];
  input: NewsTranslationInput;
  locale: Locale;
};


export type MutationSaveResourceDraftArgs = {
  id: Scalars['ID']['input'];
  input: ResourceTranslationInput;
  locale: Locale;
};


export type MutationScheduleGuidePublishArgs = {
  at?: InputMaybe<Scalars['Time']['input']>;
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationScheduleNewsPublishArgs = {
  at?: InputMaybe<Scalars['Time']['input']>;
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationSetDirectoryListingArgs = {
  listed: Scalars['Boolean']['input'];
};


export type MutationSetEntityManagerArgs = {
  accountId: Scalars['ID']['input'];
  entityId: Scalars['ID']['input'];
};


export type MutationSetLocalGroupCoordinatorArgs = {
  accountId: Scalars['ID']['input'];
  coordinator: Scalars['Boolean']['input'];
  groupId: Scalars['ID']['input'];
};


export type MutationUnpublishFaqArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationUnpublishGuideArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationUnpublishNewsArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationUnpublishResourceArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type MutationUpdateCategoryArgs = {
  id: Scalars['ID']['input'];
  input: CategoryTranslationInput;
  locale: Locale;
};


export type MutationUpdateDirectoryProfileArgs = {
  input: DirectoryProfileInput;
};


export type MutationUpdateLocalGroupArgs = {
  id: Scalars['ID']['input'];
  input: LocalGroupInput;
};


export type MutationUpdatePageSettingsArgs = {
  id: Scalars['ID']['input'];
  input: PageSettingsInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateWorkshopArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkshopInput;
};


export type MutationUploadResourceFileArgs = {
  file: Scalars['Upload']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type MutationValidateAttendanceArgs = {
  accountIds: Array<Scalars['ID']['input']>;
  trainingId: Scalars['ID']['input'];
};


export type MutationWithdrawWorkshopApplicationArgs = {
  id: Scalars['ID']['input'];
};

export type NewCategoryTranslationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
  slug?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type NewFaqTranslationInput = {
  /** Markdown. */
  answer?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
  question: Scalars['String']['input'];
};

export type NewGuideTranslationInput = {
  body?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type NewNewsTranslationInput = {
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
  /** Made from the title when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type NewResourceTranslationInput = {
  /** Markdown. */
  description?: InputMaybe<Scalars['String']['input']>;
  locale: Locale;
  title: Scalars['String']['input'];
  /** An external link (http or https); upload a file instead with uploadResourceFile. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type News = Node & {
  __typename?: 'News';
  audience: Audience;
  /** Markdown. */
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  /** The body rendered to sanitized HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The locale this post is served in: the requested one, or the other when it has no translation in it. */
  locale: Locale;
  position: Scalars['Int']['output'];
  /** The post's date: its first publish (or the date its content file gives). */
  publishedAt: Scalars['Time']['output'];
  /** The served translation's published revision. */
  revision?: Maybe<Revision>;
  /** The served translation's current slug. */
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Every published translation of the post. */
  translations: Array<NewsTranslation>;
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type NewsConnection = {
  __typename?: 'NewsConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<NewsEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** A news translation's draft, as editors see it. */
export type NewsDraft = {
  __typename?: 'NewsDraft';
  body: Scalars['String']['output'];
  /** The draft rendered with the same renderer as publishing. */
  html: Scalars['String']['output'];
  locale: Locale;
  /** When the worker will publish this draft, if scheduled. */
  publishAt?: Maybe<Scalars['Time']['output']>;
  /** The published revision's number (0: never published). */
  revision: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  /** DRAFT, PUBLISHED or CHANGED. */
  status: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** UP_TO_DATE, MISSING or OUTDATED. */
  translationStatus: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['Time']['output']>;
  updatedBy: Scalars['String']['output'];
  /** Bumped by every save; pass it as expectedVersion. */
  version: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type NewsEdge = {
  __typename?: 'NewsEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<News>;
};

/** Ordering options for News connections */
export type NewsOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order NewsSlice. */
  field: NewsOrderField;
};

/** Properties by which News connections can be ordered. */
export type NewsOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'PUBLISHED_AT'
  | 'UPDATED_AT';

export type NewsPayload = {
  __typename?: 'NewsPayload';
  news: News;
};

/** What one publish of a news translation made public. */
export type NewsRevision = {
  __typename?: 'NewsRevision';
  author?: Maybe<Author>;
  body: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  publishedAt: Scalars['Time']['output'];
  slug: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type NewsTranslation = {
  __typename?: 'NewsTranslation';
  locale: Locale;
  slug: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type NewsTranslationInput = {
  /** Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The draft version the editor started from: CONFLICT when someone saved since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Made from the title when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/**
 * An object with an ID.
 * Follows the [Relay Global Object Identification Specification](https://relay.dev/graphql/objectidentification.htm)
 */
export type Node = {
  /** The id of the object. */
  id: Scalars['ID']['output'];
};

/** A notice on an organisation's page: an access request, in the reader's language. */
export type Notice = {
  __typename?: 'Notice';
  createdAt: Scalars['Time']['output'];
  /** Pinned first while its request is open. */
  pinned: Scalars['Boolean']['output'];
  request: PlatformAccessRequest;
  text: Scalars['String']['output'];
};

/** A program's seat at an onboarding session. */
export type OnboardingRegistration = {
  __typename?: 'OnboardingRegistration';
  createdAt: Scalars['Time']['output'];
  program: Program;
  /** The program's (or its organisation's) admin who registered it. */
  registeredBy: Account;
};

export type OnboardingRegistrationPayload = {
  __typename?: 'OnboardingRegistrationPayload';
  ok: Scalars['Boolean']['output'];
};

export type OnboardingSession = Node & {
  __typename?: 'OnboardingSession';
  capacity: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  language: Locale;
  /** Who registered which program for the session, in the order they did (staff). */
  registrations: Array<OnboardingRegistration>;
  seatsLeft: Scalars['Int']['output'];
  startsAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type OnboardingSessionConnection = {
  __typename?: 'OnboardingSessionConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<OnboardingSessionEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type OnboardingSessionEdge = {
  __typename?: 'OnboardingSessionEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<OnboardingSession>;
};

/** Ordering options for OnboardingSession connections */
export type OnboardingSessionOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order OnboardingSessions. */
  field: OnboardingSessionOrderField;
};

/** Properties by which OnboardingSession connections can be ordered. */
export type OnboardingSessionOrderField =
  | 'STARTS_AT';

export type OnboardingSessionPayload = {
  __typename?: 'OnboardingSessionPayload';
  session: OnboardingSession;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

export type Organization = Node & {
  __typename?: 'Organization';
  city?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The open access request's notice first (pinned), then the others, newest first. */
  pinnedNotices: Array<Notice>;
  /** The organisation's programs the viewer may see, newest first. */
  programs: ProgramConnection;
  status: ReviewStatus;
  website?: Maybe<Scalars['String']['output']>;
};


export type OrganizationPinnedNoticesArgs = {
  locale?: InputMaybe<Locale>;
};


export type OrganizationProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<OrganizationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Organization>;
};

/** Ordering options for Organization connections */
export type OrganizationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Organizations. */
  field: OrganizationOrderField;
};

/** Properties by which Organization connections can be ordered. */
export type OrganizationOrderField =
  | 'CREATED_AT';

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization: Organization;
};

export type PageFeedback = {
  __typename?: 'PageFeedback';
  helpful: Scalars['Int']['output'];
  locale: Locale;
  notHelpful: Scalars['Int']['output'];
  page: FeedbackPage;
};

export type PageFilter = {
  audience?: InputMaybe<Audience>;
  /** A category's slug in either language. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Deleted pages instead of live ones. */
  deleted?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<PageKind>;
  /** With translationStatus: pages whose translation in this locale is UP_TO_DATE, MISSING or OUTDATED. */
  locale?: InputMaybe<Locale>;
  /** Words of a title (or question) in any language; accents and case ignored. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** DRAFT, PUBLISHED or CHANGED: pages with at least one translation in that state; MISSING: pages lacking a language. */
  status?: InputMaybe<Scalars['String']['input']>;
  translationStatus?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Information about pagination in a connection.
 * https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type PageKind =
  | 'FAQ'
  | 'GUIDE'
  | 'NEWS'
  | 'RESOURCE';

/** A page's settings; a field left out stays as it is. */
export type PageSettingsInput = {
  /** One the space offers (PUBLIC, SIGNED_IN, EDITOR, STAFF and the roles of its modules). */
  audience?: InputMaybe<Audience>;
  /** A category of the space; null: none. News have none. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** The page's whole list of tags, such as the journey tags of content/README.md (journey:orange); [] removes them. Resources have none. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type PageSettingsPayload = {
  __typename?: 'PageSettingsPayload';
  page: EditorPage;
};

export type PageTranslationState = {
  __typename?: 'PageTranslationState';
  locale: Locale;
  /** A guide's scheduled publication. */
  publishAt?: Maybe<Scalars['Time']['output']>;
  /** MISSING (no translation yet), DRAFT, PUBLISHED or CHANGED. */
  status: Scalars['String']['output'];
  /** The draft's title (a FAQ entry's question); empty when MISSING. */
  title: Scalars['String']['output'];
  /** UP_TO_DATE, MISSING or OUTDATED. */
  translationStatus: Scalars['String']['output'];
};

/** A space's password rules, described in the viewer's language. */
export type PasswordPolicy = {
  __typename?: 'PasswordPolicy';
  description: Scalars['String']['output'];
  /** 0: no maximum. */
  maxLength: Scalars['Int']['output'];
  minLength: Scalars['Int']['output'];
  rejectsCommonPasswords: Scalars['Boolean']['output'];
  rejectsPersonalData: Scalars['Boolean']['output'];
  requireDigit: Scalars['Boolean']['output'];
  requireDigitOrSymbol: Scalars['Boolean']['output'];
  requireLowercase: Scalars['Boolean']['output'];
  requireSymbol: Scalars['Boolean']['output'];
  requireUppercase: Scalars['Boolean']['output'];
  /** The characters that count as symbols; empty: any character that is neither a letter nor a digit. */
  symbols: Scalars['String']['output'];
};

export type PlatformAccessRequest = Node & {
  __typename?: 'PlatformAccessRequest';
  adminEmail: Scalars['String']['output'];
  adminFirstName: Scalars['String']['output'];
  adminLastName: Scalars['String']['output'];
  /** E.164 */
  adminPhone: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  /** The logo as it was uploaded; null without a logo. */
  logoOriginalUrl?: Maybe<Scalars['String']['output']>;
  /** The 300×300 version of the logo; null without a logo. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** the program's title at the time, never typed in */
  programTitle: Scalars['String']['output'];
  status: PlatformAccessRequestStatus;
  termsAcceptedAt: Scalars['Time']['output'];
};

export type PlatformAccessRequestInput = {
  acceptTerms: Scalars['Boolean']['input'];
  adminEmail: Scalars['String']['input'];
  adminFirstName: Scalars['String']['input'];
  adminLastName: Scalars['String']['input'];
  /** Normalized to E.164; a number without its country code is read as one of the space's region. */
  adminPhone: Scalars['String']['input'];
  /** PNG or JPEG, at most 2 MB; a 300×300 version is made from it. */
  logo?: InputMaybe<Scalars['Upload']['input']>;
  programId: Scalars['ID']['input'];
};

/** Ordering options for PlatformAccessRequest connections */
export type PlatformAccessRequestOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order PlatformAccessRequests. */
  field: PlatformAccessRequestOrderField;
};

/** Properties by which PlatformAccessRequest connections can be ordered. */
export type PlatformAccessRequestOrderField =
  | 'CREATED_AT';

export type PlatformAccessRequestPayload = {
  __typename?: 'PlatformAccessRequestPayload';
  request: PlatformAccessRequest;
};

/** PlatformAccessRequestStatus is enum for the field status */
export type PlatformAccessRequestStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PENDING';

export type PreviewLink = {
  __typename?: 'PreviewLink';
  expiresAt: Scalars['Time']['output'];
  token: Scalars['String']['output'];
  /** The frontend's preview page: PUBLIC_URL/preview?token=… */
  url: Scalars['String']['output'];
};

export type Program = Node & {
  __typename?: 'Program';
  contact: ProgramContact;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  responseLevel: Scalars['Int']['output'];
  status: ProgramStatus;
  /** The title in the request's language, the other one when the program has none in it. */
  title: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  /** the bilingual entry: either title may be empty, not both */
  titleFr: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ProgramEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** A program's contact person. */
export type ProgramContact = {
  __typename?: 'ProgramContact';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
};

/** An edge in a connection. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Program>;
};

/** Ordering options for Program connections */
export type ProgramOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Programs. */
  field: ProgramOrderField;
};

/** Properties by which Program connections can be ordered. */
export type ProgramOrderField =
  | 'CREATED_AT';

export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  program: Program;
};

/** ProgramStatus is enum for the field status */
export type ProgramStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type Query = {
  __typename?: 'Query';
  /** The audit events an account did or underwent, newest first (50 by default, 200 at most). */
  accountHistory: Array<AuditEvent>;
  /** The space's accounts, whatever their status, whose e-mail or name contains every word given, at most `first` (20 by default, 50 at most): for granting roles, and for support. */
  accountSearch: Array<Account>;
  /** The space's security events, newest first. */
  auditLog: AuditEventConnection;
  /** Requests the viewer may co-opt: for their belt or a lower one, never their own. */
  beltValidationRequests: BeltRequestConnection;
  /** Whether the viewer holds a permission (object:action, as in policy/policy.csv) in the space, or in a scope of it. */
  can: Scalars['Boolean']['output'];
  /** The space's categories, in their order. */
  categories: Array<Category>;
  communityIndicators: CommunityIndicators;
  /** A unified text diff between two revisions of a translation. */
  compareFaqRevisions: Scalars['String']['output'];
  /** A unified text diff between two revisions of a translation. */
  compareGuideRevisions: Scalars['String']['output'];
  /** A unified text diff between two revisions of a translation. */
  compareResourceRevisions: Scalars['String']['output'];
  /** An entity of the space, for staff (who designate its manager); null when there is none with this id. */
  entity?: Maybe<Entity>;
  /** Listed facilitators by name; search (words of names, prefixes, accents and case ignored), city (as its owner wrote it, case and accents ignored) and belt narrow it, and totalCount then counts the matches. */
  facilitatorDirectory: FacilitatorDirectory;
  faqDraft: FaqDraft;
  faqRevisions: Array<FaqRevision>;
  faqs: FaqConnection;
  /** The space-wide roles grantRole accepts (scoped roles are given by their own journeys). */
  grantableRoles: Array<Scalars['String']['output']>;
  /** A guide by the slug of any of its translations, current or former, served in `locale`. */
  guide?: Maybe<Guide>;
  guideDraft: GuideDraft;
  /** A draft shown through a preview link, without an editor's session. */
  guidePreview: GuideDraft;
  /** A translation's revisions, newest first. */
  guideRevisions: Array<GuideRevision>;
  guides: GuideConnection;
  /** A local group's page: its members, its coordinators and the upcoming public workshops of its city. */
  localGroup?: Maybe<LocalGroup>;
  /** The space's local groups, by city (at most 100 a page). */
  localGroups: LocalGroupConnection;
  /** The signed-in account; null for anonymous viewers. */
  me?: Maybe<Account>;
  /** The trainings the viewer runs (staff: every training of the space): upcoming ones soonest first, or with past: true those that have started, newest first. */
  myTrainings: TrainingConnection;
  /** Every page of the space that needs translating into a locale: guides, FAQ entries, resources, then news. */
  needsTranslation: Array<UntranslatedItem>;
  /** The news posts the viewer may read, newest first, served in `locale`. */
  news: NewsConnection;
  newsDraft: NewsDraft;
  /** A news post by the slug of any of its translations, current or former, served in `locale`. */
  newsPost?: Maybe<News>;
  /** A translation's revisions, newest first. */
  newsRevisions: Array<NewsRevision>;
  /** Fetches an object given its ID. */
  node?: Maybe<Node>;
  /** Lookup nodes by a list of IDs. */
  nodes: Array<Maybe<Node>>;
  /** Upcoming onboarding sessions, soonest first. */
  onboardingSessions: OnboardingSessionConnection;
  /** Scheduled workshops looking for a (co-)facilitator; PROFESSIONAL ones only for the belts the space allows. */
  opportunities: WorkshopConnection;
  /** An organisation's page: for staff, its admins and its programs' admins. */
  organization?: Maybe<Organization>;
  /** The space's organisations, newest first, those with status only when it is given (staff). */
  organizations: OrganizationConnection;
  /** Each page's votes per language since `since` (30 days by default), most "not helpful" first; at most `first` (50 by default, 100 at most). */
  pageFeedback: Array<PageFeedback>;
  /** Every page of the space, drafts included: guides, FAQ entries, then resources, each in their order. */
  pages: Array<EditorPage>;
  /** The space's password rules. */
  passwordPolicy: PasswordPolicy;
  /** Accounts waiting for approval, oldest first: every one for staff, those of their entity for an entity's manager. */
  pendingAccounts: AccountConnection;
  /** Every permission (object:action) the viewer holds in the space, or in a scope of it. */
  permissions: Array<Scalars['String']['output']>;
  /** Programs the viewer may see: staff all of them, org admins their organisations', program admins theirs. Newest first. */
  programs: ProgramConnection;
  /** Markdown rendered by the renderer that publishing uses (sanitized HTML), for live previews. */
  renderMarkdown: Scalars['String']['output'];
  resourceDraft: ResourceDraft;
  /** A translation's revisions, newest first. */
  resourceRevisions: Array<ResourceRevision>;
  resources: ResourceConnection;
  /** Full-text search over the guides, FAQs, resources and news the viewer may read, in one locale. */
  search: SearchConnection;
  /** The searches that found nothing since `since` (30 days by default, 90 at most are kept), normalised (case, accents, elisions) and counted, most frequent first; at most `first` (50 by default, 100 at most). */
  searchGaps: Array<SearchGap>;
  /** Checks a SIRET as a form is filled in: spaces removed, 14 digits, Luhn (La Poste: digit sum divisible by 5). */
  siretCheck: SiretCheck;
  /** The space this endpoint serves. */
  space: Space;
  /** The spaces this server serves, by slug. */
  spaces: Array<Space>;
  /** The support requests the space received, newest first (50 by default, 200 at most). */
  supportRequests: Array<SupportRequest>;
  /** A training with its registrations: its trainer's and staff's view. */
  training?: Maybe<Training>;
  /** Upcoming trainings, soonest first. */
  trainings: TrainingConnection;
  /** What needs translating into a locale. */
  untranslatedGuides: Array<UntranslatedGuide>;
  /** The events a webhook may subscribe to. */
  webhookEvents: Array<Scalars['String']['output']>;
  webhooks: Array<Webhook>;
};


export type QueryAccountHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type QueryAccountSearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBeltValidationRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCanArgs = {
  permission: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCategoriesArgs = {
  locale?: InputMaybe<Locale>;
};


export type QueryCompareFaqRevisionsArgs = {
  from: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
  to: Scalars['Int']['input'];
};


export type QueryCompareGuideRevisionsArgs = {
  from: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
  to: Scalars['Int']['input'];
};


export type QueryCompareResourceRevisionsArgs = {
  from: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  locale: Locale;
  to: Scalars['Int']['input'];
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFacilitatorDirectoryArgs = {
  belt?: InputMaybe<Belt>;
  city?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFaqDraftArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryFaqRevisionsArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryFaqsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryGuideArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QueryGuideDraftArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryGuidePreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryGuideRevisionsArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryGuidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryLocalGroupArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
};


export type QueryLocalGroupsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryMyTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  past?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNeedsTranslationArgs = {
  locale: Locale;
};


export type QueryNewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryNewsDraftArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryNewsPostArgs = {
  locale?: InputMaybe<Locale>;
  slug: Scalars['String']['input'];
};


export type QueryNewsRevisionsArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOnboardingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ReviewStatus>;
};


export type QueryPageFeedbackArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryPagesArgs = {
  filter?: InputMaybe<PageFilter>;
};


export type QueryPendingAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPermissionsArgs = {
  scope?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRenderMarkdownArgs = {
  markdown: Scalars['String']['input'];
};


export type QueryResourceDraftArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryResourceRevisionsArgs = {
  id: Scalars['ID']['input'];
  locale: Locale;
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Locale>;
  query: Scalars['String']['input'];
};


export type QuerySearchGapsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Time']['input']>;
};


export type QuerySiretCheckArgs = {
  siret: Scalars['String']['input'];
};


export type QuerySupportRequestsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUntranslatedGuidesArgs = {
  locale: Locale;
};

export type RatePagePayload = {
  __typename?: 'RatePagePayload';
  ok: Scalars['Boolean']['output'];
};

export type RegisterInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterPayload = {
  __typename?: 'RegisterPayload';
  /** Always true: the answer does not tell whether the address had an account. */
  ok: Scalars['Boolean']['output'];
};

export type Requirement = {
  __typename?: 'Requirement';
  /** WORKSHOPS (reported workshops) or CO_OPTATIONS (by holders of the next belt or higher). */
  code: Scalars['String']['output'];
  met: Scalars['Boolean']['output'];
  progress: Scalars['Int']['output'];
  target: Scalars['Int']['output'];
};

export type Resource = Node & {
  __typename?: 'Resource';
  audience: Audience;
  category?: Maybe<Category>;
  contentType?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Time']['output'];
  /** Markdown. */
  description: Scalars['String']['output'];
  filename?: Maybe<Scalars['String']['output']>;
  /** The description rendered to sanitized HTML. */
  html: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  position: Scalars['Int']['output'];
  size?: Maybe<Scalars['Int']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
  /** The file's download address, or the external link. */
  url: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ResourceEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** A resource translation's draft, as editors see it. */
export type ResourceDraft = {
  __typename?: 'ResourceDraft';
  description: Scalars['String']['output'];
  /** The draft's file, when it is one. */
  file?: Maybe<AttachedFile>;
  html: Scalars['String']['output'];
  locale: Locale;
  revision: Scalars['Int']['output'];
  /** DRAFT, PUBLISHED or CHANGED. */
  status: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** UP_TO_DATE, MISSING or OUTDATED. */
  translationStatus: Scalars['String']['output'];
  updatedAt?: Maybe<Scalars['Time']['output']>;
  updatedBy: Scalars['String']['output'];
  /** The draft's link, empty when it is a file. */
  url: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Resource>;
};

/** Ordering options for Resource connections */
export type ResourceOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Resources. */
  field: ResourceOrderField;
};

/** Properties by which Resource connections can be ordered. */
export type ResourceOrderField =
  | 'CREATED_AT'
  | 'POSITION'
  | 'UPDATED_AT';

export type ResourcePayload = {
  __typename?: 'ResourcePayload';
  resource: Resource;
};

/** What one publish of a resource translation made public. */
export type ResourceRevision = {
  __typename?: 'ResourceRevision';
  author?: Maybe<Author>;
  description: Scalars['String']['output'];
  file?: Maybe<AttachedFile>;
  number: Scalars['Int']['output'];
  publishedAt: Scalars['Time']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ResourceTranslationInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** The draft version the editor started from: CONFLICT when someone saved since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  title: Scalars['String']['input'];
  /** A link replaces the draft's file; omitted, the draft keeps its file or link; empty, the link is removed. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** ReviewStatus is enum for the field status */
export type ReviewStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type Revision = {
  __typename?: 'Revision';
  author?: Maybe<Author>;
  number: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['Time']['output']>;
};

/** A role an account holds, in the whole space (scope null) or in one scope of it. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  role: Scalars['String']['output'];
  /** entity:12, organization:3, program:7; null for the whole space. */
  scope?: Maybe<Scalars['String']['output']>;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: SearchPageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchResult;
  /** An extract of the matching text, matched words wrapped in <mark></mark>; the rest is HTML-escaped. */
  snippet: Scalars['String']['output'];
};

export type SearchGap = {
  __typename?: 'SearchGap';
  count: Scalars['Int']['output'];
  lastAt: Scalars['Time']['output'];
  locale: Locale;
  /** The words searched, lower-cased, accents folded and French elisions dropped ("l'Accès" is "acces"). */
  query: Scalars['String']['output'];
};

export type SearchPageInfo = {
  __typename?: 'SearchPageInfo';
  /** Pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type SearchResult = Faq | Guide | News | Resource;

/** What setEntityManager answers: the entity with its new manager. */
export type SetEntityManagerPayload = {
  __typename?: 'SetEntityManagerPayload';
  entity: Entity;
};

/** What siretCheck says of a number. */
export type SiretCheck = {
  __typename?: 'SiretCheck';
  /** The establishment's 5 digits, when the number has 14 digits. */
  nic?: Maybe<Scalars['String']['output']>;
  /** The number without its spaces. */
  normalized: Scalars['String']['output'];
  /** null when the number is valid. */
  reason?: Maybe<SiretProblem>;
  /** The organisation's 9 digits, when the number has 14 digits. */
  siren?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
};

/** Why a number is not a SIRET. */
export type SiretProblem =
  /** Its check digit is wrong (Luhn; the digit-sum rule for La Poste's SIREN 356000000). */
  | 'CHECKSUM'
  /** Once its spaces are removed, it is not 14 digits. */
  | 'NOT_14_DIGITS';

export type Space = Node & {
  __typename?: 'Space';
  /** The audiences the space's pages may be written for (PUBLIC, SIGNED_IN, EDITOR, STAFF and the roles of its modules), as updatePageSettings accepts them. */
  audiences: Array<Audience>;
  createdAt: Scalars['Time']['output'];
  defaultLocale: Locale;
  id: Scalars['ID']['output'];
  /** The locales the space serves, its default first. */
  locales: Array<Locale>;
  /** The modules the space runs (its space.yaml: trainings, entities, programs, …), for the admin app to show only the screens of the space's journeys. */
  modules: Array<Scalars['String']['output']>;
  /** The space's name in `locale` (by default the request's locale). */
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};


export type SpaceNameArgs = {
  locale?: InputMaybe<Locale>;
};

/** Ordering options for Space connections */
export type SpaceOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Spaces. */
  field: SpaceOrderField;
};

/** Properties by which Space connections can be ordered. */
export type SpaceOrderField =
  | 'CREATED_AT'
  | 'UPDATED_AT';

/** A message sent through the help pages' contact form. */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  createdAt: Scalars['Time']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Locale;
  message: Scalars['String']['output'];
  name: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

export type SupportRequestInput = {
  email: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  message: Scalars['String']['input'];
  name: Scalars['String']['input'];
  subject: Scalars['String']['input'];
};

export type SupportRequestPayload = {
  __typename?: 'SupportRequestPayload';
  id: Scalars['ID']['output'];
};

export type Training = Node & {
  __typename?: 'Training';
  capacity: Scalars['Int']['output'];
  city?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['Time']['output'];
  format: Format;
  id: Scalars['ID']['output'];
  language: Locale;
  /** The trainer's and staff's view: who registered and who attended. */
  registrations: Array<TrainingRegistration>;
  seatsLeft: Scalars['Int']['output'];
  startsAt: Scalars['Time']['output'];
  title: Scalars['String']['output'];
  trainer: Author;
};

/** A connection to a list of items. */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<TrainingEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Training>;
};

/** Ordering options for Training connections */
export type TrainingOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Trainings. */
  field: TrainingOrderField;
};

/** Properties by which Training connections can be ordered. */
export type TrainingOrderField =
  | 'STARTS_AT';

export type TrainingPayload = {
  __typename?: 'TrainingPayload';
  training: Training;
};

export type TrainingRegistration = {
  __typename?: 'TrainingRegistration';
  account: Account;
  attended: Scalars['Boolean']['output'];
  registeredAt: Scalars['Time']['output'];
  training: Training;
};

/** An account's own registrations, the latest training first. */
export type TrainingRegistrationConnection = {
  __typename?: 'TrainingRegistrationConnection';
  edges: Array<TrainingRegistrationEdge>;
  totalCount: Scalars['Int']['output'];
};

export type TrainingRegistrationEdge = {
  __typename?: 'TrainingRegistrationEdge';
  node: TrainingRegistration;
};

export type TrainingRegistrationInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  /**
   * The new participant account's password (the space's password policy); ignored when signed
   * in. Leave it out when the address has an account: its owner confirms by an e-mailed link.
   * Without one for an address that has no account, nothing is created and the address is
   * e-mailed how to register; the answer is the same in every case.
   */
  password?: InputMaybe<Scalars['String']['input']>;
};

export type TrainingRegistrationPayload = {
  __typename?: 'TrainingRegistrationPayload';
  /** Always true when accepted: the answer does not tell whether the address had an account. */
  ok: Scalars['Boolean']['output'];
};

/** A guide whose translation in a locale is missing or older than the other language's. */
export type UntranslatedGuide = {
  __typename?: 'UntranslatedGuide';
  id: Scalars['ID']['output'];
  /** The published translation in the other language, to translate from. */
  source: GuideTranslation;
  translationStatus: Scalars['String']['output'];
};

/** A page (guide, FAQ entry, resource or news post) whose translation in a locale is missing or outdated. */
export type UntranslatedItem = {
  __typename?: 'UntranslatedItem';
  id: Scalars['ID']['output'];
  /** GUIDE, FAQ, RESOURCE or NEWS. */
  kind: Scalars['String']['output'];
  /** The published language to translate from, and the page's title (or question) in it. */
  sourceLocale: Locale;
  sourceTitle: Scalars['String']['output'];
  /** MISSING or OUTDATED. */
  translationStatus: Scalars['String']['output'];
};

/** What a person may change of their own account; a field left out is kept. */
export type UpdateProfileInput = {
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The preferred language: e-mails, and the account's default locale. */
  locale?: InputMaybe<Locale>;
};

/** What the organiser changes in a scheduled workshop; a field left out stays as it is. Checked as createWorkshop's input is. */
export type UpdateWorkshopInput = {
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** An empty city clears it. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The whole list of co-facilitators (at most 4), each a facilitator of the space; [] leaves the organiser alone. */
  coFacilitatorEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  format?: InputMaybe<Format>;
  kind?: InputMaybe<WorkshopKind>;
  language?: InputMaybe<Locale>;
  startsAt?: InputMaybe<Scalars['Time']['input']>;
};

export type ValidateAttendancePayload = {
  __typename?: 'ValidateAttendancePayload';
  registrations: Array<TrainingRegistration>;
};

export type Webhook = Node & {
  __typename?: 'Webhook';
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['Time']['output'];
  /** The delivery log, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** e.g. guide.published, guide.unpublished */
  events: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};


export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  deliveredAt?: Maybe<Scalars['Time']['output']>;
  event: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastError: Scalars['String']['output'];
  /** the JSON body sent */
  payload: Scalars['String']['output'];
  responseStatus?: Maybe<Scalars['Int']['output']>;
  status: WebhookDeliveryStatus;
};

/** A connection to a list of items. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WebhookDeliveryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WebhookDelivery>;
};

/** Ordering options for WebhookDelivery connections */
export type WebhookDeliveryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WebhookDeliveries. */
  field: WebhookDeliveryOrderField;
};

/** Properties by which WebhookDelivery connections can be ordered. */
export type WebhookDeliveryOrderField =
  | 'CREATED_AT';

/** WebhookDeliveryStatus is enum for the field status */
export type WebhookDeliveryStatus =
  | 'DELIVERED'
  | 'FAILED'
  | 'PENDING';

export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  webhook: Webhook;
};

export type Workshop = Node & {
  __typename?: 'Workshop';
  /** The applications to co-facilitate it, oldest first: the organiser's view; anyone else gets an empty list. */
  applications: Array<WorkshopApplication>;
  capacity: Scalars['Int']['output'];
  city?: Maybe<Scalars['String']['output']>;
  /** Its facilitators but the organiser. */
  coFacilitators: Array<Facilitator>;
  /** The organiser first, then the co-facilitators. */
  facilitators: Array<Facilitator>;
  format: Format;
  id: Scalars['ID']['output'];
  kind: WorkshopKind;
  language: Locale;
  participants?: Maybe<Scalars['Int']['output']>;
  /** shown in the opportunities while scheduled */
  seekingFacilitators: Scalars['Boolean']['output'];
  startsAt: Scalars['Time']['output'];
  status: WorkshopStatus;
  title: Scalars['String']['output'];
  /** The viewer's own application to co-facilitate it (any status), or null; never another person's. */
  viewerApplication?: Maybe<WorkshopApplication>;
};

/** A facilitator's application to co-facilitate a workshop. */
export type WorkshopApplication = {
  __typename?: 'WorkshopApplication';
  applicant: Facilitator;
  /** When the application was made (or opened again after a withdrawal). */
  createdAt: Scalars['Time']['output'];
  /** When it was accepted, declined or withdrawn. */
  decidedAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  /** What the applicant wrote to the organiser (at most 1000 characters); empty when nothing. */
  message: Scalars['String']['output'];
  status: WorkshopApplicationStatus;
  workshop: Workshop;
};

export type WorkshopApplicationPayload = {
  __typename?: 'WorkshopApplicationPayload';
  application: WorkshopApplication;
};

/** PENDING until the organiser decides; WITHDRAWN by the applicant. */
export type WorkshopApplicationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

/** A connection to a list of items. */
export type WorkshopConnection = {
  __typename?: 'WorkshopConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WorkshopEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

export type WorkshopDecisionPayload = {
  __typename?: 'WorkshopDecisionPayload';
  application: WorkshopApplication;
  workshop: Workshop;
};

/** An edge in a connection. */
export type WorkshopEdge = {
  __typename?: 'WorkshopEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Workshop>;
};

/** WorkshopKind is enum for the field kind */
export type WorkshopKind =
  | 'PRIVATE'
  | 'PROFESSIONAL'
  | 'PUBLIC';

/** Ordering options for Workshop connections */
export type WorkshopOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Workshops. */
  field: WorkshopOrderField;
};

/** Properties by which Workshop connections can be ordered. */
export type WorkshopOrderField =
  | 'STARTS_AT';

export type WorkshopPayload = {
  __typename?: 'WorkshopPayload';
  workshop: Workshop;
};

/** WorkshopStatus is enum for the field status */
export type WorkshopStatus =
  | 'CANCELLED'
  | 'REPORTED'
  | 'SCHEDULED';

export type MemberMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberMeQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, email: string, firstName: string, lastName: string, displayName: string, locale: Locale, status: AccountStatus, roles: Array<string> } | null };

export type MemberSpaceQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberSpaceQuery = { __typename?: 'Query', space: { __typename?: 'Space', slug: string, name: string, modules: Array<string> } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'RegisterPayload', ok: boolean } };

export type ActivateAccountMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ActivateAccountMutation = { __typename?: 'Mutation', activateAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, email: string, status: AccountStatus } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, firstName: string, lastName: string, locale: Locale, displayName: string } } };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type RequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: { __typename?: 'EmailChangePayload', ok: boolean } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailChangeMutation = { __typename?: 'Mutation', confirmEmailChange: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, email: string } } };

export type PasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPolicyQuery = { __typename?: 'Query', passwordPolicy: { __typename?: 'PasswordPolicy', description: string } };

export type MemberSiretCheckQueryVariables = Exact<{
  siret: Scalars['String']['input'];
}>;


export type MemberSiretCheckQuery = { __typename?: 'Query', siretCheck: { __typename?: 'SiretCheck', valid: boolean, normalized: string, siren?: string | null, nic?: string | null, reason?: SiretProblem | null } };

export type MemberRegisterDepositorMutationVariables = Exact<{
  input: DepositorRegistrationInput;
}>;


export type MemberRegisterDepositorMutation = { __typename?: 'Mutation', registerDepositor: { __typename?: 'RegisterPayload', ok: boolean } };

export type MemberMyEntityQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberMyEntityQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, status: AccountStatus, roles: Array<string>, entity?: { __typename?: 'Entity', id: string, name: string, siret?: string | null, kind: EntityKind, manager?: { __typename?: 'Account', id: string, displayName: string } | null, members: { __typename?: 'AccountConnection', totalCount: number, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, displayName: string, status: AccountStatus } | null } | null> | null } } | null } | null };

export type MemberPendingDepositorsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberPendingDepositorsQuery = { __typename?: 'Query', pendingAccounts: { __typename?: 'AccountConnection', totalCount: number, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, email: string, displayName: string, status: AccountStatus, createdAt: string, entity?: { __typename?: 'Entity', id: string, name: string } | null, documents: Array<{ __typename?: 'Document', kind: DocumentKind, filename: string, size: number, signedOn?: string | null, url: string }> } | null } | null> | null } };

export type MemberApproveAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberApproveAccountMutation = { __typename?: 'Mutation', approveAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type MemberRejectAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberRejectAccountMutation = { __typename?: 'Mutation', rejectAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type MemberNewsListQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Locale>;
}>;


export type MemberNewsListQuery = { __typename?: 'Query', news: { __typename?: 'NewsConnection', totalCount: number, edges?: Array<{ __typename?: 'NewsEdge', node?: { __typename?: 'News', id: string, slug: string, title: string, summary: string, publishedAt: string, locale: Locale } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberNewsPostQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type MemberNewsPostQuery = { __typename?: 'Query', newsPost?: { __typename?: 'News', id: string, slug: string, title: string, summary: string, html: string, publishedAt: string, locale: Locale } | null };

export type MemberLocalGroupsQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberLocalGroupsQuery = { __typename?: 'Query', localGroups: { __typename?: 'LocalGroupConnection', totalCount: number, edges: Array<{ __typename?: 'LocalGroupEdge', node: { __typename?: 'LocalGroup', id: string, name: string, city: string, region: string, memberCount: number, viewerIsMember: boolean } }> } };

export type MemberLocalGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type MemberLocalGroupQuery = { __typename?: 'Query', localGroup?: { __typename?: 'LocalGroup', id: string, name: string, description: string, city: string, region: string, memberCount: number, viewerIsMember: boolean, coordinators: Array<{ __typename?: 'LocalGroupMember', id: string, displayName: string }>, members: { __typename?: 'LocalGroupMemberConnection', totalCount: number, edges: Array<{ __typename?: 'LocalGroupMemberEdge', node: { __typename?: 'LocalGroupMember', id: string, displayName: string, belt?: Belt | null } }> }, upcomingWorkshops: { __typename?: 'WorkshopConnection', edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, city?: string | null, kind: WorkshopKind } | null } | null> | null } } | null };

export type MemberJoinLocalGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberJoinLocalGroupMutation = { __typename?: 'Mutation', joinLocalGroup: { __typename?: 'LocalGroupPayload', group: { __typename?: 'LocalGroup', id: string, memberCount: number, viewerIsMember: boolean } } };

export type MemberLeaveLocalGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberLeaveLocalGroupMutation = { __typename?: 'Mutation', leaveLocalGroup: { __typename?: 'LocalGroupPayload', group: { __typename?: 'LocalGroup', id: string, memberCount: number, viewerIsMember: boolean } } };

export type MemberDirectoryQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  belt?: InputMaybe<Belt>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberDirectoryQuery = { __typename?: 'Query', facilitatorDirectory: { __typename?: 'FacilitatorDirectory', totalCount: number, entries: Array<{ __typename?: 'DirectoryEntry', id: string, displayName: string, belt?: Belt | null, city?: string | null, languages: Array<Locale>, bio?: string | null, contactEmail?: string | null, workshopsRun: number }> } };

export type MemberDirectoryProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberDirectoryProfileQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, directoryProfile?: { __typename?: 'DirectoryProfile', listed: boolean, city?: string | null, languages: Array<Locale>, bioFr?: string | null, bioEn?: string | null, showEmail: boolean } | null } | null };

export type MemberUpdateDirectoryProfileMutationVariables = Exact<{
  input: DirectoryProfileInput;
}>;


export type MemberUpdateDirectoryProfileMutation = { __typename?: 'Mutation', updateDirectoryProfile: { __typename?: 'DirectoryProfile', listed: boolean, city?: string | null, languages: Array<Locale>, bioFr?: string | null, bioEn?: string | null, showEmail: boolean } };

export type MemberCommunityIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberCommunityIndicatorsQuery = { __typename?: 'Query', communityIndicators: { __typename?: 'CommunityIndicators', facilitators: number, workshopsReported: number, participantsReached: number, byBelt: Array<{ __typename?: 'BeltCount', belt: Belt, count: number }> } };

export type MemberToolboxQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberToolboxQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, edges?: Array<{ __typename?: 'ResourceEdge', node?: { __typename?: 'Resource', id: string, locale: Locale, title: string, html: string, url: string, filename?: string | null, contentType?: string | null, size?: number | null, category?: { __typename?: 'Category', slug: string, title: string } | null } | null } | null> | null }, categories: Array<{ __typename?: 'Category', id: string, slug: string, title: string, description: string, guides: { __typename?: 'GuideConnection', edges?: Array<{ __typename?: 'GuideEdge', node?: { __typename?: 'Guide', id: string, slug: string, title: string, summary: string } | null } | null> | null } }> };

export type MemberProsQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberProsQuery = { __typename?: 'Query', opportunities: { __typename?: 'WorkshopConnection', edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, kind: WorkshopKind, city?: string | null, format: Format, language: Locale } | null } | null> | null }, me?: { __typename?: 'Account', id: string, belt?: Belt | null } | null };

export type MemberApplyToWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberApplyToWorkshopMutation = { __typename?: 'Mutation', applyToWorkshop: { __typename?: 'WorkshopApplicationPayload', application: { __typename?: 'WorkshopApplication', id: string, status: WorkshopApplicationStatus } } };

export type MemberPeersQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberPeersQuery = { __typename?: 'Query', mayCoOpt: boolean, mayAsk: boolean, me?: { __typename?: 'Account', id: string, belt?: Belt | null, nextBeltRequest?: { __typename?: 'BeltRequest', id: string, belt: Belt, status: BeltRequestStatus, required: number, createdAt: string, coOptations: Array<{ __typename?: 'CoOptationView', by: { __typename?: 'Facilitator', displayName: string } }> } | null, journey?: { __typename?: 'Journey', belt?: Belt | null, nextBelt?: Belt | null, workshopsRun: number, requirements: Array<{ __typename?: 'Requirement', code: string, met: boolean, progress: number, target: number }>, coOptations: Array<{ __typename?: 'CoOptationView', belt: Belt, at: string, comment: string, by: { __typename?: 'Facilitator', displayName: string, belt?: Belt | null } }> } | null } | null };

export type MemberBeltRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberBeltRequestsQuery = { __typename?: 'Query', beltValidationRequests: { __typename?: 'BeltRequestConnection', totalCount: number, edges?: Array<{ __typename?: 'BeltRequestEdge', node?: { __typename?: 'BeltRequest', id: string, belt: Belt, status: BeltRequestStatus, required: number, candidate: { __typename?: 'Facilitator', id: string, displayName: string, belt?: Belt | null, workshopsRun: number }, coOptations: Array<{ __typename?: 'CoOptationView', by: { __typename?: 'Facilitator', displayName: string } }> } | null } | null> | null } };

export type MemberRequestBeltValidationMutationVariables = Exact<{ [key: string]: never; }>;


export type MemberRequestBeltValidationMutation = { __typename?: 'Mutation', requestBeltValidation: { __typename?: 'BeltRequestPayload', request: { __typename?: 'BeltRequest', id: string, belt: Belt, status: BeltRequestStatus } } };

export type MemberCoOptMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberCoOptMutation = { __typename?: 'Mutation', coOpt: { __typename?: 'CoOptPayload', request: { __typename?: 'BeltRequest', id: string, status: BeltRequestStatus }, candidate: { __typename?: 'Facilitator', id: string, belt?: Belt | null } } };

export type MemberHelpQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberHelpQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, slug: string, title: string, description: string, guides: { __typename?: 'GuideConnection', totalCount: number, edges?: Array<{ __typename?: 'GuideEdge', node?: { __typename?: 'Guide', id: string, slug: string, title: string, summary: string, audience: Audience } | null } | null> | null } }> };

export type MemberHelpGuideQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type MemberHelpGuideQuery = { __typename?: 'Query', guide?: { __typename?: 'Guide', id: string, slug: string, locale: Locale, title: string, summary: string, html: string, audience: Audience, category?: { __typename?: 'Category', slug: string, title: string } | null, attachments: Array<{ __typename?: 'File', filename: string, contentType: string, size: number, url: string }> } | null };

export type MemberFaqsQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberFaqsQuery = { __typename?: 'Query', faqs: { __typename?: 'FaqConnection', totalCount: number, edges?: Array<{ __typename?: 'FaqEdge', node?: { __typename?: 'Faq', id: string, question: string, html: string, audience: Audience, category?: { __typename?: 'Category', slug: string, title: string } | null } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberHelpSearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  locale?: InputMaybe<Locale>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberHelpSearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchConnection', totalCount: number, edges: Array<{ __typename?: 'SearchEdge', snippet: string, node: { __typename: 'Faq', id: string, question: string } | { __typename: 'Guide', id: string, slug: string, title: string } | { __typename: 'News', id: string, slug: string, title: string } | { __typename: 'Resource', id: string, title: string, url: string } }> } };

export type MemberContactSupportMutationVariables = Exact<{
  input: SupportRequestInput;
}>;


export type MemberContactSupportMutation = { __typename?: 'Mutation', contactSupport: { __typename?: 'SupportRequestPayload', id: string } };

export type MemberContactMeQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberContactMeQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, email: string, displayName: string } | null };

export type MemberTrainingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberTrainingsQuery = { __typename?: 'Query', trainings: { __typename?: 'TrainingConnection', totalCount: number, edges?: Array<{ __typename?: 'TrainingEdge', node?: { __typename?: 'Training', id: string, title: string, startsAt: string, endsAt: string, format: Format, language: Locale, city?: string | null, seatsLeft: number, trainer: { __typename?: 'Author', displayName: string } } | null } | null> | null } };

export type MemberRegisterForTrainingMutationVariables = Exact<{
  trainingId: Scalars['ID']['input'];
  input: TrainingRegistrationInput;
}>;


export type MemberRegisterForTrainingMutation = { __typename?: 'Mutation', registerForTraining: { __typename?: 'TrainingRegistrationPayload', ok: boolean } };

export type MemberConfirmTrainingRegistrationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type MemberConfirmTrainingRegistrationMutation = { __typename?: 'Mutation', confirmTrainingRegistration: { __typename?: 'TrainingRegistrationPayload', ok: boolean } };

export type MemberCourseQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberCourseQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, edges?: Array<{ __typename?: 'ResourceEdge', node?: { __typename?: 'Resource', id: string, title: string, html: string, url: string, filename?: string | null } | null } | null> | null }, me?: { __typename?: 'Account', id: string, trainingRegistrations: { __typename?: 'TrainingRegistrationConnection', edges: Array<{ __typename?: 'TrainingRegistrationEdge', node: { __typename?: 'TrainingRegistration', attended: boolean, registeredAt: string, training: { __typename?: 'Training', id: string, title: string, startsAt: string, endsAt: string, format: Format, city?: string | null } } }> } } | null };

export type MemberFacilitatorHomeQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type MemberFacilitatorHomeQuery = { __typename?: 'Query', opportunities: { __typename?: 'WorkshopConnection', edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, kind: WorkshopKind, city?: string | null, format: Format, facilitators: Array<{ __typename?: 'Facilitator', id: string, displayName: string }>, viewerApplication?: { __typename?: 'WorkshopApplication', id: string, status: WorkshopApplicationStatus } | null } | null } | null> | null }, me?: { __typename?: 'Account', id: string, workshops: { __typename?: 'WorkshopConnection', edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, status: WorkshopStatus, city?: string | null, format: Format, kind: WorkshopKind } | null } | null> | null } } | null };

export type MemberWithdrawWorkshopApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberWithdrawWorkshopApplicationMutation = { __typename?: 'Mutation', withdrawWorkshopApplication: { __typename?: 'WorkshopApplicationPayload', application: { __typename?: 'WorkshopApplication', id: string, status: WorkshopApplicationStatus } } };

export type MemberMyWorkshopsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberMyWorkshopsQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, journey?: { __typename?: 'Journey', workshopsRun: number, participantsReached: number } | null, workshops: { __typename?: 'WorkshopConnection', totalCount: number, edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, status: WorkshopStatus, city?: string | null, capacity: number, kind: WorkshopKind, format: Format, language: Locale, participants?: number | null, seekingFacilitators: boolean, facilitators: Array<{ __typename?: 'Facilitator', id: string }>, coFacilitators: Array<{ __typename?: 'Facilitator', id: string, displayName: string }>, applications: Array<{ __typename?: 'WorkshopApplication', id: string, status: WorkshopApplicationStatus, message: string, applicant: { __typename?: 'Facilitator', id: string, displayName: string, belt?: Belt | null } }> } | null } | null> | null } } | null };

export type MemberCreateWorkshopMutationVariables = Exact<{
  input: CreateWorkshopInput;
}>;


export type MemberCreateWorkshopMutation = { __typename?: 'Mutation', createWorkshop: { __typename?: 'WorkshopPayload', workshop: { __typename?: 'Workshop', id: string, status: WorkshopStatus } } };

export type MemberUpdateWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWorkshopInput;
}>;


export type MemberUpdateWorkshopMutation = { __typename?: 'Mutation', updateWorkshop: { __typename?: 'WorkshopPayload', workshop: { __typename?: 'Workshop', id: string, startsAt: string, city?: string | null, capacity: number, coFacilitators: Array<{ __typename?: 'Facilitator', id: string, displayName: string }> } } };

export type MemberReportWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  participants: Scalars['Int']['input'];
}>;


export type MemberReportWorkshopMutation = { __typename?: 'Mutation', reportWorkshop: { __typename?: 'WorkshopPayload', workshop: { __typename?: 'Workshop', id: string, status: WorkshopStatus, participants?: number | null } } };

export type MemberCancelWorkshopMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberCancelWorkshopMutation = { __typename?: 'Mutation', cancelWorkshop: { __typename?: 'WorkshopPayload', workshop: { __typename?: 'Workshop', id: string, status: WorkshopStatus } } };

export type MemberDecideWorkshopApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type MemberDecideWorkshopApplicationMutation = { __typename?: 'Mutation', decideWorkshopApplication: { __typename?: 'WorkshopDecisionPayload', application: { __typename?: 'WorkshopApplication', id: string, status: WorkshopApplicationStatus }, workshop: { __typename?: 'Workshop', id: string, coFacilitators: Array<{ __typename?: 'Facilitator', id: string, displayName: string }> } } };

export type MemberMyJourneyQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberMyJourneyQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, belt?: Belt | null, journey?: { __typename?: 'Journey', belt?: Belt | null, nextBelt?: Belt | null, workshopsRun: number, participantsReached: number, requirements: Array<{ __typename?: 'Requirement', code: string, met: boolean, progress: number, target: number }>, coOptations: Array<{ __typename?: 'CoOptationView', belt: Belt, at: string, by: { __typename?: 'Facilitator', displayName: string, belt?: Belt | null } }> } | null, workshops: { __typename?: 'WorkshopConnection', totalCount: number, edges?: Array<{ __typename?: 'WorkshopEdge', node?: { __typename?: 'Workshop', id: string, title: string, startsAt: string, status: WorkshopStatus, participants?: number | null, city?: string | null } | null } | null> | null } } | null };

export type MemberMentoringRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberMentoringRolesQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, firstName: string, lastName: string, email: string, roleAssignments: Array<{ __typename?: 'RoleAssignment', role: string, scope?: string | null }> } | null };

export type MemberOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type MemberOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, city?: string | null, status: ReviewStatus, createdAt: string, pinnedNotices: Array<{ __typename?: 'Notice', text: string, createdAt: string, pinned: boolean, request: { __typename?: 'PlatformAccessRequest', id: string, status: PlatformAccessRequestStatus, programTitle: string, adminEmail: string, logoUrl?: string | null } }> } | null };

export type MemberProgramsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberProgramsQuery = { __typename?: 'Query', programs: { __typename?: 'ProgramConnection', totalCount: number, edges?: Array<{ __typename?: 'ProgramEdge', node?: { __typename?: 'Program', id: string, title: string, titleFr: string, titleEn: string, status: ProgramStatus, responseLevel: number, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, status: ReviewStatus }, contact: { __typename?: 'ProgramContact', displayName: string } } | null } | null> | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberCreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type MemberCreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, status: ReviewStatus } } };

export type MemberCreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;


export type MemberCreateProgramMutation = { __typename?: 'Mutation', createProgram: { __typename?: 'ProgramPayload', program: { __typename?: 'Program', id: string, status: ProgramStatus } } };

export type MemberOnboardingSessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MemberOnboardingSessionsQuery = { __typename?: 'Query', onboardingSessions: { __typename?: 'OnboardingSessionConnection', edges?: Array<{ __typename?: 'OnboardingSessionEdge', node?: { __typename?: 'OnboardingSession', id: string, startsAt: string, language: Locale, seatsLeft: number } | null } | null> | null } };

export type MemberRegisterForOnboardingMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  programId: Scalars['ID']['input'];
}>;


export type MemberRegisterForOnboardingMutation = { __typename?: 'Mutation', registerForOnboarding: { __typename?: 'OnboardingRegistrationPayload', ok: boolean } };

export type MemberRequestPlatformAccessMutationVariables = Exact<{
  input: PlatformAccessRequestInput;
}>;


export type MemberRequestPlatformAccessMutation = { __typename?: 'Mutation', requestPlatformAccess: { __typename?: 'PlatformAccessRequestPayload', request: { __typename?: 'PlatformAccessRequest', id: string, status: PlatformAccessRequestStatus, programTitle: string, adminEmail: string, logoUrl?: string | null } } };

export type MemberCancelPlatformAccessRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberCancelPlatformAccessRequestMutation = { __typename?: 'Mutation', cancelPlatformAccessRequest: { __typename?: 'PlatformAccessRequestPayload', request: { __typename?: 'PlatformAccessRequest', id: string, status: PlatformAccessRequestStatus } } };

export type MemberAcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type MemberAcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AcceptInvitationPayload', account: { __typename?: 'Account', id: string, email: string, status: AccountStatus } } };

export type MemberSpacesModulesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberSpacesModulesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', slug: string, modules: Array<string> }> };

export type SpacesQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type SpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'Space', slug: string, name: string }> };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', token: string, passwordResetRequired: boolean, account: { __typename?: 'Account', id: string, displayName: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type ViewerQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type ViewerQuery = { __typename?: 'Query', permissions: Array<string>, me?: { __typename?: 'Account', id: string, displayName: string, email: string, roleAssignments: Array<{ __typename?: 'RoleAssignment', role: string, scope?: string | null }> } | null, space: { __typename?: 'Space', slug: string, name: string, locales: Array<Locale>, defaultLocale: Locale, modules: Array<string> } };

export type ScopedPermissionsQueryVariables = Exact<{
  scope?: InputMaybe<Scalars['String']['input']>;
}>;


export type ScopedPermissionsQuery = { __typename?: 'Query', permissions: Array<string> };

export type PagesQueryVariables = Exact<{
  filter?: InputMaybe<PageFilter>;
}>;


export type PagesQuery = { __typename?: 'Query', pages: Array<{ __typename?: 'EditorPage', kind: PageKind, id: string, audience: Audience, position: number, updatedAt: string, deletedAt?: string | null, category?: { __typename?: 'Category', id: string, slug: string, title: string } | null, translations: Array<{ __typename?: 'PageTranslationState', locale: Locale, title: string, status: string, translationStatus: string, publishAt?: string | null }> }> };

export type CategoriesQueryVariables = Exact<{
  locale?: InputMaybe<Locale>;
}>;


export type CategoriesQuery = { __typename?: 'Query', categories: Array<{ __typename?: 'Category', id: string, locale: Locale, slug: string, title: string, description: string }> };

export type RenderMarkdownQueryVariables = Exact<{
  markdown: Scalars['String']['input'];
}>;


export type RenderMarkdownQuery = { __typename?: 'Query', renderMarkdown: string };

export type NeedsTranslationQueryVariables = Exact<{
  locale: Locale;
}>;


export type NeedsTranslationQuery = { __typename?: 'Query', needsTranslation: Array<{ __typename?: 'UntranslatedItem', kind: string, id: string, translationStatus: string, sourceLocale: Locale, sourceTitle: string }> };

export type GuideDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type GuideDraftQuery = { __typename?: 'Query', guideDraft: { __typename?: 'GuideDraft', locale: Locale, slug: string, title: string, summary: string, body: string, html: string, status: string, translationStatus: string, version: number, updatedAt?: string | null, updatedBy: string, publishAt?: string | null, revision: number, attachments: Array<{ __typename?: 'AttachedFile', id: string, filename: string, contentType: string, size: number, url: string }> } };

export type CreateGuideMutationVariables = Exact<{
  input: CreateGuideInput;
}>;


export type CreateGuideMutation = { __typename?: 'Mutation', createGuide: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type SaveGuideDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  input: GuideTranslationInput;
}>;


export type SaveGuideDraftMutation = { __typename?: 'Mutation', saveGuideDraft: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type PublishGuideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type PublishGuideMutation = { __typename?: 'Mutation', publishGuide: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type UnpublishGuideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type UnpublishGuideMutation = { __typename?: 'Mutation', unpublishGuide: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type ScheduleGuideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  at?: InputMaybe<Scalars['Time']['input']>;
}>;


export type ScheduleGuideMutation = { __typename?: 'Mutation', scheduleGuidePublish: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type GuidePreviewMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type GuidePreviewMutation = { __typename?: 'Mutation', createGuidePreview: { __typename?: 'PreviewLink', url: string, expiresAt: string } };

export type GuideRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type GuideRevisionsQuery = { __typename?: 'Query', guideRevisions: Array<{ __typename?: 'GuideRevision', number: number, title: string, publishedAt: string, author?: { __typename?: 'Author', displayName: string } | null }> };

export type CompareGuideQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareGuideQuery = { __typename?: 'Query', compareGuideRevisions: string };

export type RestoreGuideRevisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
}>;


export type RestoreGuideRevisionMutation = { __typename?: 'Mutation', restoreGuideRevision: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type AttachGuideFileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  file: Scalars['Upload']['input'];
}>;


export type AttachGuideFileMutation = { __typename?: 'Mutation', attachGuideFile: { __typename?: 'AttachedFile', id: string, filename: string, contentType: string, size: number, url: string } };

export type DeleteGuideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteGuideMutation = { __typename?: 'Mutation', deleteGuide: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type RestoreGuideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreGuideMutation = { __typename?: 'Mutation', restoreGuide: { __typename?: 'GuidePayload', guide: { __typename?: 'Guide', id: string } } };

export type FaqDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type FaqDraftQuery = { __typename?: 'Query', faqDraft: { __typename?: 'FaqDraft', locale: Locale, question: string, answer: string, html: string, status: string, translationStatus: string, version: number, updatedAt?: string | null, updatedBy: string, revision: number } };

export type CreateFaqMutationVariables = Exact<{
  input: CreateFaqInput;
}>;


export type CreateFaqMutation = { __typename?: 'Mutation', createFaq: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type SaveFaqDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  input: FaqTranslationInput;
}>;


export type SaveFaqDraftMutation = { __typename?: 'Mutation', saveFaqDraft: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type PublishFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type PublishFaqMutation = { __typename?: 'Mutation', publishFaq: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type UnpublishFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type UnpublishFaqMutation = { __typename?: 'Mutation', unpublishFaq: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type FaqRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type FaqRevisionsQuery = { __typename?: 'Query', faqRevisions: Array<{ __typename?: 'FaqRevision', number: number, question: string, publishedAt: string, author?: { __typename?: 'Author', displayName: string } | null }> };

export type CompareFaqQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareFaqQuery = { __typename?: 'Query', compareFaqRevisions: string };

export type RestoreFaqRevisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
}>;


export type RestoreFaqRevisionMutation = { __typename?: 'Mutation', restoreFaqRevision: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type DeleteFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteFaqMutation = { __typename?: 'Mutation', deleteFaq: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type RestoreFaqMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreFaqMutation = { __typename?: 'Mutation', restoreFaq: { __typename?: 'FaqPayload', faq: { __typename?: 'Faq', id: string } } };

export type ResourceDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type ResourceDraftQuery = { __typename?: 'Query', resourceDraft: { __typename?: 'ResourceDraft', locale: Locale, title: string, description: string, html: string, url: string, status: string, translationStatus: string, version: number, updatedAt?: string | null, updatedBy: string, revision: number, file?: { __typename?: 'AttachedFile', id: string, filename: string, contentType: string, size: number, url: string } | null } };

export type CreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type SaveResourceDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  input: ResourceTranslationInput;
}>;


export type SaveResourceDraftMutation = { __typename?: 'Mutation', saveResourceDraft: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type UploadResourceFileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  file: Scalars['Upload']['input'];
}>;


export type UploadResourceFileMutation = { __typename?: 'Mutation', uploadResourceFile: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type PublishResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type PublishResourceMutation = { __typename?: 'Mutation', publishResource: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type UnpublishResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type UnpublishResourceMutation = { __typename?: 'Mutation', unpublishResource: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type ResourceRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type ResourceRevisionsQuery = { __typename?: 'Query', resourceRevisions: Array<{ __typename?: 'ResourceRevision', number: number, title: string, publishedAt: string, author?: { __typename?: 'Author', displayName: string } | null }> };

export type CompareResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  from: Scalars['Int']['input'];
  to: Scalars['Int']['input'];
}>;


export type CompareResourceQuery = { __typename?: 'Query', compareResourceRevisions: string };

export type RestoreResourceRevisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
}>;


export type RestoreResourceRevisionMutation = { __typename?: 'Mutation', restoreResourceRevision: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type DeleteResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteResourceMutation = { __typename?: 'Mutation', deleteResource: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type RestoreResourceMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreResourceMutation = { __typename?: 'Mutation', restoreResource: { __typename?: 'ResourcePayload', resource: { __typename?: 'Resource', id: string } } };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { __typename?: 'Mutation', createCategory: { __typename?: 'CategoryPayload', category: { __typename?: 'Category', id: string } } };

export type UpdateCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  input: CategoryTranslationInput;
}>;


export type UpdateCategoryMutation = { __typename?: 'Mutation', updateCategory: { __typename?: 'CategoryPayload', category: { __typename?: 'Category', id: string } } };

export type DeleteCategoryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCategoryMutation = { __typename?: 'Mutation', deleteCategory: { __typename?: 'CategoryPayload', category: { __typename?: 'Category', id: string } } };

export type PendingAccountsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingAccountsQuery = { __typename?: 'Query', pendingAccounts: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, email: string, firstName: string, lastName: string, createdAt: string, status: AccountStatus, entity?: { __typename?: 'Entity', id: string, name: string, kind: EntityKind, siret?: string | null, manager?: { __typename?: 'Account', id: string } | null } | null, documents: Array<{ __typename?: 'Document', id: string, filename: string, contentType: string, size: number, url: string, kind: DocumentKind }> } | null } | null> | null } };

export type ApproveAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveAccountMutation = { __typename?: 'Mutation', approveAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type RejectAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectAccountMutation = { __typename?: 'Mutation', rejectAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type AccountsQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccountsQuery = { __typename?: 'Query', accountSearch: Array<{ __typename?: 'Account', id: string, email: string, displayName: string, status: AccountStatus, roleAssignments: Array<{ __typename?: 'RoleAssignment', role: string, scope?: string | null }> }> };

export type GrantableRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantableRolesQuery = { __typename?: 'Query', grantableRoles: Array<string> };

export type GrantRoleMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantRoleMutation = { __typename?: 'Mutation', grantRole: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, roleAssignments: Array<{ __typename?: 'RoleAssignment', role: string, scope?: string | null }> } } };

export type RevokeRoleMutationVariables = Exact<{
  accountId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevokeRoleMutation = { __typename?: 'Mutation', revokeRole: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, roleAssignments: Array<{ __typename?: 'RoleAssignment', role: string, scope?: string | null }> } } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhookEvents: Array<string>, webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, events: Array<string>, active: boolean, createdAt: string }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'AuditEvent' } | { __typename?: 'BeltRequest' } | { __typename?: 'Category' } | { __typename?: 'Document' } | { __typename?: 'Entity' } | { __typename?: 'Faq' } | { __typename?: 'Guide' } | { __typename?: 'News' } | { __typename?: 'OnboardingSession' } | { __typename?: 'Organization' } | { __typename?: 'PlatformAccessRequest' } | { __typename?: 'Program' } | { __typename?: 'Resource' } | { __typename?: 'Space' } | { __typename?: 'Training' } | { __typename?: 'Webhook', id: string, deliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'WebhookDeliveryEdge', node?: { __typename?: 'WebhookDelivery', id: string, event: string, status: WebhookDeliveryStatus, attempts: number, responseStatus?: number | null, lastError: string, deliveredAt?: string | null, createdAt: string } | null } | null> | null } } | { __typename?: 'WebhookDelivery' } | { __typename?: 'Workshop' } | null };

export type CreateWebhookMutationVariables = Exact<{
  url: Scalars['String']['input'];
  events: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', secret: string, webhook: { __typename?: 'Webhook', id: string } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: boolean };

export type AuditLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'AuditEventEdge', node?: { __typename?: 'AuditEvent', id: string, action: string, actorID?: string | null, targetID?: string | null, email: string, client: string, createdAt: string, details: Array<{ __typename?: 'AuditDetail', key: string, value: string }> } | null } | null> | null } };

export type MyTrainingsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  past?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyTrainingsQuery = { __typename?: 'Query', myTrainings: { __typename?: 'TrainingConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'TrainingEdge', node?: { __typename?: 'Training', id: string, title: string, startsAt: string, endsAt: string, format: Format, language: Locale, capacity: number, city?: string | null, seatsLeft: number, trainer: { __typename?: 'Author', displayName: string } } | null } | null> | null } };

export type TrainingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingQuery = { __typename?: 'Query', training?: { __typename?: 'Training', id: string, title: string, startsAt: string, endsAt: string, format: Format, language: Locale, capacity: number, city?: string | null, seatsLeft: number, trainer: { __typename?: 'Author', displayName: string }, registrations: Array<{ __typename?: 'TrainingRegistration', attended: boolean, registeredAt: string, account: { __typename?: 'Account', id: string, email: string, displayName: string, status: AccountStatus } }> } | null };

export type CreateTrainingMutationVariables = Exact<{
  input: CreateTrainingInput;
}>;


export type CreateTrainingMutation = { __typename?: 'Mutation', createTraining: { __typename?: 'TrainingPayload', training: { __typename?: 'Training', id: string, title: string } } };

export type ValidateAttendanceMutationVariables = Exact<{
  trainingId: Scalars['ID']['input'];
  accountIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type ValidateAttendanceMutation = { __typename?: 'Mutation', validateAttendance: { __typename?: 'ValidateAttendancePayload', registrations: Array<{ __typename?: 'TrainingRegistration', attended: boolean, account: { __typename?: 'Account', id: string } }> } };

export type SupportSearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportSearchQuery = { __typename?: 'Query', accountSearch: Array<{ __typename?: 'Account', id: string, email: string, displayName: string, status: AccountStatus, createdAt: string, roles: Array<string> }> };

export type AccountHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AccountHistoryQuery = { __typename?: 'Query', accountHistory: Array<{ __typename?: 'AuditEvent', id: string, action: string, actorID?: string | null, targetID?: string | null, client: string, createdAt: string, actor?: { __typename?: 'Account', id: string, email: string, firstName: string, lastName: string } | null, details: Array<{ __typename?: 'AuditDetail', key: string, value: string }> }> };

export type ActivateLegacyAccountMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ActivateLegacyAccountMutation = { __typename?: 'Mutation', activateLegacyAccount: { __typename?: 'AccountPayload', account: { __typename?: 'Account', id: string, status: AccountStatus } } };

export type ResendActivationMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type ResendActivationMutation = { __typename?: 'Mutation', resendActivation: boolean };

export type SupportRequestsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SupportRequestsQuery = { __typename?: 'Query', supportRequests: Array<{ __typename?: 'SupportRequest', id: string, email: string, name: string, subject: string, message: string, locale: Locale, createdAt: string }> };

export type LocalGroupsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  locale?: InputMaybe<Locale>;
}>;


export type LocalGroupsQuery = { __typename?: 'Query', localGroups: { __typename?: 'LocalGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'LocalGroupEdge', node: { __typename?: 'LocalGroup', id: string, name: string, city: string, region: string, memberCount: number } }> } };

export type LocalGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type LocalGroupQuery = { __typename?: 'Query', localGroup?: { __typename?: 'LocalGroup', id: string, name: string, description: string, city: string, region: string, memberCount: number, members: { __typename?: 'LocalGroupMemberConnection', totalCount: number, edges: Array<{ __typename?: 'LocalGroupMemberEdge', node: { __typename?: 'LocalGroupMember', id: string, displayName: string, belt?: Belt | null, coordinator: boolean, joinedAt: string } }> } } | null };

export type LocalGroupBothQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LocalGroupBothQuery = { __typename?: 'Query', localGroup?: { __typename?: 'LocalGroup', id: string, city: string, region: string, translations: Array<{ __typename?: 'LocalGroupTranslation', locale: Locale, name: string, description: string }> } | null };

export type CreateLocalGroupMutationVariables = Exact<{
  input: LocalGroupInput;
}>;


export type CreateLocalGroupMutation = { __typename?: 'Mutation', createLocalGroup: { __typename?: 'LocalGroupPayload', group: { __typename?: 'LocalGroup', id: string, name: string } } };

export type UpdateLocalGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: LocalGroupInput;
}>;


export type UpdateLocalGroupMutation = { __typename?: 'Mutation', updateLocalGroup: { __typename?: 'LocalGroupPayload', group: { __typename?: 'LocalGroup', id: string, name: string } } };

export type SetLocalGroupCoordinatorMutationVariables = Exact<{
  groupId: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
  coordinator: Scalars['Boolean']['input'];
}>;


export type SetLocalGroupCoordinatorMutation = { __typename?: 'Mutation', setLocalGroupCoordinator: { __typename?: 'LocalGroupPayload', group: { __typename?: 'LocalGroup', id: string, coordinators: Array<{ __typename?: 'LocalGroupMember', id: string }> } } };

export type NewsDraftQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type NewsDraftQuery = { __typename?: 'Query', newsDraft: { __typename?: 'NewsDraft', locale: Locale, slug: string, title: string, summary: string, body: string, html: string, status: string, translationStatus: string, version: number, updatedAt?: string | null, updatedBy: string, publishAt?: string | null, revision: number } };

export type NewsRevisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
}>;


export type NewsRevisionsQuery = { __typename?: 'Query', newsRevisions: Array<{ __typename?: 'NewsRevision', number: number, slug: string, title: string, summary: string, body: string, publishedAt: string, author?: { __typename?: 'Author', displayName: string } | null }> };

export type CreateNewsMutationVariables = Exact<{
  input: CreateNewsInput;
}>;


export type CreateNewsMutation = { __typename?: 'Mutation', createNews: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type SaveNewsDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  input: NewsTranslationInput;
}>;


export type SaveNewsDraftMutation = { __typename?: 'Mutation', saveNewsDraft: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type PublishNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type PublishNewsMutation = { __typename?: 'Mutation', publishNews: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type UnpublishNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type UnpublishNewsMutation = { __typename?: 'Mutation', unpublishNews: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type RestoreNewsRevisionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  locale: Locale;
  number: Scalars['Int']['input'];
}>;


export type RestoreNewsRevisionMutation = { __typename?: 'Mutation', restoreNewsRevision: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type DeleteNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNewsMutation = { __typename?: 'Mutation', deleteNews: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type RestoreNewsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreNewsMutation = { __typename?: 'Mutation', restoreNews: { __typename?: 'NewsPayload', news: { __typename?: 'News', id: string } } };

export type ReviewOrganizationsQueryVariables = Exact<{
  status?: InputMaybe<ReviewStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewOrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'OrganizationEdge', node?: { __typename?: 'Organization', id: string, name: string, city?: string | null, website?: string | null, status: ReviewStatus, createdAt: string } | null } | null> | null } };

export type ReviewOrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Locale>;
}>;


export type ReviewOrganizationQuery = { __typename?: 'Query', organization?: { __typename?: 'Organization', id: string, name: string, pinnedNotices: Array<{ __typename?: 'Notice', text: string, createdAt: string, pinned: boolean, request: { __typename?: 'PlatformAccessRequest', id: string, programTitle: string, adminFirstName: string, adminLastName: string, adminEmail: string, adminPhone: string, status: PlatformAccessRequestStatus, createdAt: string } }>, programs: { __typename?: 'ProgramConnection', edges?: Array<{ __typename?: 'ProgramEdge', node?: { __typename?: 'Program', id: string, title: string, status: ProgramStatus } | null } | null> | null } } | null };

export type ApproveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveOrganizationMutation = { __typename?: 'Mutation', approveOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, status: ReviewStatus } } };

export type RejectOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectOrganizationMutation = { __typename?: 'Mutation', rejectOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, status: ReviewStatus } } };

export type ReviewProgramsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewProgramsQuery = { __typename?: 'Query', programs: { __typename?: 'ProgramConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ProgramEdge', node?: { __typename?: 'Program', id: string, title: string, titleFr: string, titleEn: string, responseLevel: number, status: ProgramStatus, createdAt: string, organization: { __typename?: 'Organization', id: string, name: string, status: ReviewStatus }, contact: { __typename?: 'ProgramContact', displayName: string, email: string } } | null } | null> | null } };

export type ApproveProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveProgramMutation = { __typename?: 'Mutation', approveProgram: { __typename?: 'ProgramPayload', program: { __typename?: 'Program', id: string, status: ProgramStatus } } };

export type RejectProgramMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectProgramMutation = { __typename?: 'Mutation', rejectProgram: { __typename?: 'ProgramPayload', program: { __typename?: 'Program', id: string, status: ProgramStatus } } };

export type StaffOnboardingSessionsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffOnboardingSessionsQuery = { __typename?: 'Query', onboardingSessions: { __typename?: 'OnboardingSessionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'OnboardingSessionEdge', node?: { __typename?: 'OnboardingSession', id: string, startsAt: string, language: Locale, capacity: number, seatsLeft: number, registrations: Array<{ __typename?: 'OnboardingRegistration', createdAt: string, program: { __typename?: 'Program', id: string, title: string, organization: { __typename?: 'Organization', id: string, name: string } }, registeredBy: { __typename?: 'Account', id: string, displayName: string, email: string } }> } | null } | null> | null } };

export type CreateOnboardingSessionMutationVariables = Exact<{
  input: CreateOnboardingSessionInput;
}>;


export type CreateOnboardingSessionMutation = { __typename?: 'Mutation', createOnboardingSession: { __typename?: 'OnboardingSessionPayload', session: { __typename?: 'OnboardingSession', id: string, startsAt: string, language: Locale, capacity: number, seatsLeft: number } } };

export type EntityPageFieldsFragment = { __typename?: 'Entity', id: string, name: string, kind: EntityKind, siret?: string | null, addressLine1?: string | null, addressLine2?: string | null, postalCode?: string | null, city?: string | null, country?: string | null, manager?: { __typename?: 'Account', id: string, displayName: string, email: string } | null, members: { __typename?: 'AccountConnection', totalCount: number, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, displayName: string, email: string, status: AccountStatus, createdAt: string, documents: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, size: number, url: string }> } | null } | null> | null } };

export type EntityPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EntityPageQuery = { __typename?: 'Query', entity?: { __typename?: 'Entity', id: string, name: string, kind: EntityKind, siret?: string | null, addressLine1?: string | null, addressLine2?: string | null, postalCode?: string | null, city?: string | null, country?: string | null, manager?: { __typename?: 'Account', id: string, displayName: string, email: string } | null, members: { __typename?: 'AccountConnection', totalCount: number, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, displayName: string, email: string, status: AccountStatus, createdAt: string, documents: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, size: number, url: string }> } | null } | null> | null } } | null };

export type MyEntityPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEntityPageQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, entity?: { __typename?: 'Entity', id: string, name: string, kind: EntityKind, siret?: string | null, addressLine1?: string | null, addressLine2?: string | null, postalCode?: string | null, city?: string | null, country?: string | null, manager?: { __typename?: 'Account', id: string, displayName: string, email: string } | null, members: { __typename?: 'AccountConnection', totalCount: number, edges?: Array<{ __typename?: 'AccountEdge', node?: { __typename?: 'Account', id: string, displayName: string, email: string, status: AccountStatus, createdAt: string, documents: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, size: number, url: string }> } | null } | null> | null } } | null } | null };

export type EntitySearchQueryVariables = Exact<{
  search: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EntitySearchQuery = { __typename?: 'Query', accountSearch: Array<{ __typename?: 'Account', id: string, displayName: string, email: string, status: AccountStatus, entity?: { __typename?: 'Entity', id: string, name: string, siret?: string | null } | null }> };

export type SetEntityManagerMutationVariables = Exact<{
  entityId: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
}>;


export type SetEntityManagerMutation = { __typename?: 'Mutation', setEntityManager: { __typename?: 'SetEntityManagerPayload', entity: { __typename?: 'Entity', id: string, manager?: { __typename?: 'Account', id: string, displayName: string } | null } } };

export type SpaceAudiencesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpaceAudiencesQuery = { __typename?: 'Query', space: { __typename?: 'Space', audiences: Array<Audience> } };

export type PageSettingsQueryVariables = Exact<{
  filter?: InputMaybe<PageFilter>;
}>;


export type PageSettingsQuery = { __typename?: 'Query', pages: Array<{ __typename?: 'EditorPage', kind: PageKind, id: string, audience: Audience, tags: Array<string>, category?: { __typename?: 'Category', id: string } | null }> };

export type UpdatePageSettingsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PageSettingsInput;
}>;


export type UpdatePageSettingsMutation = { __typename?: 'Mutation', updatePageSettings: { __typename?: 'PageSettingsPayload', page: { __typename?: 'EditorPage', kind: PageKind, id: string, audience: Audience, tags: Array<string>, category?: { __typename?: 'Category', id: string } | null } } };

export type ReadersFeedbackQueryVariables = Exact<{
  since?: InputMaybe<Scalars['Time']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ReadersFeedbackQuery = { __typename?: 'Query', pageFeedback: Array<{ __typename?: 'PageFeedback', locale: Locale, helpful: number, notHelpful: number, page: { __typename?: 'FeedbackPage', kind: PageKind, id: string, title: string } }>, searchGaps: Array<{ __typename?: 'SearchGap', query: string, locale: Locale, count: number, lastAt: string }> };

export const EntityPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageFieldsFragment, unknown>;
export const MemberMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<MemberMeQuery, MemberMeQueryVariables>;
export const MemberSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<MemberSpaceQuery, MemberSpaceQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const ActivateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateAccountMutation, ActivateAccountMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const RequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const ConfirmEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const PasswordPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasswordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<PasswordPolicyQuery, PasswordPolicyQueryVariables>;
export const MemberSiretCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSiretCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"siret"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"siretCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"siret"},"value":{"kind":"Variable","name":{"kind":"Name","value":"siret"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"normalized"}},{"kind":"Field","name":{"kind":"Name","value":"siren"}},{"kind":"Field","name":{"kind":"Name","value":"nic"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MemberSiretCheckQuery, MemberSiretCheckQueryVariables>;
export const MemberRegisterDepositorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRegisterDepositor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DepositorRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDepositor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MemberRegisterDepositorMutation, MemberRegisterDepositorMutationVariables>;
export const MemberMyEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMyEntity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberMyEntityQuery, MemberMyEntityQueryVariables>;
export const MemberPendingDepositorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPendingDepositors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberPendingDepositorsQuery, MemberPendingDepositorsQueryVariables>;
export const MemberApproveAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberApproveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberApproveAccountMutation, MemberApproveAccountMutationVariables>;
export const MemberRejectAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRejectAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRejectAccountMutation, MemberRejectAccountMutationVariables>;
export const MemberNewsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberNewsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MemberNewsListQuery, MemberNewsListQueryVariables>;
export const MemberNewsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberNewsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<MemberNewsPostQuery, MemberNewsPostQueryVariables>;
export const MemberLocalGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLocalGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsMember"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberLocalGroupsQuery, MemberLocalGroupsQueryVariables>;
export const MemberLocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberLocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsMember"}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingWorkshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberLocalGroupQuery, MemberLocalGroupQueryVariables>;
export const MemberJoinLocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberJoinLocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinLocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsMember"}}]}}]}}]}}]} as unknown as DocumentNode<MemberJoinLocalGroupMutation, MemberJoinLocalGroupMutationVariables>;
export const MemberLeaveLocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberLeaveLocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveLocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsMember"}}]}}]}}]}}]} as unknown as DocumentNode<MemberLeaveLocalGroupMutation, MemberLeaveLocalGroupMutationVariables>;
export const MemberDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"belt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Belt"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"belt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"belt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsRun"}}]}}]}}]}}]} as unknown as DocumentNode<MemberDirectoryQuery, MemberDirectoryQueryVariables>;
export const MemberDirectoryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDirectoryProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"directoryProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"bioFr"}},{"kind":"Field","name":{"kind":"Name","value":"bioEn"}},{"kind":"Field","name":{"kind":"Name","value":"showEmail"}}]}}]}}]}}]} as unknown as DocumentNode<MemberDirectoryProfileQuery, MemberDirectoryProfileQueryVariables>;
export const MemberUpdateDirectoryProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberUpdateDirectoryProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DirectoryProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDirectoryProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listed"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"bioFr"}},{"kind":"Field","name":{"kind":"Name","value":"bioEn"}},{"kind":"Field","name":{"kind":"Name","value":"showEmail"}}]}}]}}]} as unknown as DocumentNode<MemberUpdateDirectoryProfileMutation, MemberUpdateDirectoryProfileMutationVariables>;
export const MemberCommunityIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCommunityIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitators"}},{"kind":"Field","name":{"kind":"Name","value":"byBelt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshopsReported"}},{"kind":"Field","name":{"kind":"Name","value":"participantsReached"}}]}}]}}]} as unknown as DocumentNode<MemberCommunityIndicatorsQuery, MemberCommunityIndicatorsQueryVariables>;
export const MemberToolboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberToolbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberToolboxQuery, MemberToolboxQueryVariables>;
export const MemberProsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPros"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}}]}}]} as unknown as DocumentNode<MemberProsQuery, MemberProsQueryVariables>;
export const MemberApplyToWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberApplyToWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberApplyToWorkshopMutation, MemberApplyToWorkshopMutationVariables>;
export const MemberPeersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPeers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"nextBeltRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"coOptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"nextBelt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsRun"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"mayCoOpt"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"StringValue","value":"belts:coopt","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"mayAsk"},"name":{"kind":"Name","value":"can"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"StringValue","value":"belts:request","block":false}}]}]}}]} as unknown as DocumentNode<MemberPeersQuery, MemberPeersQueryVariables>;
export const MemberBeltRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberBeltRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beltValidationRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsRun"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberBeltRequestsQuery, MemberBeltRequestsQueryVariables>;
export const MemberRequestBeltValidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRequestBeltValidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestBeltValidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRequestBeltValidationMutation, MemberRequestBeltValidationMutationVariables>;
export const MemberCoOptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCoOpt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coOpt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCoOptMutation, MemberCoOptMutationVariables>;
export const MemberHelpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"guides"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberHelpQuery, MemberHelpQueryVariables>;
export const MemberHelpGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHelpGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<MemberHelpGuideQuery, MemberHelpGuideQueryVariables>;
export const MemberFaqsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFaqs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MemberFaqsQuery, MemberFaqsQueryVariables>;
export const MemberHelpSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHelpSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Guide"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Faq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"News"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberHelpSearchQuery, MemberHelpSearchQueryVariables>;
export const MemberContactSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberContactSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupportRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberContactSupportMutation, MemberContactSupportMutationVariables>;
export const MemberContactMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberContactMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MemberContactMeQuery, MemberContactMeQueryVariables>;
export const MemberTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberTrainingsQuery, MemberTrainingsQueryVariables>;
export const MemberRegisterForTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRegisterForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MemberRegisterForTrainingMutation, MemberRegisterForTrainingMutationVariables>;
export const MemberConfirmTrainingRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberConfirmTrainingRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTrainingRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MemberConfirmTrainingRegistrationMutation, MemberConfirmTrainingRegistrationMutationVariables>;
export const MemberCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRegistrations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberCourseQuery, MemberCourseQueryVariables>;
export const MemberFacilitatorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFacilitatorHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opportunities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberFacilitatorHomeQuery, MemberFacilitatorHomeQueryVariables>;
export const MemberWithdrawWorkshopApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberWithdrawWorkshopApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawWorkshopApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberWithdrawWorkshopApplicationMutation, MemberWithdrawWorkshopApplicationMutationVariables>;
export const MemberMyWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMyWorkshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshopsRun"}},{"kind":"Field","name":{"kind":"Name","value":"participantsReached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"seekingFacilitators"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coFacilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberMyWorkshopsQuery, MemberMyWorkshopsQueryVariables>;
export const MemberCreateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCreateWorkshopMutation, MemberCreateWorkshopMutationVariables>;
export const MemberUpdateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberUpdateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"coFacilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberUpdateWorkshopMutation, MemberUpdateWorkshopMutationVariables>;
export const MemberReportWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberReportWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participants"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"participants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<MemberReportWorkshopMutation, MemberReportWorkshopMutationVariables>;
export const MemberCancelWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCancelWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCancelWorkshopMutation, MemberCancelWorkshopMutationVariables>;
export const MemberDecideWorkshopApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberDecideWorkshopApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideWorkshopApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coFacilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberDecideWorkshopApplicationMutation, MemberDecideWorkshopApplicationMutationVariables>;
export const MemberMyJourneyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMyJourney"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"journey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"nextBelt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopsRun"}},{"kind":"Field","name":{"kind":"Name","value":"participantsReached"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"target"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coOptations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberMyJourneyQuery, MemberMyJourneyQueryVariables>;
export const MemberMentoringRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberMentoringRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<MemberMentoringRolesQuery, MemberMentoringRolesQueryVariables>;
export const MemberOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberOrganizationQuery, MemberOrganizationQueryVariables>;
export const MemberProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleFr"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MemberProgramsQuery, MemberProgramsQueryVariables>;
export const MemberCreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCreateOrganizationMutation, MemberCreateOrganizationMutationVariables>;
export const MemberCreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCreateProgramMutation, MemberCreateProgramMutationVariables>;
export const MemberOnboardingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOnboardingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberOnboardingSessionsQuery, MemberOnboardingSessionsQueryVariables>;
export const MemberRegisterForOnboardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRegisterForOnboarding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerForOnboarding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<MemberRegisterForOnboardingMutation, MemberRegisterForOnboardingMutationVariables>;
export const MemberRequestPlatformAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberRequestPlatformAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPlatformAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRequestPlatformAccessMutation, MemberRequestPlatformAccessMutationVariables>;
export const MemberCancelPlatformAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberCancelPlatformAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPlatformAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberCancelPlatformAccessRequestMutation, MemberCancelPlatformAccessRequestMutationVariables>;
export const MemberAcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberAcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MemberAcceptInvitationMutation, MemberAcceptInvitationMutationVariables>;
export const MemberSpacesModulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSpacesModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<MemberSpacesModulesQuery, MemberSpacesModulesQueryVariables>;
export const SpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Spaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<SpacesQuery, SpacesQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequired"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"locales"}},{"kind":"Field","name":{"kind":"Name","value":"defaultLocale"}},{"kind":"Field","name":{"kind":"Name","value":"modules"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ScopedPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScopedPermissions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}]}]}}]} as unknown as DocumentNode<ScopedPermissionsQuery, ScopedPermissionsQueryVariables>;
export const PagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}}]}}]}}]}}]} as unknown as DocumentNode<PagesQuery, PagesQueryVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const RenderMarkdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RenderMarkdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"markdown"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderMarkdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"markdown"},"value":{"kind":"Variable","name":{"kind":"Name","value":"markdown"}}}]}]}}]} as unknown as DocumentNode<RenderMarkdownQuery, RenderMarkdownQueryVariables>;
export const NeedsTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"sourceLocale"}},{"kind":"Field","name":{"kind":"Name","value":"sourceTitle"}}]}}]}}]} as unknown as DocumentNode<NeedsTranslationQuery, NeedsTranslationQueryVariables>;
export const GuideDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<GuideDraftQuery, GuideDraftQueryVariables>;
export const CreateGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGuideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGuideMutation, CreateGuideMutationVariables>;
export const SaveGuideDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGuideDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GuideTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveGuideDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SaveGuideDraftMutation, SaveGuideDraftMutationVariables>;
export const PublishGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishGuideMutation, PublishGuideMutationVariables>;
export const UnpublishGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnpublishGuideMutation, UnpublishGuideMutationVariables>;
export const ScheduleGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleGuidePublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleGuideMutation, ScheduleGuideMutationVariables>;
export const GuidePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuidePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGuidePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<GuidePreviewMutation, GuidePreviewMutationVariables>;
export const GuideRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<GuideRevisionsQuery, GuideRevisionsQueryVariables>;
export const CompareGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareGuideRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<CompareGuideQuery, CompareGuideQueryVariables>;
export const RestoreGuideRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreGuideRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreGuideRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreGuideRevisionMutation, RestoreGuideRevisionMutationVariables>;
export const AttachGuideFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachGuideFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachGuideFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<AttachGuideFileMutation, AttachGuideFileMutationVariables>;
export const DeleteGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteGuideMutation, DeleteGuideMutationVariables>;
export const RestoreGuideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreGuide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreGuide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreGuideMutation, RestoreGuideMutationVariables>;
export const FaqDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<FaqDraftQuery, FaqDraftQueryVariables>;
export const CreateFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFaqInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFaqMutation, CreateFaqMutationVariables>;
export const SaveFaqDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveFaqDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaqTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveFaqDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SaveFaqDraftMutation, SaveFaqDraftMutationVariables>;
export const PublishFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishFaqMutation, PublishFaqMutationVariables>;
export const UnpublishFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnpublishFaqMutation, UnpublishFaqMutationVariables>;
export const FaqRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaqRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faqRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<FaqRevisionsQuery, FaqRevisionsQueryVariables>;
export const CompareFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareFaqRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<CompareFaqQuery, CompareFaqQueryVariables>;
export const RestoreFaqRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreFaqRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreFaqRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreFaqRevisionMutation, RestoreFaqRevisionMutationVariables>;
export const DeleteFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteFaqMutation, DeleteFaqMutationVariables>;
export const RestoreFaqDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreFaq"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreFaq"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreFaqMutation, RestoreFaqMutationVariables>;
export const ResourceDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<ResourceDraftQuery, ResourceDraftQueryVariables>;
export const CreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateResourceMutation, CreateResourceMutationVariables>;
export const SaveResourceDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveResourceDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveResourceDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SaveResourceDraftMutation, SaveResourceDraftMutationVariables>;
export const UploadResourceFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadResourceFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadResourceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UploadResourceFileMutation, UploadResourceFileMutationVariables>;
export const PublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishResourceMutation, PublishResourceMutationVariables>;
export const UnpublishResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnpublishResourceMutation, UnpublishResourceMutationVariables>;
export const ResourceRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceRevisionsQuery, ResourceRevisionsQueryVariables>;
export const CompareResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareResourceRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}]}}]} as unknown as DocumentNode<CompareResourceQuery, CompareResourceQueryVariables>;
export const RestoreResourceRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreResourceRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreResourceRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreResourceRevisionMutation, RestoreResourceRevisionMutationVariables>;
export const DeleteResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteResourceMutation, DeleteResourceMutationVariables>;
export const RestoreResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreResourceMutation, RestoreResourceMutationVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const DeleteCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCategoryMutation, DeleteCategoryMutationVariables>;
export const PendingAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingAccounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingAccountsQuery, PendingAccountsQueryVariables>;
export const ApproveAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveAccountMutation, ApproveAccountMutationVariables>;
export const RejectAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectAccountMutation, RejectAccountMutationVariables>;
export const AccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Accounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<AccountsQuery, AccountsQueryVariables>;
export const GrantableRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantableRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantableRoles"}}]}}]} as unknown as DocumentNode<GrantableRolesQuery, GrantableRolesQueryVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEvents"}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorID"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MyTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"past"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTrainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"past"},"value":{"kind":"Variable","name":{"kind":"Name","value":"past"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingsQuery, MyTrainingsQueryVariables>;
export const TrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Training"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingQuery, TrainingQueryVariables>;
export const CreateTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingMutation, CreateTrainingMutationVariables>;
export const ValidateAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ValidateAttendanceMutation, ValidateAttendanceMutationVariables>;
export const SupportSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<SupportSearchQuery, SupportSearchQueryVariables>;
export const AccountHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorID"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"client"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<AccountHistoryQuery, AccountHistoryQueryVariables>;
export const ActivateLegacyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateLegacyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateLegacyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ActivateLegacyAccountMutation, ActivateLegacyAccountMutationVariables>;
export const ResendActivationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendActivation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendActivation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<ResendActivationMutation, ResendActivationMutationVariables>;
export const SupportRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportRequestsQuery, SupportRequestsQueryVariables>;
export const LocalGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalGroupsQuery, LocalGroupsQueryVariables>;
export const LocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"belt"}},{"kind":"Field","name":{"kind":"Name","value":"coordinator"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LocalGroupQuery, LocalGroupQueryVariables>;
export const LocalGroupBothDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LocalGroupBoth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"localGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<LocalGroupBothQuery, LocalGroupBothQueryVariables>;
export const CreateLocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLocalGroupMutation, CreateLocalGroupMutationVariables>;
export const UpdateLocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateLocalGroupMutation, UpdateLocalGroupMutationVariables>;
export const SetLocalGroupCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLocalGroupCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLocalGroupCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coordinator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coordinators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetLocalGroupCoordinatorMutation, SetLocalGroupCoordinatorMutationVariables>;
export const NewsDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"translationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"publishAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<NewsDraftQuery, NewsDraftQueryVariables>;
export const NewsRevisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewsRevisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newsRevisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NewsRevisionsQuery, NewsRevisionsQueryVariables>;
export const CreateNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateNewsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateNewsMutation, CreateNewsMutationVariables>;
export const SaveNewsDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNewsDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NewsTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNewsDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SaveNewsDraftMutation, SaveNewsDraftMutationVariables>;
export const PublishNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PublishNewsMutation, PublishNewsMutationVariables>;
export const UnpublishNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnpublishNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnpublishNewsMutation, UnpublishNewsMutationVariables>;
export const RestoreNewsRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNewsRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNewsRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreNewsRevisionMutation, RestoreNewsRevisionMutationVariables>;
export const DeleteNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteNewsMutation, DeleteNewsMutationVariables>;
export const RestoreNewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"news"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RestoreNewsMutation, RestoreNewsMutationVariables>;
export const ReviewOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewOrganizationsQuery, ReviewOrganizationsQueryVariables>;
export const ReviewOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programTitle"}},{"kind":"Field","name":{"kind":"Name","value":"adminFirstName"}},{"kind":"Field","name":{"kind":"Name","value":"adminLastName"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"adminPhone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewOrganizationQuery, ReviewOrganizationQueryVariables>;
export const ApproveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveOrganizationMutation, ApproveOrganizationMutationVariables>;
export const RejectOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectOrganizationMutation, RejectOrganizationMutationVariables>;
export const ReviewProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewPrograms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleFr"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"responseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewProgramsQuery, ReviewProgramsQueryVariables>;
export const ApproveProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveProgramMutation, ApproveProgramMutationVariables>;
export const RejectProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RejectProgramMutation, RejectProgramMutationVariables>;
export const StaffOnboardingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffOnboardingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffOnboardingSessionsQuery, StaffOnboardingSessionsQueryVariables>;
export const CreateOnboardingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOnboardingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOnboardingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnboardingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOnboardingSessionMutation, CreateOnboardingSessionMutationVariables>;
export const EntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityPageQuery, EntityPageQueryVariables>;
export const MyEntityPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEntityPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityPageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine2"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEntityPageQuery, MyEntityPageQueryVariables>;
export const EntitySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntitySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siret"}}]}}]}}]}}]} as unknown as DocumentNode<EntitySearchQuery, EntitySearchQueryVariables>;
export const SetEntityManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEntityManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEntityManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetEntityManagerMutation, SetEntityManagerMutationVariables>;
export const SpaceAudiencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpaceAudiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audiences"}}]}}]}}]} as unknown as DocumentNode<SpaceAudiencesQuery, SpaceAudiencesQueryVariables>;
export const PageSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PageSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PageSettingsQuery, PageSettingsQueryVariables>;
export const UpdatePageSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePageSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PageSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePageSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePageSettingsMutation, UpdatePageSettingsMutationVariables>;
export const ReadersFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadersFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"page"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"helpful"}},{"kind":"Field","name":{"kind":"Name","value":"notHelpful"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"lastAt"}}]}}]}}]} as unknown as DocumentNode<ReadersFeedbackQuery, ReadersFeedbackQueryVariables>;