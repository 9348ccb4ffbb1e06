// Every GraphQL operation of the app, typed by the code generator (src/gql).
import { graphql } from './gql';

export const SpacesQuery = graphql(`
  query Spaces($locale: Locale) {
    spaces {
      slug
      name(locale: $locale)
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      passwordResetRequired
      account {
        id
        displayName
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ViewerQuery = graphql(`
  query Viewer($locale: Locale) {
    me {
      id
      displayName
      email
      roleAssignments {
        role
        scope
      }
    }
    permissions
    space {
      slug
      name(locale: $locale)
      locales
      defaultLocale
      modules
    }
  }
`);

export const ScopedPermissionsQuery = graphql(`
  query ScopedPermissions($scope: String) {
    permissions(scope: $scope)
  }
`);

export const PagesQuery = graphql(`
  query Pages($filter: PageFilter) {
    pages(filter: $filter) {
      kind
      id
      audience
      position
      updatedAt
      deletedAt
      category {
        id
        slug
        title
      }
      translations {
        locale
        title
        status
        translationStatus
        publishAt
      }
    }
  }
`);

export const CategoriesQuery = graphql(`
  query Categories($locale: Locale) {
    categories(locale: $locale) {
      id
      locale
      slug
      title
      description
    }
  }
`);

export const RenderMarkdownQuery = graphql(`
  query RenderMarkdown($markdown: String!) {
    renderMarkdown(markdown: $markdown)
  }
`);

export const NeedsTranslationQuery = graphql(`
  query NeedsTranslation($locale: Locale!) {
    needsTranslation(locale: $locale) {
      kind
      id
      translationStatus
      sourceLocale
      sourceTitle
    }
  }
`);

// Guides
export const GuideDraftQuery = graphql(`
  query GuideDraft($id: ID!, $locale: Locale!) {
    guideDraft(id: $id, locale: $locale) {
      locale
      slug
      title
      summary
      body
      html
      status
      translationStatus
      version
      updatedAt
      updatedBy
      publishAt
      revision
      attachments {
        id
        filename
        contentType
        size
        url
      }
    }
  }
`);
export const CreateGuideMutation = graphql(`
  mutation CreateGuide($input: CreateGuideInput!) {
    createGuide(input: $input) {
      guide {
        id
      }
    }
  }
`);
export const SaveGuideDraftMutation = graphql(`
  mutation SaveGuideDraft($id: ID!, $locale: Locale!, $input: GuideTranslationInput!) {
    saveGuideDraft(id: $id, locale: $locale, input: $input) {
      guide {
        id
      }
    }
  }
`);
export const PublishGuideMutation = graphql(`
  mutation PublishGuide($id: ID!, $locale: Locale) {
    publishGuide(id: $id, locale: $locale) {
      guide {
        id
      }
    }
  }
`);
export const UnpublishGuideMutation = graphql(`
  mutation UnpublishGuide($id: ID!, $locale: Locale) {
    unpublishGuide(id: $id, locale: $locale) {
      guide {
        id
      }
    }
  }
`);
export const ScheduleGuideMutation = graphql(`
  mutation ScheduleGuide($id: ID!, $locale: Locale!, $at: Time) {
    scheduleGuidePublish(id: $id, locale: $locale, at: $at) {
      guide {
        id
      }
    }
  }
`);
export const GuidePreviewMutation = graphql(`
  mutation GuidePreview($id: ID!, $locale: Locale!) {
    createGuidePreview(id: $id, locale: $locale) {
      url
      expiresAt
    }
  }
`);
export const GuideRevisionsQuery = graphql(`
  query GuideRevisions($id: ID!, $locale: Locale!) {
    guideRevisions(id: $id, locale: $locale) {
      number
      title
      publishedAt
      author {
        displayName
      }
    }
  }
`);
export const CompareGuideQuery = graphql(`
  query CompareGuide($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {
    compareGuideRevisions(id: $id, locale: $locale, from: $from, to: $to)
  }
`);
export const RestoreGuideRevisionMutation = graphql(`
  mutation RestoreGuideRevision($id: ID!, $locale: Locale!, $number: Int!) {
    restoreGuideRevision(id: $id, locale: $locale, number: $number) {
      guide {
        id
      }
    }
  }
`);
export const AttachGuideFileMutation = graphql(`
  mutation AttachGuideFile($id: ID!, $locale: Locale!, $file: Upload!) {
    attachGuideFile(id: $id, locale: $locale, file: $file) {
      id
      filename
      contentType
      size
      url
    }
  }
`);
export const DeleteGuideMutation = graphql(`
  mutation DeleteGuide($id: ID!) {
    deleteGuide(id: $id) {
      guide {
        id
      }
    }
  }
`);
export const RestoreGuideMutation = graphql(`
  mutation RestoreGuide($id: ID!) {
    restoreGuide(id: $id) {
      guide {
        id
      }
    }
  }
`);

// FAQ entries
export const FaqDraftQuery = graphql(`
  query FaqDraft($id: ID!, $locale: Locale!) {
    faqDraft(id: $id, locale: $locale) {
      locale
      question
      answer
      html
      status
      translationStatus
      version
      updatedAt
      updatedBy
      revision
    }
  }
`);
export const CreateFaqMutation = graphql(`
  mutation CreateFaq($input: CreateFaqInput!) {
    createFaq(input: $input) {
      faq {
        id
      }
    }
  }
`);
export const SaveFaqDraftMutation = graphql(`
  mutation SaveFaqDraft($id: ID!, $locale: Locale!, $input: FaqTranslationInput!) {
    saveFaqDraft(id: $id, locale: $locale, input: $input) {
      faq {
        id
      }
    }
  }
`);
export const PublishFaqMutation = graphql(`
  mutation PublishFaq($id: ID!, $locale: Locale) {
    publishFaq(id: $id, locale: $locale) {
      faq {
        id
      }
    }
  }
`);
export const UnpublishFaqMutation = graphql(`
  mutation UnpublishFaq($id: ID!, $locale: Locale) {
    unpublishFaq(id: $id, locale: $locale) {
      faq {
        id
      }
    }
  }
`);
export const FaqRevisionsQuery = graphql(`
  query FaqRevisions($id: ID!, $locale: Locale!) {
    faqRevisions(id: $id, locale: $locale) {
      number
      question
      publishedAt
      author {
        displayName
      }
    }
  }
`);
export const CompareFaqQuery = graphql(`
  query CompareFaq($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {
    compareFaqRevisions(id: $id, locale: $locale, from: $from, to: $to)
  }
`);
export const RestoreFaqRevisionMutation = graphql(`
  mutation RestoreFaqRevision($id: ID!, $locale: Locale!, $number: Int!) {
    restoreFaqRevision(id: $id, locale: $locale, number: $number) {
      faq {
        id
      }
    }
  }
`);
export const DeleteFaqMutation = graphql(`
  mutation DeleteFaq($id: ID!) {
    deleteFaq(id: $id) {
      faq {
        id
      }
    }
  }
`);
export const RestoreFaqMutation = graphql(`
  mutation RestoreFaq($id: ID!) {
    restoreFaq(id: $id) {
      faq {
        id
      }
    }
  }
`);

// Resources
export const ResourceDraftQuery = graphql(`
  query ResourceDraft($id: ID!, $locale: Locale!) {
    resourceDraft(id: $id, locale: $locale) {
      locale
      title
      description
      html
      url
      file {
        id
        filename
        contentType
        size
        url
      }
      status
      translationStatus
      version
      updatedAt
      updatedBy
      revision
    }
  }
`);
export const CreateResourceMutation = graphql(`
  mutation CreateResource($input: CreateResourceInput!) {
    createResource(input: $input) {
      resource {
        id
      }
    }
  }
`);
export const SaveResourceDraftMutation = graphql(`
  mutation SaveResourceDraft($id: ID!, $locale: Locale!, $input: ResourceTranslationInput!) {
    saveResourceDraft(id: $id, locale: $locale, input: $input) {
      resource {
        id
      }
    }
  }
`);
export const UploadResourceFileMutation = graphql(`
  mutation UploadResourceFile($id: ID!, $locale: Locale!, $file: Upload!) {
    uploadResourceFile(id: $id, locale: $locale, file: $file) {
      resource {
        id
      }
    }
  }
`);
export const PublishResourceMutation = graphql(`
  mutation PublishResource($id: ID!, $locale: Locale) {
    publishResource(id: $id, locale: $locale) {
      resource {
        id
      }
    }
  }
`);
export const UnpublishResourceMutation = graphql(`
  mutation UnpublishResource($id: ID!, $locale: Locale) {
    unpublishResource(id: $id, locale: $locale) {
      resource {
        id
      }
    }
  }
`);
export const ResourceRevisionsQuery = graphql(`
  query ResourceRevisions($id: ID!, $locale: Locale!) {
    resourceRevisions(id: $id, locale: $locale) {
      number
      title
      publishedAt
      author {
        displayName
      }
    }
  }
`);
export const CompareResourceQuery = graphql(`
  query CompareResource($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {
    compareResourceRevisions(id: $id, locale: $locale, from: $from, to: $to)
  }
`);
export const RestoreResourceRevisionMutation = graphql(`
  mutation RestoreResourceRevision($id: ID!, $locale: Locale!, $number: Int!) {
    restoreResourceRevision(id: $id, locale: $locale, number: $number) {
      resource {
        id
      }
    }
  }
`);
export const DeleteResourceMutation = graphql(`
  mutation DeleteResource($id: ID!) {
    deleteResource(id: $id) {
      resource {
        id
      }
    }
  }
`);
export const RestoreResourceMutation = graphql(`
  mutation RestoreResource($id: ID!) {
    restoreResource(id: $id) {
      resource {
        id
      }
    }
  }
`);

// Categories
export const CreateCategoryMutation = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
      }
    }
  }
`);
export const UpdateCategoryMutation = graphql(`
  mutation UpdateCategory($id: ID!, $locale: Locale!, $input: CategoryTranslationInput!) {
    updateCategory(id: $id, locale: $locale, input: $input) {
      category {
        id
      }
    }
  }
`);
export const DeleteCategoryMutation = graphql(`
  mutation DeleteCategory($id: ID!) {
    deleteCategory(id: $id) {
      category {
        id
      }
    }
  }
`);

// Approvals
export const PendingAccountsQuery = graphql(`
  query PendingAccounts($first: Int, $after: String) {
    pendingAccounts(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          firstName
          lastName
          createdAt
          status
          entity {
            id
            name
            kind
            siret
            manager {
              id
            }
          }
          documents {
            id
            filename
            contentType
            size
            url
            kind
          }
        }
      }
    }
  }
`);
export const ApproveAccountMutation = graphql(`
  mutation ApproveAccount($id: ID!) {
    approveAccount(id: $id) {
      account {
        id
        status
      }
    }
  }
`);
export const RejectAccountMutation = graphql(`
  mutation RejectAccount($id: ID!, $reason: String) {
    rejectAccount(id: $id, reason: $reason) {
      account {
        id
        status
      }
    }
  }
`);

// Roles
export const AccountsQuery = graphql(`
  query Accounts($search: String!, $first: Int) {
    accountSearch(search: $search, first: $first) {
      id
      email
      displayName
      status
      roleAssignments {
        role
        scope
      }
    }
  }
`);
export const GrantableRolesQuery = graphql(`
  query GrantableRoles {
    grantableRoles
  }
`);
export const GrantRoleMutation = graphql(`
  mutation GrantRole($accountId: ID!, $role: String!, $scope: String) {
    grantRole(accountId: $accountId, role: $role, scope: $scope) {
      account {
        id
        roleAssignments {
          role
          scope
        }
      }
    }
  }
`);
export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($accountId: ID!, $role: String!, $scope: String) {
    revokeRole(accountId: $accountId, role: $role, scope: $scope) {
      account {
        id
        roleAssignments {
          role
          scope
        }
      }
    }
  }
`);

// Webhooks
export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
    webhookEvents
  }
`);
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Webhook {
        id
        deliveries(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              event
              status
              attempts
              responseStatus
              lastError
              deliveredAt
              createdAt
            }
          }
        }
      }
    }
  }
