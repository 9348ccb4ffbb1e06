// The operations of the facilitators' shared sections (contract: community.graphql and
// help.graphql, second editions), typed by the generated src/gql.
import { graphql } from '../../gql';

export const MemberNewsListQuery = graphql(`
  query MemberNewsList($first: Int, $after: String, $locale: Locale) {
    news(first: $first, after: $after, locale: $locale) {
      totalCount
      edges {
        node {
          id
          slug
          title
          summary
          publishedAt
          locale
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberNewsPostQuery = graphql(`
  query MemberNewsPost($slug: String!, $locale: Locale) {
    newsPost(slug: $slug, locale: $locale) {
      id
      slug
      title
      summary
      html
      publishedAt
      locale
    }
  }
`);

export const MemberLocalGroupsQuery = graphql(`
  query MemberLocalGroups($locale: Locale) {
    localGroups(first: 50, locale: $locale) {
      totalCount
      edges {
        node {
          id
          name
          city
          region
          memberCount
          viewerIsMember
        }
      }
    }
  }
`);

export const MemberLocalGroupQuery = graphql(`
  query MemberLocalGroup($id: ID!, $locale: Locale) {
    localGroup(id: $id, locale: $locale) {
      id
      name
      description
      city
      region
      memberCount
      viewerIsMember
      coordinators {
        id
        displayName
      }
      members(first: 50) {
        totalCount
        edges {
          node {
            id
            displayName
            belt
          }
        }
      }
      upcomingWorkshops(first: 10) {
        edges {
          node {
            id
            title
            startsAt
            city
            kind
          }
        }
      }
    }
  }
`);

export const MemberJoinLocalGroupMutation = graphql(`
  mutation MemberJoinLocalGroup($id: ID!) {
    joinLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`);

export const MemberLeaveLocalGroupMutation = graphql(`
  mutation MemberLeaveLocalGroup($id: ID!) {
    leaveLocalGroup(id: $id) {
      group {
        id
        memberCount
        viewerIsMember
      }
    }
  }
`);

export const MemberDirectoryQuery = graphql(`
  query MemberDirectory($search: String, $city: String, $belt: Belt, $first: Int, $offset: Int) {
    facilitatorDirectory(search: $search, city: $city, belt: $belt, first: $first, offset: $offset) {
      totalCount
      entries {
        id
        displayName
        belt
        city
        languages
        bio
        contactEmail
        workshopsRun
      }
    }
  }
`);

export const MemberDirectoryProfileQuery = graphql(`
  query MemberDirectoryProfile {
    me {
      id
      directoryProfile {
        listed
        city
        languages
        bioFr
        bioEn
        showEmail
      }
    }
  }
`);

export const MemberUpdateDirectoryProfileMutation = graphql(`
  mutation MemberUpdateDirectoryProfile($input: DirectoryProfileInput!) {
    updateDirectoryProfile(input: $input) {
      listed
      city
      languages
      bioFr
      bioEn
      showEmail
    }
  }
`);

export const MemberCommunityIndicatorsQuery = graphql(`
  query MemberCommunityIndicators {
    communityIndicators {
      facilitators
      byBelt {
        belt
        count
      }
      workshopsReported
      participantsReached
    }
  }
`);

export const MemberToolboxQuery = graphql(`
  query MemberToolbox($locale: Locale) {
    resources(locale: $locale, first: 50) {
      totalCount
      edges {
        node {
          id
          locale
          title
          html
          url
          filename
          contentType
          size
          category {
            slug
            title
          }
        }
      }
    }
    categories(locale: $locale) {
      id
      slug
      title
      description
      guides(first: 20) {
        edges {
          node {
            id
            slug
            title
            summary
          }
        }
      }
    }
  }
`);

export const MemberProsQuery = graphql(`
  query MemberPros($locale: Locale) {
    opportunities(first: 50, locale: $locale) {
      edges {
        node {
          id
          title
          startsAt
          kind
          city
          format
          language
        }
      }
    }
    me {
      id
      belt
    }
  }
`);

export const MemberApplyToWorkshopMutation = graphql(`
  mutation MemberApplyToWorkshop($id: ID!, $message: String) {
    applyToWorkshop(id: $id, message: $message) {
      application {
        id
        status
      }
    }
  }
`);

export const MemberPeersQuery = graphql(`
  query MemberPeers {
    me {
      id
      belt
      nextBeltRequest {
        id
        belt
        status
        required
        createdAt
        coOptations {
          by {
            displayName
          }
        }
      }
      journey {
        belt
        nextBelt
        workshopsRun
        requirements {
          code
          met
          progress
          target
        }
        coOptations {
          by {
            displayName
            belt
          }
          belt
          at
          comment
        }
      }
    }
    mayCoOpt: can(permission: "belts:coopt")
    mayAsk: can(permission: "belts:request")
  }
`);

export const MemberBeltRequestsQuery = graphql(`
  query MemberBeltRequests($first: Int) {
    beltValidationRequests(first: $first) {
      totalCount
      edges {
        node {
          id
          belt
          status
          required
          candidate {
            id
            displayName
            belt
            workshopsRun
          }
          coOptations {
            by {
              displayName
            }
          }
        }
      }
    }
  }
`);

export const MemberRequestBeltValidationMutation = graphql(`
  mutation MemberRequestBeltValidation {
    requestBeltValidation {
      request {
        id
        belt
        status
      }
    }
  }
`);

export const MemberCoOptMutation = graphql(`
  mutation MemberCoOpt($requestId: ID!, $comment: String) {
    coOpt(requestId: $requestId, comment: $comment) {
      request {
        id
        status
      }
      candidate {
        id
        belt
      }
    }
  }
`);

export const MemberHelpQuery = graphql(`
  query MemberHelp($locale: Locale) {
    categories(locale: $locale) {
      id
      slug
      title
      description
      guides(first: 20) {
        totalCount
        edges {
          node {
            id
            slug
            title
            summary
            audience
          }
        }
      }
    }
  }
`);

export const MemberHelpGuideQuery = graphql(`
  query MemberHelpGuide($slug: String!, $locale: Locale) {
    guide(slug: $slug, locale: $locale) {
      id
      slug
      locale
      title
      summary
      html
      audience
      category {
        slug
        title
      }
      attachments {
        filename
        contentType
        size
        url
      }
    }
  }
`);

export const MemberFaqsQuery = graphql(`
  query MemberFaqs($locale: Locale, $first: Int, $after: String) {
    faqs(locale: $locale, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          question
          html
          audience
          category {
            slug
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberHelpSearchQuery = graphql(`
  query MemberHelpSearch($query: String!, $locale: Locale, $first: Int) {
    search(query: $query, locale: $locale, first: $first) {
      totalCount
      edges {
        snippet
        node {
          __typename
          ... on Guide {
            id
            slug
            title
          }
          ... on Faq {
            id
            question
          }
          ... on Resource {
            id
            title
            url
          }
          ... on News {
            id
            slug
            title
          }
        }
      }
    }
  }
`);

export const MemberContactSupportMutation = graphql(`
  mutation MemberContactSupport($input: SupportRequestInput!) {
    contactSupport(input: $input) {
      id
    }
  }
`);

export const MemberContactMeQuery = graphql(`
  query MemberContactMe {
    me {
      id
      email
      displayName
    }
  }
`);
