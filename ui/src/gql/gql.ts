/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query MemberMe {\n    me {\n      id\n      email\n      firstName\n      lastName\n      displayName\n      locale\n      status\n      roles\n    }\n  }\n": typeof types.MemberMeDocument,
    "\n  query MemberSpace($locale: Locale) {\n    space {\n      slug\n      name(locale: $locale)\n      modules\n    }\n  }\n": typeof types.MemberSpaceDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation ActivateAccount($token: String!) {\n    activateAccount(token: $token) {\n      account {\n        id\n        email\n        status\n      }\n    }\n  }\n": typeof types.ActivateAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      account {\n        id\n        firstName\n        lastName\n        locale\n        displayName\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password) {\n      ok\n    }\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      account {\n        id\n        email\n      }\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      description\n    }\n  }\n": typeof types.PasswordPolicyDocument,
    "\n  query MemberNewsList($first: Int, $after: String, $locale: Locale) {\n    news(first: $first, after: $after, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          locale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MemberNewsListDocument,
    "\n  query MemberNewsPost($slug: String!, $locale: Locale) {\n    newsPost(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      summary\n      html\n      publishedAt\n      locale\n    }\n  }\n": typeof types.MemberNewsPostDocument,
    "\n  query MemberLocalGroups($locale: Locale) {\n    localGroups(first: 50, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n          viewerIsMember\n        }\n      }\n    }\n  }\n": typeof types.MemberLocalGroupsDocument,
    "\n  query MemberLocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n          }\n        }\n      }\n      upcomingWorkshops(first: 10) {\n        edges {\n          node {\n            id\n            title\n            startsAt\n            city\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberLocalGroupDocument,
    "\n  mutation MemberJoinLocalGroup($id: ID!) {\n    joinLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n": typeof types.MemberJoinLocalGroupDocument,
    "\n  mutation MemberLeaveLocalGroup($id: ID!) {\n    leaveLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n": typeof types.MemberLeaveLocalGroupDocument,
    "\n  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {\n    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        displayName\n        belt\n        city\n        languages\n        bio\n        contactEmail\n        workshopsRun\n      }\n    }\n  }\n": typeof types.MemberDirectoryDocument,
    "\n  query MemberDirectoryProfile {\n    me {\n      id\n      directoryProfile {\n        listed\n        city\n        languages\n        bioFr\n        bioEn\n        showEmail\n      }\n    }\n  }\n": typeof types.MemberDirectoryProfileDocument,
    "\n  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {\n    updateDirectoryProfile(input: $input) {\n      listed\n      city\n      languages\n      bioFr\n      bioEn\n      showEmail\n    }\n  }\n": typeof types.MemberUpdateDirectoryProfileDocument,
    "\n  query MemberCommunityIndicators {\n    communityIndicators {\n      facilitators\n      byBelt {\n        belt\n        count\n      }\n      workshopsReported\n      participantsReached\n    }\n  }\n": typeof types.MemberCommunityIndicatorsDocument,
    "\n  query MemberToolbox($locale: Locale) {\n    resources(locale: $locale, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          locale\n          title\n          html\n          url\n          filename\n          contentType\n          size\n          category {\n            slug\n            title\n          }\n        }\n      }\n    }\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberToolboxDocument,
    "\n  query MemberPros($locale: Locale) {\n    opportunities(first: 50, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          kind\n          city\n          format\n          language\n        }\n      }\n    }\n    me {\n      id\n      belt\n    }\n  }\n": typeof types.MemberProsDocument,
    "\n  mutation MemberApplyToWorkshop($id: ID!, $message: String) {\n    applyToWorkshop(id: $id, message: $message) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": typeof types.MemberApplyToWorkshopDocument,
    "\n  query MemberPeers {\n    me {\n      id\n      belt\n      nextBeltRequest {\n        id\n        belt\n        status\n        required\n        createdAt\n        coOptations {\n          by {\n            displayName\n          }\n        }\n      }\n      journey {\n        belt\n        nextBelt\n        workshopsRun\n        requirements {\n          code\n          met\n          progress\n          target\n        }\n        coOptations {\n          by {\n            displayName\n            belt\n          }\n          belt\n          at\n          comment\n        }\n      }\n    }\n    mayCoOpt: can(permission: \"belts:coopt\")\n    mayAsk: can(permission: \"belts:request\")\n  }\n": typeof types.MemberPeersDocument,
    "\n  query MemberBeltRequests($first: Int) {\n    beltValidationRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          belt\n          status\n          required\n          candidate {\n            id\n            displayName\n            belt\n            workshopsRun\n          }\n          coOptations {\n            by {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberBeltRequestsDocument,
    "\n  mutation MemberRequestBeltValidation {\n    requestBeltValidation {\n      request {\n        id\n        belt\n        status\n      }\n    }\n  }\n": typeof types.MemberRequestBeltValidationDocument,
    "\n  mutation MemberCoOpt($requestId: ID!, $comment: String) {\n    coOpt(requestId: $requestId, comment: $comment) {\n      request {\n        id\n        status\n      }\n      candidate {\n        id\n        belt\n      }\n    }\n  }\n": typeof types.MemberCoOptDocument,
    "\n  query MemberHelp($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            audience\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberHelpDocument,
    "\n  query MemberHelpGuide($slug: String!, $locale: Locale) {\n    guide(slug: $slug, locale: $locale) {\n      id\n      slug\n      locale\n      title\n      summary\n      html\n      audience\n      category {\n        slug\n        title\n      }\n      attachments {\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n": typeof types.MemberHelpGuideDocument,
    "\n  query MemberFaqs($locale: Locale, $first: Int, $after: String) {\n    faqs(locale: $locale, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          question\n          html\n          audience\n          category {\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MemberFaqsDocument,
    "\n  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Guide {\n            id\n            slug\n            title\n          }\n          ... on Faq {\n            id\n            question\n          }\n          ... on Resource {\n            id\n            title\n            url\n          }\n          ... on News {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberHelpSearchDocument,
    "\n  mutation MemberContactSupport($input: SupportRequestInput!) {\n    contactSupport(input: $input) {\n      id\n    }\n  }\n": typeof types.MemberContactSupportDocument,
    "\n  query MemberContactMe {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.MemberContactMeDocument,
    "\n  query Spaces($locale: Locale) {\n    spaces {\n      slug\n      name(locale: $locale)\n    }\n  }\n": typeof types.SpacesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      passwordResetRequired\n      account {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer($locale: Locale) {\n    me {\n      id\n      displayName\n      email\n      roleAssignments {\n        role\n        scope\n      }\n    }\n    permissions\n    space {\n      slug\n      name(locale: $locale)\n      locales\n      defaultLocale\n      modules\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ScopedPermissions($scope: String) {\n    permissions(scope: $scope)\n  }\n": typeof types.ScopedPermissionsDocument,
    "\n  query Pages($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      position\n      updatedAt\n      deletedAt\n      category {\n        id\n        slug\n        title\n      }\n      translations {\n        locale\n        title\n        status\n        translationStatus\n        publishAt\n      }\n    }\n  }\n": typeof types.PagesDocument,
    "\n  query Categories($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      locale\n      slug\n      title\n      description\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n": typeof types.RenderMarkdownDocument,
    "\n  query NeedsTranslation($locale: Locale!) {\n    needsTranslation(locale: $locale) {\n      kind\n      id\n      translationStatus\n      sourceLocale\n      sourceTitle\n    }\n  }\n": typeof types.NeedsTranslationDocument,
    "\n  query GuideDraft($id: ID!, $locale: Locale!) {\n    guideDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n      attachments {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n": typeof types.GuideDraftDocument,
    "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.CreateGuideDocument,
    "\n  mutation SaveGuideDraft($id: ID!, $locale: Locale!, $input: GuideTranslationInput!) {\n    saveGuideDraft(id: $id, locale: $locale, input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.SaveGuideDraftDocument,
    "\n  mutation PublishGuide($id: ID!, $locale: Locale) {\n    publishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.PublishGuideDocument,
    "\n  mutation UnpublishGuide($id: ID!, $locale: Locale) {\n    unpublishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.UnpublishGuideDocument,
    "\n  mutation ScheduleGuide($id: ID!, $locale: Locale!, $at: Time) {\n    scheduleGuidePublish(id: $id, locale: $locale, at: $at) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.ScheduleGuideDocument,
    "\n  mutation GuidePreview($id: ID!, $locale: Locale!) {\n    createGuidePreview(id: $id, locale: $locale) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.GuidePreviewDocument,
    "\n  query GuideRevisions($id: ID!, $locale: Locale!) {\n    guideRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.GuideRevisionsDocument,
    "\n  query CompareGuide($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareGuideRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": typeof types.CompareGuideDocument,
    "\n  mutation RestoreGuideRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreGuideRevision(id: $id, locale: $locale, number: $number) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.RestoreGuideRevisionDocument,
    "\n  mutation AttachGuideFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    attachGuideFile(id: $id, locale: $locale, file: $file) {\n      id\n      filename\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.AttachGuideFileDocument,
    "\n  mutation DeleteGuide($id: ID!) {\n    deleteGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.DeleteGuideDocument,
    "\n  mutation RestoreGuide($id: ID!) {\n    restoreGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n": typeof types.RestoreGuideDocument,
    "\n  query FaqDraft($id: ID!, $locale: Locale!) {\n    faqDraft(id: $id, locale: $locale) {\n      locale\n      question\n      answer\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n": typeof types.FaqDraftDocument,
    "\n  mutation CreateFaq($input: CreateFaqInput!) {\n    createFaq(input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.CreateFaqDocument,
    "\n  mutation SaveFaqDraft($id: ID!, $locale: Locale!, $input: FaqTranslationInput!) {\n    saveFaqDraft(id: $id, locale: $locale, input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.SaveFaqDraftDocument,
    "\n  mutation PublishFaq($id: ID!, $locale: Locale) {\n    publishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.PublishFaqDocument,
    "\n  mutation UnpublishFaq($id: ID!, $locale: Locale) {\n    unpublishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.UnpublishFaqDocument,
    "\n  query FaqRevisions($id: ID!, $locale: Locale!) {\n    faqRevisions(id: $id, locale: $locale) {\n      number\n      question\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.FaqRevisionsDocument,
    "\n  query CompareFaq($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareFaqRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": typeof types.CompareFaqDocument,
    "\n  mutation RestoreFaqRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreFaqRevision(id: $id, locale: $locale, number: $number) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.RestoreFaqRevisionDocument,
    "\n  mutation DeleteFaq($id: ID!) {\n    deleteFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.DeleteFaqDocument,
    "\n  mutation RestoreFaq($id: ID!) {\n    restoreFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n": typeof types.RestoreFaqDocument,
    "\n  query ResourceDraft($id: ID!, $locale: Locale!) {\n    resourceDraft(id: $id, locale: $locale) {\n      locale\n      title\n      description\n      html\n      url\n      file {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n": typeof types.ResourceDraftDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.CreateResourceDocument,
    "\n  mutation SaveResourceDraft($id: ID!, $locale: Locale!, $input: ResourceTranslationInput!) {\n    saveResourceDraft(id: $id, locale: $locale, input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.SaveResourceDraftDocument,
    "\n  mutation UploadResourceFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    uploadResourceFile(id: $id, locale: $locale, file: $file) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.UploadResourceFileDocument,
    "\n  mutation PublishResource($id: ID!, $locale: Locale) {\n    publishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.PublishResourceDocument,
    "\n  mutation UnpublishResource($id: ID!, $locale: Locale) {\n    unpublishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.UnpublishResourceDocument,
    "\n  query ResourceRevisions($id: ID!, $locale: Locale!) {\n    resourceRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.ResourceRevisionsDocument,
    "\n  query CompareResource($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareResourceRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": typeof types.CompareResourceDocument,
    "\n  mutation RestoreResourceRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreResourceRevision(id: $id, locale: $locale, number: $number) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.RestoreResourceRevisionDocument,
    "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.DeleteResourceDocument,
    "\n  mutation RestoreResource($id: ID!) {\n    restoreResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n": typeof types.RestoreResourceDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $locale: Locale!, $input: CategoryTranslationInput!) {\n    updateCategory(id: $id, locale: $locale, input: $input) {\n      category {\n        id\n      }\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n    }\n  }\n": typeof types.DeleteCategoryDocument,
    "\n  query PendingAccounts($first: Int, $after: String) {\n    pendingAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          createdAt\n          status\n          entity {\n            id\n            name\n            kind\n            siret\n            manager {\n              id\n            }\n          }\n          documents {\n            id\n            filename\n            contentType\n            size\n            url\n            kind\n          }\n        }\n      }\n    }\n  }\n": typeof types.PendingAccountsDocument,
    "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveAccountDocument,
    "\n  mutation RejectAccount($id: ID!, $reason: String) {\n    rejectAccount(id: $id, reason: $reason) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectAccountDocument,
    "\n  query Accounts($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      roleAssignments {\n        role\n        scope\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": typeof types.GrantableRolesDocument,
    "\n  mutation GrantRole($accountId: ID!, $role: String!, $scope: String) {\n    grantRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($accountId: ID!, $role: String!, $scope: String) {\n    revokeRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n    webhookEvents\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Webhook {\n        id\n        deliveries(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              event\n              status\n              attempts\n              responseStatus\n              lastError\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($url: String!, $events: [String!]!) {\n    createWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorID\n          targetID\n          email\n          client\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query MyTrainings($first: Int, $after: String, $past: Boolean) {\n    myTrainings(first: $first, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          format\n          language\n          capacity\n          city\n          seatsLeft\n          trainer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTrainingsDocument,
    "\n  query Training($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      format\n      language\n      capacity\n      city\n      seatsLeft\n      trainer {\n        displayName\n      }\n      registrations {\n        attended\n        registeredAt\n        account {\n          id\n          email\n          displayName\n          status\n        }\n      }\n    }\n  }\n": typeof types.TrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      training {\n        id\n        title\n      }\n    }\n  }\n": typeof types.CreateTrainingDocument,
    "\n  mutation ValidateAttendance($trainingId: ID!, $accountIds: [ID!]!) {\n    validateAttendance(trainingId: $trainingId, accountIds: $accountIds) {\n      registrations {\n        attended\n        account {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ValidateAttendanceDocument,
    "\n  query SupportSearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      createdAt\n      roles\n    }\n  }\n": typeof types.SupportSearchDocument,
    "\n  query AccountHistory($id: ID!, $first: Int) {\n    accountHistory(id: $id, first: $first) {\n      id\n      action\n      actorID\n      actor {\n        id\n        email\n        firstName\n        lastName\n      }\n      targetID\n      client\n      createdAt\n      details {\n        key\n        value\n      }\n    }\n  }\n": typeof types.AccountHistoryDocument,
    "\n  mutation ActivateLegacyAccount($id: ID!) {\n    activateLegacyAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ActivateLegacyAccountDocument,
    "\n  mutation ResendActivation($email: String!) {\n    resendActivation(email: $email)\n  }\n": typeof types.ResendActivationDocument,
    "\n  query SupportRequests($first: Int) {\n    supportRequests(first: $first) {\n      id\n      email\n      name\n      subject\n      message\n      locale\n      createdAt\n    }\n  }\n": typeof types.SupportRequestsDocument,
    "\n  query LocalGroups($first: Int, $after: String, $locale: Locale) {\n    localGroups(first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.LocalGroupsDocument,
    "\n  query LocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n            coordinator\n            joinedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.LocalGroupDocument,
    "\n  query LocalGroupBoth($id: ID!) {\n    localGroup(id: $id) {\n      id\n      city\n      region\n      translations {\n        locale\n        name\n        description\n      }\n    }\n  }\n": typeof types.LocalGroupBothDocument,
    "\n  mutation CreateLocalGroup($input: LocalGroupInput!) {\n    createLocalGroup(input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateLocalGroupDocument,
    "\n  mutation UpdateLocalGroup($id: ID!, $input: LocalGroupInput!) {\n    updateLocalGroup(id: $id, input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateLocalGroupDocument,
    "\n  mutation SetLocalGroupCoordinator($groupId: ID!, $accountId: ID!, $coordinator: Boolean!) {\n    setLocalGroupCoordinator(groupId: $groupId, accountId: $accountId, coordinator: $coordinator) {\n      group {\n        id\n        coordinators {\n          id\n        }\n      }\n    }\n  }\n": typeof types.SetLocalGroupCoordinatorDocument,
    "\n  query NewsDraft($id: ID!, $locale: Locale!) {\n    newsDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n    }\n  }\n": typeof types.NewsDraftDocument,
    "\n  query NewsRevisions($id: ID!, $locale: Locale!) {\n    newsRevisions(id: $id, locale: $locale) {\n      number\n      slug\n      title\n      summary\n      body\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": typeof types.NewsRevisionsDocument,
    "\n  mutation CreateNews($input: CreateNewsInput!) {\n    createNews(input: $input) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.CreateNewsDocument,
    "\n  mutation SaveNewsDraft($id: ID!, $locale: Locale!, $input: NewsTranslationInput!) {\n    saveNewsDraft(id: $id, locale: $locale, input: $input) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.SaveNewsDraftDocument,
    "\n  mutation PublishNews($id: ID!, $locale: Locale) {\n    publishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.PublishNewsDocument,
    "\n  mutation UnpublishNews($id: ID!, $locale: Locale) {\n    unpublishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.UnpublishNewsDocument,
    "\n  mutation RestoreNewsRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreNewsRevision(id: $id, locale: $locale, number: $number) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.RestoreNewsRevisionDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.DeleteNewsDocument,
    "\n  mutation RestoreNews($id: ID!) {\n    restoreNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n": typeof types.RestoreNewsDocument,
    "\n  query ReviewOrganizations($status: ReviewStatus, $first: Int, $after: String) {\n    organizations(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          website\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ReviewOrganizationsDocument,
    "\n  query ReviewOrganization($id: ID!, $locale: Locale) {\n    organization(id: $id) {\n      id\n      name\n      pinnedNotices(locale: $locale) {\n        text\n        createdAt\n        pinned\n        request {\n          id\n          programTitle\n          adminFirstName\n          adminLastName\n          adminEmail\n          adminPhone\n          status\n          createdAt\n        }\n      }\n      programs(first: 50) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewOrganizationDocument,
    "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveOrganizationDocument,
    "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectOrganizationDocument,
    "\n  query ReviewPrograms($first: Int, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          titleFr\n          titleEn\n          responseLevel\n          status\n          createdAt\n          organization {\n            id\n            name\n            status\n          }\n          contact {\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReviewProgramsDocument,
    "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      program {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveProgramDocument,
    "\n  mutation RejectProgram($id: ID!, $reason: String) {\n    rejectProgram(id: $id, reason: $reason) {\n      program {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectProgramDocument,
    "\n  query StaffOnboardingSessions($first: Int, $after: String) {\n    onboardingSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          language\n          capacity\n          seatsLeft\n          registrations {\n            createdAt\n            program {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n            registeredBy {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffOnboardingSessionsDocument,
    "\n  mutation CreateOnboardingSession($input: CreateOnboardingSessionInput!) {\n    createOnboardingSession(input: $input) {\n      session {\n        id\n        startsAt\n        language\n        capacity\n        seatsLeft\n      }\n    }\n  }\n": typeof types.CreateOnboardingSessionDocument,
    "\n  fragment EntityPageFields on Entity {\n    id\n    name\n    kind\n    siret\n    addressLine1\n    addressLine2\n    postalCode\n    city\n    country\n    manager {\n      id\n      displayName\n      email\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          createdAt\n          documents {\n            id\n            kind\n            filename\n            size\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityPageFieldsFragmentDoc,
    "\n  query EntityPage($id: ID!) {\n    entity(id: $id) {\n      ...EntityPageFields\n    }\n  }\n": typeof types.EntityPageDocument,
    "\n  query MyEntityPage {\n    me {\n      id\n      entity {\n        ...EntityPageFields\n      }\n    }\n  }\n": typeof types.MyEntityPageDocument,
    "\n  query EntitySearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      displayName\n      email\n      status\n      entity {\n        id\n        name\n        siret\n      }\n    }\n  }\n": typeof types.EntitySearchDocument,
    "\n  mutation SetEntityManager($entityId: ID!, $accountId: ID!) {\n    setEntityManager(entityId: $entityId, accountId: $accountId) {\n      entity {\n        id\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.SetEntityManagerDocument,
    "\n  query SpaceAudiences {\n    space {\n      audiences\n    }\n  }\n": typeof types.SpaceAudiencesDocument,
    "\n  query PageSettings($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      tags\n      category {\n        id\n      }\n    }\n  }\n": typeof types.PageSettingsDocument,
    "\n  mutation UpdatePageSettings($id: ID!, $input: PageSettingsInput!) {\n    updatePageSettings(id: $id, input: $input) {\n      page {\n        kind\n        id\n        audience\n        tags\n        category {\n          id\n        }\n      }\n    }\n  }\n": typeof types.UpdatePageSettingsDocument,
    "\n  query ReadersFeedback($since: Time, $first: Int) {\n    pageFeedback(since: $since, first: $first) {\n      page {\n        kind\n        id\n        title\n      }\n      locale\n      helpful\n      notHelpful\n    }\n    searchGaps(since: $since, first: $first) {\n      query\n      locale\n      count\n      lastAt\n    }\n  }\n": typeof types.ReadersFeedbackDocument,
};
const documents: Documents = {
    "\n  query MemberMe {\n    me {\n      id\n      email\n      firstName\n      lastName\n      displayName\n      locale\n      status\n      roles\n    }\n  }\n": types.MemberMeDocument,
    "\n  query MemberSpace($locale: Locale) {\n    space {\n      slug\n      name(locale: $locale)\n      modules\n    }\n  }\n": types.MemberSpaceDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation ActivateAccount($token: String!) {\n    activateAccount(token: $token) {\n      account {\n        id\n        email\n        status\n      }\n    }\n  }\n": types.ActivateAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      account {\n        id\n        firstName\n        lastName\n        locale\n        displayName\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password) {\n      ok\n    }\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      account {\n        id\n        email\n      }\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query PasswordPolicy {\n    passwordPolicy {\n      description\n    }\n  }\n": types.PasswordPolicyDocument,
    "\n  query MemberNewsList($first: Int, $after: String, $locale: Locale) {\n    news(first: $first, after: $after, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          locale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MemberNewsListDocument,
    "\n  query MemberNewsPost($slug: String!, $locale: Locale) {\n    newsPost(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      summary\n      html\n      publishedAt\n      locale\n    }\n  }\n": types.MemberNewsPostDocument,
    "\n  query MemberLocalGroups($locale: Locale) {\n    localGroups(first: 50, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n          viewerIsMember\n        }\n      }\n    }\n  }\n": types.MemberLocalGroupsDocument,
    "\n  query MemberLocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n          }\n        }\n      }\n      upcomingWorkshops(first: 10) {\n        edges {\n          node {\n            id\n            title\n            startsAt\n            city\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.MemberLocalGroupDocument,
    "\n  mutation MemberJoinLocalGroup($id: ID!) {\n    joinLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n": types.MemberJoinLocalGroupDocument,
    "\n  mutation MemberLeaveLocalGroup($id: ID!) {\n    leaveLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n": types.MemberLeaveLocalGroupDocument,
    "\n  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {\n    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        displayName\n        belt\n        city\n        languages\n        bio\n        contactEmail\n        workshopsRun\n      }\n    }\n  }\n": types.MemberDirectoryDocument,
    "\n  query MemberDirectoryProfile {\n    me {\n      id\n      directoryProfile {\n        listed\n        city\n        languages\n        bioFr\n        bioEn\n        showEmail\n      }\n    }\n  }\n": types.MemberDirectoryProfileDocument,
    "\n  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {\n    updateDirectoryProfile(input: $input) {\n      listed\n      city\n      languages\n      bioFr\n      bioEn\n      showEmail\n    }\n  }\n": types.MemberUpdateDirectoryProfileDocument,
    "\n  query MemberCommunityIndicators {\n    communityIndicators {\n      facilitators\n      byBelt {\n        belt\n        count\n      }\n      workshopsReported\n      participantsReached\n    }\n  }\n": types.MemberCommunityIndicatorsDocument,
    "\n  query MemberToolbox($locale: Locale) {\n    resources(locale: $locale, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          locale\n          title\n          html\n          url\n          filename\n          contentType\n          size\n          category {\n            slug\n            title\n          }\n        }\n      }\n    }\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n          }\n        }\n      }\n    }\n  }\n": types.MemberToolboxDocument,
    "\n  query MemberPros($locale: Locale) {\n    opportunities(first: 50, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          kind\n          city\n          format\n          language\n        }\n      }\n    }\n    me {\n      id\n      belt\n    }\n  }\n": types.MemberProsDocument,
    "\n  mutation MemberApplyToWorkshop($id: ID!, $message: String) {\n    applyToWorkshop(id: $id, message: $message) {\n      application {\n        id\n        status\n      }\n    }\n  }\n": types.MemberApplyToWorkshopDocument,
    "\n  query MemberPeers {\n    me {\n      id\n      belt\n      nextBeltRequest {\n        id\n        belt\n        status\n        required\n        createdAt\n        coOptations {\n          by {\n            displayName\n          }\n        }\n      }\n      journey {\n        belt\n        nextBelt\n        workshopsRun\n        requirements {\n          code\n          met\n          progress\n          target\n        }\n        coOptations {\n          by {\n            displayName\n            belt\n          }\n          belt\n          at\n          comment\n        }\n      }\n    }\n    mayCoOpt: can(permission: \"belts:coopt\")\n    mayAsk: can(permission: \"belts:request\")\n  }\n": types.MemberPeersDocument,
    "\n  query MemberBeltRequests($first: Int) {\n    beltValidationRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          belt\n          status\n          required\n          candidate {\n            id\n            displayName\n            belt\n            workshopsRun\n          }\n          coOptations {\n            by {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MemberBeltRequestsDocument,
    "\n  mutation MemberRequestBeltValidation {\n    requestBeltValidation {\n      request {\n        id\n        belt\n        status\n      }\n    }\n  }\n": types.MemberRequestBeltValidationDocument,
    "\n  mutation MemberCoOpt($requestId: ID!, $comment: String) {\n    coOpt(requestId: $requestId, comment: $comment) {\n      request {\n        id\n        status\n      }\n      candidate {\n        id\n        belt\n      }\n    }\n  }\n": types.MemberCoOptDocument,
    "\n  query MemberHelp($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            audience\n          }\n        }\n      }\n    }\n  }\n": types.MemberHelpDocument,
    "\n  query MemberHelpGuide($slug: String!, $locale: Locale) {\n    guide(slug: $slug, locale: $locale) {\n      id\n      slug\n      locale\n      title\n      summary\n      html\n      audience\n      category {\n        slug\n        title\n      }\n      attachments {\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n": types.MemberHelpGuideDocument,
    "\n  query MemberFaqs($locale: Locale, $first: Int, $after: String) {\n    faqs(locale: $locale, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          question\n          html\n          audience\n          category {\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MemberFaqsDocument,
    "\n  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Guide {\n            id\n            slug\n            title\n          }\n          ... on Faq {\n            id\n            question\n          }\n          ... on Resource {\n            id\n            title\n            url\n          }\n          ... on News {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MemberHelpSearchDocument,
    "\n  mutation MemberContactSupport($input: SupportRequestInput!) {\n    contactSupport(input: $input) {\n      id\n    }\n  }\n": types.MemberContactSupportDocument,
    "\n  query MemberContactMe {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n": types.MemberContactMeDocument,
    "\n  query Spaces($locale: Locale) {\n    spaces {\n      slug\n      name(locale: $locale)\n    }\n  }\n": types.SpacesDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      passwordResetRequired\n      account {\n        id\n        displayName\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer($locale: Locale) {\n    me {\n      id\n      displayName\n      email\n      roleAssignments {\n        role\n        scope\n      }\n    }\n    permissions\n    space {\n      slug\n      name(locale: $locale)\n      locales\n      defaultLocale\n      modules\n    }\n  }\n": types.ViewerDocument,
    "\n  query ScopedPermissions($scope: String) {\n    permissions(scope: $scope)\n  }\n": types.ScopedPermissionsDocument,
    "\n  query Pages($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      position\n      updatedAt\n      deletedAt\n      category {\n        id\n        slug\n        title\n      }\n      translations {\n        locale\n        title\n        status\n        translationStatus\n        publishAt\n      }\n    }\n  }\n": types.PagesDocument,
    "\n  query Categories($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      locale\n      slug\n      title\n      description\n    }\n  }\n": types.CategoriesDocument,
    "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n": types.RenderMarkdownDocument,
    "\n  query NeedsTranslation($locale: Locale!) {\n    needsTranslation(locale: $locale) {\n      kind\n      id\n      translationStatus\n      sourceLocale\n      sourceTitle\n    }\n  }\n": types.NeedsTranslationDocument,
    "\n  query GuideDraft($id: ID!, $locale: Locale!) {\n    guideDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n      attachments {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n": types.GuideDraftDocument,
    "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n": types.CreateGuideDocument,
    "\n  mutation SaveGuideDraft($id: ID!, $locale: Locale!, $input: GuideTranslationInput!) {\n    saveGuideDraft(id: $id, locale: $locale, input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n": types.SaveGuideDraftDocument,
    "\n  mutation PublishGuide($id: ID!, $locale: Locale) {\n    publishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n": types.PublishGuideDocument,
    "\n  mutation UnpublishGuide($id: ID!, $locale: Locale) {\n    unpublishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n": types.UnpublishGuideDocument,
    "\n  mutation ScheduleGuide($id: ID!, $locale: Locale!, $at: Time) {\n    scheduleGuidePublish(id: $id, locale: $locale, at: $at) {\n      guide {\n        id\n      }\n    }\n  }\n": types.ScheduleGuideDocument,
    "\n  mutation GuidePreview($id: ID!, $locale: Locale!) {\n    createGuidePreview(id: $id, locale: $locale) {\n      url\n      expiresAt\n    }\n  }\n": types.GuidePreviewDocument,
    "\n  query GuideRevisions($id: ID!, $locale: Locale!) {\n    guideRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": types.GuideRevisionsDocument,
    "\n  query CompareGuide($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareGuideRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": types.CompareGuideDocument,
    "\n  mutation RestoreGuideRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreGuideRevision(id: $id, locale: $locale, number: $number) {\n      guide {\n        id\n      }\n    }\n  }\n": types.RestoreGuideRevisionDocument,
    "\n  mutation AttachGuideFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    attachGuideFile(id: $id, locale: $locale, file: $file) {\n      id\n      filename\n      contentType\n      size\n      url\n    }\n  }\n": types.AttachGuideFileDocument,
    "\n  mutation DeleteGuide($id: ID!) {\n    deleteGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n": types.DeleteGuideDocument,
    "\n  mutation RestoreGuide($id: ID!) {\n    restoreGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n": types.RestoreGuideDocument,
    "\n  query FaqDraft($id: ID!, $locale: Locale!) {\n    faqDraft(id: $id, locale: $locale) {\n      locale\n      question\n      answer\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n": types.FaqDraftDocument,
    "\n  mutation CreateFaq($input: CreateFaqInput!) {\n    createFaq(input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n": types.CreateFaqDocument,
    "\n  mutation SaveFaqDraft($id: ID!, $locale: Locale!, $input: FaqTranslationInput!) {\n    saveFaqDraft(id: $id, locale: $locale, input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n": types.SaveFaqDraftDocument,
    "\n  mutation PublishFaq($id: ID!, $locale: Locale) {\n    publishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n": types.PublishFaqDocument,
    "\n  mutation UnpublishFaq($id: ID!, $locale: Locale) {\n    unpublishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n": types.UnpublishFaqDocument,
    "\n  query FaqRevisions($id: ID!, $locale: Locale!) {\n    faqRevisions(id: $id, locale: $locale) {\n      number\n      question\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": types.FaqRevisionsDocument,
    "\n  query CompareFaq($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareFaqRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": types.CompareFaqDocument,
    "\n  mutation RestoreFaqRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreFaqRevision(id: $id, locale: $locale, number: $number) {\n      faq {\n        id\n      }\n    }\n  }\n": types.RestoreFaqRevisionDocument,
    "\n  mutation DeleteFaq($id: ID!) {\n    deleteFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n": types.DeleteFaqDocument,
    "\n  mutation RestoreFaq($id: ID!) {\n    restoreFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n": types.RestoreFaqDocument,
    "\n  query ResourceDraft($id: ID!, $locale: Locale!) {\n    resourceDraft(id: $id, locale: $locale) {\n      locale\n      title\n      description\n      html\n      url\n      file {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n": types.ResourceDraftDocument,
    "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n": types.CreateResourceDocument,
    "\n  mutation SaveResourceDraft($id: ID!, $locale: Locale!, $input: ResourceTranslationInput!) {\n    saveResourceDraft(id: $id, locale: $locale, input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n": types.SaveResourceDraftDocument,
    "\n  mutation UploadResourceFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    uploadResourceFile(id: $id, locale: $locale, file: $file) {\n      resource {\n        id\n      }\n    }\n  }\n": types.UploadResourceFileDocument,
    "\n  mutation PublishResource($id: ID!, $locale: Locale) {\n    publishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n": types.PublishResourceDocument,
    "\n  mutation UnpublishResource($id: ID!, $locale: Locale) {\n    unpublishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n": types.UnpublishResourceDocument,
    "\n  query ResourceRevisions($id: ID!, $locale: Locale!) {\n    resourceRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": types.ResourceRevisionsDocument,
    "\n  query CompareResource($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareResourceRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n": types.CompareResourceDocument,
    "\n  mutation RestoreResourceRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreResourceRevision(id: $id, locale: $locale, number: $number) {\n      resource {\n        id\n      }\n    }\n  }\n": types.RestoreResourceRevisionDocument,
    "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n": types.DeleteResourceDocument,
    "\n  mutation RestoreResource($id: ID!) {\n    restoreResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n": types.RestoreResourceDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $locale: Locale!, $input: CategoryTranslationInput!) {\n    updateCategory(id: $id, locale: $locale, input: $input) {\n      category {\n        id\n      }\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n    }\n  }\n": types.DeleteCategoryDocument,
    "\n  query PendingAccounts($first: Int, $after: String) {\n    pendingAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          createdAt\n          status\n          entity {\n            id\n            name\n            kind\n            siret\n            manager {\n              id\n            }\n          }\n          documents {\n            id\n            filename\n            contentType\n            size\n            url\n            kind\n          }\n        }\n      }\n    }\n  }\n": types.PendingAccountsDocument,
    "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveAccountDocument,
    "\n  mutation RejectAccount($id: ID!, $reason: String) {\n    rejectAccount(id: $id, reason: $reason) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": types.RejectAccountDocument,
    "\n  query Accounts($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      roleAssignments {\n        role\n        scope\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query GrantableRoles {\n    grantableRoles\n  }\n": types.GrantableRolesDocument,
    "\n  mutation GrantRole($accountId: ID!, $role: String!, $scope: String) {\n    grantRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($accountId: ID!, $role: String!, $scope: String) {\n    revokeRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n    webhookEvents\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Webhook {\n        id\n        deliveries(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              event\n              status\n              attempts\n              responseStatus\n              lastError\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($url: String!, $events: [String!]!) {\n    createWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n": types.DeleteWebhookDocument,
    "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorID\n          targetID\n          email\n          client\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query MyTrainings($first: Int, $after: String, $past: Boolean) {\n    myTrainings(first: $first, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          format\n          language\n          capacity\n          city\n          seatsLeft\n          trainer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.MyTrainingsDocument,
    "\n  query Training($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      format\n      language\n      capacity\n      city\n      seatsLeft\n      trainer {\n        displayName\n      }\n      registrations {\n        attended\n        registeredAt\n        account {\n          id\n          email\n          displayName\n          status\n        }\n      }\n    }\n  }\n": types.TrainingDocument,
    "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      training {\n        id\n        title\n      }\n    }\n  }\n": types.CreateTrainingDocument,
    "\n  mutation ValidateAttendance($trainingId: ID!, $accountIds: [ID!]!) {\n    validateAttendance(trainingId: $trainingId, accountIds: $accountIds) {\n      registrations {\n        attended\n        account {\n          id\n        }\n      }\n    }\n  }\n": types.ValidateAttendanceDocument,
    "\n  query SupportSearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      createdAt\n      roles\n    }\n  }\n": types.SupportSearchDocument,
    "\n  query AccountHistory($id: ID!, $first: Int) {\n    accountHistory(id: $id, first: $first) {\n      id\n      action\n      actorID\n      actor {\n        id\n        email\n        firstName\n        lastName\n      }\n      targetID\n      client\n      createdAt\n      details {\n        key\n        value\n      }\n    }\n  }\n": types.AccountHistoryDocument,
    "\n  mutation ActivateLegacyAccount($id: ID!) {\n    activateLegacyAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n": types.ActivateLegacyAccountDocument,
    "\n  mutation ResendActivation($email: String!) {\n    resendActivation(email: $email)\n  }\n": types.ResendActivationDocument,
    "\n  query SupportRequests($first: Int) {\n    supportRequests(first: $first) {\n      id\n      email\n      name\n      subject\n      message\n      locale\n      createdAt\n    }\n  }\n": types.SupportRequestsDocument,
    "\n  query LocalGroups($first: Int, $after: String, $locale: Locale) {\n    localGroups(first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n        }\n      }\n    }\n  }\n": types.LocalGroupsDocument,
    "\n  query LocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n            coordinator\n            joinedAt\n          }\n        }\n      }\n    }\n  }\n": types.LocalGroupDocument,
    "\n  query LocalGroupBoth($id: ID!) {\n    localGroup(id: $id) {\n      id\n      city\n      region\n      translations {\n        locale\n        name\n        description\n      }\n    }\n  }\n": types.LocalGroupBothDocument,
    "\n  mutation CreateLocalGroup($input: LocalGroupInput!) {\n    createLocalGroup(input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.CreateLocalGroupDocument,
    "\n  mutation UpdateLocalGroup($id: ID!, $input: LocalGroupInput!) {\n    updateLocalGroup(id: $id, input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateLocalGroupDocument,
    "\n  mutation SetLocalGroupCoordinator($groupId: ID!, $accountId: ID!, $coordinator: Boolean!) {\n    setLocalGroupCoordinator(groupId: $groupId, accountId: $accountId, coordinator: $coordinator) {\n      group {\n        id\n        coordinators {\n          id\n        }\n      }\n    }\n  }\n": types.SetLocalGroupCoordinatorDocument,
    "\n  query NewsDraft($id: ID!, $locale: Locale!) {\n    newsDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n    }\n  }\n": types.NewsDraftDocument,
    "\n  query NewsRevisions($id: ID!, $locale: Locale!) {\n    newsRevisions(id: $id, locale: $locale) {\n      number\n      slug\n      title\n      summary\n      body\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n": types.NewsRevisionsDocument,
    "\n  mutation CreateNews($input: CreateNewsInput!) {\n    createNews(input: $input) {\n      news {\n        id\n      }\n    }\n  }\n": types.CreateNewsDocument,
    "\n  mutation SaveNewsDraft($id: ID!, $locale: Locale!, $input: NewsTranslationInput!) {\n    saveNewsDraft(id: $id, locale: $locale, input: $input) {\n      news {\n        id\n      }\n    }\n  }\n": types.SaveNewsDraftDocument,
    "\n  mutation PublishNews($id: ID!, $locale: Locale) {\n    publishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n": types.PublishNewsDocument,
    "\n  mutation UnpublishNews($id: ID!, $locale: Locale) {\n    unpublishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n": types.UnpublishNewsDocument,
    "\n  mutation RestoreNewsRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreNewsRevision(id: $id, locale: $locale, number: $number) {\n      news {\n        id\n      }\n    }\n  }\n": types.RestoreNewsRevisionDocument,
    "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n": types.DeleteNewsDocument,
    "\n  mutation RestoreNews($id: ID!) {\n    restoreNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n": types.RestoreNewsDocument,
    "\n  query ReviewOrganizations($status: ReviewStatus, $first: Int, $after: String) {\n    organizations(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          website\n          status\n          createdAt\n        }\n      }\n    }\n  }\n": types.ReviewOrganizationsDocument,
    "\n  query ReviewOrganization($id: ID!, $locale: Locale) {\n    organization(id: $id) {\n      id\n      name\n      pinnedNotices(locale: $locale) {\n        text\n        createdAt\n        pinned\n        request {\n          id\n          programTitle\n          adminFirstName\n          adminLastName\n          adminEmail\n          adminPhone\n          status\n          createdAt\n        }\n      }\n      programs(first: 50) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n": types.ReviewOrganizationDocument,
    "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveOrganizationDocument,
    "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n": types.RejectOrganizationDocument,
    "\n  query ReviewPrograms($first: Int, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          titleFr\n          titleEn\n          responseLevel\n          status\n          createdAt\n          organization {\n            id\n            name\n            status\n          }\n          contact {\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n": types.ReviewProgramsDocument,
    "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      program {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveProgramDocument,
    "\n  mutation RejectProgram($id: ID!, $reason: String) {\n    rejectProgram(id: $id, reason: $reason) {\n      program {\n        id\n        status\n      }\n    }\n  }\n": types.RejectProgramDocument,
    "\n  query StaffOnboardingSessions($first: Int, $after: String) {\n    onboardingSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          language\n          capacity\n          seatsLeft\n          registrations {\n            createdAt\n            program {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n            registeredBy {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StaffOnboardingSessionsDocument,
    "\n  mutation CreateOnboardingSession($input: CreateOnboardingSessionInput!) {\n    createOnboardingSession(input: $input) {\n      session {\n        id\n        startsAt\n        language\n        capacity\n        seatsLeft\n      }\n    }\n  }\n": types.CreateOnboardingSessionDocument,
    "\n  fragment EntityPageFields on Entity {\n    id\n    name\n    kind\n    siret\n    addressLine1\n    addressLine2\n    postalCode\n    city\n    country\n    manager {\n      id\n      displayName\n      email\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          createdAt\n          documents {\n            id\n            kind\n            filename\n            size\n            url\n          }\n        }\n      }\n    }\n  }\n": types.EntityPageFieldsFragmentDoc,
    "\n  query EntityPage($id: ID!) {\n    entity(id: $id) {\n      ...EntityPageFields\n    }\n  }\n": types.EntityPageDocument,
    "\n  query MyEntityPage {\n    me {\n      id\n      entity {\n        ...EntityPageFields\n      }\n    }\n  }\n": types.MyEntityPageDocument,
    "\n  query EntitySearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      displayName\n      email\n      status\n      entity {\n        id\n        name\n        siret\n      }\n    }\n  }\n": types.EntitySearchDocument,
    "\n  mutation SetEntityManager($entityId: ID!, $accountId: ID!) {\n    setEntityManager(entityId: $entityId, accountId: $accountId) {\n      entity {\n        id\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.SetEntityManagerDocument,
    "\n  query SpaceAudiences {\n    space {\n      audiences\n    }\n  }\n": types.SpaceAudiencesDocument,
    "\n  query PageSettings($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      tags\n      category {\n        id\n      }\n    }\n  }\n": types.PageSettingsDocument,
    "\n  mutation UpdatePageSettings($id: ID!, $input: PageSettingsInput!) {\n    updatePageSettings(id: $id, input: $input) {\n      page {\n        kind\n        id\n        audience\n        tags\n        category {\n          id\n        }\n      }\n    }\n  }\n": types.UpdatePageSettingsDocument,
    "\n  query ReadersFeedback($since: Time, $first: Int) {\n    pageFeedback(since: $since, first: $first) {\n      page {\n        kind\n        id\n        title\n      }\n      locale\n      helpful\n      notHelpful\n    }\n    searchGaps(since: $since, first: $first) {\n      query\n      locale\n      count\n      lastAt\n    }\n  }\n": types.ReadersFeedbackDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberMe {\n    me {\n      id\n      email\n      firstName\n      lastName\n      displayName\n      locale\n      status\n      roles\n    }\n  }\n"): (typeof documents)["\n  query MemberMe {\n    me {\n      id\n      email\n      firstName\n      lastName\n      displayName\n      locale\n      status\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSpace($locale: Locale) {\n    space {\n      slug\n      name(locale: $locale)\n      modules\n    }\n  }\n"): (typeof documents)["\n  query MemberSpace($locale: Locale) {\n    space {\n      slug\n      name(locale: $locale)\n      modules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateAccount($token: String!) {\n    activateAccount(token: $token) {\n      account {\n        id\n        email\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateAccount($token: String!) {\n    activateAccount(token: $token) {\n      account {\n        id\n        email\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      account {\n        id\n        firstName\n        lastName\n        locale\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      account {\n        id\n        firstName\n        lastName\n        locale\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      account {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      account {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordPolicy {\n    passwordPolicy {\n      description\n    }\n  }\n"): (typeof documents)["\n  query PasswordPolicy {\n    passwordPolicy {\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNewsList($first: Int, $after: String, $locale: Locale) {\n    news(first: $first, after: $after, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          locale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberNewsList($first: Int, $after: String, $locale: Locale) {\n    news(first: $first, after: $after, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          locale\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNewsPost($slug: String!, $locale: Locale) {\n    newsPost(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      summary\n      html\n      publishedAt\n      locale\n    }\n  }\n"): (typeof documents)["\n  query MemberNewsPost($slug: String!, $locale: Locale) {\n    newsPost(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      summary\n      html\n      publishedAt\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberLocalGroups($locale: Locale) {\n    localGroups(first: 50, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n          viewerIsMember\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberLocalGroups($locale: Locale) {\n    localGroups(first: 50, locale: $locale) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n          viewerIsMember\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberLocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n          }\n        }\n      }\n      upcomingWorkshops(first: 10) {\n        edges {\n          node {\n            id\n            title\n            startsAt\n            city\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberLocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      viewerIsMember\n      coordinators {\n        id\n        displayName\n      }\n      members(first: 50) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n          }\n        }\n      }\n      upcomingWorkshops(first: 10) {\n        edges {\n          node {\n            id\n            title\n            startsAt\n            city\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberJoinLocalGroup($id: ID!) {\n    joinLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberJoinLocalGroup($id: ID!) {\n    joinLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberLeaveLocalGroup($id: ID!) {\n    leaveLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberLeaveLocalGroup($id: ID!) {\n    leaveLocalGroup(id: $id) {\n      group {\n        id\n        memberCount\n        viewerIsMember\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {\n    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        displayName\n        belt\n        city\n        languages\n        bio\n        contactEmail\n        workshopsRun\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {\n    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {\n      totalCount\n      entries {\n        id\n        displayName\n        belt\n        city\n        languages\n        bio\n        contactEmail\n        workshopsRun\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDirectoryProfile {\n    me {\n      id\n      directoryProfile {\n        listed\n        city\n        languages\n        bioFr\n        bioEn\n        showEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDirectoryProfile {\n    me {\n      id\n      directoryProfile {\n        listed\n        city\n        languages\n        bioFr\n        bioEn\n        showEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {\n    updateDirectoryProfile(input: $input) {\n      listed\n      city\n      languages\n      bioFr\n      bioEn\n      showEmail\n    }\n  }\n"): (typeof documents)["\n  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {\n    updateDirectoryProfile(input: $input) {\n      listed\n      city\n      languages\n      bioFr\n      bioEn\n      showEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberCommunityIndicators {\n    communityIndicators {\n      facilitators\n      byBelt {\n        belt\n        count\n      }\n      workshopsReported\n      participantsReached\n    }\n  }\n"): (typeof documents)["\n  query MemberCommunityIndicators {\n    communityIndicators {\n      facilitators\n      byBelt {\n        belt\n        count\n      }\n      workshopsReported\n      participantsReached\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberToolbox($locale: Locale) {\n    resources(locale: $locale, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          locale\n          title\n          html\n          url\n          filename\n          contentType\n          size\n          category {\n            slug\n            title\n          }\n        }\n      }\n    }\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberToolbox($locale: Locale) {\n    resources(locale: $locale, first: 50) {\n      totalCount\n      edges {\n        node {\n          id\n          locale\n          title\n          html\n          url\n          filename\n          contentType\n          size\n          category {\n            slug\n            title\n          }\n        }\n      }\n    }\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPros($locale: Locale) {\n    opportunities(first: 50, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          kind\n          city\n          format\n          language\n        }\n      }\n    }\n    me {\n      id\n      belt\n    }\n  }\n"): (typeof documents)["\n  query MemberPros($locale: Locale) {\n    opportunities(first: 50, locale: $locale) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          kind\n          city\n          format\n          language\n        }\n      }\n    }\n    me {\n      id\n      belt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberApplyToWorkshop($id: ID!, $message: String) {\n    applyToWorkshop(id: $id, message: $message) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberApplyToWorkshop($id: ID!, $message: String) {\n    applyToWorkshop(id: $id, message: $message) {\n      application {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPeers {\n    me {\n      id\n      belt\n      nextBeltRequest {\n        id\n        belt\n        status\n        required\n        createdAt\n        coOptations {\n          by {\n            displayName\n          }\n        }\n      }\n      journey {\n        belt\n        nextBelt\n        workshopsRun\n        requirements {\n          code\n          met\n          progress\n          target\n        }\n        coOptations {\n          by {\n            displayName\n            belt\n          }\n          belt\n          at\n          comment\n        }\n      }\n    }\n    mayCoOpt: can(permission: \"belts:coopt\")\n    mayAsk: can(permission: \"belts:request\")\n  }\n"): (typeof documents)["\n  query MemberPeers {\n    me {\n      id\n      belt\n      nextBeltRequest {\n        id\n        belt\n        status\n        required\n        createdAt\n        coOptations {\n          by {\n            displayName\n          }\n        }\n      }\n      journey {\n        belt\n        nextBelt\n        workshopsRun\n        requirements {\n          code\n          met\n          progress\n          target\n        }\n        coOptations {\n          by {\n            displayName\n            belt\n          }\n          belt\n          at\n          comment\n        }\n      }\n    }\n    mayCoOpt: can(permission: \"belts:coopt\")\n    mayAsk: can(permission: \"belts:request\")\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberBeltRequests($first: Int) {\n    beltValidationRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          belt\n          status\n          required\n          candidate {\n            id\n            displayName\n            belt\n            workshopsRun\n          }\n          coOptations {\n            by {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberBeltRequests($first: Int) {\n    beltValidationRequests(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          belt\n          status\n          required\n          candidate {\n            id\n            displayName\n            belt\n            workshopsRun\n          }\n          coOptations {\n            by {\n              displayName\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberRequestBeltValidation {\n    requestBeltValidation {\n      request {\n        id\n        belt\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberRequestBeltValidation {\n    requestBeltValidation {\n      request {\n        id\n        belt\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberCoOpt($requestId: ID!, $comment: String) {\n    coOpt(requestId: $requestId, comment: $comment) {\n      request {\n        id\n        status\n      }\n      candidate {\n        id\n        belt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MemberCoOpt($requestId: ID!, $comment: String) {\n    coOpt(requestId: $requestId, comment: $comment) {\n      request {\n        id\n        status\n      }\n      candidate {\n        id\n        belt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHelp($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            audience\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHelp($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      slug\n      title\n      description\n      guides(first: 20) {\n        totalCount\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            audience\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHelpGuide($slug: String!, $locale: Locale) {\n    guide(slug: $slug, locale: $locale) {\n      id\n      slug\n      locale\n      title\n      summary\n      html\n      audience\n      category {\n        slug\n        title\n      }\n      attachments {\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHelpGuide($slug: String!, $locale: Locale) {\n    guide(slug: $slug, locale: $locale) {\n      id\n      slug\n      locale\n      title\n      summary\n      html\n      audience\n      category {\n        slug\n        title\n      }\n      attachments {\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberFaqs($locale: Locale, $first: Int, $after: String) {\n    faqs(locale: $locale, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          question\n          html\n          audience\n          category {\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberFaqs($locale: Locale, $first: Int, $after: String) {\n    faqs(locale: $locale, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          question\n          html\n          audience\n          category {\n            slug\n            title\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Guide {\n            id\n            slug\n            title\n          }\n          ... on Faq {\n            id\n            question\n          }\n          ... on Resource {\n            id\n            title\n            url\n          }\n          ... on News {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {\n    search(query: $query, locale: $locale, first: $first) {\n      totalCount\n      edges {\n        snippet\n        node {\n          __typename\n          ... on Guide {\n            id\n            slug\n            title\n          }\n          ... on Faq {\n            id\n            question\n          }\n          ... on Resource {\n            id\n            title\n            url\n          }\n          ... on News {\n            id\n            slug\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MemberContactSupport($input: SupportRequestInput!) {\n    contactSupport(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MemberContactSupport($input: SupportRequestInput!) {\n    contactSupport(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberContactMe {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query MemberContactMe {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Spaces($locale: Locale) {\n    spaces {\n      slug\n      name(locale: $locale)\n    }\n  }\n"): (typeof documents)["\n  query Spaces($locale: Locale) {\n    spaces {\n      slug\n      name(locale: $locale)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      passwordResetRequired\n      account {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      passwordResetRequired\n      account {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer($locale: Locale) {\n    me {\n      id\n      displayName\n      email\n      roleAssignments {\n        role\n        scope\n      }\n    }\n    permissions\n    space {\n      slug\n      name(locale: $locale)\n      locales\n      defaultLocale\n      modules\n    }\n  }\n"): (typeof documents)["\n  query Viewer($locale: Locale) {\n    me {\n      id\n      displayName\n      email\n      roleAssignments {\n        role\n        scope\n      }\n    }\n    permissions\n    space {\n      slug\n      name(locale: $locale)\n      locales\n      defaultLocale\n      modules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopedPermissions($scope: String) {\n    permissions(scope: $scope)\n  }\n"): (typeof documents)["\n  query ScopedPermissions($scope: String) {\n    permissions(scope: $scope)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pages($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      position\n      updatedAt\n      deletedAt\n      category {\n        id\n        slug\n        title\n      }\n      translations {\n        locale\n        title\n        status\n        translationStatus\n        publishAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pages($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      position\n      updatedAt\n      deletedAt\n      category {\n        id\n        slug\n        title\n      }\n      translations {\n        locale\n        title\n        status\n        translationStatus\n        publishAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      locale\n      slug\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  query Categories($locale: Locale) {\n    categories(locale: $locale) {\n      id\n      locale\n      slug\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query RenderMarkdown($markdown: String!) {\n    renderMarkdown(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedsTranslation($locale: Locale!) {\n    needsTranslation(locale: $locale) {\n      kind\n      id\n      translationStatus\n      sourceLocale\n      sourceTitle\n    }\n  }\n"): (typeof documents)["\n  query NeedsTranslation($locale: Locale!) {\n    needsTranslation(locale: $locale) {\n      kind\n      id\n      translationStatus\n      sourceLocale\n      sourceTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideDraft($id: ID!, $locale: Locale!) {\n    guideDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n      attachments {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuideDraft($id: ID!, $locale: Locale!) {\n    guideDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n      attachments {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGuide($input: CreateGuideInput!) {\n    createGuide(input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveGuideDraft($id: ID!, $locale: Locale!, $input: GuideTranslationInput!) {\n    saveGuideDraft(id: $id, locale: $locale, input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveGuideDraft($id: ID!, $locale: Locale!, $input: GuideTranslationInput!) {\n    saveGuideDraft(id: $id, locale: $locale, input: $input) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishGuide($id: ID!, $locale: Locale) {\n    publishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishGuide($id: ID!, $locale: Locale) {\n    publishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishGuide($id: ID!, $locale: Locale) {\n    unpublishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishGuide($id: ID!, $locale: Locale) {\n    unpublishGuide(id: $id, locale: $locale) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleGuide($id: ID!, $locale: Locale!, $at: Time) {\n    scheduleGuidePublish(id: $id, locale: $locale, at: $at) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleGuide($id: ID!, $locale: Locale!, $at: Time) {\n    scheduleGuidePublish(id: $id, locale: $locale, at: $at) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GuidePreview($id: ID!, $locale: Locale!) {\n    createGuidePreview(id: $id, locale: $locale) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation GuidePreview($id: ID!, $locale: Locale!) {\n    createGuidePreview(id: $id, locale: $locale) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideRevisions($id: ID!, $locale: Locale!) {\n    guideRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuideRevisions($id: ID!, $locale: Locale!) {\n    guideRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareGuide($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareGuideRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query CompareGuide($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareGuideRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreGuideRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreGuideRevision(id: $id, locale: $locale, number: $number) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreGuideRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreGuideRevision(id: $id, locale: $locale, number: $number) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachGuideFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    attachGuideFile(id: $id, locale: $locale, file: $file) {\n      id\n      filename\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation AttachGuideFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    attachGuideFile(id: $id, locale: $locale, file: $file) {\n      id\n      filename\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGuide($id: ID!) {\n    deleteGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGuide($id: ID!) {\n    deleteGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreGuide($id: ID!) {\n    restoreGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreGuide($id: ID!) {\n    restoreGuide(id: $id) {\n      guide {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqDraft($id: ID!, $locale: Locale!) {\n    faqDraft(id: $id, locale: $locale) {\n      locale\n      question\n      answer\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n"): (typeof documents)["\n  query FaqDraft($id: ID!, $locale: Locale!) {\n    faqDraft(id: $id, locale: $locale) {\n      locale\n      question\n      answer\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaq($input: CreateFaqInput!) {\n    createFaq(input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaq($input: CreateFaqInput!) {\n    createFaq(input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFaqDraft($id: ID!, $locale: Locale!, $input: FaqTranslationInput!) {\n    saveFaqDraft(id: $id, locale: $locale, input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFaqDraft($id: ID!, $locale: Locale!, $input: FaqTranslationInput!) {\n    saveFaqDraft(id: $id, locale: $locale, input: $input) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFaq($id: ID!, $locale: Locale) {\n    publishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishFaq($id: ID!, $locale: Locale) {\n    publishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishFaq($id: ID!, $locale: Locale) {\n    unpublishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishFaq($id: ID!, $locale: Locale) {\n    unpublishFaq(id: $id, locale: $locale) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqRevisions($id: ID!, $locale: Locale!) {\n    faqRevisions(id: $id, locale: $locale) {\n      number\n      question\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqRevisions($id: ID!, $locale: Locale!) {\n    faqRevisions(id: $id, locale: $locale) {\n      number\n      question\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareFaq($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareFaqRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query CompareFaq($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareFaqRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreFaqRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreFaqRevision(id: $id, locale: $locale, number: $number) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreFaqRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreFaqRevision(id: $id, locale: $locale, number: $number) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaq($id: ID!) {\n    deleteFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteFaq($id: ID!) {\n    deleteFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreFaq($id: ID!) {\n    restoreFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreFaq($id: ID!) {\n    restoreFaq(id: $id) {\n      faq {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceDraft($id: ID!, $locale: Locale!) {\n    resourceDraft(id: $id, locale: $locale) {\n      locale\n      title\n      description\n      html\n      url\n      file {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n"): (typeof documents)["\n  query ResourceDraft($id: ID!, $locale: Locale!) {\n    resourceDraft(id: $id, locale: $locale) {\n      locale\n      title\n      description\n      html\n      url\n      file {\n        id\n        filename\n        contentType\n        size\n        url\n      }\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateResource($input: CreateResourceInput!) {\n    createResource(input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveResourceDraft($id: ID!, $locale: Locale!, $input: ResourceTranslationInput!) {\n    saveResourceDraft(id: $id, locale: $locale, input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveResourceDraft($id: ID!, $locale: Locale!, $input: ResourceTranslationInput!) {\n    saveResourceDraft(id: $id, locale: $locale, input: $input) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadResourceFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    uploadResourceFile(id: $id, locale: $locale, file: $file) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UploadResourceFile($id: ID!, $locale: Locale!, $file: Upload!) {\n    uploadResourceFile(id: $id, locale: $locale, file: $file) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishResource($id: ID!, $locale: Locale) {\n    publishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishResource($id: ID!, $locale: Locale) {\n    publishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishResource($id: ID!, $locale: Locale) {\n    unpublishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishResource($id: ID!, $locale: Locale) {\n    unpublishResource(id: $id, locale: $locale) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourceRevisions($id: ID!, $locale: Locale!) {\n    resourceRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourceRevisions($id: ID!, $locale: Locale!) {\n    resourceRevisions(id: $id, locale: $locale) {\n      number\n      title\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareResource($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareResourceRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query CompareResource($id: ID!, $locale: Locale!, $from: Int!, $to: Int!) {\n    compareResourceRevisions(id: $id, locale: $locale, from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreResourceRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreResourceRevision(id: $id, locale: $locale, number: $number) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreResourceRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreResourceRevision(id: $id, locale: $locale, number: $number) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteResource($id: ID!) {\n    deleteResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreResource($id: ID!) {\n    restoreResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreResource($id: ID!) {\n    restoreResource(id: $id) {\n      resource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $locale: Locale!, $input: CategoryTranslationInput!) {\n    updateCategory(id: $id, locale: $locale, input: $input) {\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $locale: Locale!, $input: CategoryTranslationInput!) {\n    updateCategory(id: $id, locale: $locale, input: $input) {\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingAccounts($first: Int, $after: String) {\n    pendingAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          createdAt\n          status\n          entity {\n            id\n            name\n            kind\n            siret\n            manager {\n              id\n            }\n          }\n          documents {\n            id\n            filename\n            contentType\n            size\n            url\n            kind\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingAccounts($first: Int, $after: String) {\n    pendingAccounts(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          email\n          firstName\n          lastName\n          createdAt\n          status\n          entity {\n            id\n            name\n            kind\n            siret\n            manager {\n              id\n            }\n          }\n          documents {\n            id\n            filename\n            contentType\n            size\n            url\n            kind\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAccount($id: ID!) {\n    approveAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectAccount($id: ID!, $reason: String) {\n    rejectAccount(id: $id, reason: $reason) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectAccount($id: ID!, $reason: String) {\n    rejectAccount(id: $id, reason: $reason) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      roleAssignments {\n        role\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      roleAssignments {\n        role\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GrantableRoles {\n    grantableRoles\n  }\n"): (typeof documents)["\n  query GrantableRoles {\n    grantableRoles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($accountId: ID!, $role: String!, $scope: String) {\n    grantRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($accountId: ID!, $role: String!, $scope: String) {\n    grantRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($accountId: ID!, $role: String!, $scope: String) {\n    revokeRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($accountId: ID!, $role: String!, $scope: String) {\n    revokeRole(accountId: $accountId, role: $role, scope: $scope) {\n      account {\n        id\n        roleAssignments {\n          role\n          scope\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n    webhookEvents\n  }\n"): (typeof documents)["\n  query Webhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n    webhookEvents\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Webhook {\n        id\n        deliveries(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              event\n              status\n              attempts\n              responseStatus\n              lastError\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {\n    node(id: $id) {\n      ... on Webhook {\n        id\n        deliveries(first: $first, after: $after) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          edges {\n            node {\n              id\n              event\n              status\n              attempts\n              responseStatus\n              lastError\n              deliveredAt\n              createdAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($url: String!, $events: [String!]!) {\n    createWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhook($url: String!, $events: [String!]!) {\n    createWebhook(url: $url, events: $events) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorID\n          targetID\n          email\n          client\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorID\n          targetID\n          email\n          client\n          createdAt\n          details {\n            key\n            value\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainings($first: Int, $after: String, $past: Boolean) {\n    myTrainings(first: $first, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          format\n          language\n          capacity\n          city\n          seatsLeft\n          trainer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTrainings($first: Int, $after: String, $past: Boolean) {\n    myTrainings(first: $first, after: $after, past: $past) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          startsAt\n          endsAt\n          format\n          language\n          capacity\n          city\n          seatsLeft\n          trainer {\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Training($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      format\n      language\n      capacity\n      city\n      seatsLeft\n      trainer {\n        displayName\n      }\n      registrations {\n        attended\n        registeredAt\n        account {\n          id\n          email\n          displayName\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Training($id: ID!) {\n    training(id: $id) {\n      id\n      title\n      startsAt\n      endsAt\n      format\n      language\n      capacity\n      city\n      seatsLeft\n      trainer {\n        displayName\n      }\n      registrations {\n        attended\n        registeredAt\n        account {\n          id\n          email\n          displayName\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      training {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTraining($input: CreateTrainingInput!) {\n    createTraining(input: $input) {\n      training {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ValidateAttendance($trainingId: ID!, $accountIds: [ID!]!) {\n    validateAttendance(trainingId: $trainingId, accountIds: $accountIds) {\n      registrations {\n        attended\n        account {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ValidateAttendance($trainingId: ID!, $accountIds: [ID!]!) {\n    validateAttendance(trainingId: $trainingId, accountIds: $accountIds) {\n      registrations {\n        attended\n        account {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportSearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      createdAt\n      roles\n    }\n  }\n"): (typeof documents)["\n  query SupportSearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      email\n      displayName\n      status\n      createdAt\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountHistory($id: ID!, $first: Int) {\n    accountHistory(id: $id, first: $first) {\n      id\n      action\n      actorID\n      actor {\n        id\n        email\n        firstName\n        lastName\n      }\n      targetID\n      client\n      createdAt\n      details {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountHistory($id: ID!, $first: Int) {\n    accountHistory(id: $id, first: $first) {\n      id\n      action\n      actorID\n      actor {\n        id\n        email\n        firstName\n        lastName\n      }\n      targetID\n      client\n      createdAt\n      details {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateLegacyAccount($id: ID!) {\n    activateLegacyAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateLegacyAccount($id: ID!) {\n    activateLegacyAccount(id: $id) {\n      account {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendActivation($email: String!) {\n    resendActivation(email: $email)\n  }\n"): (typeof documents)["\n  mutation ResendActivation($email: String!) {\n    resendActivation(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupportRequests($first: Int) {\n    supportRequests(first: $first) {\n      id\n      email\n      name\n      subject\n      message\n      locale\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query SupportRequests($first: Int) {\n    supportRequests(first: $first) {\n      id\n      email\n      name\n      subject\n      message\n      locale\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalGroups($first: Int, $after: String, $locale: Locale) {\n    localGroups(first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalGroups($first: Int, $after: String, $locale: Locale) {\n    localGroups(first: $first, after: $after, locale: $locale) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          region\n          memberCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n            coordinator\n            joinedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalGroup($id: ID!, $locale: Locale) {\n    localGroup(id: $id, locale: $locale) {\n      id\n      name\n      description\n      city\n      region\n      memberCount\n      members(first: 100) {\n        totalCount\n        edges {\n          node {\n            id\n            displayName\n            belt\n            coordinator\n            joinedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LocalGroupBoth($id: ID!) {\n    localGroup(id: $id) {\n      id\n      city\n      region\n      translations {\n        locale\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query LocalGroupBoth($id: ID!) {\n    localGroup(id: $id) {\n      id\n      city\n      region\n      translations {\n        locale\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLocalGroup($input: LocalGroupInput!) {\n    createLocalGroup(input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLocalGroup($input: LocalGroupInput!) {\n    createLocalGroup(input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLocalGroup($id: ID!, $input: LocalGroupInput!) {\n    updateLocalGroup(id: $id, input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLocalGroup($id: ID!, $input: LocalGroupInput!) {\n    updateLocalGroup(id: $id, input: $input) {\n      group {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocalGroupCoordinator($groupId: ID!, $accountId: ID!, $coordinator: Boolean!) {\n    setLocalGroupCoordinator(groupId: $groupId, accountId: $accountId, coordinator: $coordinator) {\n      group {\n        id\n        coordinators {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocalGroupCoordinator($groupId: ID!, $accountId: ID!, $coordinator: Boolean!) {\n    setLocalGroupCoordinator(groupId: $groupId, accountId: $accountId, coordinator: $coordinator) {\n      group {\n        id\n        coordinators {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsDraft($id: ID!, $locale: Locale!) {\n    newsDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n    }\n  }\n"): (typeof documents)["\n  query NewsDraft($id: ID!, $locale: Locale!) {\n    newsDraft(id: $id, locale: $locale) {\n      locale\n      slug\n      title\n      summary\n      body\n      html\n      status\n      translationStatus\n      version\n      updatedAt\n      updatedBy\n      publishAt\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewsRevisions($id: ID!, $locale: Locale!) {\n    newsRevisions(id: $id, locale: $locale) {\n      number\n      slug\n      title\n      summary\n      body\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewsRevisions($id: ID!, $locale: Locale!) {\n    newsRevisions(id: $id, locale: $locale) {\n      number\n      slug\n      title\n      summary\n      body\n      publishedAt\n      author {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNews($input: CreateNewsInput!) {\n    createNews(input: $input) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNews($input: CreateNewsInput!) {\n    createNews(input: $input) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNewsDraft($id: ID!, $locale: Locale!, $input: NewsTranslationInput!) {\n    saveNewsDraft(id: $id, locale: $locale, input: $input) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNewsDraft($id: ID!, $locale: Locale!, $input: NewsTranslationInput!) {\n    saveNewsDraft(id: $id, locale: $locale, input: $input) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNews($id: ID!, $locale: Locale) {\n    publishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNews($id: ID!, $locale: Locale) {\n    publishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishNews($id: ID!, $locale: Locale) {\n    unpublishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishNews($id: ID!, $locale: Locale) {\n    unpublishNews(id: $id, locale: $locale) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNewsRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreNewsRevision(id: $id, locale: $locale, number: $number) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNewsRevision($id: ID!, $locale: Locale!, $number: Int!) {\n    restoreNewsRevision(id: $id, locale: $locale, number: $number) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteNews($id: ID!) {\n    deleteNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNews($id: ID!) {\n    restoreNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNews($id: ID!) {\n    restoreNews(id: $id) {\n      news {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOrganizations($status: ReviewStatus, $first: Int, $after: String) {\n    organizations(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          website\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewOrganizations($status: ReviewStatus, $first: Int, $after: String) {\n    organizations(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          city\n          website\n          status\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewOrganization($id: ID!, $locale: Locale) {\n    organization(id: $id) {\n      id\n      name\n      pinnedNotices(locale: $locale) {\n        text\n        createdAt\n        pinned\n        request {\n          id\n          programTitle\n          adminFirstName\n          adminLastName\n          adminEmail\n          adminPhone\n          status\n          createdAt\n        }\n      }\n      programs(first: 50) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewOrganization($id: ID!, $locale: Locale) {\n    organization(id: $id) {\n      id\n      name\n      pinnedNotices(locale: $locale) {\n        text\n        createdAt\n        pinned\n        request {\n          id\n          programTitle\n          adminFirstName\n          adminLastName\n          adminEmail\n          adminPhone\n          status\n          createdAt\n        }\n      }\n      programs(first: 50) {\n        edges {\n          node {\n            id\n            title\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrganization($id: ID!, $reason: String!) {\n    rejectOrganization(id: $id, reason: $reason) {\n      organization {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPrograms($first: Int, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          titleFr\n          titleEn\n          responseLevel\n          status\n          createdAt\n          organization {\n            id\n            name\n            status\n          }\n          contact {\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewPrograms($first: Int, $after: String) {\n    programs(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          titleFr\n          titleEn\n          responseLevel\n          status\n          createdAt\n          organization {\n            id\n            name\n            status\n          }\n          contact {\n            displayName\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      program {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveProgram($id: ID!) {\n    approveProgram(id: $id) {\n      program {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectProgram($id: ID!, $reason: String) {\n    rejectProgram(id: $id, reason: $reason) {\n      program {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RejectProgram($id: ID!, $reason: String) {\n    rejectProgram(id: $id, reason: $reason) {\n      program {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffOnboardingSessions($first: Int, $after: String) {\n    onboardingSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          language\n          capacity\n          seatsLeft\n          registrations {\n            createdAt\n            program {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n            registeredBy {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffOnboardingSessions($first: Int, $after: String) {\n    onboardingSessions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          language\n          capacity\n          seatsLeft\n          registrations {\n            createdAt\n            program {\n              id\n              title\n              organization {\n                id\n                name\n              }\n            }\n            registeredBy {\n              id\n              displayName\n              email\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOnboardingSession($input: CreateOnboardingSessionInput!) {\n    createOnboardingSession(input: $input) {\n      session {\n        id\n        startsAt\n        language\n        capacity\n        seatsLeft\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOnboardingSession($input: CreateOnboardingSessionInput!) {\n    createOnboardingSession(input: $input) {\n      session {\n        id\n        startsAt\n        language\n        capacity\n        seatsLeft\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityPageFields on Entity {\n    id\n    name\n    kind\n    siret\n    addressLine1\n    addressLine2\n    postalCode\n    city\n    country\n    manager {\n      id\n      displayName\n      email\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          createdAt\n          documents {\n            id\n            kind\n            filename\n            size\n            url\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EntityPageFields on Entity {\n    id\n    name\n    kind\n    siret\n    addressLine1\n    addressLine2\n    postalCode\n    city\n    country\n    manager {\n      id\n      displayName\n      email\n    }\n    members(first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          displayName\n          email\n          status\n          createdAt\n          documents {\n            id\n            kind\n            filename\n            size\n            url\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityPage($id: ID!) {\n    entity(id: $id) {\n      ...EntityPageFields\n    }\n  }\n"): (typeof documents)["\n  query EntityPage($id: ID!) {\n    entity(id: $id) {\n      ...EntityPageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEntityPage {\n    me {\n      id\n      entity {\n        ...EntityPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyEntityPage {\n    me {\n      id\n      entity {\n        ...EntityPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitySearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      displayName\n      email\n      status\n      entity {\n        id\n        name\n        siret\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntitySearch($search: String!, $first: Int) {\n    accountSearch(search: $search, first: $first) {\n      id\n      displayName\n      email\n      status\n      entity {\n        id\n        name\n        siret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEntityManager($entityId: ID!, $accountId: ID!) {\n    setEntityManager(entityId: $entityId, accountId: $accountId) {\n      entity {\n        id\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetEntityManager($entityId: ID!, $accountId: ID!) {\n    setEntityManager(entityId: $entityId, accountId: $accountId) {\n      entity {\n        id\n        manager {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpaceAudiences {\n    space {\n      audiences\n    }\n  }\n"): (typeof documents)["\n  query SpaceAudiences {\n    space {\n      audiences\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PageSettings($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      tags\n      category {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PageSettings($filter: PageFilter) {\n    pages(filter: $filter) {\n      kind\n      id\n      audience\n      tags\n      category {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePageSettings($id: ID!, $input: PageSettingsInput!) {\n    updatePageSettings(id: $id, input: $input) {\n      page {\n        kind\n        id\n        audience\n        tags\n        category {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePageSettings($id: ID!, $input: PageSettingsInput!) {\n    updatePageSettings(id: $id, input: $input) {\n      page {\n        kind\n        id\n        audience\n        tags\n        category {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadersFeedback($since: Time, $first: Int) {\n    pageFeedback(since: $since, first: $first) {\n      page {\n        kind\n        id\n        title\n      }\n      locale\n      helpful\n      notHelpful\n    }\n    searchGaps(since: $since, first: $first) {\n      query\n      locale\n      count\n      lastAt\n    }\n  }\n"): (typeof documents)["\n  query ReadersFeedback($since: Time, $first: Int) {\n    pageFeedback(since: $since, first: $first) {\n      page {\n        kind\n        id\n        title\n      }\n      locale\n      helpful\n      notHelpful\n    }\n    searchGaps(since: $since, first: $first) {\n      query\n      locale\n      count\n      lastAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;