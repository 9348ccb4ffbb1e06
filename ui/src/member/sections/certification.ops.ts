// The certification space's operations for the member area (contract: registry.graphql,
// account.graphql), typed by the generated src/gql.
import { graphql } from '../../gql';

export const MemberSiretCheckQuery = graphql(`
  query MemberSiretCheck($siret: String!) {
    siretCheck(siret: $siret) {
      valid
      normalized
      siren
      nic
      reason
    }
  }
`);

// Sent as a multipart request (certification/upload.ts): the documents go in the input.
export const MemberRegisterDepositorMutation = graphql(`
  mutation MemberRegisterDepositor($input: DepositorRegistrationInput!) {
    registerDepositor(input: $input) {
      ok
    }
  }
`);

export const MemberMyEntityQuery = graphql(`
  query MemberMyEntity {
    me {
      id
      status
      roles
      entity {
        id
        name
        siret
        kind
        manager {
          id
          displayName
        }
        members(first: 50) {
          totalCount
          edges {
            node {
              id
              displayName
              status
            }
          }
        }
      }
    }
  }
`);

export const MemberPendingDepositorsQuery = graphql(`
  query MemberPendingDepositors($first: Int) {
    pendingAccounts(first: $first) {
      totalCount
      edges {
        node {
          id
          email
          displayName
          status
          createdAt
          entity {
            id
            name
          }
          documents {
            kind
            filename
            size
            signedOn
            url
          }
        }
      }
    }
  }
`);

export const MemberApproveAccountMutation = graphql(`
  mutation MemberApproveAccount($id: ID!) {
    approveAccount(id: $id) {
      account {
        id
        status
      }
    }
  }
`);

export const MemberRejectAccountMutation = graphql(`
  mutation MemberRejectAccount($id: ID!, $reason: String) {
    rejectAccount(id: $id, reason: $reason) {
      account {
        id
        status
      }
    }
  }
`);
