// The facilitators' sections' operations (contract: community.graphql, help.graphql), typed by
// the generated src/gql. Each is named Member… so that it never collides with the admin app's.
import { graphql } from '../../gql';

/** Upcoming trainings, soonest first: the public list and a training's sign-up page. */
export const MemberTrainingsQuery = graphql(`
  query MemberTrainings($first: Int) {
    trainings(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          startsAt
          endsAt
          format
          language
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

export const MemberRegisterForTrainingMutation = graphql(`
  mutation MemberRegisterForTraining($trainingId: ID!, $input: TrainingRegistrationInput!) {
    registerForTraining(trainingId: $trainingId, input: $input) {
      ok
    }
  }
`);

export const MemberConfirmTrainingRegistrationMutation = graphql(`
  mutation MemberConfirmTrainingRegistration($token: String!) {
    confirmTrainingRegistration(token: $token) {
      ok
    }
  }
`);

/** A participant's course: the resources they may read and their registrations. */
export const MemberCourseQuery = graphql(`
  query MemberCourse($locale: Locale) {
    resources(locale: $locale, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          html
          url
          filename
        }
      }
    }
    me {
      id
      trainingRegistrations(first: 20) {
        edges {
          node {
            training {
              id
              title
              startsAt
              endsAt
              format
              city
            }
            attended
            registeredAt
          }
        }
      }
    }
  }
`);

export const MemberFacilitatorHomeQuery = graphql(`
  query MemberFacilitatorHome($locale: Locale) {
    opportunities(first: 10, locale: $locale) {
      edges {
        node {
          id
          title
          startsAt
          kind
          city
          format
          facilitators {
            id
            displayName
          }
          viewerApplication {
            id
            status
          }
        }
      }
    }
    me {
      id
      workshops(first: 20) {
        edges {
          node {
            id
            title
            startsAt
            status
            city
            format
            kind
          }
        }
      }
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

export const MemberWithdrawWorkshopApplicationMutation = graphql(`
  mutation MemberWithdrawWorkshopApplication($id: ID!) {
    withdrawWorkshopApplication(id: $id) {
      application {
        id
        status
      }
    }
  }
`);

/** The organiser's counter: their workshops with applications, and the journey's counter. */
export const MemberMyWorkshopsQuery = graphql(`
  query MemberMyWorkshops {
    me {
      id
      journey {
        workshopsRun
        participantsReached
      }
      workshops(first: 50) {
        totalCount
        edges {
          node {
            id
            title
            startsAt
            status
            city
            capacity
            kind
            format
            language
            participants
            seekingFacilitators
            facilitators {
              id
            }
            coFacilitators {
              id
              displayName
            }
            applications {
              id
              status
              message
              applicant {
                id
                displayName
                belt
              }
            }
          }
        }
      }
    }
  }
`);

export const MemberCreateWorkshopMutation = graphql(`
  mutation MemberCreateWorkshop($input: CreateWorkshopInput!) {
    createWorkshop(input: $input) {
      workshop {
        id
        status
      }
    }
  }
`);

export const MemberUpdateWorkshopMutation = graphql(`
  mutation MemberUpdateWorkshop($id: ID!, $input: UpdateWorkshopInput!) {
    updateWorkshop(id: $id, input: $input) {
      workshop {
        id
        startsAt
        city
        capacity
        coFacilitators {
          id
          displayName
        }
      }
    }
  }
`);

export const MemberReportWorkshopMutation = graphql(`
  mutation MemberReportWorkshop($id: ID!, $participants: Int!) {
    reportWorkshop(id: $id, participants: $participants) {
      workshop {
        id
        status
        participants
      }
    }
  }
`);

export const MemberCancelWorkshopMutation = graphql(`
  mutation MemberCancelWorkshop($id: ID!) {
    cancelWorkshop(id: $id) {
      workshop {
        id
        status
      }
    }
  }
`);

export const MemberDecideWorkshopApplicationMutation = graphql(`
  mutation MemberDecideWorkshopApplication($id: ID!, $accept: Boolean!) {
    decideWorkshopApplication(id: $id, accept: $accept) {
      application {
        id
        status
      }
      workshop {
        id
        coFacilitators {
          id
          displayName
        }
      }
    }
  }
`);

export const MemberMyJourneyQuery = graphql(`
  query MemberMyJourney {
    me {
      id
      belt
      journey {
        belt
        nextBelt
        workshopsRun
        participantsReached
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
        }
      }
      workshops(first: 50) {
        totalCount
        edges {
          node {
            id
            title
            startsAt
            status
            participants
            city
          }
        }
      }
    }
  }
`);
