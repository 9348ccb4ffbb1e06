// An editor's page settings (issue 19): a published guide's audience changed after its
// creation, and it disappears for anonymous readers; the audiences offered are the space's.
// The same screen shows the app's own file picker and date field, and a preview table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, setLang, shot, eventually, unlabelled, gql } from './helpers.mjs';
import { gqlAs } from './api19.mjs';

const ed = FIXTURES.editor;
const participant = FIXTURES.participant;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const guideQuery = 'query($slug: String!) { guide(slug: $slug, locale: FR) { title } }';

test('an editor changes a published guide’s audience and anonymous readers no longer see it', async () => {
  const page = await openPage(browser, 'fr');
  await signIn(page, ed);
  const stamp = Date.now().toString(36);
  const title = `Réglages ${stamp}`;
  await page.getByRole('link', { name: 'Nouveau guide' }).click();
  // Only the audiences of the facilitators' space.
  const created = await page.locator('#new-audience option').allInnerTexts();
  assert.ok(created.includes('Animateurs') && !created.includes('Gestionnaires d’entité'), created.join(', '));
  await page.locator('#new-title-FR').fill(title);
  await page.locator('#new-title-EN').fill(`Settings ${stamp}`);
  await page.getByRole('button', { name: 'Créer' }).click();
  const fr = page.locator('[data-testid=pane-fr]');
  await fr.locator('#body-fr').waitFor();
  const slug = await fr.locator('#slug-fr').inputValue();
  await fr.locator('#body-fr').fill('Les rôles :\n\n| Rôle | Responsabilité |\n|---|---|\n| Déposant | Administrateur·rice de l’établissement déposant |\n');
  await eventually(async () => assert.match(await fr.locator('[data-testid=preview-fr]').innerHTML(), /<table/));
  await fr.getByRole('button', { name: 'Enregistrer le brouillon', exact: true }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Brouillon enregistré \(Français\)/));
  await page.getByTestId('publish-all').click();
  await eventually(async () => assert.equal((await gql(ed.space, guideQuery, { slug })).data.guide?.title, title));

  // A preview table keeps its words whole.
  await eventually(async () => assert.match(await fr.locator('[data-testid=preview-fr]').innerText(), /Administrateur·rice/));
  const broken = await fr.locator('[data-testid=preview-fr] td').first().evaluate((td) => getComputedStyle(td).overflowWrap);
  assert.equal(broken, 'normal');
  // The file picker and the date field speak French.
  assert.match(await fr.locator('.filepicker').innerText(), /Choisir un fichier…[\s\S]*Aucun fichier choisi/);
  await fr.getByRole('button', { name: 'Calendrier' }).waitFor();

  const settings = page.locator('[data-testid=page-settings]');
  await settings.locator('summary').click();
  const offered = await settings.locator('#settings-audience option').allInnerTexts();
  assert.deepEqual(offered, ['Tout le monde', 'Personnes connectées', 'Participants', 'Animateurs', 'Formateurs', 'Rédacteurs', 'Équipe']);
  await settings.locator('#settings-audience').selectOption({ label: 'Personnes connectées' });
  await settings.locator('#settings-tags').fill('journey:orange, Atelier');
  assert.deepEqual(await unlabelled(page), []);
  await shot(page, 'settings-fr');
  await settings.getByRole('button', { name: 'Enregistrer les réglages' }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Réglages enregistrés/));

  // Anonymous readers no longer see it; a signed-in participant does.
  await eventually(async () => assert.equal((await gql(ed.space, guideQuery, { slug })).data?.guide ?? null, null));
  assert.equal((await gqlAs(participant, guideQuery, { slug })).guide?.title, title);
  const pages = await gqlAs(ed, '{ pages(filter: { kind: GUIDE }) { id audience tags translations { title } } }');
  const mine = pages.pages.find((p) => p.translations.some((t) => t.title === title));
  assert.equal(mine.audience, 'SIGNED_IN');
  assert.deepEqual(mine.tags, ['atelier', 'journey:orange']);

  await setLang(page, 'en');
  await page.locator('summary', { hasText: 'Page settings' }).waitFor();
  assert.match(await fr.locator('.filepicker').innerText(), /Choose a file…[\s\S]*No file chosen/);
  await shot(page, 'settings-en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
