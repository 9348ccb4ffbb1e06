// A participant signs in and is offered nothing of the administration.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, launch, openPage, signIn, shot } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const person = FIXTURES.participant;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('a participant sees no editor menu', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, person);
  await page.locator('[data-testid=no-menu]').waitFor();
  assert.equal(await page.locator('nav').count(), 0, 'no menu at all');
  assert.equal(await page.getByRole('link', { name: 'Pages' }).count(), 0);
  await shot(page, 'participant-fr');
  await checkA11y(page, 'participant-fr', assert);
  // A typed-in address is refused by the app too.
  await page.goto(BASE + '/admin/pages');
  await page.locator('h1', { hasText: 'Accès refusé' }).waitFor();
  assert.equal(await page.locator('[data-testid=pages]').count(), 0);
  await page.context().close();
});
