// Certification (issue 19): an entity's manager approves a depositor of their entity and sees
// its page; staff read the queue's "becomes the manager" note, find the entity and designate
// another manager. Each step is checked on the public API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, setLang, shot, eventually, unlabelled } from './helpers.mjs';
import { gqlAs } from './api19.mjs';

const manager = FIXTURES.entityManager;
const depositor = FIXTURES.entityDepositor;
const staff = FIXTURES.staff;
const pending = FIXTURES.pending;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('an entity manager approves a depositor of their entity', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, manager);
  // Their scoped permissions give them the queue and their entity, nothing of staff's.
  await page.getByRole('link', { name: 'Mon entité' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Entités', exact: true }).count(), 0);
  await page.getByRole('link', { name: 'Comptes à valider' }).click();
  const card = page.locator('[data-testid=pending-account]', { hasText: depositor.email });
  await card.waitFor();
  assert.match(await card.locator('[data-testid=manager-note]').innerText(), /déposant de Ateliers Durand/);
  assert.equal(await page.locator('[data-testid=pending-account]').count(), 1, 'only the accounts of their entity');
  await shot(page, 'approvals-manager-fr');
  await setLang(page, 'en');
  await card.locator('[data-testid=manager-note]', { hasText: 'depositor of Ateliers Durand' }).waitFor();
  await shot(page, 'approvals-manager-en');
  await setLang(page, 'fr');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('approveAccount')),
    card.getByRole('button', { name: 'Valider' }).click(),
  ]);
  assert.equal((await response.json()).data.approveAccount.account.status, 'ACTIVE');
  await eventually(async () => assert.equal(await page.locator('[data-testid=pending-account]').count(), 0));
  // The depositor now signs in, active, a depositor of the entity.
  const me = (await gqlAs(depositor, '{ me { status roles entity { name } } }')).me;
  assert.equal(me.status, 'ACTIVE');
  assert.ok(me.roles.includes('depositor'));
  assert.equal(me.entity.name, 'Ateliers Durand');

  await page.getByRole('link', { name: 'Mon entité' }).click();
  const members = page.locator('[data-testid=entity-members]');
  await eventually(async () => assert.match(await members.innerText(), /Denis Durand[\s\S]*actif/));
  assert.match(await page.locator('[data-testid=entity-manager]').innerText(), /Mathilde Durand/);
  assert.equal(await page.getByRole('button', { name: 'Désigner comme gestionnaire' }).count(), 0);
  assert.deepEqual(await unlabelled(page), []);
  await shot(page, 'my-entity-fr');
  await setLang(page, 'en');
  await page.locator('h2', { hasText: 'Members (2)' }).waitFor();
  await shot(page, 'my-entity-en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('certification staff designate another manager of an entity', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, staff);
  // The queue says who becomes an entity's manager by being approved.
  await page.getByRole('link', { name: 'Comptes à valider' }).click();
  const first = page.locator('[data-testid=pending-account]', { hasText: pending.email });
  await first.waitFor();
  assert.match(await first.locator('[data-testid=manager-note]').innerText(), /fera de Claire Moreau le gestionnaire de Formations Moreau/);

  assert.equal(await page.getByRole('link', { name: 'Organisations et programmes' }).count(), 0, 'no mentoring screens in the certification space');
  await page.getByRole('link', { name: 'Entités', exact: true }).click();
  await page.locator('#entity-search').fill('denis');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await page.locator('[data-testid=entity-results]').waitFor();
  assert.deepEqual(await unlabelled(page), []);
  await shot(page, 'entities-fr');
  await setLang(page, 'en');
  await page.locator('h1', { hasText: 'Entities' }).waitFor();
  await shot(page, 'entities-en');
  await setLang(page, 'fr');
  await page.locator('[data-testid=entity-results]').getByRole('link', { name: 'Ateliers Durand' }).click();
  await page.locator('h1', { hasText: 'Ateliers Durand' }).waitFor();
  assert.match(await page.locator('[data-testid=entity-manager]').innerText(), /Mathilde Durand/);
  await eventually(async () => assert.match(await page.locator('[data-testid=entity-members]').innerText(), /kbis\.pdf[\s\S]*statuts\.pdf/));
  assert.deepEqual(await unlabelled(page), []);
  await shot(page, 'entity-fr');
  await setLang(page, 'en');
  await page.locator('h2', { hasText: 'Designate another manager' }).waitFor();
  await shot(page, 'entity-en');
  await setLang(page, 'fr');

  await page.locator('#new-manager').selectOption({ label: `Denis Durand (${depositor.email})` });
  await page.getByRole('button', { name: 'Désigner comme gestionnaire' }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=entity-manager]').innerText(), /Denis Durand/));
  const me = (await gqlAs(depositor, '{ me { id roles entity { manager { id } } } }')).me;
  assert.ok(me.roles.includes('entity-manager'), 'the new manager holds the role');
  assert.equal(me.entity.manager.id, me.id);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
