// The member area's mentoring journey (issue 20): an org-admin signs in, sees their
// organisations and programs (the seed's table), registers an organisation and a program,
// registers their approved program for an onboarding session, requests access to the
// e-mentoring platform with a logo (previewed before it is sent) after accepting the terms, and
// sees the notice pinned on the organisation; the administrator named in the request opens the
// invitation e-mail's link, sets a password under the space's rules (a bad one first) and signs
// in — in French and in English, each with its own people (web/member_mentoring_browser_test.go),
// the public API checked after each step, axe run and a screenshot taken on each page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { BASE, FIXTURES, eventually, gql, launch, openPage, shot, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';
import { links } from './mailsink.mjs';

const SPACE = 'mentoring';
const SINK = process.env.GUICHET_MAIL_SINK;
const GOOD = 'Tournesol-Velo-42!';

const TEXT = {
  fr: {
    signIn: 'Connexion',
    home: 'Mon compte',
    orgsMenu: 'Mes organismes',
    orgsTitle: 'Mes organismes et programmes',
    onboardingMenu: 'Séances d’intégration',
    onboardingTitle: 'Séances d’intégration et de formation',
    accessMenu: 'Accès à la plateforme',
    accessTitle: 'Demande d’accès à la plateforme de mentorat virtuel',
    approved: 'Approuvé',
    pending: 'En attente',
    org: 'Science Jeunesse',
    program: 'Génies en herbe',
    newOrg: 'Atelier Nord',
    newProgram: 'Petits chimistes',
    registered: 'est inscrit à la séance',
    requestAccess: 'Demander l’accès',
    onboardingRequired: 'Inscrivez d’abord le programme à une séance d’intégration et de formation',
    toOnboarding: 'Inscrire le programme à une séance d’intégration',
    terms: 'Lisez et acceptez les conditions d’utilisation',
    pinned: 'Avis épinglé',
    sent: 'va recevoir une invitation',
    noticeStart: 'Une invitation à la plateforme de mentorat virtuel a été envoyée pour « Science Jeunesse »',
    inviteTitle: 'Accepter l’invitation',
    policy: 'Le mot de passe ne respecte pas les règles de cet espace.',
    inviteDone: 'est actif',
    signInLink: 'Se connecter',
  },
  en: {
    signIn: 'Sign in',
    home: 'My account',
    orgsMenu: 'My organizations',
    orgsTitle: 'My organizations and programs',
    onboardingMenu: 'Onboarding sessions',
    onboardingTitle: 'Onboarding and training sessions',
    accessMenu: 'Platform access',
    accessTitle: 'Request access to the e-mentoring platform',
    approved: 'Approved',
    pending: 'Pending',
    org: 'Youth Science Lab',
    program: 'Budding Geniuses',
    newOrg: 'North Workshop',
    newProgram: 'Little Chemists',
    registered: 'is registered for the session',
    requestAccess: 'Request access',
    onboardingRequired: 'Register the program for an onboarding and training session first',
    toOnboarding: 'Register the program for an onboarding session',
    terms: 'Read and accept the terms of use',
    pinned: 'Pinned notice',
    sent: 'will receive an invitation',
    noticeStart: 'An invitation to the e-mentoring platform was sent for “Youth Science Lab”',
    inviteTitle: 'Accept the invitation',
    policy: 'The password does not follow the rules of this space.',
    inviteDone: 'is active',
    signInLink: 'Sign in',
  },
};

let browser;
let dir;
before(async () => {
  assert.ok(SINK, 'GUICHET_MAIL_SINK must be set (web/member_browser_test.go)');
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'member-mentoring-'));
});
after(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// A real PNG file: w×h, opaque RGB, as a designer's logo export would be.
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(w, h) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) rows.set([(x * 255) / w, 90, (y * 255) / h], y * (w * 3 + 1) + 1 + x * 3);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}



const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
async function token(email, password) {
  const r = await gql(SPACE, LOGIN, { e: email, p: password });
  assert.equal(r.errors, undefined, `sign-in of ${email}: ${JSON.stringify(r.errors)}`);
  return r.data.login.token;
}
async function as(tok, query, variables = {}) {
  const r = await gql(SPACE, query, variables, { Authorization: 'Bearer ' + tok });
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}
const PROGRAMS = '{ programs(first: 100) { totalCount edges { node { id title status responseLevel organization { id name status } contact { displayName } } } } }';
const ORG = 'query($id: ID!, $locale: Locale) { organization(id: $id) { id name status pinnedNotices(locale: $locale) { text pinned request { id status programTitle adminEmail logoUrl } } } }';
const REGISTRATIONS = '{ onboardingSessions(first: 50) { edges { node { id language seatsLeft registrations { program { id title } registeredBy { displayName } } } } } }';

