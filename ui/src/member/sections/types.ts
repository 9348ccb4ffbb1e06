// A section of the member area: its pages under /spaces/{space}/account/{page}/…, its menu
// entry, and the e-mail links at the root that open it. Each topic registers its sections in
// its own file (mentoring.tsx, certification.tsx, facilitators.tsx, community.tsx), listed in
// ./index.ts, with its strings in its own *.dict.ts.
import type { ReactNode } from 'react';
import type { Client, CombinedError } from 'urql';
import type { Ctx } from '../kit';
import type { Key } from '../dict';

/** What decides whether a menu entry shows: the account's roles and the space's modules. */
export interface Viewer {
  roles: readonly string[];
  modules: readonly string[];
  status: string | null;
}

export interface Section {
  /** The first segment of its address under /spaces/{space}/account/ (unique across sections). */
  page: string;
  /** Anyone may open it (a public form); otherwise sign-in is shown first. */
  public?: boolean;
  /** Its entry in a signed-in person's menu; `show` says for whom. Order: as listed. */
  menu?: { label: Key; show(v: Viewer): boolean };
  /**
   * An e-mail's link at the root (e.g. "accept-invitation", "trainings/confirm", without the
   * slash) that opens this section's page. With `run`, the token is offered to each space in
   * turn (the operation must answer INVALID_TOKEN elsewhere, and roll back); the section's
   * page then opens in the space that took it, with ?done=1 and the result in sessionStorage
   * under "guichet.member.result" ({data, message}). Without `run`, the page opens in the
   * space last used (else the first) with the link's query, for a form to finish it.
   */
  mail?: { path: string; title: Key; run?(client: Client, token: string): Promise<{ data?: unknown; error?: CombinedError }> };
  /** In a space that runs this module, this page is where "Create an account" leads (e.g. the certification space's depositor form). */
  signUpFor?: string;
  render(p: { ctx: Ctx; rest: string[]; search: string }): ReactNode;
}