`);
export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($url: String!, $events: [String!]!) {
    createWebhook(url: $url, events: $events) {
      secret
      webhook {
        id
      }
    }
  }
`);
export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id)
  }
`);

// Audit log
export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorID
          targetID
          email
          client
          createdAt
          details {
            key
            value
          }
        }
      }
    }
  }
`);

// Trainings (trainers and facilitators' staff)
export const MyTrainingsQuery = graphql(`
  query MyTrainings($first: Int, $after: String, $past: Boolean) {
    myTrainings(first: $first, after: $after, past: $past) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          startsAt
          endsAt
          format
          language
          capacity
          city
          seatsLeft
          trainer {
            displayName
          }
        }
      }
    }
  }
`);
export const TrainingQuery = graphql(`
  query Training($id: ID!) {
    training(id: $id) {
      id
      title
      startsAt
      endsAt
      format
      language
      capacity
      city
      seatsLeft
      trainer {
        displayName
      }
      registrations {
        attended
        registeredAt
        account {
          id
          email
          displayName
          status
        }
      }
    }
  }
`);
export const CreateTrainingMutation = graphql(`
  mutation CreateTraining($input: CreateTrainingInput!) {
    createTraining(input: $input) {
      training {
        id
        title
      }
    }
  }
`);
export const ValidateAttendanceMutation = graphql(`
  mutation ValidateAttendance($trainingId: ID!, $accountIds: [ID!]!) {
    validateAttendance(trainingId: $trainingId, accountIds: $accountIds) {
      registrations {
        attended
        account {
          id
        }
      }
    }
  }
`);