async function page0(p, name) {
  assert.deepEqual(await unlabelled(p), [], `every control of ${name} is labelled`);
  await shot(p, name);
  await checkA11y(p, name, assert);
}

const heading = (p, text) => p.locator('h1', { hasText: text }).waitFor();

async function signIn(p, T, email, password) {
  await heading(p, T.signIn);
  await p.locator('#email').fill(email);
  await p.locator('#password').fill(password);
  await p.locator('main form button[type=submit]').click();
  await heading(p, T.home);
}

for (const lang of ['fr', 'en']) {
  test(`an org-admin requests platform access with a logo and sees the notice; the invitation sets a password (${lang})`, async () => {
    const T = TEXT[lang];
    const admin = FIXTURES['mentoringOrgAdmin_' + lang];
    const staff = FIXTURES['mentoringStaff_' + lang];
    const invitee = `platform.admin.${lang}@example.org`;
    const adminTok = await token(admin.email, admin.password);
    const staffTok = await token(staff.email, staff.password);
    const p = await openPage(browser, lang);

    // Sign in; the menu has the mentoring pages.
    await p.goto(`${BASE}/spaces/${SPACE}/account/sign-in`);
    await signIn(p, T, admin.email, admin.password);
    await p.locator('nav a', { hasText: T.accessMenu }).waitFor();
    await p.locator('nav a', { hasText: T.onboardingMenu }).waitFor();

    // The organisations and programs: the seed's table, as the API lists them.
    await p.locator('nav a', { hasText: T.orgsMenu }).click();
    await heading(p, T.orgsTitle);
    const before = (await as(adminTok, PROGRAMS)).programs;
    const program = before.edges.map((e) => e.node).find((n) => n.title === T.program);
    assert.ok(program, 'the fixture program is listed by the API');
    assert.equal(program.status, 'APPROVED');
    const row = p.locator(`#programs-table tr[data-program="${program.id}"]`);
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    assert.deepEqual(cells.slice(0, 5), [T.program, T.org, program.contact.displayName, T.approved, String(program.responseLevel)]);
    await p.locator(`#organizations-table tr[data-organization="${program.organization.id}"]`, { hasText: T.approved }).waitFor();
    await p.locator('h2', { hasText: `(${before.totalCount})` }).waitFor();
    await page0(p, `member-mentoring-orgs-${lang}`);

    // A new organisation, and a new program of the approved one: both wait for staff.
    await p.locator('#org-name').fill(T.newOrg);
    await p.locator('#org-city').fill('Montréal');
    await p.locator('#organization-form button[type=submit]').click();
    await p.locator('#organization-form .done', { hasText: T.newOrg }).waitFor();
    await p.locator('#organizations-table tr', { hasText: T.newOrg }).filter({ hasText: T.pending }).waitFor();
    const mine = (await as(adminTok, '{ me { roleAssignments { role scope } } }')).me.roleAssignments.filter((a) => a.role === 'org-admin');
    assert.equal(mine.length, 2, 'the org-admin now administers two organisations');
    await p.locator('#program-org').selectOption({ label: T.org });
    await p.locator(lang === 'fr' ? '#program-title-fr' : '#program-title-en').fill(T.newProgram);
    await p.locator('#program-level').selectOption('3');
    await p.locator('#program-contact-email').fill(admin.email);
    await p.locator('#program-form button[type=submit]').click();
    await p.locator('#program-form .done').waitFor();
    await p.locator('#programs-table tr', { hasText: T.newProgram }).filter({ hasText: T.pending }).waitFor();
    const added = (await as(adminTok, PROGRAMS)).programs.edges.map((e) => e.node).find((n) => n.title === T.newProgram);
    assert.equal(added?.status, 'PENDING');
    assert.equal(added.responseLevel, 3);
    assert.equal(added.organization.id, program.organization.id);
    await page0(p, `member-mentoring-orgs-created-${lang}`);

    // Asking for access before onboarding: refused, with the way to the sessions.
    await p.locator('#programs-table a', { hasText: T.requestAccess }).click();
    await heading(p, T.accessTitle);
    await p.locator('#admin-first-name').fill('Jane');
    await p.locator('#admin-last-name').fill('Doe');
    await p.locator('#admin-phone').fill('514 555-5555');
    await p.locator('#admin-email').fill(invitee);
    await p.locator('#access-terms').check();
    await p.locator('#access-form button[type=submit]').click();
    await p.locator('#access-error', { hasText: T.onboardingRequired }).waitFor();
    await page0(p, `member-mentoring-access-onboarding-required-${lang}`);
    assert.equal((await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices.length, 0, 'nothing recorded');

    // Onboarding: the program registers for the session in its language.
    await p.locator('main a', { hasText: T.toOnboarding }).click();
    await heading(p, T.onboardingTitle);
    const sessions = (await as(staffTok, REGISTRATIONS)).onboardingSessions.edges.map((e) => e.node);
    const session = sessions.find((s) => s.language === lang.toUpperCase() && s.registrations.length === 0);
    assert.ok(session, 'a session in the language, nobody registered yet');
    await p.locator(`#sessions-table tr[data-session="${session.id}"]`).waitFor();
    await page0(p, `member-mentoring-onboarding-${lang}`);
    assert.equal(await p.locator('#onboarding-program').inputValue(), program.id, 'the program of the refused request is chosen');
    await p.locator('#onboarding-session').selectOption(session.id);
    await p.locator('#onboarding-program').selectOption(program.id);
    await p.locator('#onboarding-form button[type=submit]').click();
    await p.locator('#onboarding-form .done', { hasText: T.registered }).waitFor();
    const after1 = (await as(staffTok, REGISTRATIONS)).onboardingSessions.edges.map((e) => e.node).find((s) => s.id === session.id);
    assert.deepEqual(after1.registrations.map((r) => [r.program.id, r.registeredBy.displayName]), [[program.id, `${admin.firstName} ${admin.lastName}`]]);
    assert.equal(after1.seatsLeft, session.seatsLeft - 1);
    await p.locator(`#sessions-table tr[data-session="${session.id}"] td`, { hasText: String(after1.seatsLeft) }).waitFor();

    // The access request: only approved programs are offered; the title is locked.
    await p.locator('nav a', { hasText: T.accessMenu }).click();
    await heading(p, T.accessTitle);
    assert.equal(await p.locator('#access-programs a', { hasText: T.newProgram }).count(), 0, 'a pending program is not offered');
    await p.locator('#access-programs a', { hasText: T.program }).click();
    await p.locator('#access-form').waitFor();
    assert.match(p.url(), new RegExp(`/spaces/${SPACE}/account/access-request/${program.id}$`));
    assert.equal(await p.locator('#access-title').inputValue(), T.program);
    assert.equal(await p.locator('#access-title').evaluate((el) => el.readOnly), true, 'the program title cannot be changed');
    await p.locator('#admin-first-name').fill('Jane');
    await p.locator('#admin-last-name').fill('Doe');
    await p.locator('#admin-phone').fill('514 555-5555');
    await p.locator('#admin-email').fill(invitee);
    // The logo: a real PNG file, previewed from a local object URL before anything is sent.
    const file = join(dir, `logo-${lang}.png`);
    writeFileSync(file, png(300, 300));
    await p.locator('#access-logo').setInputFiles(file);
    const preview = p.locator('#logo-preview');
    await preview.waitFor();
    assert.match(await preview.getAttribute('src'), /^blob:/);
    await p.waitForFunction(() => document.querySelector('#logo-preview')?.naturalWidth === 300);
    assert.equal((await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices.length, 0, 'nothing sent yet');
    await page0(p, `member-mentoring-access-form-${lang}`);
    // The terms are required: the server says so, in the page's language.
    await p.locator('#access-form button[type=submit]').click();
    await p.locator('#access-error', { hasText: T.terms }).waitFor();
    assert.equal((await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices.length, 0, 'nothing recorded');
    await p.locator('#access-terms').check();
    await p.locator('#access-form button[type=submit]').click();
    await p.locator('main .done', { hasText: T.sent }).waitFor();

    // The notice, pinned on the organisation, shown on the request page.
    const org = (await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization;
    assert.equal(org.pinnedNotices.length, 1);
    const [notice] = org.pinnedNotices;
    assert.equal(notice.pinned, true);
    assert.equal(notice.request.status, 'PENDING');
    assert.equal(notice.request.programTitle, T.program);
    assert.equal(notice.request.adminEmail, invitee);
    assert.ok(notice.request.logoUrl, 'the logo was stored');
    const logoAt = new URL(notice.request.logoUrl);
    const logo = await fetch(BASE + logoAt.pathname);
    assert.equal(logo.status, 200);
    assert.equal(logo.headers.get('content-type'), 'image/png');
    assert.ok(notice.text.startsWith(T.noticeStart), notice.text);
    const shown = p.locator(`#notices .m-pinned[data-request="${notice.request.id}"]`);
    await shown.waitFor();
    assert.equal((await shown.locator('p').nth(0).textContent()).trim(), T.pinned);
    assert.equal((await shown.locator('p').nth(1).textContent()).trim(), notice.text);
    assert.equal(await p.locator('#access-form').count(), 0, 'one open request per organisation: no second form');
    await p.locator('#cancel-request').waitFor();
    await p.waitForFunction((id) => document.querySelector(`#notices [data-request="${id}"] img`)?.naturalWidth === 300, notice.request.id);
    await page0(p, `member-mentoring-notice-${lang}`);

    // Cancelled: the notice is no longer pinned, the form is back; asked again, pinned again.
    await p.locator('#cancel-request').click();
    await p.locator('#notices .done').waitFor();
    const cancelledNotices = (await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices;
    assert.deepEqual(cancelledNotices.map((n) => [n.pinned, n.request.id, n.request.status]), [[false, notice.request.id, 'CANCELLED']]);
    await p.locator(`#notices .m-notice[data-request="${notice.request.id}"][data-status="CANCELLED"]`).waitFor();
    assert.equal(await p.locator('#notices .m-pinned').count(), 0);
    await p.locator('#logo-preview').waitFor();
    await p.locator('#access-form button[type=submit]').click();
    await p.locator('main .done', { hasText: T.sent }).waitFor();
    const again = (await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices;
    assert.deepEqual(again.map((n) => [n.pinned, n.request.status]), [[true, 'PENDING'], [false, 'CANCELLED']]);
    await p.locator(`#notices .m-pinned[data-request="${again[0].request.id}"]`).waitFor();
    await page0(p, `member-mentoring-notice-again-${lang}`);

    // The invitation: the named administrator opens the e-mail's link in their own browser;
    // the cancelled request's link no longer works.
    const sent = await links(invitee, '/accept-invitation', 2);
    const q = await openPage(browser, lang);
    await q.goto(BASE + sent[0]);
    await heading(q, T.inviteTitle);
    await q.waitForURL(new RegExp(`/spaces/${SPACE}/account/invitation\\?token=`));
    await q.locator('#invite-password').fill(GOOD);
    await q.locator('#invite-confirm').fill(GOOD);
    await q.locator('#invitation-form button[type=submit]').click();
    await q.locator('#invite-error').filter({ hasText: /./ }).waitFor();
    assert.equal((await gql(SPACE, LOGIN, { e: invitee, p: GOOD })).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'the old link made no account');
    const link = sent.at(-1);
    await q.goto(BASE + link);
    await heading(q, T.inviteTitle);
    await q.waitForURL(new RegExp(`/spaces/${SPACE}/account/invitation\\?token=`));
    await eventually(async () => assert.notEqual((await q.locator('#password-rules').textContent()).trim(), '', 'the space\'s password rules are shown'));
    await page0(q, `member-mentoring-invitation-${lang}`);
    // A password that breaks the rules: refused, each broken rule listed; the link still works.
    await q.locator('#invite-password').fill('court');
    await q.locator('#invite-confirm').fill('court');
    await q.locator('#invitation-form button[type=submit]').click();
    await q.locator('#invite-error', { hasText: T.policy }).waitFor();
    assert.ok((await q.locator('#invite-error li').count()) >= 1, 'each broken rule is listed');
    assert.equal((await gql(SPACE, LOGIN, { e: invitee, p: 'court' })).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    await page0(q, `member-mentoring-invitation-error-${lang}`);
    await q.locator('#invite-password').fill(GOOD);
    await q.locator('#invite-confirm').fill(GOOD);
    await q.locator('#invitation-form button[type=submit]').click();
    await q.locator('main .done', { hasText: T.inviteDone }).waitFor();
    await page0(q, `member-mentoring-invitation-done-${lang}`);
    const inviteeTok = await token(invitee, GOOD);
    const me = (await as(inviteeTok, '{ me { email status roles } }')).me;
    assert.equal(me.status, 'ACTIVE');
    assert.ok(me.roles.includes('program-admin'), `the invitee administers the program: ${me.roles}`);
    const completed = (await as(adminTok, ORG, { id: program.organization.id, locale: lang.toUpperCase() })).organization.pinnedNotices;
    assert.deepEqual(completed.map((n) => [n.pinned, n.request.status]), [[false, 'COMPLETED'], [false, 'CANCELLED']]);

    // And signs in, in the mentoring space, where the platform's pages are in the menu.
    await q.locator('main a', { hasText: T.signInLink }).click();
    await signIn(q, T, invitee, GOOD);
    assert.match(q.url(), new RegExp(`/spaces/${SPACE}/account/`));
    await q.locator('nav a', { hasText: T.accessMenu }).waitFor();
    await page0(q, `member-mentoring-invitee-home-${lang}`);
    assert.deepEqual(p.errors, [], 'no console error on the org-admin\'s pages');
    assert.deepEqual(q.errors, [], 'no console error on the invitee\'s pages');
    await p.context().close();
    await q.context().close();
  });
}
