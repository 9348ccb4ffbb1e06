// Staff approve a depositor waiting in the certification registry's queue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, setLang, shot, eventually, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const staff = FIXTURES.staff;
const pending = FIXTURES.pending;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('staff approve a pending depositor', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, staff);
  await page.getByRole('link', { name: 'Comptes à valider' }).click();
  const name = `${pending.firstName} ${pending.lastName}`;
  const card = page.locator('[data-testid=pending-account]', { hasText: pending.email });
  await card.waitFor();
  assert.match(await card.innerText(), new RegExp(name));
  await shot(page, 'approvals-fr');
  await checkA11y(page, 'approvals-fr', assert);
  await card.getByRole('button', { name: 'Refuser…' }).click();
  await card.getByLabel('Motif du refus (envoyé à la personne)').waitFor();
  assert.deepEqual(await unlabelled(page), []);
  await card.getByRole('button', { name: 'Refuser…' }).click();

  // A document downloads with the session's token.
  const doc = card.getByRole('button', { name: /^Télécharger / }).first();
  if ((await doc.count()) > 0) {
    const [download] = await Promise.all([page.waitForEvent('download'), doc.click()]);
    assert.ok(download.suggestedFilename().length > 0);
  }

  await setLang(page, 'en');
  await page.locator('h1', { hasText: 'Accounts to approve' }).waitFor();
  await shot(page, 'approvals-en');
  await checkA11y(page, 'approvals-en', assert);
  await setLang(page, 'fr');

  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('approveAccount')),
    card.getByRole('button', { name: 'Valider' }).click(),
  ]);
  const body = await response.json();
  assert.equal(body.data.approveAccount.account.status, 'ACTIVE');
  await eventually(async () => assert.equal(await page.locator('[data-testid=pending-account]', { hasText: pending.email }).count(), 0));
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /validé/));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
