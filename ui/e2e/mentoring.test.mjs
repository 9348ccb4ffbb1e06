// Mentoring staff (issue 19), in each language: an organisation and its program approved, an
// onboarding session created with the app's own date field (a day picked in its calendar with
// the keyboard), a program's registration and an access request with its notice seen; each
// step checked on the public API as the organisation's admin sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, shot, eventually, unlabelled } from './helpers.mjs';
import { gqlAs } from './api19.mjs';

const staff = FIXTURES.mentoringStaff;
const orgAdmin = FIXTURES.orgAdmin;
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const L = {
  fr: {
    menu: 'Organisations et programmes',
    entities: 'Entités',
    reject: 'Refuser…',
    reason: /Motif du refus/,
    details: 'Programmes et demandes d’accès',
    approve: 'Valider',
    approved: /approuvé/,
    approvedOption: 'approuvée',
    sessions: 'Sessions d’accueil',
    day: '15/01/2099 09:30',
    said: /15 janvier 2099/,
    focused: /jeudi 15 janvier 2099/,
    next: /vendredi 16 janvier 2099/,
    picked: '16/01/2099 09:30',
    iso: '2099-01-16',
    create: 'Créer la session',
    created: /Session créée/,
    card: '16 janv. 2099',
    seats: /3 place\(s\) libre\(s\) sur 4/,
    invited: 'Administrateur invité',
    notDate: 'pas une date',
  },
  en: {
    menu: 'Organisations and programs',
    entities: 'Entities',
    reject: 'Reject…',
    reason: /Reason for rejecting/,
    details: 'Programs and access requests',
    approve: 'Approve',
    approved: /approved/,
    approvedOption: 'approved',
    sessions: 'Onboarding sessions',
    day: '15/02/2099 09:30',
    said: /15 February 2099/,
    focused: /Sunday,? 15 February 2099/,
    next: /Monday,? 16 February 2099/,
    picked: '16/02/2099 09:30',
    iso: '2099-02-16',
    create: 'Create the session',
    created: /Session created/,
    card: '16 Feb 2099',
    seats: /3 seat\(s\) left of 4/,
    invited: 'Invited administrator',
    notDate: 'not a date',
  },
};

