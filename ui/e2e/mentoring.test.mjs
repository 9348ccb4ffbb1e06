// Mentoring staff (issue 19): an organisation and its program approved, an onboarding session
// created with the app's own date field, and a program's registration seen; each step checked
// on the public API as the organisation's admin sees it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { FIXTURES, launch, openPage, signIn, setLang, shot, eventually, unlabelled } from './helpers.mjs';
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

test('mentoring staff approve an organisation and a program, create a session and see a registration', async () => {
  const stamp = Date.now().toString(36);
  const orgName = `Tremplin ${stamp}`;
  const progTitle = `Mentorat ${stamp}`;
  const { createOrganization } = await gqlAs(orgAdmin, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id status } } }', {
    i: { name: orgName, city: 'Lyon', website: 'https://tremplin.example.org' },
  });
  const orgId = createOrganization.organization.id;
  const { createProgram } = await gqlAs(orgAdmin, 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { program { id status } } }', {
    i: { organizationId: orgId, titleFr: progTitle, titleEn: `Mentoring ${stamp}`, responseLevel: 2, contactEmail: orgAdmin.email },
  });
  const progId = createProgram.program.id;
  const statusOf = async () =>
    (await gqlAs(orgAdmin, 'query($id: ID!) { organization(id: $id) { status programs(first: 10) { edges { node { id status } } } } }', { id: orgId })).organization;

  const page = await openPage(browser, 'fr');
  await signIn(page, staff);
  await page.getByRole('link', { name: 'Organisations et programmes' }).click();
  assert.equal(await page.getByRole('link', { name: 'Entités', exact: true }).count(), 0, 'no certification screens in the mentoring space');
  const orgCard = page.locator('[data-testid=organization]', { hasText: orgName });
  await orgCard.waitFor();
  await page.locator('[data-testid=program]', { hasText: progTitle }).waitFor();
  await orgCard.getByRole('button', { name: 'Refuser…' }).click();
  await orgCard.getByLabel(/Motif du refus/).waitFor();
  assert.deepEqual(await unlabelled(page), []);
  await orgCard.getByRole('button', { name: 'Refuser…' }).click();
  await orgCard.getByRole('button', { name: 'Programmes et demandes d’accès' }).click();
  await orgCard.locator('[data-testid=organization-details]', { hasText: progTitle }).waitFor();
  await shot(page, 'mentoring-fr');
  await setLang(page, 'en');
  await page.locator('h1', { hasText: 'Organisations and programs to review' }).waitFor();
  await shot(page, 'mentoring-en');
  await setLang(page, 'fr');

  // The organisation first: its program may be approved only then.
  await orgCard.getByRole('button', { name: 'Valider', exact: true }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /approuvé/));
  await eventually(async () => assert.equal((await statusOf()).status, 'APPROVED'));
  await eventually(async () => assert.equal(await page.locator('[data-testid=organization]', { hasText: orgName }).count(), 0));
  const progCard = page.locator('[data-testid=program]', { hasText: progTitle });
  await progCard.getByRole('button', { name: 'Valider', exact: true }).click();
  await eventually(async () => assert.equal((await statusOf()).programs.edges.find((e) => e.node.id === progId).node.status, 'APPROVED'));
  await eventually(async () => assert.equal(await page.locator('[data-testid=program]', { hasText: progTitle }).count(), 0));

  // An onboarding session: a date typed in French, then a day picked in the calendar with the keyboard.
  await page.getByRole('link', { name: 'Sessions d’accueil' }).click();
  await page.locator('#session-start').fill('15/01/2099 09:30');
  await eventually(async () => assert.match(await page.locator('[data-testid=session-start-said]').innerText(), /15 janvier 2099/));
  await page.getByRole('button', { name: 'Calendrier' }).click();
  // The calendar opens on the typed day; the arrow keys move, Enter picks.
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  await eventually(async () => assert.match(await focused(), /jeudi 15 janvier 2099/));
  await page.keyboard.press('ArrowRight');
  await eventually(async () => assert.match(await focused(), /vendredi 16 janvier 2099/));
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#session-start').inputValue(), '16/01/2099 09:30');
  await page.locator('#session-capacity').fill('4');
  assert.deepEqual(await unlabelled(page), []);
  await page.getByRole('button', { name: 'Créer la session' }).click();
  await eventually(async () => assert.match(await page.locator('[data-testid=status]').innerText(), /Session créée/));
  const sessions = await gqlAs(orgAdmin, '{ onboardingSessions(first: 50) { edges { node { id startsAt capacity seatsLeft } } } }');
  const session = sessions.onboardingSessions.edges.map((e) => e.node).find((s) => s.startsAt.startsWith('2099-01-16'));
  assert.ok(session, 'the session is offered to programs');
  assert.equal(session.capacity, 4);

  // The organisation's admin registers the program; staff see who registered which program.
  await gqlAs(orgAdmin, 'mutation($s: ID!, $p: ID!) { registerForOnboarding(sessionId: $s, programId: $p) { ok } }', { s: session.id, p: progId });
  await page.reload();
  const card = page.locator('[data-testid=session]', { hasText: '16 janv. 2099' });
  await eventually(async () => assert.match(await card.locator('[data-testid=registrations]').innerText(), new RegExp(`${progTitle}[\\s\\S]*${orgName}[\\s\\S]*Oscar Orga`)));
  assert.match(await card.innerText(), /3 place\(s\) libre\(s\) sur 4/);
  await shot(page, 'onboarding-fr');

  // The organisation's admin asks for platform access: staff read the request and its notice.
  await gqlAs(orgAdmin, 'mutation($i: PlatformAccessRequestInput!) { requestPlatformAccess(input: $i) { request { id } } }', {
    i: { programId: progId, adminFirstName: 'Alice', adminLastName: 'Martin', adminPhone: '+33612345678', adminEmail: 'alice.martin@example.org', acceptTerms: true },
  });
  await page.getByRole('link', { name: 'Organisations et programmes' }).click();
  await page.locator('#org-status').selectOption({ label: 'approuvée' });
  const approved = page.locator('[data-testid=organization]', { hasText: orgName });
  await approved.getByRole('button', { name: 'Programmes et demandes d’accès' }).click();
  const requests = approved.locator('[data-testid=access-requests]');
  await eventually(async () => assert.match(await requests.innerText(), /Alice Martin[\s\S]*alice\.martin@example\.org/));
  assert.match(await requests.locator('blockquote').first().innerText(), /Alice/);
  await shot(page, 'access-requests-fr');
  await setLang(page, 'en');
  await requests.locator('text=Invited administrator').first().waitFor();
  await shot(page, 'access-requests-en');
  await setLang(page, 'fr');
  await page.getByRole('link', { name: 'Sessions d’accueil' }).click();
  await page.locator('[data-testid=session]').first().waitFor();
  await setLang(page, 'en');
  await page.locator('h1', { hasText: 'Onboarding sessions' }).waitFor();
  await page.locator('#session-start').fill('not a date');
  await page.locator('[data-testid=session-start-said]', { hasText: 'This is not a date' }).waitFor();
  await shot(page, 'onboarding-en');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
