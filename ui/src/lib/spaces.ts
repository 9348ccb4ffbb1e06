/** The space of the README's first example (`guichet user create --space facilitators …`):
 * the one a newcomer's first account is in. */
export const README_SPACE = 'facilitators';

/** The space the sign-in form shows: the one chosen before while it still exists, else the
 * README's, else the first. */
export function signInSpace(slugs: string[], chosen: string | null): string {
  if (chosen && slugs.includes(chosen)) return chosen;
  if (slugs.includes(README_SPACE)) return README_SPACE;
  return slugs[0] ?? '';
}