for (const lang of ['fr', 'en']) {
  const l = L[lang];
  test(`mentoring staff approve an organisation and a program, create a session and see a registration (${lang})`, async () => {
    const stamp = Date.now().toString(36);
    const orgName = `Tremplin ${stamp}`;
    const progTitle = lang === 'fr' ? `Mentorat ${stamp}` : `Mentoring ${stamp}`;
    const { createOrganization } = await gqlAs(orgAdmin, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id status } } }', {
      i: { name: orgName, city: 'Lyon', website: 'https://tremplin.example.org' },
    });
    const orgId = createOrganization.organization.id;
    const { createProgram } = await gqlAs(orgAdmin, 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id status } } }', {
      i: { organizationId: orgId, titleFr: `Mentorat ${stamp}`, titleEn: `Mentoring ${stamp}`, responseLevel: 2, contactEmail: orgAdmin.email },
    });
    const progId = createProgram.program.id;
    const statusOf = async () =>
      (await gqlAs(orgAdmin, 'query($id: ID!) { organization(id: $id) { status programs(first: 10) { edges { node { id status } } } } }', { id: orgId })).organization;

    const page = await openPage(browser, lang);
    await signIn(page, staff);
    await page.getByRole('link', { name: l.menu }).click();
    assert.equal(await page.getByRole('link', { name: l.entities, exact: true }).count(), 0, 'no certification screens in the mentoring space');
    const orgCard = page.locator('[data-testid=organization]', { hasText: orgName });
    await orgCard.waitFor();
    await page.locator('[data-testid=program]', { hasText: progTitle }).waitFor();
    await orgCard.getByRole('button', { name: l.reject }).click();
    await orgCard.getByLabel(l.reason).waitFor();
    assert.deepEqual(await unlabelled(page), []);
    await orgCard.getByRole('button', { name: l.reject }).click();
    await orgCard.getByRole('button', { name: l.details }).click();
    await orgCard.locator('[data-testid=organization-details]', { hasText: progTitle }).waitFor();
    await shot(page, 'mentoring-' + lang);

    // The organisation first: its program may be approved only then.
    await orgCard.getByRole('button', { name: l.approve, exact: true }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), l.approved));
    await eventually(async () => assert.equal((await statusOf()).status, 'APPROVED'));
    await eventually(async () => assert.equal(await page.locator('[data-testid=organization]', { hasText: orgName }).count(), 0));
    const progCard = page.locator('[data-testid=program]', { hasText: progTitle });
    await progCard.getByRole('button', { name: l.approve, exact: true }).click();
    await eventually(async () => assert.equal((await statusOf()).programs.edges.find((e) => e.node.id === progId).node.status, 'APPROVED'));
    await eventually(async () => assert.equal(await page.locator('[data-testid=program]', { hasText: progTitle }).count(), 0));

    // An onboarding session: a date typed, then the next day picked in the calendar by keyboard.
    await page.getByRole('link', { name: l.sessions }).click();
    await page.locator('#session-start').fill('not a date');
    await page.locator('[data-testid=session-start-said]', { hasText: l.notDate }).waitFor();
    await page.locator('#session-start').fill(l.day);
    await eventually(async () => assert.match(await page.locator('[data-testid=session-start-said]').innerText(), l.said));
    await page.locator('#session-start + button').click();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    await eventually(async () => assert.match(await focused(), l.focused));
    await page.keyboard.press('ArrowRight');
    await eventually(async () => assert.match(await focused(), l.next));
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#session-start').inputValue(), l.picked);
    await page.locator('#session-capacity').fill('4');
    assert.deepEqual(await unlabelled(page), []);
    await page.getByRole('button', { name: l.create }).click();
    await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), l.created));
    const sessions = await gqlAs(orgAdmin, '{ onboardingSessions(first: 50) { edges { node { id startsAt capacity seatsLeft } } } }');
    const session = sessions.onboardingSessions.edges.map((e) => e.node).find((s) => s.startsAt.startsWith(l.iso));
    assert.ok(session, 'the session is offered to programs');
    assert.equal(session.capacity, 4);

    // The organisation's admin registers the program; staff see who registered which program.
    await gqlAs(orgAdmin, 'mutation($s: ID!, $p: ID!) { registerForOnboarding(sessionId: $s, programId: $p) { ok } }', { s: session.id, p: progId });
    await page.reload();
    const card = page.locator('[data-testid=session]', { hasText: l.card });
    await eventually(async () => assert.match(await card.locator('[data-testid=registrations]').innerText(), new RegExp(`${progTitle}[\\s\\S]*${orgName}[\\s\\S]*Oscar Orga`)));
    assert.match(await card.innerText(), l.seats);
    await shot(page, 'onboarding-' + lang);

    // The organisation's admin asks for platform access: staff read the request and its notice.
    await gqlAs(orgAdmin, 'mutation($i: PlatformAccessRequestInput!) { requestPlatformAccess(input: $i) { request { id } } }', {
      i: { programId: progId, adminFirstName: 'Alice', adminLastName: 'Martin', adminPhone: '+33612345678', adminEmail: 'alice.martin@example.org', acceptTerms: true },
    });
    await page.getByRole('link', { name: l.menu }).click();
    await page.locator('#org-status').selectOption({ label: l.approvedOption });
    const approved = page.locator('[data-testid=organization]', { hasText: orgName });
    await approved.getByRole('button', { name: l.details }).click();
    const requests = approved.locator('[data-testid=access-requests]');
    await eventually(async () => assert.match(await requests.innerText(), /Alice Martin[\s\S]*alice\.martin@example\.org/));
    assert.match(await requests.innerText(), new RegExp(l.invited));
    assert.match(await requests.locator('blockquote').first().innerText(), new RegExp(orgName));
    await shot(page, 'access-requests-' + lang);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
