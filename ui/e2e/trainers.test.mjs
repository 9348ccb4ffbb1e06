// Issue 19: trainers validate attendance (the participant becomes a facilitator), support
// brings in a legacy account (the Go harness then checks the set-password e-mail was sent),
// community staff name a local group's coordinator and see its members, an editor writes
// news. Each checked on the public API; each screen checked by axe-core in FR and EN. Each
// journey runs once in French and once in English, with its own people and data (the
// fixtures' keys ending in En; labels in the table L).
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

/** The app's date field's text (dd/mm/yyyy hh:mm) `days` from now, at `hour` local time. */
function localDay(days, hour = 9) {
  const d = new Date(Date.now() + days * 86400_000);
  const p = (n) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(hour)}:00`;
}

/** The screen's screenshot and axe check in the journey's language: both languages from the French journey. */
async function screen(page, lang, name, enHeading) {
  if (lang === 'fr') return bothLanguages(page, name, enHeading);
  await shot(page, name + '-en-journey');
  await checkA11y(page, name + '-en-journey', assert);
  assert.deepEqual(await unlabelled(page), []);
}

const L = {
  fr: {
    key: '',
    trainings: 'Formations',
    newTraining: 'Nouvelle formation',
    title: 'Intitulé',
    starts: 'Début',
    ends: 'Fin',
    seats: 'Nombre de places',
    city: 'Ville',
    create: 'Créer',
    newTitle: 'Formation d’automne',
    created: /Formation d’automne[\s\S]*6 libre\(s\) sur 6/,
    upcoming: 'Formation de printemps',
    started: 'Formation d’hiver',
    attended: (n) => n + ' a participé',
    later: 'Ugo Bientôt',
    trainee: 'Tina Stagiaire',
    validate: 'Valider la présence (1)',
    notStarted: /pas encore commencé/,
    back: '← Toutes les formations',
    past: 'Passées ou commencées',
    validated: /Présence validée/,
    support: 'Assistance',
    search: 'Adresse e-mail ou nom',
    find: 'Rechercher',
    request: 'Mon ancien compte',
    legacyQuery: 'odile ancienne',
    legacyStatus: 'Hérité, non migré',
    activate: /^Activer le compte hérité/,
    active: 'Actif',
    activated: (email) => new RegExp('lien pour choisir son mot de passe a été envoyé à ' + email.replace(/\./g, '\\.')),
    history: 'Historique',
    byYou: /account\.legacy_activated\s+vous/,
    waitingStatus: 'En attente d’activation',
    resend: /^Renvoyer l’e-mail d’activation/,
    resent: (email) => new RegExp('E-mail d’activation renvoyé à ' + email.replace(/\./g, '\\.')),
    groups: 'Groupes locaux',
    groupRow: /Animateurs de Nantes\s+Nantes\s+Pays de la Loire\s+2/,
    newGroup: 'Nouveau groupe local',
    nameFr: 'Nom (français)',
    nameEn: 'Nom (anglais)',
    newGroupFr: 'Animateurs de Lyon',
    newGroupEn: 'Lyon facilitators',
    newCity: 'Lyon',
    noMembers: /Le groupe n’a encore aucun membre/,
    allGroups: '← Tous les groupes locaux',
    group: 'Animateurs de Nantes',
    groupEn: 'Nantes facilitators',
    members: [/Fanny Animatrice/, /Gaston Lagaffe/],
    coordinator: 'Fanny Animatrice',
    name: (n) => 'Nommer ' + n + ' coordinateur·rice',
    unname: (n) => 'Retirer la coordination à ' + n,
    region: 'Région',
    newRegion: 'Loire-Atlantique',
    save: 'Enregistrer',
    saved: /Groupe enregistré/,
    groupHeading: 'Nantes facilitators',
    other: 'Gaston Lagaffe',
    newNews: 'Nouvelle actualité',
    newsTitle: 'Actualité',
    summary: 'En bref.',
    body: 'Une *nouvelle* formation.',
    saveDraft: 'Enregistrer le brouillon',
    draft: /Brouillon/,
    publish: 'Publier cette langue',
    published: /Publié/,
  },
  en: {
    key: 'En',
    trainings: 'Trainings',
    newTraining: 'New training',
    title: 'Title',
    starts: 'Starts',
    ends: 'Ends',
    seats: 'Seats',
    city: 'City',
    create: 'Create',
    newTitle: 'Autumn training',
    created: /Autumn training[\s\S]*6 left of 6/,
    upcoming: 'Spring training',
    started: 'Winter training',
    attended: (n) => n + ' attended',
    later: 'Una Later',
    trainee: 'Tom Trainee',
    validate: 'Validate attendance (1)',
    notStarted: /has not started yet/,
    back: '← All trainings',
    past: 'Past or started',
    validated: /Attendance validated/,
    support: 'Support',
    search: 'E-mail address or name',
    find: 'Search',
    request: 'My old account',
    legacyQuery: 'oliver legacy',
    legacyStatus: 'Legacy, not migrated',
    activate: /^Activate the legacy account/,
    active: 'Active',
    activated: (email) => new RegExp('a link to choose a password was sent to ' + email.replace(/\./g, '\\.')),
    history: 'History',
    byYou: /account\.legacy_activated\s+you/,
    waitingStatus: 'Waiting for activation',
    resend: /^Resend the activation e-mail/,
    resent: (email) => new RegExp('Activation e-mail sent again to ' + email.replace(/\./g, '\\.')),
    groups: 'Local groups',
    groupRow: /Animateurs de Brest\s+Brest\s+Bretagne\s+2/,
    newGroup: 'New local group',
    nameFr: 'Name (French)',
    nameEn: 'Name (English)',
    newGroupFr: 'Animateurs de Lille',
    newGroupEn: 'Lille facilitators',
    newCity: 'Lille',
    noMembers: /The group has no member yet/,
    allGroups: '← All local groups',
    group: 'Animateurs de Brest',
    groupEn: '',
    members: [/Flora Facilitator/, /Gus Goofy/],
    coordinator: 'Flora Facilitator',
    name: (n) => 'Name ' + n + ' coordinator',
    unname: (n) => 'Take the coordinator role back from ' + n,
    region: 'Region',
    newRegion: 'Finistère',
    save: 'Save',
    saved: /Group saved/,
    groupHeading: 'Brest facilitators',
    other: 'Gus Goofy',
    newNews: 'New news post',
    newsTitle: 'News',
    summary: 'In short.',
    body: 'A *new* training.',
    saveDraft: 'Save draft',
    draft: /Draft/,
    publish: 'Publish this language',
    published: /Published/,
  },
};

for (const lang of ['fr', 'en']) {
  const l = L[lang];
  const who = (name) => FIXTURES[name + l.key];

  test(`a trainer validates the attendance of a past training and the participant becomes a facilitator (${lang})`, async () => {
    const trainer = who('trainer');
    const trainee = who('trainee');
    const traineeApi = await apiSession(trainee);
    const before = await gql(trainee.space, '{ me { roles belt } }', {}, traineeApi);
    assert.ok(!before.data.me.roles.includes('facilitator'), JSON.stringify(before));

    const page = await openPage(browser, lang);
    await signIn(page, trainer);
    assert.equal(await page.locator('[data-testid=no-menu]').count(), 0);
    await page.getByRole('link', { name: l.trainings }).click();
    await page.locator('h1', { hasText: l.trainings }).waitFor();
    await page.locator('[data-testid=trainings]', { hasText: l.upcoming }).waitFor();

    // A new training, its dates typed in the app's own date fields.
    await page.locator('summary', { hasText: l.newTraining }).click();
    await page.getByLabel(l.title, { exact: true }).fill(l.newTitle);
    await page.getByLabel(l.starts, { exact: true }).fill(localDay(10, 9));
    await page.getByLabel(l.ends, { exact: true }).fill(localDay(10, 17));
    await page.getByLabel(l.seats, { exact: true }).fill('6');
    await page.getByLabel(l.city, { exact: true }).fill('Rennes');
    await page.getByRole('button', { name: l.create, exact: true }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=trainings]').innerText(), l.created));
    await screen(page, lang, 'trainings', 'Trainings');

    // Before the training starts, the server refuses, and its message is shown.
    await page.getByRole('link', { name: l.upcoming }).click();
    await page.getByLabel(l.attended(l.later)).check();
    await page.getByRole('button', { name: l.validate }).click();
    await eventually(async () => assert.match(await page.locator('[role=alert]').innerText(), l.notStarted));
    await shot(page, 'training-refused-' + lang + (lang === 'fr' ? '' : '-journey'));
    if (lang === 'fr') {
      // The same refusal in English, as the server words it.
      await setLang(page, 'en');
      await page.getByRole('button', { name: 'Validate attendance (1)' }).click();
      await eventually(async () => assert.match(await page.locator('[role=alert]').innerText(), /has not started yet/));
      await shot(page, 'training-refused-en');
      await setLang(page, 'fr');
    }

    // The training that has started: its sheet, the participant's e-mail at hand.
    await page.getByRole('link', { name: l.back }).click();
    await page.getByRole('button', { name: l.past }).click();
    await page.getByRole('link', { name: l.started }).click();
    const row = page.locator('[data-testid=registration]', { hasText: l.trainee });
    await row.waitFor();
    assert.equal(await row.getByRole('link', { name: trainee.email }).getAttribute('href'), 'mailto:' + trainee.email);
    await screen(page, lang, 'training', l.started);
    await page.getByLabel(l.attended(l.trainee)).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('validateAttendance')),
      page.getByRole('button', { name: l.validate }).click(),
    ]);
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body));
    await eventually(async () => assert.match(await row.innerText(), l.validated));
    await screen(page, lang, 'training-validated', l.started);

    // On the public API: a facilitator with the white belt.
    const after = await gql(trainee.space, '{ me { roles belt } }', {}, traineeApi);
    assert.ok(after.data.me.roles.includes('facilitator'), JSON.stringify(after));
    assert.equal(after.data.me.belt, 'WHITE');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`support finds a legacy account, reads the requests received, activates it, and resends an activation (${lang})`, async () => {
    const staff = who('facStaff');
    const legacy = who('legacy');
    const page = await openPage(browser, lang);
    await signIn(page, staff);
    await page.getByRole('link', { name: l.support }).click();
    await page.locator('[data-testid=support-requests]', { hasText: l.request }).waitFor();
    await page.getByLabel(l.search).fill(l.legacyQuery);
    await page.getByRole('button', { name: l.find }).click();
    const card = page.locator('[data-testid=support-account]', { hasText: legacy.email });
    await card.waitFor();
    assert.equal(await card.locator('[data-testid=account-status]').innerText(), l.legacyStatus);
    await screen(page, lang, 'support', 'Support');

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('activateLegacyAccount')),
      card.getByRole('button', { name: l.activate }).click(),
    ]);
    const body = await response.json();
    assert.equal(body.data.activateLegacyAccount.account.status, 'ACTIVE', JSON.stringify(body));
    await eventually(async () => assert.equal(await card.locator('[data-testid=account-status]').innerText(), l.active));
    assert.match(await card.innerText(), l.activated(legacy.email));

    // Its history in the audit log.
    await card.getByRole('button', { name: l.history }).click();
    await eventually(async () => assert.match(await card.locator('[data-testid=account-history]').innerText(), l.byYou));
    await screen(page, lang, 'support-history', 'Support');

    if (lang === 'en') {
      // An account another staff member activated: the history names them, not their account number.
      const other = FIXTURES.legacyActivated;
      await page.getByLabel(l.search).fill(other.email);
      await page.getByRole('button', { name: l.find }).click();
      const ocard = page.locator('[data-testid=support-account]', { hasText: other.email });
      await ocard.getByRole('button', { name: l.history }).click();
      const by = FIXTURES.facStaff;
      await eventually(async () =>
        assert.match(await ocard.locator('[data-testid=account-history]').innerText(), new RegExp(`account\\.legacy_activated\\s+${by.firstName} ${by.lastName} <${by.email}>`)),
      );
      await checkA11y(page, 'support-history-other-en', assert);
    }

    // An account that never opened its activation e-mail: support sends it again (the Go
    // harness checks the e-mail afterwards).
    const waiting = who('unactivated');
    await page.getByLabel(l.search).fill(waiting.email);
    await page.getByRole('button', { name: l.find }).click();
    const wcard = page.locator('[data-testid=support-account]', { hasText: waiting.email });
    await wcard.waitFor();
    assert.equal(await wcard.locator('[data-testid=account-status]').innerText(), l.waitingStatus);
    await wcard.getByRole('button', { name: l.resend }).click();
    await eventually(async () => assert.match(await wcard.innerText(), l.resent(waiting.email)));
    await checkA11y(page, 'support-resend-' + lang, assert);

    // On the public API: staff see the account ACTIVE.
    const api = await apiSession(staff);
    const found = await gql(staff.space, 'query($s: String!) { accountSearch(search: $s) { email status } }', { s: legacy.email }, api);
    assert.deepEqual(found.data.accountSearch, [{ email: legacy.email, status: 'ACTIVE' }]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`community staff name a coordinator and the group shows its members (${lang})`, async () => {
    const staff = who('facStaff');
    const page = await openPage(browser, lang);
    await signIn(page, staff);
    await page.getByRole('link', { name: l.groups }).click();
    const list = page.locator('[data-testid=groups]');
    await list.waitFor();
    await eventually(async () => assert.match(await list.innerText(), l.groupRow));
    await screen(page, lang, 'groups', 'Local groups');

    // A new group, without members yet.
    await page.locator('summary', { hasText: l.newGroup }).click();
    await page.getByLabel(l.nameFr).fill(l.newGroupFr);
    await page.getByLabel(l.nameEn).fill(l.newGroupEn);
    await page.getByLabel(l.city).fill(l.newCity);
    await page.getByRole('button', { name: l.create, exact: true }).click();
    await page.locator('h1', { hasText: lang === 'fr' ? l.newGroupFr : l.newGroupEn }).waitFor();
    assert.match(await page.locator('main').innerText(), l.noMembers);

    await page.getByRole('link', { name: l.allGroups }).click();
    await page.getByRole('link', { name: l.group }).click();
    const members = page.locator('[data-testid=members]');
    await members.waitFor();
    for (const m of l.members) assert.match(await members.innerText(), m);
    // The edit form holds each language's name as written: empty where none was written,
    // not the other language's.
    await eventually(async () => assert.equal(await page.getByLabel(l.nameFr).inputValue(), l.group));
    assert.equal(await page.getByLabel(l.nameEn).inputValue(), l.groupEn);
    if (!l.groupEn) await page.getByLabel(l.nameEn).fill(l.groupHeading);
    await page.getByRole('button', { name: l.name(l.coordinator) }).click();
    await eventually(async () => assert.ok(await page.getByRole('button', { name: l.unname(l.coordinator) }).isVisible()));
    await page.getByLabel(l.region).fill(l.newRegion);
    await page.getByRole('button', { name: l.save, exact: true }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), l.saved));
    await screen(page, lang, 'group', l.groupHeading);

    // On the public API, as the new coordinator: the group, its members, its coordinator, and
    // its names in each language.
    const id = new URL(page.url()).pathname.split('/').pop();
    const member = who('member');
    const api = await apiSession(member);
    const g = await gql(member.space, 'query($id: ID!) { fr: localGroup(id: $id, locale: FR) { name } localGroup(id: $id, locale: EN) { name region coordinators { displayName } members { totalCount edges { node { displayName coordinator } } } } }', { id }, api);
    assert.equal(g.data.fr.name, l.group);
    assert.equal(g.data.localGroup.name, l.groupHeading);
    assert.equal(g.data.localGroup.region, l.newRegion);
    assert.deepEqual(g.data.localGroup.coordinators, [{ displayName: l.coordinator }]);
    assert.equal(g.data.localGroup.members.totalCount, 2);
    assert.deepEqual(g.data.localGroup.members.edges.map((e) => e.node).sort((a, b) => a.displayName.localeCompare(b.displayName)), [
      { displayName: l.coordinator, coordinator: true },
      { displayName: l.other, coordinator: false },
    ]);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`an editor writes news like every kind of page (${lang})`, async () => {
    const ed = FIXTURES.editor;
    const LL = lang.toUpperCase();
    const page = await openPage(browser, lang);
    await signIn(page, ed);
    const stamp = Date.now().toString(36);
    await page.getByRole('link', { name: l.newNews }).click();
    assert.equal(await page.locator('#new-category').count(), 0);
    await page.locator('#new-title-' + LL).fill(`${l.newsTitle} ${stamp}`);
    await page.getByRole('button', { name: l.create, exact: true }).click();
    const pane = page.locator('[data-testid=pane-' + lang + ']');
    await pane.locator('#body-' + lang).waitFor();
    await pane.locator('#summary-' + lang).fill(l.summary);
    await pane.locator('#body-' + lang).fill(l.body);
    await pane.getByRole('button', { name: l.saveDraft, exact: true }).click();
    await eventually(async () => assert.match(await pane.locator('[data-testid=state-' + lang + ']').innerText(), l.draft));
    await pane.getByRole('button', { name: l.publish, exact: true }).click();
    await eventually(async () => assert.match(await pane.locator('[data-testid=state-' + lang + ']').innerText(), l.published));
    await screen(page, lang, 'news-editor', 'News —');
    const news = await gql(ed.space, `{ news(locale: ${LL}, first: 50) { edges { node { locale title summary } } } }`);
    assert.ok(news.data.news.edges.some((e) => e.node.locale === LL && e.node.title === `${l.newsTitle} ${stamp}` && e.node.summary === l.summary), JSON.stringify(news));

    // In the page list, filtered by kind.
    await page.goto(BASE + '/admin/pages?kind=NEWS');
    await page.locator('[data-testid=pages]', { hasText: `${l.newsTitle} ${stamp}` }).waitFor();
    await screen(page, lang, 'news-list', 'Pages');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