// Support (staff)
export const SupportSearchQuery = graphql(`
  query SupportSearch($search: String!, $first: Int) {
    accountSearch(search: $search, first: $first) {
      id
      email
      displayName
      status
      createdAt
      roles
    }
  }
`);
export const AccountHistoryQuery = graphql(`
  query AccountHistory($id: ID!, $first: Int) {
    accountHistory(id: $id, first: $first) {
      id
      action
      actorID
      actor {
        id
        email
        firstName
        lastName
      }
      targetID
      client
      createdAt
      details {
        key
        value
      }
    }
  }
`);
export const ActivateLegacyAccountMutation = graphql(`
  mutation ActivateLegacyAccount($id: ID!) {
    activateLegacyAccount(id: $id) {
      account {
        id
        status
      }
    }
  }
`);
export const ResendActivationMutation = graphql(`
  mutation ResendActivation($email: String!) {
    resendActivation(email: $email)
  }
`);
export const SupportRequestsQuery = graphql(`
  query SupportRequests($first: Int) {
    supportRequests(first: $first) {
      id
      email
      name
      subject
      message
      locale
      createdAt
    }
  }
`);

// Local groups (community staff)
export const LocalGroupsQuery = graphql(`
  query LocalGroups($first: Int, $after: String, $locale: Locale) {
    localGroups(first: $first, after: $after, locale: $locale) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          city
          region
          memberCount
        }
      }
    }
  }
`);
export const LocalGroupQuery = graphql(`
  query LocalGroup($id: ID!, $locale: Locale) {
    localGroup(id: $id, locale: $locale) {
      id
      name
      description
      city
      region
      memberCount
      members(first: 100) {
        totalCount
        edges {
          node {
            id
            displayName
            belt
            coordinator
            joinedAt
          }
        }
      }
    }
  }
`);
// Both languages of a group as written, for its edit form (staff: groups:manage); `name` alone
// would serve the other language's text where one is missing.
export const LocalGroupBothQuery = graphql(`
  query LocalGroupBoth($id: ID!) {
    localGroup(id: $id) {
      id
      city
      region
      translations {
        locale
        name
        description
      }
    }
  }
`);
export const CreateLocalGroupMutation = graphql(`
  mutation CreateLocalGroup($input: LocalGroupInput!) {
    createLocalGroup(input: $input) {
      group {
        id
        name
      }
    }
  }
`);
export const UpdateLocalGroupMutation = graphql(`
  mutation UpdateLocalGroup($id: ID!, $input: LocalGroupInput!) {
    updateLocalGroup(id: $id, input: $input) {
      group {
        id
        name
      }
    }
  }
`);
export const SetLocalGroupCoordinatorMutation = graphql(`
  mutation SetLocalGroupCoordinator($groupId: ID!, $accountId: ID!, $coordinator: Boolean!) {
    setLocalGroupCoordinator(groupId: $groupId, accountId: $accountId, coordinator: $coordinator) {
      group {
        id
        coordinators {
          id
        }
      }
    }
  }
`);

