// Certification (issue 19), in each language: an entity's manager approves a depositor of their
// entity and sees its page; staff read the queue's "becomes the manager" note, find the entity
// and designate another manager. Each step is checked on the public API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, shot, eventually, unlabelled } from './helpers.mjs';
import { gqlAs } from './api19.mjs';

const staff = FIXTURES.staff;
const pending = FIXTURES.pending;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const L = {
  fr: {
    manager: FIXTURES.entityManager,
    depositor: FIXTURES.entityDepositor,
    entity: 'Ateliers Durand',
    myEntity: 'Mon entité',
    entities: 'Entités',
    mentoring: 'Organisations et programmes',
    queue: 'Comptes à valider',
    joins: /déposant de Ateliers Durand/,
    approve: 'Valider',
    active: /actif/,
    members: 'Membres (2)',
    designate: 'Désigner comme gestionnaire',
    becomes: /fera de Claire Moreau le gestionnaire de Formations Moreau/,
    search: 'Rechercher',
    designateTitle: 'Désigner un autre gestionnaire',
  },
  en: {
    manager: FIXTURES.entityManagerEn,
    depositor: FIXTURES.entityDepositorEn,
    entity: 'Cabinet Petit',
    myEntity: 'My entity',
    entities: 'Entities',
    mentoring: 'Organisations and programs',
    queue: 'Accounts to approve',
    joins: /depositor of Cabinet Petit/,
    approve: 'Approve',
    active: /active/,
    members: 'Members (2)',
    designate: 'Designate as manager',
    becomes: /makes Claire Moreau the manager of Formations Moreau/,
    search: 'Search',
    designateTitle: 'Designate another manager',
  },
};

for (const lang of ['fr', 'en']) {
  const l = L[lang];
  const { manager, depositor } = l;
  const name = (p) => `${p.firstName} ${p.lastName}`;

  test(`an entity manager approves a depositor of their entity (${lang})`, async () => {
    const page = await openPage(browser, lang);
    await signIn(page, manager);
    // Their scoped permissions give them the queue and their entity, nothing of staff's.
    await page.getByRole('link', { name: l.myEntity }).waitFor();
    assert.equal(await page.getByRole('link', { name: l.entities, exact: true }).count(), 0);
    await page.getByRole('link', { name: l.queue }).click();
    const card = page.locator('[data-testid=pending-account]', { hasText: depositor.email });
    await card.waitFor();
    assert.match(await card.locator('[data-testid=manager-note]').innerText(), l.joins);
    assert.equal(await page.locator('[data-testid=pending-account]').count(), 1, 'only the accounts of their entity');
    await shot(page, 'approvals-manager-' + lang);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('approveAccount')),
      card.getByRole('button', { name: l.approve }).click(),
    ]);
    assert.equal((await response.json()).data.approveAccount.account.status, 'ACTIVE');
    await eventually(async () => assert.equal(await page.locator('[data-testid=pending-account]').count(), 0));
    // The depositor now signs in, active, a depositor of the entity.
    const me = (await gqlAs(depositor, '{ me { status roles entity { name } } }')).me;
    assert.equal(me.status, 'ACTIVE');
    assert.ok(me.roles.includes('depositor'));
    assert.equal(me.entity.name, l.entity);

    await page.getByRole('link', { name: l.myEntity }).click();
    const members = page.locator('[data-testid=entity-members]');
    await eventually(async () => assert.match(await members.innerText(), new RegExp(`${name(depositor)}[\\s\\S]*${l.active.source}`)));
    assert.match(await page.locator('[data-testid=entity-manager]').innerText(), new RegExp(name(manager)));
    await page.locator('h2', { hasText: l.members }).waitFor();
    assert.equal(await page.getByRole('button', { name: l.designate }).count(), 0);
    // The manager downloads the documents of their entity's people (with the session's token).
    const [download] = await Promise.all([page.waitForEvent('download'), members.getByRole('button', { name: /statuts\.pdf/ }).click()]);
    assert.equal(download.suggestedFilename(), 'statuts.pdf');
    assert.deepEqual(await unlabelled(page), []);
    await shot(page, 'my-entity-' + lang);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`certification staff designate another manager of an entity (${lang})`, async () => {
    const page = await openPage(browser, lang);
    await signIn(page, staff);
    // The queue says who becomes an entity's manager by being approved.
    await page.getByRole('link', { name: l.queue }).click();
    const first = page.locator('[data-testid=pending-account]', { hasText: pending.email });
    await first.waitFor();
    assert.match(await first.locator('[data-testid=manager-note]').innerText(), l.becomes);
    assert.equal(await page.getByRole('link', { name: l.mentoring }).count(), 0, 'no mentoring screens in the certification space');

    await page.getByRole('link', { name: l.entities, exact: true }).click();
    await page.locator('#entity-search').fill(depositor.email);
    await page.getByRole('button', { name: l.search }).click();
    await page.locator('[data-testid=entity-results]').waitFor();
    assert.deepEqual(await unlabelled(page), []);
    await shot(page, 'entities-' + lang);
    await page.locator('[data-testid=entity-results]').getByRole('link', { name: l.entity }).click();
    await page.locator('h1', { hasText: l.entity }).waitFor();
    assert.match(await page.locator('[data-testid=entity-manager]').innerText(), new RegExp(name(manager)));
    await eventually(async () => assert.match(await page.locator('[data-testid=entity-members]').innerText(), /kbis\.pdf[\s\S]*statuts\.pdf/));
    await page.locator('h2', { hasText: l.designateTitle }).waitFor();
    assert.deepEqual(await unlabelled(page), []);
    await shot(page, 'entity-' + lang);

    await page.locator('#new-manager').selectOption({ label: `${name(depositor)} (${depositor.email})` });
    await page.getByRole('button', { name: l.designate }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=entity-manager]').innerText(), new RegExp(name(depositor))));
    const me = (await gqlAs(depositor, '{ me { id roles entity { manager { id } } } }')).me;
    assert.ok(me.roles.includes('entity-manager'), 'the new manager holds the role');
    assert.equal(me.entity.manager.id, me.id);
    const former = (await gqlAs(manager, '{ me { roles } }')).me;
    assert.ok(!former.roles.includes('entity-manager'), 'the former manager is a depositor again');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
