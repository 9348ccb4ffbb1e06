// FAQ entries and resources: a missing translation is an empty form that saving creates; a
// resource's file is uploaded with a progress bar; guides-only actions are not offered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, eventually, gql } from './helpers.mjs';

const ed = FIXTURES.editor;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a FAQ entry gets its missing English translation', async () => {
  const page = await openPage(browser, 'en');
  await signIn(page, ed);
  const stamp = Date.now().toString(36);
  await page.getByRole('link', { name: 'New FAQ entry' }).click();
  await page.locator('#new-title-FR').fill(`Question ${stamp} ?`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const en = page.locator('[data-testid=pane-en]');
  await en.locator('#title-en').waitFor();
  assert.match(await en.locator('[data-testid=state-en]').innerText(), /Missing/);
  assert.equal(await en.locator('#title-en').inputValue(), '');
  // Guides only: no schedule, no preview link.
  assert.equal(await page.getByRole('button', { name: 'Copy a preview link' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Schedule', exact: true }).count(), 0);
  await en.locator('#title-en').fill(`Question ${stamp}?`);
  await en.locator('#body-en').fill('The *answer*.');
  await eventually(async () => assert.match(await en.locator('[data-testid=preview-en]').innerHTML(), /<em>answer<\/em>/));
  await en.getByRole('button', { name: 'Save draft', exact: true }).click();
  await eventually(async () => assert.match(await en.locator('[data-testid=state-en]').innerText(), /Draft/));
  await en.getByRole('button', { name: 'Publish this language', exact: true }).click();
  await eventually(async () => assert.match(await en.locator('[data-testid=state-en]').innerText(), /Published/));
  const faqs = await gql(ed.space, '{ faqs(locale: EN, first: 100) { edges { node { locale question } } } }');
  assert.ok(faqs.data.faqs.edges.some((e) => e.node.locale === 'EN' && e.node.question === `Question ${stamp}?`));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a resource file is uploaded with a progress bar', async () => {
  const page = await openPage(browser, 'en');
  await signIn(page, ed);
  const stamp = Date.now().toString(36);
  await page.getByRole('link', { name: 'New resource' }).click();
  await page.locator('#new-title-FR').fill(`Ressource ${stamp}`);
  await page.locator('#new-title-EN').fill(`Resource ${stamp}`);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const fr = page.locator('[data-testid=pane-fr]');
  await fr.locator('#file-fr').waitFor();
  await fr.locator('#file-fr').setInputFiles({ name: 'fiche.txt', mimeType: 'text/plain', buffer: Buffer.from('x'.repeat(200_000)) });
  await eventually(async () => assert.match(await fr.innerText(), /fiche\.txt/));
  await fr.getByRole('button', { name: 'Publish this language', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Published/));
  const res = await gql(ed.space, '{ resources(locale: FR, first: 100) { edges { node { locale title filename } } } }');
  assert.ok(res.data.resources.edges.some((e) => e.node.title === `Ressource ${stamp}` && e.node.filename === 'fiche.txt'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
