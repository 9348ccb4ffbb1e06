// The mentoring sections' operations (contract: mentoring.graphql, account.graphql), typed by
// the generated src/gql. Named Member… so that they never collide with the admin app's.
import { graphql } from '../../gql';

/** The organisations the viewer administers are the scopes of their org-admin role. */
export const MemberMentoringRolesQuery = graphql(`
  query MemberMentoringRoles {
    me {
      id
      firstName
      lastName
      email
      roleAssignments {
        role
        scope
      }
    }
  }
`);

export const MemberOrganizationQuery = graphql(`
  query MemberOrganization($id: ID!, $locale: Locale) {
    organization(id: $id) {
      id
      name
      city
      status
      createdAt
      pinnedNotices(locale: $locale) {
        text
        createdAt
        pinned
        request {
          id
          status
          programTitle
          adminEmail
          logoUrl
        }
      }
    }
  }
`);

export const MemberProgramsQuery = graphql(`
  query MemberPrograms($first: Int, $after: String) {
    programs(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          titleFr
          titleEn
          organization {
            id
            name
            status
          }
          contact {
            displayName
          }
          status
          responseLevel
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberCreateOrganizationMutation = graphql(`
  mutation MemberCreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        status
      }
    }
  }
`);

export const MemberCreateProgramMutation = graphql(`
  mutation MemberCreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      program {
        id
        status
      }
    }
  }
`);

export const MemberOnboardingSessionsQuery = graphql(`
  query MemberOnboardingSessions($first: Int) {
    onboardingSessions(first: $first) {
      edges {
        node {
          id
          startsAt
          language
          seatsLeft
        }
      }
    }
  }
`);

export const MemberRegisterForOnboardingMutation = graphql(`
  mutation MemberRegisterForOnboarding($sessionId: ID!, $programId: ID!) {
    registerForOnboarding(sessionId: $sessionId, programId: $programId) {
      ok
    }
  }
`);

export const MemberRequestPlatformAccessMutation = graphql(`
  mutation MemberRequestPlatformAccess($input: PlatformAccessRequestInput!) {
    requestPlatformAccess(input: $input) {
      request {
        id
        status
        programTitle
        adminEmail
        logoUrl
      }
    }
  }
`);

export const MemberCancelPlatformAccessRequestMutation = graphql(`
  mutation MemberCancelPlatformAccessRequest($id: ID!) {
    cancelPlatformAccessRequest(id: $id) {
      request {
        id
        status
      }
    }
  }
`);

export const MemberAcceptInvitationMutation = graphql(`
  mutation MemberAcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      account {
        id
        email
        status
      }
    }
  }
`);

/** Which spaces run the e-mentoring platform's access requests (where an invitation comes from). */
export const MemberSpacesModulesQuery = graphql(`
  query MemberSpacesModules {
    spaces {
      slug
      modules
    }
  }
`);
