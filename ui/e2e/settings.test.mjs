// An editor's page settings (issue 19), in each language: a published guide's audience changed
// after its creation, and it disappears for anonymous readers; the audiences offered are the
// space's. The same screen shows the app's own file picker and date field, and a preview table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, shot, eventually, unlabelled, gql } from './helpers.mjs';
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
const L = {
  fr: {
    newGuide: 'Nouveau guide',
    create: 'Créer',
    save: 'Enregistrer le brouillon',
    saved: /Brouillon enregistré \(Français\)/,
    audiences: ['Tout le monde', 'Personnes connectées', 'Participants', 'Animateurs', 'Formateurs', 'Rédacteurs', 'Équipe'],
    entityManagers: 'Gestionnaires d’entité',
    signedIn: 'Personnes connectées',
    picker: /Choisir un fichier…[\s\S]*Aucun fichier choisi/,
    calendar: 'Calendrier',
    saveSettings: 'Enregistrer les réglages',
    settingsSaved: /Réglages enregistrés/,
  },
  en: {
    newGuide: 'New guide',
    create: 'Create',
    save: 'Save draft',
    saved: /Draft saved \(French\)/,
    audiences: ['Everyone', 'Signed-in people', 'Participants', 'Facilitators', 'Trainers', 'Editors', 'Staff'],
    entityManagers: 'Entity managers',
    signedIn: 'Signed-in people',
    picker: /Choose a file…[\s\S]*No file chosen/,
    calendar: 'Calendar',
    saveSettings: 'Save the settings',
    settingsSaved: /Settings saved/,
  },
};

for (const lang of ['fr', 'en']) {
  const l = L[lang];
  test(`an editor changes a published guide’s audience and anonymous readers no longer see it (${lang})`, async () => {
    const page = await openPage(browser, lang);
    await signIn(page, ed);
    const stamp = Date.now().toString(36);
    const title = `Réglages ${stamp}`;
    await page.getByRole('link', { name: l.newGuide }).click();
    // Only the audiences of the facilitators' space.
    assert.deepEqual(await page.locator('#new-audience option').allInnerTexts(), l.audiences);
    await page.locator('#new-title-FR').fill(title);
    await page.locator('#new-title-EN').fill(`Settings ${stamp}`);
    await page.getByRole('button', { name: l.create, exact: true }).click();
    const fr = page.locator('[data-testid=pane-fr]');
    await fr.locator('#body-fr').waitFor();
    const slug = await fr.locator('#slug-fr').inputValue();
    await fr.locator('#body-fr').fill('Les rôles :\n\n| Rôle | Responsabilité |\n|---|---|\n| Déposant | Administrateur·rice de l’établissement déposant |\n');
    await eventually(async () => assert.match(await fr.locator('[data-testid=preview-fr]').innerHTML(), /<table/));
    await fr.getByRole('button', { name: l.save, exact: true }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), l.saved));
    await page.getByTestId('publish-all').click();
    await eventually(async () => assert.equal((await gql(ed.space, guideQuery, { slug })).data.guide?.title, title));

    // A preview table keeps its words whole.
    await eventually(async () => assert.match(await fr.locator('[data-testid=preview-fr]').innerText(), /Administrateur·rice/));
    assert.equal(await fr.locator('[data-testid=preview-fr] td').first().evaluate((td) => getComputedStyle(td).overflowWrap), 'normal');
    // The file picker and the date field speak the app's language.
    assert.match(await fr.locator('.filepicker').innerText(), l.picker);
    await fr.getByRole('button', { name: l.calendar }).waitFor();

    const settings = page.locator('[data-testid=page-settings]');
    await settings.locator('summary').click();
    const offered = await settings.locator('#settings-audience option').allInnerTexts();
    assert.deepEqual(offered, l.audiences);
    assert.ok(!offered.includes(l.entityManagers));
    await settings.locator('#settings-audience').selectOption({ label: l.signedIn });
    await settings.locator('#settings-tags').fill('journey:orange, Atelier');
    assert.deepEqual(await unlabelled(page), []);
    await shot(page, 'settings-' + lang);
    await settings.getByRole('button', { name: l.saveSettings }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), l.settingsSaved));

    // Anonymous readers no longer see it; a signed-in participant does.
    await eventually(async () => assert.equal((await gql(ed.space, guideQuery, { slug })).data?.guide ?? null, null));
    assert.equal((await gqlAs(participant, guideQuery, { slug })).guide?.title, title);
    const pages = await gqlAs(ed, '{ pages(filter: { kind: GUIDE }) { id audience tags translations { title } } }');
    const mine = pages.pages.find((p) => p.translations.some((t) => t.title === title));
    assert.equal(mine.audience, 'SIGNED_IN');
    assert.deepEqual(mine.tags, ['atelier', 'journey:orange']);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
