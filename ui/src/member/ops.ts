// The member area's operations (contract: account.graphql), typed by the generated src/gql.
// Spaces, Login, Logout and ResendActivation are the admin app's, in ../ops.
import { graphql } from '../gql';

export const MemberMeQuery = graphql(`
  query MemberMe {
    me {
      id
      email
      firstName
      lastName
      displayName
      locale
      status
      roles
    }
  }
`);

export const MemberSpaceQuery = graphql(`
  query MemberSpace($locale: Locale) {
    space {
      slug
      name(locale: $locale)
      modules
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ok
    }
  }
`);

export const ActivateAccountMutation = graphql(`
  mutation ActivateAccount($token: String!) {
    activateAccount(token: $token) {
      account {
        id
        email
        status
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      account {
        id
        status
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      account {
        id
        firstName
        lastName
        locale
        displayName
      }
    }
  }
`);

export const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password) {
      ok
    }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      account {
        id
        email
      }
    }
  }
`);

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      description
    }
  }
`);
