// An editor's journey: a bilingual guide created, published one language at a time, a revision
// restored; after each step the public API tells what readers see.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, BASE, FIXTURES, launch, openPage, signIn, setLang, shot, publicGuide, eventually, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const ed = FIXTURES.editor;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('sign-in screen in both languages, and server errors in the chosen language', async () => {
  const page = await openPage(browser, 'en');
  await page.goto(BASE + '/admin/');
  // The browser's language at first.
  await page.locator('h1', { hasText: 'Sign in' }).waitFor();
  await page.locator('#space').selectOption(ed.space);
  await shot(page, 'signin-en');
  await checkA11y(page, 'signin-en', assert);
  assert.deepEqual(await unlabelled(page), []);
  await page.locator('#email').fill(ed.email);
  await page.locator('#password').fill('wrong-password-Xy1!');
  await page.locator('form button[type=submit]').click();
  const enError = await page.locator('[role=alert]').innerText();
  await setLang(page, 'fr');
  await page.locator('h1', { hasText: 'Connexion' }).waitFor();
  await page.locator('form button[type=submit]').click();
  await eventually(async () => assert.notEqual(await page.locator('[role=alert]').innerText(), enError));
  const frError = await page.locator('[role=alert]').innerText();
  assert.ok(enError.length > 0 && frError.length > 0, 'both errors have a message');
  await shot(page, 'signin-fr');
  await checkA11y(page, 'signin-fr', assert);
  // The choice is remembered over the browser's language.
  await page.reload();
  await page.locator('h1', { hasText: 'Connexion' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.deepEqual(page.errors.filter((e) => !/401|400|Failed to load resource/.test(e)), []);
  await page.context().close();
});

