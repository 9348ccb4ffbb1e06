// Issue 19: trainers validate attendance (the participant becomes a facilitator), support
// brings in a legacy account (the Go harness then checks the set-password e-mail was sent),
// community staff name a local group's coordinator and see its members, an editor writes
// news. Each checked on the public API; each screen checked by axe-core in FR and EN.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, launch, openPage, signIn, setLang, shot, eventually, unlabelled, gql } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Signs a person in on the public API and returns the Authorization header. */
async function apiSession(p) {
  const r = await gql(p.space, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: p.email, p: p.password });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { Authorization: 'Bearer ' + r.data.login.token };
}

/** Screenshot and axe check of the screen in FR, then in EN (back to FR after). */
async function bothLanguages(page, name, enHeading) {
  await shot(page, name + '-fr');
  await checkA11y(page, name + '-fr', assert);
  assert.deepEqual(await unlabelled(page), []);
  await setLang(page, 'en');
  await page.locator('h1', { hasText: enHeading }).first().waitFor();
  await shot(page, name + '-en');
  await checkA11y(page, name + '-en', assert);
  await setLang(page, 'fr');
}

/** A datetime-local value `days` from now, at 09:00 local time. */
function localDay(days, hour = 9) {
  const d = new Date(Date.now() + days * 86400_000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(hour)}:00`;
}

test('a trainer validates the attendance of a past training and the participant becomes a facilitator', async () => {
  const trainer = FIXTURES.trainer;
  const trainee = FIXTURES.trainee;
  const traineeApi = await apiSession(trainee);
  const before = await gql(trainee.space, '{ me { roles belt } }', {}, traineeApi);
  assert.ok(!before.data.me.roles.includes('facilitator'), JSON.stringify(before));

  const page = await openPage(browser, 'fr');
  await signIn(page, trainer);
  assert.equal(await page.locator('[data-testid=no-menu]').count(), 0);
  await page.getByRole('link', { name: 'Formations' }).click();
  await page.locator('h1', { hasText: 'Formations' }).waitFor();
  await page.locator('[data-testid=trainings]', { hasText: 'Formation de printemps' }).waitFor();

  // A new training.
  await page.locator('summary', { hasText: 'Nouvelle formation' }).click();
  await page.getByLabel('Intitulé').fill('Formation d’automne');
  await page.getByLabel('Début').fill(localDay(10, 9));
  await page.getByLabel('Fin').fill(localDay(10, 17));
  await page.getByLabel('Nombre de places').fill('6');
  await page.getByLabel('Ville').fill('Rennes');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=trainings]').innerText(), /Formation d’automne[\s\S]*6 libre\(s\) sur 6/));
  await bothLanguages(page, 'trainings', 'Trainings');

  // Before the training starts, the server refuses, and its message is shown.
  await page.getByRole('link', { name: 'Formation de printemps' }).click();
  await page.getByLabel('Ugo Bientôt a participé').check();
  await page.getByRole('button', { name: 'Valider la présence (1)' }).click();
  await eventually(async () => assert.match(await page.locator('[role=alert]').innerText(), /pas encore commencé/));
  await shot(page, 'training-refused-fr');
  // The same refusal in English, as the server words it.
  await setLang(page, 'en');
  await page.getByRole('button', { name: 'Validate attendance (1)' }).click();
  await eventually(async () => assert.match(await page.locator('[role=alert]').innerText(), /has not started yet/));
  await shot(page, 'training-refused-en');
  await setLang(page, 'fr');

  // The training that has started: its sheet, the participant's e-mail at hand.
  await page.getByRole('link', { name: '← Toutes les formations' }).click();
  await page.getByRole('button', { name: 'Passées ou commencées' }).click();
  await page.getByRole('link', { name: 'Formation d’hiver' }).click();
  const row = page.locator('[data-testid=registration]', { hasText: 'Tina Stagiaire' });
  await row.waitFor();
  assert.equal(await row.getByRole('link', { name: trainee.email }).getAttribute('href'), 'mailto:' + trainee.email);
  await bothLanguages(page, 'training', 'Formation d’hiver');
  await page.getByLabel('Tina Stagiaire a participé').check();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('validateAttendance')),
    page.getByRole('button', { name: 'Valider la présence (1)' }).click(),
  ]);
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body));
  await eventually(async () => assert.match(await row.innerText(), /Présence validée/));
  await bothLanguages(page, 'training-validated', 'Formation d’hiver');

  // On the public API: a facilitator with the white belt.
  const after = await gql(trainee.space, '{ me { roles belt } }', {}, traineeApi);
  assert.ok(after.data.me.roles.includes('facilitator'), JSON.stringify(after));
  assert.equal(after.data.me.belt, 'WHITE');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('support finds a legacy account, reads the requests received, activates it, and resends an activation', async () => {
  const staff = FIXTURES.facStaff;
  const legacy = FIXTURES.legacy;
  const page = await openPage(browser, 'fr');
  await signIn(page, staff);
  await page.getByRole('link', { name: 'Assistance' }).click();
  await page.locator('[data-testid=support-requests]', { hasText: 'Mon ancien compte' }).waitFor();
  await page.getByLabel('Adresse e-mail ou nom').fill('odile ancienne');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const card = page.locator('[data-testid=support-account]', { hasText: legacy.email });
  await card.waitFor();
  assert.equal(await card.locator('[data-testid=account-status]').innerText(), 'Hérité, non migré');
  await bothLanguages(page, 'support', 'Support');

  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('activateLegacyAccount')),
    card.getByRole('button', { name: /^Activer le compte hérité/ }).click(),
  ]);
  const body = await response.json();
  assert.equal(body.data.activateLegacyAccount.account.status, 'ACTIVE', JSON.stringify(body));
  await eventually(async () => assert.equal(await card.locator('[data-testid=account-status]').innerText(), 'Actif'));
  assert.match(await card.innerText(), /lien pour choisir son mot de passe a été envoyé à odile\.ancienne@example\.org/);

  // Its history in the audit log.
  await card.getByRole('button', { name: 'Historique' }).click();
  await eventually(async () => assert.match(await card.locator('[data-testid=account-history]').innerText(), /account\.legacy_activated\s+vous/));
  await bothLanguages(page, 'support-history', 'Support');

  // An account that never opened its activation e-mail: support sends it again (the Go
  // harness checks the e-mail afterwards).
  const waiting = FIXTURES.unactivated;
  await page.getByLabel('Adresse e-mail ou nom').fill(waiting.email);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  const wcard = page.locator('[data-testid=support-account]', { hasText: waiting.email });
  await wcard.waitFor();
  assert.equal(await wcard.locator('[data-testid=account-status]').innerText(), 'En attente d’activation');
  await wcard.getByRole('button', { name: /^Renvoyer l’e-mail d’activation/ }).click();
  await eventually(async () => assert.match(await wcard.innerText(), /E-mail d’activation renvoyé à camille\.attente@example\.org/));
  await checkA11y(page, 'support-resend-fr', assert);

  // On the public API: staff see the account ACTIVE.
  const api = await apiSession(staff);
  const found = await gql(staff.space, 'query($s: String!) { accountSearch(search: $s) { email status } }', { s: legacy.email }, api);
  assert.deepEqual(found.data.accountSearch, [{ email: legacy.email, status: 'ACTIVE' }]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('community staff name a coordinator and the group shows its members', async () => {
  const staff = FIXTURES.facStaff;
  const page = await openPage(browser, 'fr');
  await signIn(page, staff);
  await page.getByRole('link', { name: 'Groupes locaux' }).click();
  const list = page.locator('[data-testid=groups]');
  await list.waitFor();
  assert.match(await list.innerText(), /Animateurs de Nantes\s+Nantes\s+Pays de la Loire\s+2/);
  await bothLanguages(page, 'groups', 'Local groups');

  // A new group, without members yet.
  await page.locator('summary', { hasText: 'Nouveau groupe local' }).click();
  await page.getByLabel('Nom (français)').fill('Animateurs de Lyon');
  await page.getByLabel('Nom (anglais)').fill('Lyon facilitators');
  await page.getByLabel('Ville').fill('Lyon');
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page.locator('h1', { hasText: 'Animateurs de Lyon' }).waitFor();
  assert.match(await page.locator('main').innerText(), /Le groupe n’a encore aucun membre/);

  await page.getByRole('link', { name: '← Tous les groupes locaux' }).click();
  await page.getByRole('link', { name: 'Animateurs de Nantes' }).click();
  const members = page.locator('[data-testid=members]');
  await members.waitFor();
  assert.match(await members.innerText(), /Fanny Animatrice/);
  assert.match(await members.innerText(), /Gaston Lagaffe/);
  await page.getByRole('button', { name: 'Nommer Fanny Animatrice coordinateur·rice' }).click();
  await eventually(async () => assert.ok(await page.getByRole('button', { name: 'Retirer la coordination à Fanny Animatrice' }).isVisible()));
  await page.getByLabel('Région').fill('Loire-Atlantique');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Groupe enregistré/));
  await bothLanguages(page, 'group', 'Nantes facilitators');

  // On the public API, as the new coordinator: the group, its members, its coordinator.
  const id = new URL(page.url()).pathname.split('/').pop();
  const api = await apiSession(FIXTURES.member);
  const g = await gql(FIXTURES.member.space, 'query($id: ID!) { localGroup(id: $id, locale: FR) { region coordinators { displayName } members { totalCount edges { node { displayName coordinator } } } } }', { id }, api);
  assert.equal(g.data.localGroup.region, 'Loire-Atlantique');
  assert.deepEqual(g.data.localGroup.coordinators, [{ displayName: 'Fanny Animatrice' }]);
  assert.equal(g.data.localGroup.members.totalCount, 2);
  assert.deepEqual(g.data.localGroup.members.edges.map((e) => e.node).sort((a, b) => a.displayName.localeCompare(b.displayName)), [
    { displayName: 'Fanny Animatrice', coordinator: true },
    { displayName: 'Gaston Lagaffe', coordinator: false },
  ]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an editor writes news like every kind of page', async () => {
  const ed = FIXTURES.editor;
  const page = await openPage(browser, 'fr');
  await signIn(page, ed);
  const stamp = Date.now().toString(36);
  await page.getByRole('link', { name: 'Nouvelle actualité' }).click();
  assert.equal(await page.locator('#new-category').count(), 0);
  await page.locator('#new-title-FR').fill(`Actualité ${stamp}`);
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  const fr = page.locator('[data-testid=pane-fr]');
  await fr.locator('#body-fr').waitFor();
  await fr.locator('#summary-fr').fill('En bref.');
  await fr.locator('#body-fr').fill('Une *nouvelle* formation.');
  await fr.getByRole('button', { name: 'Enregistrer le brouillon', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Brouillon/));
  await fr.getByRole('button', { name: 'Publier cette langue', exact: true }).click();
  await eventually(async () => assert.match(await fr.locator('[data-testid=state-fr]').innerText(), /Publié/));
  await bothLanguages(page, 'news-editor', 'News —');
  const news = await gql(ed.space, '{ news(locale: FR, first: 50) { edges { node { title summary } } } }');
  assert.ok(news.data.news.edges.some((e) => e.node.title === `Actualité ${stamp}` && e.node.summary === 'En bref.'), JSON.stringify(news));

  // In the page list, filtered by kind.
  await page.goto(BASE + '/admin/pages?kind=NEWS');
  await page.locator('[data-testid=pages]', { hasText: `Actualité ${stamp}` }).waitFor();
  await bothLanguages(page, 'news-list', 'Pages');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
