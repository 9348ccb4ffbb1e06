// The e-mails a person received, read from the Go harness's mail sink (GUICHET_MAIL_SINK,
// web/member_browser_test.go) as that person would open them.
import assert from 'node:assert/strict';
import { eventually } from './helpers.mjs';

export const SINK = process.env.GUICHET_MAIL_SINK;

/** The messages to `to`, oldest first: {subject, text, links}. */
export async function mails(to) {
  const r = await fetch(SINK + '?to=' + encodeURIComponent(to));
  return r.json();
}

/** The links to `path` in the e-mails to `to`, once there are at least `count`. */
export async function links(to, path, count = 1) {
  return eventually(async () => {
    const found = (await mails(to)).flatMap((m) => m.links ?? []).filter((l) => l.startsWith(path + '?token='));
    assert.ok(found.length >= count, `${count} e-mail(s) to ${to} with a link to ${path}, got ${found.length}`);
    return found;
  });
}
