// The member area's facilitators sections (issue 20), in French and in English with their own
// people (web/member_facilitators_browser_test.go):
// - a yellow belt who already has an account signs up for a training from its public page
//   without signing in and confirms by the e-mailed /trainings/confirm link; then offers to
//   co-facilitate a session from the opportunities, withdraws, offers again, and the session's
//   organiser accepts the offer from their counter, then cancels the session (asked once more),
//   and the co-facilitator is told by e-mail;
// - a newcomer signs up for the training from its public page, activates from the e-mail, sees
//   their course (registration and resources), is validated by the trainer (on the training's sheet in /admin,
//   once the training started), and, a white belt now, creates a session, edits it, reports it
//   and turns yellow.
// The public API is checked after each step; axe runs and a screenshot is taken on each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, eventually, gql, launch, openPage, shot, signIn, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';
import { links, mails } from './mailsink.mjs';

const SPACE = 'facilitators';
const SINK = process.env.GUICHET_MAIL_SINK;
const HOOK = process.env.GUICHET_FACILITATORS_HOOK;
const PASS = 'Tournesol-Atelier-42!';

const TEXT = {
  fr: {
    trainings: 'Formations à l’animation',
    trainingsMenu: 'Formations',
    signedInSignup: 'Vous êtes connecté(e)',
    already: 'Vous êtes déjà inscrit à cette formation.',
    training: 'Devenir animateur — session de printemps',
    signupButton: 'M’inscrire à cette formation',
    doneMail: 'Merci ! Un e-mail vient d’être envoyé',
    confirmTitle: 'Confirmation d’inscription',
    confirmed: 'Votre inscription à la formation est confirmée.',
    activated: 'Votre compte est activé.',
    signIn: 'Connexion',
    homeTitle: 'Mon compte',
    course: 'Ma formation',
    notYet: 'Présence pas encore validée',
    attended: 'Présence validée',
    mooc: 'Parcours du MOOC, semaine par semaine',
    checklist: 'Liste de contrôle',
    reportSheet: 'Fiche de bilan',
    sessions: 'Espace animateur',
    counter: 'Créer une session / mon compteur',
    journey: 'Mon parcours',
    white: 'Ma ceinture : blanche',
    yellow: 'Ma ceinture : jaune',
    toYellow: 'Pour passer à la ceinture jaune',
    toOrange: 'Pour passer à la ceinture orange',
    oneLeft: 'encore 1 atelier(s) à animer et à déclarer',
    oneOfTen: 'Ateliers animés : 1 sur 10',
    created: 'La session est créée.',
    edited: 'Les modifications sont enregistrées.',
    reported: 'Le compte rendu est enregistré',
    reportedStatus: 'Compte rendu fait',
    badDate: 'Écrivez la date ainsi',
    session: 'Atelier découverte à la médiathèque',
    mySession: 'Mon premier atelier',
    message: 'Je peux venir avec le matériel.',
    apply: 'Proposer de co-animer',
    applied: 'Votre proposition a été envoyée',
    withdraw: 'Retirer ma proposition',
    withdrawn: 'Votre proposition est retirée.',
    pending: 'Votre proposition de co-animation : En attente de réponse',
    accept: 'Accepter la proposition de',
    decided: 'Votre réponse est envoyée',
    accepted: 'Acceptée',
    cancel: 'Annuler « Atelier découverte à la médiathèque »',
    cancelYes: 'Oui, annuler la session',
    cancelled: 'La session est annulée',
    statusCancelled: 'Annulée',
    signOut: 'Se déconnecter',
  },
  en: {
    trainings: 'Facilitation trainings',
    trainingsMenu: 'Trainings',
    signedInSignup: 'You are signed in',
    already: 'You are already registered for this training.',
    training: 'Becoming a facilitator — spring session',
    signupButton: 'Sign up for this training',
    doneMail: 'Thank you! An e-mail was just sent',
    confirmTitle: 'Sign-up confirmation',
    confirmed: 'Your sign-up for the training is confirmed.',
    activated: 'Your account is activated.',
    signIn: 'Sign in',
    homeTitle: 'My account',
    course: 'My course',
    notYet: 'Attendance not validated yet',
    attended: 'Attendance validated',
    mooc: 'The MOOC, week by week',
    checklist: 'Checklist',
    reportSheet: 'report sheet',
    sessions: 'Facilitator home',
    counter: 'Create a session / my counter',
    journey: 'My journey',
    white: 'My belt: white',
    yellow: 'My belt: yellow',
    toYellow: 'To reach the yellow belt',
    toOrange: 'To reach the orange belt',
    oneLeft: '1 more workshop(s) to run and report',
    oneOfTen: 'Workshops run: 1 of 10',
    created: 'The session is created.',
    edited: 'The changes are saved.',
    reported: 'The report is saved',
    reportedStatus: 'Reported',
    badDate: 'Write the date like this',
    session: 'Discovery workshop at the library',
    mySession: 'My first workshop',
    message: 'I can bring the material.',
    apply: 'Offer to co-facilitate',
    applied: 'Your offer was sent',
    withdraw: 'Withdraw my offer',
    withdrawn: 'Your offer is withdrawn.',
    pending: 'Your offer to co-facilitate: Waiting for an answer',
    accept: 'Accept the offer of',
    decided: 'Your answer was sent',
    accepted: 'Accepted',
    cancel: 'Cancel “Discovery workshop at the library”',
    cancelYes: 'Yes, cancel the session',
    cancelled: 'The session is cancelled',
    statusCancelled: 'Cancelled',
    signOut: 'Sign out',
  },
};