test('an editor creates a bilingual guide, publishes French then English, and restores revision 1', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, ed);
  await page.locator('[data-testid=pages]').waitFor();
  await shot(page, 'list-fr');
  await checkA11y(page, 'list-fr', assert);
  assert.deepEqual(await unlabelled(page), []);
  await setLang(page, 'en');
  await page.locator('h1', { hasText: 'Pages' }).waitFor();
  await shot(page, 'list-en');
  await checkA11y(page, 'list-en', assert);
  await setLang(page, 'fr');

  const stamp = Date.now().toString(36);
  const frTitle = `Préparer son atelier ${stamp}`;
  const enTitle = `Preparing your workshop ${stamp}`;
  await page.getByRole('link', { name: 'Nouveau guide' }).click();
  await page.locator('#new-title-FR').fill(frTitle);
  await page.locator('#new-title-EN').fill(enTitle);
  await page.getByRole('button', { name: 'Créer' }).click();
  const fr = page.locator('[data-testid=pane-fr]');
  const en = page.locator('[data-testid=pane-en]');
  await fr.locator('#title-fr').waitFor();
  assert.equal(await fr.locator('#title-fr').inputValue(), frTitle);
  const frSlug = await fr.locator('#slug-fr').inputValue();
  const enSlug = await en.locator('#slug-en').inputValue();
  assert.ok(frSlug && enSlug, 'slugs made from the titles');

  // Bodies, with the server's live preview.
  await fr.locator('#body-fr').fill('Première version.\n\n**Important** : arriver tôt.');
  await eventually(async () => assert.match(await fr.locator('[data-testid=preview-fr]').innerHTML(), /<strong>Important<\/strong>/));
  await fr.getByRole('button', { name: 'Enregistrer le brouillon', exact: true }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Brouillon enregistré \(Français\)/));
  await en.locator('#body-en').fill('First version.\n\n**Important**: arrive early.');
  // Switching language at any time keeps unsaved edits.
  await setLang(page, 'en');
  await setLang(page, 'fr');
  assert.match(await en.locator('#body-en').inputValue(), /First version/);
  await en.getByRole('button', { name: 'Enregistrer le brouillon', exact: true }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Brouillon enregistré \(Anglais\)/));
  // Nothing is public yet.
  assert.equal(await publicGuide(ed.space, frSlug, 'FR'), null);
  await shot(page, 'editor-fr');
  await checkA11y(page, 'editor-fr', assert);
  assert.deepEqual(await unlabelled(page), []);

  // French only.
  await fr.getByRole('button', { name: 'Publier cette langue', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Publié/));
  let g = await publicGuide(ed.space, frSlug, 'FR');
  assert.equal(g.title, frTitle);
  assert.match(g.body, /Première version/);
  assert.deepEqual(g.translations.map((t) => t.locale), ['FR']);
  g = await publicGuide(ed.space, frSlug, 'EN');
  assert.equal(g.locale, 'FR', 'English readers get the French text while English is unpublished');
  // English is shown unpublished, in the editor and in the list.
  assert.match(await en.locator('[data-testid=state-en]').innerText(), /Brouillon/);
  await page.getByRole('link', { name: 'Retour à la liste' }).click();
  await page.locator('#f-search').fill(stamp);
  const row = page.locator('[data-testid=pages] tbody tr', { hasText: frTitle });
  await eventually(async () => assert.equal(await page.locator('[data-testid=pages] tbody tr').count(), 1));
  const cells = row.locator('td');
  assert.match(await cells.nth(1).innerText(), /Publié/);
  assert.match(await cells.nth(2).innerText(), /Brouillon/);
  await row.getByRole('link', { name: enTitle }).click();
  await en.locator('#title-en').waitFor();

  // English too.
  await en.getByRole('button', { name: 'Publier cette langue', exact: true }).click();
  await eventually(async () => assert.match(await en.locator('[data-testid=state-en]').innerText(), /Publié/));
  g = await publicGuide(ed.space, enSlug, 'EN');
  assert.equal(g.locale, 'EN');
  assert.equal(g.title, enTitle);
  assert.deepEqual(g.translations.map((t) => t.locale).sort(), ['EN', 'FR']);

  // A file attached through the GraphQL multipart request, with a progress bar.
  await fr.locator('#file-fr').setInputFiles({ name: 'programme.txt', mimeType: 'text/plain', buffer: Buffer.from('Programme de l’atelier\n') });
  await eventually(async () => assert.match(await fr.locator('[data-testid=attachments-fr]').innerText(), /programme\.txt/));
  // A preview link of the draft, and a scheduled publication set then cancelled.
  await fr.getByRole('button', { name: 'Copier un lien d’aperçu' }).click();
  await eventually(async () => assert.match(await fr.locator('#preview-url-fr').inputValue(), /token=/));
  await fr.locator('#schedule-fr').fill('2099-01-15T09:30');
  await fr.getByRole('button', { name: 'Programmer', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Programmée le/));
  await fr.getByRole('button', { name: 'Annuler la programmation' }).click();
  await eventually(async () => assert.doesNotMatch(await fr.locator('[data-testid=state-fr]').innerText(), /Programmée le/));

  // Revision 2 of the French text, then revision 1 restored.
  await fr.locator('#body-fr').fill('Deuxième version, réécrite.');
  await fr.getByRole('button', { name: 'Publier cette langue', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Révision publiée : 2/));
  assert.match((await publicGuide(ed.space, frSlug, 'FR')).body, /Deuxième version/);
  await fr.getByRole('button', { name: 'Révisions' }).click();
  const revs = fr.locator('[data-testid=revisions-fr]');
  await revs.getByRole('button', { name: 'Comparer' }).click();
  const diff = revs.locator('[data-testid=diff-fr]');
  await diff.waitFor();
  assert.match(await diff.locator('del').first().innerText(), /supprimé/);
  assert.match(await diff.locator('ins').first().innerText(), /ajouté/);
  assert.match(await diff.innerText(), /Deuxième version/);
  await shot(page, 'revisions-fr');
  await checkA11y(page, 'revisions-fr', assert);
  await revs.screenshot({ path: `${ARTIFACTS}/diff-fr.png` });
  await setLang(page, 'en');
  await page.locator('[data-testid=revisions-fr] h3', { hasText: 'Published revisions' }).waitFor();
  await shot(page, 'editor-en');
  await checkA11y(page, 'editor-en', assert);
  await revs.screenshot({ path: `${ARTIFACTS}/revisions-en.png` });
  // Switching language keeps what is on screen (the revisions stay open, nothing reloads).
  await setLang(page, 'fr');
  await revs.locator('h3', { hasText: 'Révisions publiées' }).waitFor();
  await revs.getByRole('button', { name: 'Restaurer la révision 1' }).click();
  await eventually(async () => assert.match(await fr.locator('#body-fr').inputValue(), /Première version/));
  // Restoring changes the draft only: readers still see revision 2.
  assert.match((await publicGuide(ed.space, frSlug, 'FR')).body, /Deuxième version/);
  await fr.getByRole('button', { name: 'Publier cette langue', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Révision publiée : 3/));
  g = await publicGuide(ed.space, frSlug, 'FR');
  assert.match(g.body, /Première version/);
  assert.equal((await publicGuide(ed.space, enSlug, 'EN')).title, enTitle, 'English untouched');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('two editors save the same draft: the second is told, and overwrites', async () => {
  const a = await openPage(browser, 'en');
  await signIn(a, ed);
  const stamp = Date.now().toString(36);
  await a.getByRole('link', { name: 'New guide' }).click();
  await a.locator('#new-title-FR').fill(`Conflit ${stamp}`);
  await a.getByRole('button', { name: 'Create' }).click();
  await a.locator('#title-fr').waitFor();
  const url = a.url();
  const b = await openPage(browser, 'en');
  await signIn(b, ed);
  await b.goto(url);
  await b.locator('#title-fr').waitFor();

  await a.locator('#body-fr').fill('Text from A');
  await a.locator('[data-testid=pane-fr]').getByRole('button', { name: 'Save draft' }).click();
  await eventually(async () => assert.match(await a.locator('[data-testid=status]').innerText(), /saved/));

  await b.locator('#body-fr').fill('Text from B');
  await b.locator('[data-testid=pane-fr]').getByRole('button', { name: 'Save draft' }).click();
  const conflict = b.locator('[data-testid=conflict-fr]');
  await conflict.waitFor();
  assert.match(await conflict.innerText(), /Someone else saved/);
  await shot(b, 'conflict-en');
  await checkA11y(b, 'conflict-en', assert);
  await conflict.getByRole('button', { name: 'Overwrite with my version' }).click();
  await eventually(async () => assert.equal(await conflict.count(), 0));
  await eventually(async () => assert.match(await b.locator('[data-testid=status]').innerText(), /saved/));

  // A's next save conflicts in turn; A reloads and gets B's text.
  await a.locator('#body-fr').fill('Text from A again');
  await a.locator('[data-testid=pane-fr]').getByRole('button', { name: 'Save draft' }).click();
  await a.locator('[data-testid=conflict-fr]').getByRole('button', { name: /Reload their version/ }).click();
  await eventually(async () => assert.equal(await a.locator('#body-fr').inputValue(), 'Text from B'));
  await a.context().close();
  await b.context().close();
});
