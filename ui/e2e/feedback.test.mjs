// What readers say (issue 21), in each language: votes and searches that found nothing are
// made through the public API as readers would; the editor's screen shows the pages by share
// of "not helpful" per language, with a link to each page's editor, and the search gaps, whose
// button opens the new-page form with the title prefilled in the search's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, launch, openPage, signIn, shot, eventually, unlabelled, gql } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const ed = FIXTURES.editor;
const SPACE = 'facilitators';
// Letters only: six digits in a row would be taken for personal data and not kept.
const stamp = Date.now().toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);
const gap = { FR: `zorglub${stamp}`, EN: `flumox${stamp}` };
let browser;
let guideID;

async function ok(r) {
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}

before(async () => {
  browser = await launch();
  guideID = (await ok(await gql(SPACE, 'query { guide(slug: "les-ceintures", locale: FR) { id } }'))).guide.id;
  const rate = async (helpful, locale, agent) =>
    ok(await gql(SPACE, 'mutation($id: ID!, $h: Boolean!, $l: Locale) { ratePage(id: $id, helpful: $h, locale: $l) { ok } }', { id: guideID, h: helpful, l: locale }, { 'User-Agent': agent }));
  // In French, two readers of three found it not helpful; in English, one reader found it helpful.
  await rate(false, 'FR', 'Reader A');
  await rate(false, 'FR', 'Reader B');
  await rate(true, 'FR', 'Reader C');
  await rate(true, 'EN', 'Reader A');
  for (const [locale, q] of [['FR', gap.FR], ['FR', gap.FR.toUpperCase()], ['EN', gap.EN]]) {
    const d = await ok(await gql(SPACE, 'query($q: String!, $l: Locale) { search(query: $q, locale: $l) { totalCount } }', { q, l: locale }));
    assert.equal(d.search.totalCount, 0);
  }
});
after(async () => {
  await browser?.close();
});

const L = {
  fr: { menu: 'Avis des lecteurs', title: 'Ce que disent les lecteurs', period: 'Période', start: 'Commencer une page à partir de cette recherche', share: '67 %', gapLocale: 'FR', newGuide: 'Nouveau guide' },
  en: { menu: 'Readers’ feedback', title: 'What readers say', period: 'Period', start: 'Start a page from this search', share: '67%', gapLocale: 'EN', newGuide: 'New guide' },
};

for (const lang of ['fr', 'en']) {
  const l = L[lang];
  test(`an editor reads what readers say and starts a page from a search that found nothing (${lang})`, async () => {
    const page = await openPage(browser, lang);
    await signIn(page, ed);
    await page.getByRole('link', { name: l.menu }).click();
    await page.getByRole('heading', { level: 1, name: l.title }).waitFor();
    // French: the guide's votes, 2 of 3 not helpful, with a link to its editor.
    const fr = page.locator('[data-testid=feedback-FR]');
    const row = fr.locator('tr', { has: page.locator(`a[href="/admin/pages/guide/${guideID}"]`) });
    await eventually(async () => assert.equal(await row.count(), 1));
    const cells = (await row.locator('td').allInnerTexts()).map((s) => s.replace(/\u202f|\u00a0/g, ' '));
    assert.deepEqual(cells.slice(2), [l.share, '2', '1']);
    // English: the same guide, helpful.
    const en = page.locator('[data-testid=feedback-EN]').locator('tr', { has: page.locator(`a[href="/admin/pages/guide/${guideID}"]`) });
    assert.deepEqual((await en.locator('td').allInnerTexts()).slice(3), ['0', '1']);
    // The searches that found nothing, case folded: "zorglub…" twice in French.
    const gaps = page.locator('[data-testid=feedback-gaps] tbody tr');
    const frGap = gaps.filter({ hasText: gap.FR });
    assert.equal(await frGap.count(), 1);
    assert.equal((await frGap.locator('td').nth(2).innerText()).trim(), '2');
    assert.equal(await gaps.filter({ hasText: gap.EN }).count(), 1);
    // Another period keeps them (they are from today).
    await page.getByLabel(l.period).selectOption('7');
    await eventually(async () => assert.equal(await gaps.filter({ hasText: gap.FR }).count(), 1));
    assert.deepEqual(await unlabelled(page), []);
    await shot(page, 'feedback-' + lang);
    await checkA11y(page, 'feedback-' + lang, assert);
    // The button opens the new-page form with the words as the title in the search's language.
    const q = gap[l.gapLocale];
    await gaps.filter({ hasText: q }).getByRole('button', { name: l.start }).click();
    await page.getByRole('heading', { level: 1, name: l.newGuide }).waitFor();
    assert.match(page.url(), new RegExp('^' + BASE + '/admin/pages/new/guide\\?'));
    assert.equal(await page.locator('#new-title-' + l.gapLocale).inputValue(), q);
    const other = l.gapLocale === 'FR' ? 'EN' : 'FR';
    assert.equal(await page.locator('#new-title-' + other).inputValue(), '');
    await shot(page, 'feedback-new-' + lang);
    assert.deepEqual(page.errors, []);
  });
}
