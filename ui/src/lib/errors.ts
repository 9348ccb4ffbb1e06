// Server errors carry extensions.code and a message already in the interface's language
// (Accept-Language); the app shows the message and branches on the code.
export interface GqlErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}
export interface CombinedLike {
  graphQLErrors?: readonly GqlErrorLike[];
  networkError?: Error | null;
  message?: string;
}

export function errorCode(err: CombinedLike | null | undefined): string | undefined {
  const code = err?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

export function errorMessage(err: CombinedLike | null | undefined, networkFallback: string): string {
  if (!err) return '';
  const g = err.graphQLErrors?.[0];
  if (g) return g.message;
  if (err.networkError) return networkFallback;
  return err.message ?? networkFallback;
}

export const isConflict = (err: CombinedLike | null | undefined) => errorCode(err) === 'CONFLICT';
export const isNotFound = (err: CombinedLike | null | undefined) => errorCode(err) === 'NOT_FOUND';
export const isUnauthenticated = (err: CombinedLike | null | undefined) => errorCode(err) === 'UNAUTHENTICATED';