// The trainer's words in /admin (ui/e2e/trainers.test.mjs has the same).
const ADMIN = {
  fr: { trainings: 'Formations', past: 'Passées ou commencées', attended: (n) => n + ' a participé', validate: 'Valider la présence (1)' },
  en: { trainings: 'Trainings', past: 'Past or started', attended: (n) => n + ' attended', validate: 'Validate attendance (1)' },
};

let browser;
before(async () => {
  assert.ok(SINK, 'GUICHET_MAIL_SINK must be set (web/member_browser_test.go)');
  assert.ok(HOOK, 'GUICHET_FACILITATORS_HOOK must be set (web/member_facilitators_browser_test.go)');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});


const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
async function token(email, password) {
  const r = await gql(SPACE, LOGIN, { e: email, p: password });
  assert.equal(r.errors, undefined, `sign-in of ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
async function api(person, query, variables = {}) {
  const r = await gql(SPACE, query, variables, { Authorization: 'Bearer ' + (await token(person.email, person.password ?? PASS)) });
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}
const ME = `{ me { id roles belt journey { belt nextBelt workshopsRun participantsReached requirements { code met progress target } }
  trainingRegistrations(first: 20) { edges { node { training { id title } attended } } }
  workshops(first: 20) { edges { node { id title status city participants coFacilitators { displayName } applications { id status message applicant { displayName } } } } } } }`;
const meOf = async (person) => (await api(person, ME)).me;
const nodes = (c) => c.edges.map((e) => e.node);

/** A page whose console errors are kept, but for the missing /favicon.ico Chromium asks for. */
async function open(lang) {
  const p = await openPage(browser, lang);
  p.seen = [];
  p.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) p.seen.push(`${m.text()} ${m.location().url}`);
  });
  p.on('pageerror', (e) => p.seen.push(String(e)));
  return p;
}

async function check(p, name) {
  assert.deepEqual(await unlabelled(p), [], `every control of ${name} is labelled`);
  await shot(p, name);
  await checkA11y(p, name, assert);
  assert.deepEqual(p.seen, [], `no console error on ${name}`);
}

const heading = (p, text) => p.locator('h1', { hasText: text }).waitFor();
const nav = (p, text) => p.locator('nav.sections').getByRole('link', { name: text, exact: true });

async function trainingId(title) {
  const r = await gql(SPACE, '{ trainings(first: 50) { edges { node { id title seatsLeft } } } }');
  const t = nodes(r.data.trainings).find((n) => n.title === title);
  assert.ok(t, `the training “${title}” is listed publicly`);
  return t;
}

async function memberSignIn(p, T, person, password = person.password) {
  await p.goto(`${BASE}/spaces/${SPACE}/account/sign-in`);
  await heading(p, T.signIn);
  await p.locator('#email').fill(person.email);
  await p.locator('#password').fill(password);
  await p.locator('main form button[type=submit]').click();
  await heading(p, T.homeTitle);
}

for (const lang of ['fr', 'en']) {
  const T = TEXT[lang];

  test(`a yellow belt confirms a sign-up by e-mail, offers to co-facilitate, the organiser accepts, then cancels (${lang})`, async () => {
    const yellow = FIXTURES['facilitatorsYellow_' + lang];
    const organiser = FIXTURES['facilitatorsOrganiser_' + lang];
    const training = await trainingId(T.training);

    // From the public trainings page, without signing in: an address with an account gets a link.
    const p = await open(lang);
    await p.goto(`${BASE}/spaces/${SPACE}/account/trainings`);
    await heading(p, T.trainings);
    await check(p, `member-fac-trainings-${lang}`);
    await p.locator('main a', { hasText: T.training }).click();
    await heading(p, T.training);
    await check(p, `member-fac-training-${lang}`);
    await p.locator('#firstName').fill(yellow.firstName);
    await p.locator('#lastName').fill(yellow.lastName);
    await p.locator('#email').fill(yellow.email);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done', { hasText: T.doneMail }).waitFor();
    await check(p, `member-fac-training-sent-${lang}`);
    // Not registered until the link is followed.
    assert.equal(nodes((await meOf(yellow)).trainingRegistrations).length, 0, 'no registration before the confirmation');

    const [link] = await links(yellow.email, '/trainings/confirm');
    await p.goto(BASE + link);
    await heading(p, T.confirmTitle);
    await p.locator('.done', { hasText: T.confirmed }).waitFor();
    assert.match(p.url(), new RegExp(`/spaces/${SPACE}/account/trainings\\?done=1$`));
    await check(p, `member-fac-confirmed-${lang}`);
    const regs = nodes((await meOf(yellow)).trainingRegistrations);
    assert.deepEqual(
      regs.map((r) => [r.training.id, r.attended]),
      [[training.id, false]],
      'the registration is confirmed',
    );
    assert.equal((await trainingId(T.training)).seatsLeft, training.seatsLeft - 1, 'a seat is taken');

    // The yellow belt's home: the organiser's session among the opportunities.
    await memberSignIn(p, T, yellow);
    await nav(p, T.sessions).waitFor();
    assert.equal(await nav(p, T.course).count(), 1, 'a facilitator has the course too');
    assert.equal(await nav(p, TEXT[lang].trainingsMenu).count(), 0, 'no trainings entry for a facilitator');
    await nav(p, T.sessions).click();
    await heading(p, T.sessions);
    const card = p.locator('.opportunities li.card', { hasText: T.session });
    await card.waitFor();
    await check(p, `member-fac-home-${lang}`);
    await card.locator('textarea').fill(T.message);
    await card.locator('button[type=submit]', { hasText: T.apply }).click();
    await card.locator('.done', { hasText: T.applied }).waitFor();
    await check(p, `member-fac-applied-${lang}`);
    const apps = async () => nodes((await meOf(organiser)).workshops).find((w) => w.title === T.session).applications;
    assert.deepEqual(
      (await apps()).map((a) => [a.status, a.message, a.applicant.displayName]),
      [['PENDING', T.message, `${yellow.firstName} ${yellow.lastName}`]],
    );
    // Withdrawn, then offered again (the same application opens again).
    await card.locator('button', { hasText: T.withdraw }).click();
    await card.locator('.done', { hasText: T.withdrawn }).waitFor();
    assert.deepEqual((await apps()).map((a) => a.status), ['WITHDRAWN']);
    await card.locator('textarea').fill(T.message);
    await card.locator('button[type=submit]', { hasText: T.apply }).click();
    await card.locator('.done', { hasText: T.applied }).waitFor();
    assert.deepEqual((await apps()).map((a) => a.status), ['PENDING']);
    // Where the offer stands comes from the server: the same after reloading the page.
    await p.reload();
    await heading(p, T.sessions);
    await card.locator('.application-status', { hasText: T.pending }).waitFor();
    await card.locator('button', { hasText: T.withdraw }).waitFor();
    assert.equal(await card.locator('textarea').count(), 0, 'no second offer while one is pending');
    await check(p, `member-fac-home-pending-${lang}`);
    await p.context().close();

    // The organiser decides from their counter.
    const o = await open(lang);
    await memberSignIn(o, T, organiser);
    await nav(o, T.counter).click();
    await heading(o, T.counter);
    const ws = o.locator('.my-workshops li.workshop', { hasText: T.session });
    await ws.locator('.application', { hasText: yellow.firstName }).waitFor();
    await check(o, `member-fac-counter-applications-${lang}`);
    await ws.locator('button', { hasText: T.accept }).click();
    await ws.locator('.done', { hasText: T.decided }).waitFor();
    await ws.locator('.application', { hasText: T.accepted }).waitFor();
    await ws.locator('.co', { hasText: yellow.firstName }).waitFor();
    await check(o, `member-fac-counter-accepted-${lang}`);
    const w = nodes((await meOf(organiser)).workshops).find((x) => x.title === T.session);
    assert.deepEqual(w.applications.map((a) => a.status), ['ACCEPTED']);
    assert.deepEqual(w.coFacilitators.map((c) => c.displayName), [`${yellow.firstName} ${yellow.lastName}`]);

    // The session will not take place after all: the organiser cancels it, is asked once more,
    // and the co-facilitator is told by e-mail.
    await ws.locator('button', { hasText: T.cancel }).click();
    await ws.locator('button', { hasText: T.cancelYes }).waitFor();
    await check(o, `member-fac-counter-cancel-ask-${lang}`);
    await ws.locator('button', { hasText: T.cancelYes }).click();
    await ws.locator('.done', { hasText: T.cancelled }).waitFor();
    await ws.locator('.status', { hasText: T.statusCancelled }).waitFor();
    assert.equal(await ws.locator('button', { hasText: T.cancel }).count(), 0, 'no cancel button on a cancelled session');
    await check(o, `member-fac-counter-cancelled-${lang}`);
    assert.equal(nodes((await meOf(organiser)).workshops).find((x) => x.title === T.session).status, 'CANCELLED');
    await eventually(async () => {
      const told = (await mails(yellow.email)).filter((m) => m.subject.includes(T.session) && /annulé|cancelled/.test(m.subject));
      assert.equal(told.length, 1, `one cancellation e-mail to ${yellow.email}`);
      assert.ok(told[0].text.includes(organiser.firstName), 'the e-mail names the organiser');
    });
    await o.context().close();
  });

  test(`a newcomer signs up for a training, activates, is validated, reports a workshop and turns yellow (${lang})`, async () => {
    const trainer = FIXTURES.facilitatorsTrainer;
    const first = lang === 'fr' ? 'Inès' : 'Ivy';
    const last = lang === 'fr' ? 'Stagiaire' : 'Trainee';
    const person = { email: `ines.stagiaire.${lang}@example.org`, password: PASS, firstName: first, lastName: last };
    const training = await trainingId(T.training);

    const p = await open(lang);
    await p.goto(`${BASE}/spaces/${SPACE}/account/trainings/${training.id}`);
    await heading(p, T.training);
    await p.locator('#firstName').fill(first);
    await p.locator('#lastName').fill(last);
    await p.locator('#email').fill(person.email);
    await p.locator('#password').fill(PASS);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done', { hasText: T.doneMail }).waitFor();
    await check(p, `member-fac-newcomer-sent-${lang}`);
    const pending = await gql(SPACE, LOGIN, { e: person.email, p: PASS });
    assert.equal(pending.errors?.[0]?.extensions?.code, 'ACCOUNT_NOT_ACTIVE', 'the new account waits for its activation');

    // Activation from the e-mail, then sign-in.
    const [link] = await links(person.email, '/activate');
    await p.goto(BASE + link);
    await p.locator('.done', { hasText: T.activated }).waitFor();
    let me = await meOf(person);
    assert.ok(me.roles.includes('participant'), `a participant: ${me.roles}`);
    assert.equal(me.belt, null);
    assert.deepEqual(nodes(me.trainingRegistrations).map((r) => [r.training.id, r.attended]), [[training.id, false]]);
    await memberSignIn(p, T, person);
    await nav(p, T.course).waitFor();
    await nav(p, T.trainingsMenu).waitFor();
    assert.equal(await nav(p, T.sessions).count(), 0, 'no facilitator menu for a participant');
    assert.equal(await nav(p, T.journey).count(), 0, 'no journey for a participant');

    // The course: the registration and the resources a participant may read.
    await nav(p, T.course).click();
    await heading(p, T.course);
    await p.locator('.registrations > li', { hasText: T.training }).filter({ hasText: T.notYet }).waitFor();
    await p.locator('.resources > li').first().waitFor();
    await check(p, `member-fac-course-${lang}`);
    const shown = await p.locator('.resources h3').allInnerTexts();
    const readable = nodes(
      (await gql(SPACE, 'query($l: Locale) { resources(locale: $l, first: 50) { edges { node { title } } } }', { l: lang.toUpperCase() }, { Authorization: 'Bearer ' + (await token(person.email, PASS)) })).data
        .resources,
    ).map((r) => r.title);
    assert.deepEqual(shown, readable, 'the course shows what the API lets a participant read');
    assert.ok(shown.includes(T.mooc), `the participants' course material is shown: ${shown}`);
    assert.ok(shown.some((s) => s.toLowerCase().includes(T.checklist.toLowerCase())), `the checklist is shown: ${shown}`);
    assert.ok(!shown.some((s) => s.toLowerCase().includes(T.reportSheet.toLowerCase())), 'not the facilitators’ report sheet');

    // Signed in, the training's page signs up at once: here the server says it is done already.
    await nav(p, T.trainingsMenu).click();
    await heading(p, T.trainings);
    await p.locator('main a', { hasText: T.training }).click();
    await heading(p, T.training);
    await p.locator('main p', { hasText: T.signedInSignup }).waitFor();
    assert.equal(await p.locator('#email').count(), 0, 'no details to give when signed in');
    await p.locator('main form button[type=submit]').click();
    await p.locator('#signup-training-error[role=alert]', { hasText: T.already }).waitFor();
    await check(p, `member-fac-training-signed-in-${lang}`);
    assert.equal(nodes((await meOf(person)).trainingRegistrations).length, 1, 'still one registration');
    await nav(p, T.course).click();
    await heading(p, T.course);

    // The training starts; its trainer validates attendance on the training's sheet in /admin.
    assert.equal((await fetch(`${HOOK}?start=${training.id}`, { method: 'POST' })).status, 204);
    const A = ADMIN[lang];
    const admin = await openPage(browser, lang);
    await signIn(admin, trainer);
    await admin.getByRole('link', { name: A.trainings }).click();
    await admin.getByRole('button', { name: A.past }).click();
    await admin.getByRole('link', { name: T.training }).click();
    await admin.getByLabel(A.attended(`${first} ${last}`)).check();
    const [validated] = await Promise.all([
      admin.waitForResponse((r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('validateAttendance')),
      admin.getByRole('button', { name: A.validate }).click(),
    ]);
    assert.equal((await validated.json()).errors, undefined);
    await admin.close();
    const v = await api(trainer, 'query($t: ID!) { training(id: $t) { registrations { account { id } attended } } }', { t: training.id });
    assert.ok(v.training.registrations.find((r) => r.account.id === me.id).attended, JSON.stringify(v));
    me = await meOf(person);
    assert.equal(me.belt, 'WHITE');
    assert.deepEqual(me.journey.requirements.map((r) => [r.code, r.progress, r.target]), [['WORKSHOPS', 0, 1]]);

    // A white belt now: the course says so, and the facilitator's pages are in the menu.
    await p.reload();
    await heading(p, T.course);
    await p.locator('.registrations > li', { hasText: T.attended }).waitFor();
    await nav(p, T.journey).click();
    await heading(p, T.journey);
    await p.locator('h2', { hasText: T.white }).waitFor();
    await p.locator('h3', { hasText: T.toYellow }).waitFor();
    await p.locator('[data-requirement=WORKSHOPS]', { hasText: T.oneLeft }).waitFor();
    await check(p, `member-fac-journey-white-${lang}`);
    await nav(p, T.sessions).click();
    await heading(p, T.sessions);
    await check(p, `member-fac-home-white-${lang}`);

    // Create a session held yesterday: a wrong date first, flagged before sending.
    await nav(p, T.counter).click();
    await heading(p, T.counter);
    assert.equal(await p.locator('#workshops-run').innerText(), '0');
    await check(p, `member-fac-counter-${lang}`);
    await p.locator('#ws-title').fill(T.mySession);
    await p.locator('#ws-startsAt').fill('31/02/2026 10:00');
    await p.locator('#ws-city').fill('Angers');
    await p.locator('form:has(#ws-title) button[type=submit]').click();
    await p.locator('#ws-startsAt-problem', { hasText: T.badDate }).waitFor();
    await check(p, `member-fac-counter-bad-date-${lang}`);
    const y = new Date(Date.now() - 24 * 3600 * 1000);
    const pad = (n) => String(n).padStart(2, '0');
    await p.locator('#ws-startsAt').fill(`${pad(y.getDate())}/${pad(y.getMonth() + 1)}/${y.getFullYear()} 10:00`);
    await p.locator('form:has(#ws-title) button[type=submit]').click();
    await p.locator('.done', { hasText: T.created }).waitFor();
    const card = p.locator('.my-workshops li.workshop', { hasText: T.mySession });
    await card.waitFor();
    let mine = nodes((await meOf(person)).workshops);
    assert.deepEqual(mine.map((w) => [w.title, w.status, w.city]), [[T.mySession, 'SCHEDULED', 'Angers']]);

    // Edit it: another city, and the yellow belt of the fixtures as co-facilitator.
    const yellow = FIXTURES['facilitatorsYellow_' + lang];
    const yellowRun = (await meOf(yellow)).journey.workshopsRun;
    await card.locator('button[aria-expanded]').click();
    const id = mine[0].id;
    await p.locator(`#edit-${id}-city`).fill('Saumur');
    await p.locator(`#edit-${id}-co`).fill(yellow.email);
    await card.locator(`form:has(#edit-${id}-city) button[type=submit]`).click();
    await card.locator('.done', { hasText: T.edited }).waitFor();
    await card.locator('.co', { hasText: yellow.firstName }).waitFor();
    await check(p, `member-fac-counter-edited-${lang}`);
    mine = nodes((await meOf(person)).workshops);
    assert.equal(mine[0].city, 'Saumur');
    assert.deepEqual(mine[0].coFacilitators.map((c) => c.displayName), [`${yellow.firstName} ${yellow.lastName}`]);

    // Report it: the counter moves and the belt turns yellow.
    await card.locator(`#report-${id}-participants`).fill('9');
    await card.locator(`form:has(#report-${id}-participants) button[type=submit]`).click();
    await p.locator('.done', { hasText: T.reported }).waitFor();
    await card.locator('.status', { hasText: T.reportedStatus }).waitFor();
    await eventually(async () => assert.equal(await p.locator('#workshops-run').innerText(), '1'));
    assert.equal(await p.locator('#participants-reached').innerText(), '9');
    await check(p, `member-fac-counter-reported-${lang}`);
    me = await meOf(person);
    assert.equal(me.belt, 'YELLOW');
    assert.equal(me.journey.workshopsRun, 1);
    assert.equal(me.journey.participantsReached, 9);
    assert.deepEqual(nodes(me.workshops).map((w) => [w.status, w.participants]), [['REPORTED', 9]]);
    assert.equal((await meOf(yellow)).journey.workshopsRun, yellowRun + 1, 'the session counts for its co-facilitator too');

    // My journey: yellow, on the way to orange, the session among the past ones.
    await nav(p, T.journey).click();
    await heading(p, T.journey);
    await p.locator('h2', { hasText: T.yellow }).waitFor();
    await p.locator('h3', { hasText: T.toOrange }).waitFor();
    await p.locator('[data-requirement=WORKSHOPS]', { hasText: T.oneOfTen }).waitFor();
    await p.locator('.past-sessions li', { hasText: T.mySession }).waitFor();
    await check(p, `member-fac-journey-yellow-${lang}`);
    assert.equal(me.journey.nextBelt, 'ORANGE');
    assert.deepEqual(me.journey.requirements.map((r) => [r.code, r.progress, r.target]), [['WORKSHOPS', 1, 10]]);
    await p.context().close();
  });
}
