// An e-mail's link names no space: its token is offered to each space in turn until one
// does not answer INVALID_TOKEN (a refused token is not used up: the operation rolls back).
export interface Tried<R> {
  space: string | null;
  result: R | null;
}

export async function trySpaces<R>(
  candidates: readonly string[],
  run: (space: string) => Promise<R>,
  codeOf: (r: R) => string | undefined,
): Promise<Tried<R>> {
  let last: Tried<R> = { space: null, result: null };
  for (const space of candidates) {
    const result = await run(space);
    if (codeOf(result) !== 'INVALID_TOKEN') return { space, result };
    last = { space: null, result };
  }
  return last;
}

/** The messages of a server error: the broken rules' messages when it lists them, else its own. */
export function violationMessages(ext: Record<string, unknown> | null | undefined): string[] {
  const v = ext?.violations;
  if (!Array.isArray(v)) return [];
  return v.map((x) => (x && typeof x === 'object' && typeof (x as { message?: unknown }).message === 'string' ? (x as { message: string }).message : '')).filter(Boolean);
}