// News (editors)
export const NewsDraftQuery = graphql(`
  query NewsDraft($id: ID!, $locale: Locale!) {
    newsDraft(id: $id, locale: $locale) {
      locale
      slug
      title
      summary
      body
      html
      status
      translationStatus
      version
      updatedAt
      updatedBy
      publishAt
      revision
    }
  }
`);
export const NewsRevisionsQuery = graphql(`
  query NewsRevisions($id: ID!, $locale: Locale!) {
    newsRevisions(id: $id, locale: $locale) {
      number
      slug
      title
      summary
      body
      publishedAt
      author {
        displayName
      }
    }
  }
`);
export const CreateNewsMutation = graphql(`
  mutation CreateNews($input: CreateNewsInput!) {
    createNews(input: $input) {
      news {
        id
      }
    }
  }
`);
export const SaveNewsDraftMutation = graphql(`
  mutation SaveNewsDraft($id: ID!, $locale: Locale!, $input: NewsTranslationInput!) {
    saveNewsDraft(id: $id, locale: $locale, input: $input) {
      news {
        id
      }
    }
  }
`);
export const PublishNewsMutation = graphql(`
  mutation PublishNews($id: ID!, $locale: Locale) {
    publishNews(id: $id, locale: $locale) {
      news {
        id
      }
    }
  }
`);
export const UnpublishNewsMutation = graphql(`
  mutation UnpublishNews($id: ID!, $locale: Locale) {
    unpublishNews(id: $id, locale: $locale) {
      news {
        id
      }
    }
  }
`);
export const RestoreNewsRevisionMutation = graphql(`
  mutation RestoreNewsRevision($id: ID!, $locale: Locale!, $number: Int!) {
    restoreNewsRevision(id: $id, locale: $locale, number: $number) {
      news {
        id
      }
    }
  }
`);
export const DeleteNewsMutation = graphql(`
  mutation DeleteNews($id: ID!) {
    deleteNews(id: $id) {
      news {
        id
      }
    }
  }
`);
export const RestoreNewsMutation = graphql(`
  mutation RestoreNews($id: ID!) {
    restoreNews(id: $id) {
      news {
        id
      }
    }
  }
`);


