// The public API as a signed-in person, for the issue 19 browser tests: set-up steps a person
// would take on the space's site, and checks of what the screens did.
import { gql } from './helpers.mjs';

const tokens = new Map();

/** A session token of the person (signed in once through the public login). */
export async function tokenOf(person) {
  if (!tokens.has(person.email)) {
    const r = await gql(person.space, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: person.email, p: person.password });
    if (r.errors) throw new Error(`login of ${person.email}: ${JSON.stringify(r.errors)}`);
    tokens.set(person.email, r.data.login.token);
  }
  return tokens.get(person.email);
}

/** A GraphQL request as the person; errors throw. */
export async function gqlAs(person, query, variables = {}) {
  const r = await gql(person.space, query, variables, { Authorization: 'Bearer ' + (await tokenOf(person)) });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
}
