// A space admin's screens: categories, translations, roles, webhooks and the audit log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, shot, eventually, gql, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const admin = FIXTURES.admin;
const participant = FIXTURES.participant;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('an admin manages categories, roles and webhooks, and reads the audit log', async () => {
  const page = await openPage(browser, 'en');
  await signIn(page, admin);
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  for (const name of ['Pages', 'Categories', 'To translate', 'Roles', 'Webhooks', 'Audit log']) {
    await nav.getByRole('link', { name, exact: true }).waitFor();
  }

  // Categories: create, rename one language, delete; a category holding pages is refused.
  await nav.getByRole('link', { name: 'Categories' }).click();
  const table = page.locator('[data-testid=categories]');
  await table.waitFor();
  const stamp = Date.now().toString(36);
  await page.locator('#cat-new-FR').fill(`Catégorie ${stamp}`);
  await page.locator('#cat-new-EN').fill(`Category ${stamp}`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  // Found by its French title, which stays as typed.
  const row = table.locator('tr', { has: page.locator(`input[value="Catégorie ${stamp}"]`) });
  await row.waitFor();
  const en = row.locator('td').nth(1).locator('input');
  await en.fill(`Renamed ${stamp}`);
  await row.locator('td').nth(1).getByRole('button', { name: 'Save' }).click();
  const cats = async () => (await gql(admin.space, '{ categories(locale: EN) { title } }')).data.categories.map((c) => c.title);
  await eventually(async () => assert.ok((await cats()).includes(`Renamed ${stamp}`)));
  await shot(page, 'categories-en');
  await checkA11y(page, 'categories-en', assert);
  assert.deepEqual(await unlabelled(page), []);
  const guides = (await gql(admin.space, '{ guides(locale: FR, first: 50) { edges { node { category { slug } } } } }')).data.guides.edges;
  const used = guides.find((e) => e.node.category)?.node.category.slug;
  assert.ok(used, 'a category holds a published guide');
  await table.locator('tr', { has: page.locator('code.slug', { hasText: new RegExp(`^${used}$`) }) }).getByRole('button', { name: /^Delete/ }).click();
  // The server refuses (CATEGORY_NOT_EMPTY): its message is shown.
  await eventually(async () => assert.ok((await page.locator('.error[role=alert]').innerText()).length > 0));
  assert.ok((await cats()).length > 0);
  await row.getByRole('button', { name: /^Delete/ }).click();
  await eventually(async () => assert.ok(!(await cats()).includes(`Renamed ${stamp}`)));

  await nav.getByRole('link', { name: 'To translate' }).click();
  await page.locator('h2', { hasText: 'To translate into French' }).waitFor();

  // Roles: a participant is made editor, then the role is taken back.
  if (participant) {
    await nav.getByRole('link', { name: 'Roles' }).click();
    await page.locator('#acc-search').fill(participant.email);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const card = page.locator('.card', { hasText: participant.email });
    await card.waitFor();
    const select = card.locator('select');
    const options = await select.locator('option').allTextContents();
    assert.ok(options.includes('editor'), 'editor is grantable: ' + options.join(','));
    await select.selectOption('editor');
    await card.getByRole('button', { name: 'Grant the role' }).click();
    await card.getByRole('button', { name: /^Revoke role editor/ }).waitFor();
    await shot(page, 'roles-en');
    await checkA11y(page, 'roles-en', assert);
  assert.deepEqual(await unlabelled(page), []);
    await card.getByRole('button', { name: /^Revoke role editor/ }).click();
    await eventually(async () => assert.equal(await card.getByRole('button', { name: /^Revoke role editor/ }).count(), 0));
  }

  // Webhooks: the secret is shown once; the delivery log opens; the webhook is deleted.
  await nav.getByRole('link', { name: 'Webhooks' }).click();
  await page.locator('#wh-url').fill(`https://hooks.example.org/${stamp}`);
  await page.locator('fieldset input[type=checkbox]').first().check();
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await eventually(async () => assert.ok((await page.locator('#wh-secret').inputValue()).length > 10));
  const hook = page.locator('.card', { hasText: `https://hooks.example.org/${stamp}` });
  await hook.getByRole('button', { name: 'Delivery log' }).click();
  await hook.getByText('No delivery.').waitFor();
  await shot(page, 'webhooks-en');
  await checkA11y(page, 'webhooks-en', assert);
  assert.deepEqual(await unlabelled(page), []);
  await hook.getByRole('button', { name: /^Delete the webhook/ }).click();
  await eventually(async () => assert.equal(await hook.count(), 0));

  // The audit log lists at least this session's sign-in.
  await nav.getByRole('link', { name: 'Audit log' }).click();
  await page.locator('table.list tbody tr').first().waitFor();
  await shot(page, 'audit-en');
  await checkA11y(page, 'audit-en', assert);
  assert.deepEqual(await unlabelled(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