// Mentoring staff (issue 19): organisations and programs to review, onboarding sessions.
export const ReviewOrganizationsQuery = graphql(`
  query ReviewOrganizations($status: ReviewStatus, $first: Int, $after: String) {
    organizations(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          city
          website
          status
          createdAt
        }
      }
    }
  }
`);
export const ReviewOrganizationQuery = graphql(`
  query ReviewOrganization($id: ID!, $locale: Locale) {
    organization(id: $id) {
      id
      name
      pinnedNotices(locale: $locale) {
        text
        createdAt
        pinned
        request {
          id
          programTitle
          adminFirstName
          adminLastName
          adminEmail
          adminPhone
          status
          createdAt
        }
      }
      programs(first: 50) {
        edges {
          node {
            id
            title
            status
          }
        }
      }
    }
  }
`);
export const ApproveOrganizationMutation = graphql(`
  mutation ApproveOrganization($id: ID!) {
    approveOrganization(id: $id) {
      organization {
        id
        status
      }
    }
  }
`);
export const RejectOrganizationMutation = graphql(`
  mutation RejectOrganization($id: ID!, $reason: String!) {
    rejectOrganization(id: $id, reason: $reason) {
      organization {
        id
        status
      }
    }
  }
`);
export const ReviewProgramsQuery = graphql(`
  query ReviewPrograms($first: Int, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          titleFr
          titleEn
          responseLevel
          status
          createdAt
          organization {
            id
            name
            status
          }
          contact {
            displayName
            email
          }
        }
      }
    }
  }
`);
export const ApproveProgramMutation = graphql(`
  mutation ApproveProgram($id: ID!) {
    approveProgram(id: $id) {
      program {
        id
        status
      }
    }
  }
`);
export const RejectProgramMutation = graphql(`
  mutation RejectProgram($id: ID!, $reason: String) {
    rejectProgram(id: $id, reason: $reason) {
      program {
        id
        status
      }
    }
  }
`);
export const StaffOnboardingSessionsQuery = graphql(`
  query StaffOnboardingSessions($first: Int, $after: String) {
    onboardingSessions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startsAt
          language
          capacity
          seatsLeft
          registrations {
            createdAt
            program {
              id
              title
              organization {
                id
                name
              }
            }
            registeredBy {
              id
              displayName
              email
            }
          }
        }
      }
    }
  }
`);
export const CreateOnboardingSessionMutation = graphql(`
  mutation CreateOnboardingSession($input: CreateOnboardingSessionInput!) {
    createOnboardingSession(input: $input) {
      session {
        id
        startsAt
        language
        capacity
        seatsLeft
      }
    }
  }
`);

// Certification staff and entity managers (issue 19): an entity's page.
export const EntityPageFields = graphql(`
  fragment EntityPageFields on Entity {
    id
    name
    kind
    siret
    addressLine1
    addressLine2
    postalCode
    city
    country
    manager {
      id
      displayName
      email
    }
    members(first: 100) {
      totalCount
      edges {
        node {
          id
          displayName
          email
          status
          createdAt
          documents {
            id
            kind
            filename
            size
            url
          }
        }
      }
    }
  }
`);
export const EntityPageQuery = graphql(`
  query EntityPage($id: ID!) {
    entity(id: $id) {
      ...EntityPageFields
    }
  }
`);
export const MyEntityPageQuery = graphql(`
  query MyEntityPage {
    me {
      id
      entity {
        ...EntityPageFields
      }
    }
  }
`);
export const EntitySearchQuery = graphql(`
  query EntitySearch($search: String!, $first: Int) {
    accountSearch(search: $search, first: $first) {
      id
      displayName
      email
      status
      entity {
        id
        name
        siret
      }
    }
  }
`);
export const SetEntityManagerMutation = graphql(`
  mutation SetEntityManager($entityId: ID!, $accountId: ID!) {
    setEntityManager(entityId: $entityId, accountId: $accountId) {
      entity {
        id
        manager {
          id
          displayName
        }
      }
    }
  }
`);

// Editors (issue 19): a page's settings after its creation, and the space's audiences.
export const SpaceAudiencesQuery = graphql(`
  query SpaceAudiences {
    space {
      audiences
    }
  }
`);
export const PageSettingsQuery = graphql(`
  query PageSettings($filter: PageFilter) {
    pages(filter: $filter) {
      kind
      id
      audience
      tags
      category {
        id
      }
    }
  }
`);
export const UpdatePageSettingsMutation = graphql(`
  mutation UpdatePageSettings($id: ID!, $input: PageSettingsInput!) {
    updatePageSettings(id: $id, input: $input) {
      page {
        kind
        id
        audience
        tags
        category {
          id
        }
      }
    }
  }
`);

// Issue 21: what readers say (votes per page and language, searches that found nothing).
export const ReadersFeedbackQuery = graphql(`
  query ReadersFeedback($since: Time, $first: Int) {
    pageFeedback(since: $since, first: $first) {
      page {
        kind
        id
        title
      }
      locale
      helpful
      notHelpful
    }
    searchGaps(since: $since, first: $first) {
      query
      locale
      count
      lastAt
    }
  }
`);
