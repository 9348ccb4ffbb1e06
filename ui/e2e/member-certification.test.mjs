// The certification space's member area (issue 20): a depositor asks for an account from the
// "create an account" page — a wrong SIRET is flagged as it is typed, before anything is sent;
// corrected, the number is recognised — with real PDF documents whose upload progress shows,
// activates with the e-mail's link, is approved by the entity's manager on the entity's page
// (who first downloads one of the documents, and also refuses an earlier request, with a reason), and can then sign in and see the
// entity. In French and in English, each with its own entity and people
// (web/member_certification_browser_test.go); the API is checked after each step, every page is
// screenshotted and checked with axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE, FIXTURES, eventually, gql, launch, openPage, shot, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';
import { links, mails } from './mailsink.mjs';

const SPACE = 'certification';
const SINK = process.env.GUICHET_MAIL_SINK;

const TEXT = {
  fr: {
    register: 'Créer un compte déposant',
    typing: '13 chiffre(s) sur 14.',
    checksum: 'Ce numéro n’est pas un SIRET',
    notDigits: 'Un SIRET compte exactement 14 chiffres',
    fixFirst: 'Corrigez le numéro SIRET avant d’envoyer la demande.',
    found: 'SIRET reconnu : entité SIREN 412 873 659, établissement 00012.',
    doneTitle: 'Demande envoyée : consultez votre messagerie',
    resend: 'Je n’ai pas reçu l’e-mail d’activation',
    activatedPending: 'Votre adresse est confirmée. Votre compte doit encore être validé',
    signIn: 'Connexion',
    signUp: 'Créer un compte',
    notMinistry: 'Une université ou une école publique n’est pas un ministère',
    home: 'Mon compte',
    entityMenu: 'Mon entité',
    approve: (name) => `Valider le compte de ${name}`,
    approved: (name) => `Le compte de ${name} est validé`,
    active: 'Actif',
    noPending: 'Aucun compte n’attend votre validation.',
    depositorRole: 'déposant',
    reason: 'Mandat non signé.',
    reject: (name) => `Refuser la demande de ${name}`,
    rejected: (name) => `La demande de ${name} est refusée`,
    rejectedStatus: 'Refusé',
  },
  en: {
    register: 'Create a depositor account',
    typing: '13 of 14 digits.',
    checksum: 'This number is not a SIRET',
    notDigits: 'A SIRET has exactly 14 digits',
    fixFirst: 'Correct the SIRET number before sending the request.',
    found: 'SIRET recognised: entity SIREN 530 491 287, establishment 00013.',
    doneTitle: 'Request sent: check your e-mail',
    resend: 'I did not get the activation e-mail',
    activatedPending: 'Your address is confirmed. Your account still has to be approved',
    signIn: 'Sign in',
    signUp: 'Create an account',
    notMinistry: 'A university or a public school is not a ministry',
    home: 'My account',
    entityMenu: 'My entity',
    approve: (name) => `Approve ${name}’s account`,
    approved: (name) => `${name}’s account is approved`,
    active: 'Active',
    noPending: 'No account is waiting for your approval.',
    depositorRole: 'depositor',
    reason: 'Mandate not signed.',
    reject: (name) => `Reject ${name}’s request`,
    rejected: (name) => `${name}’s request is rejected`,
    rejectedStatus: 'Rejected',
  },
};

// Each language's entity: its SIRET, a wrong check digit of it, and its legal name (the fixtures').
const ENTITY = {
  fr: { siret: '41287365900012', typed: '412 873 659 00012', wrong: '41287365900013', name: 'Ateliers Lemaire' },
  en: { siret: '53049128700013', typed: '530 491 287 00013', wrong: '53049128700014', name: 'Fairbairn Training' },
};

let browser;
before(async () => {
  assert.ok(SINK, 'GUICHET_MAIL_SINK must be set (web/member_browser_test.go)');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A real one-page PDF saying `text`, padded with comment lines to about `kb` kilobytes. */
function pdf(text, kb) {
  const pad = '% ' + 'x'.repeat(76) + '\n';
  const content = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET\n` + pad.repeat(Math.ceil((kb * 1024) / pad.length));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}endstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = Buffer.byteLength(out);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => String(o).padStart(10, '0') + ' 00000 n \n').join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}



const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token account { email status } } }';
const login = (email, password) => gql(SPACE, LOGIN, { e: email, p: password });
async function asPerson(person, query, variables = {}) {
  const r = await login(person.email, person.password);
  assert.equal(r.errors, undefined, `sign-in of ${person.email}: ${JSON.stringify(r.errors)}`);
  const q = await gql(SPACE, query, variables, { Authorization: 'Bearer ' + r.data.login.token });
  assert.equal(q.errors, undefined, JSON.stringify(q.errors));
  return q.data;
}

async function page0(p, name) {
  assert.deepEqual(await unlabelled(p), [], `every control of ${name} is labelled`);
  await shot(p, name);
  await checkA11y(p, name, assert);
}

const heading = (p, text) => p.locator('h1', { hasText: text }).waitFor();

async function signInForm(p, person) {
  await p.goto(`${BASE}/spaces/${SPACE}/account/sign-in`);
  await p.locator('#email').fill(person.email);
  await p.locator('#password').fill(person.password);
  await p.locator('main form button[type=submit]').click();
}

/** A date `days` before today, as the date field takes it (YYYY-MM-DD). */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

for (const lang of ['fr', 'en']) {
  test(`a depositor registers with documents, activates, and their manager approves them (${lang})`, async () => {
    const T = TEXT[lang];
    const E = ENTITY[lang];
    const depositor = FIXTURES['certDepositor_' + lang];
    const manager = FIXTURES['certManager_' + lang];
    const refused = FIXTURES['certRefused_' + lang];
    const refusedName = `${refused.firstName} ${refused.lastName}`;
    const name = `${depositor.firstName} ${depositor.lastName}`;
    const p = await openPage(browser, lang);
    const errors = [];
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${m.text()} ${m.location().url}`);
    });
    p.on('pageerror', (e) => errors.push(String(e)));

    // The manager's entity exists, with one request waiting (to be refused).
    const before = await asPerson(manager, '{ me { roles entity { name siret } } pendingAccounts(first: 50) { edges { node { email } } } }');
    assert.ok(before.me.roles.includes('entity-manager'));
    assert.equal(before.me.entity.siret, E.siret);
    assert.deepEqual(before.pendingAccounts.edges.map((e) => e.node.email), [refused.email]);

    // From the sign-in page, "Create an account" leads to the depositor's form (in this space).
    await p.goto(`${BASE}/spaces/${SPACE}/account/sign-in`);
    await heading(p, T.signIn);
    for (const where of ['nav', 'main']) {
      await eventually(async () => assert.equal(await p.locator(where + ' a', { hasText: T.signUp }).getAttribute('href'), `/spaces/${SPACE}/account/register`));
    }
    await p.locator('main a', { hasText: T.signUp }).click();
    await heading(p, T.register);
    assert.match(p.url(), new RegExp(`/spaces/${SPACE}/account/register$`));
    assert.equal(await p.evaluate(() => document.documentElement.lang), lang);
    await page0(p, `member-cert-register-${lang}`);

    // A university is not a ministry: the form says so.
    await p.locator('main', { hasText: T.notMinistry }).waitFor();
    // Without a SIRET, the entity is known by its name and address.
    await p.locator('#ministry-yes').check();
    await p.locator('#hasSiret-no').check();
    for (const id of ['#entityName', '#line1', '#line2', '#postalCode', '#city', '#country']) await p.locator(id).waitFor();
    assert.equal(await p.locator('#siret').count(), 0);
    await page0(p, `member-cert-register-address-${lang}`);

    // Another body than a ministry, a company with a SIRET: no address asked.
    await p.locator('#ministry-no').check();
    await p.locator('#entityKind').selectOption('COMPANY');
    await p.locator('#hasSiret-yes').check();
    assert.equal(await p.locator('#line1').count(), 0);

    // A wrong SIRET, typed key by key: unfinished is not wrong; the 14th digit flags it at once.
    const siret = p.locator('#siret');
    await siret.pressSequentially(E.wrong.slice(0, 13));
    await p.locator('#siret-status', { hasText: T.typing }).waitFor();
    assert.equal(await p.locator('[data-testid=siret-bad]').count(), 0, 'not flagged while unfinished');
    await siret.press(E.wrong.at(-1));
    await p.locator('[data-testid=siret-bad]', { hasText: T.checksum }).waitFor();
    assert.equal(await siret.getAttribute('aria-invalid'), 'true');
    assert.equal((await gql(SPACE, 'query($s: String!) { siretCheck(siret: $s) { valid reason } }', { s: E.wrong })).data.siretCheck.reason, 'CHECKSUM', 'the API agrees');
    await page0(p, `member-cert-register-siret-wrong-${lang}`);
    // A letter is flagged as soon as it is typed.
    await siret.fill('');
    await siret.pressSequentially('41A');
    await p.locator('[data-testid=siret-bad]', { hasText: T.notDigits }).waitFor();

    // Corrected (with the spaces people type): recognised by the API.
    await siret.fill(E.typed);
    await p.locator('[data-testid=siret-found]', { hasText: T.found }).waitFor();
    assert.equal(await p.locator('[data-testid=siret-bad]').count(), 0);
    assert.equal(await siret.getAttribute('aria-invalid'), null);
    const check = (await gql(SPACE, 'query($s: String!) { siretCheck(siret: $s) { valid normalized } }', { s: E.typed })).data.siretCheck;
    assert.deepEqual(check, { valid: true, normalized: E.siret });
    await p.locator('#entityName').fill(E.name);

    // The documents: the Kbis, and a mandate delegation since the person is not named on it.
    await p.locator('#legalExistenceProof').setInputFiles({ name: `kbis-${lang}.pdf`, mimeType: 'application/pdf', buffer: pdf('Extrait Kbis', 300) });
    await p.locator('#nameOnDoc-no').check();
    await p.locator('#mandateDelegation').setInputFiles({ name: `mandat-${lang}.pdf`, mimeType: 'application/pdf', buffer: pdf('Delegation de mandat', 200) });
    await p.locator('#mandateSignedOn').fill(daysAgo(10));
    await p.locator('#firstName').fill(depositor.firstName);
    await p.locator('#lastName').fill(depositor.lastName);
    await p.locator('#email').fill(depositor.email);
    await p.locator('#phone').fill('01 23 45 67 89');
    await p.locator('#password').fill(depositor.password);
    await page0(p, `member-cert-register-filled-${lang}`);

    // Sent over a slow upload, so that the progress of each file shows.
    const cdp = await p.context().newCDPSession(p);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 256 * 1024 });
    await p.evaluate(() => {
      // Every value a progress bar takes while the form is sent.
      window.seenProgress = [];
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('form progress')) window.seenProgress.push(el.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
    });
    await p.locator('main form button[type=submit]').click();
    await p.locator('form .cert-files progress').first().waitFor();
    assert.equal(await p.locator('form .cert-files progress').count(), 2, 'one progress bar per file');
    await shot(p, `member-cert-register-sending-${lang}`);
    await heading(p, T.doneTitle);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const seen = await p.evaluate(() => window.seenProgress);
    assert.ok(seen.some((v) => v > 0 && v < 1), `the progress moved between 0 and 1 (${seen.slice(0, 20).join(', ')})`);
    assert.deepEqual(await p.locator('.cert-files progress').evaluateAll((els) => els.map((e) => e.value)), [1, 1], 'both files sent');
    await p.locator('main', { hasText: depositor.email }).waitFor();
    await p.locator('main a', { hasText: T.resend }).waitFor();
    await page0(p, `member-cert-register-done-${lang}`);
    assert.equal((await login(depositor.email, depositor.password)).errors?.[0]?.extensions?.code, 'ACCOUNT_NOT_ACTIVE', 'waiting for its activation');

    // The e-mail's link activates the address; the account now waits for the manager.
    const activation = await links(depositor.email, '/activate', 1);
    await p.goto(BASE + activation.at(-1));
    await p.locator('.done', { hasText: T.activatedPending }).waitFor();
    assert.match(p.url(), new RegExp(`/spaces/${SPACE}/account/activate`));
    await page0(p, `member-cert-activated-${lang}`);
    assert.equal((await login(depositor.email, depositor.password)).errors?.[0]?.extensions?.code, 'ACCOUNT_NOT_ACTIVE', 'waiting for approval');
    const waiting = await asPerson(manager, '{ pendingAccounts(first: 50) { edges { node { email status entity { siret } documents { kind filename } } } } }');
    assert.deepEqual(
      waiting.pendingAccounts.edges.map((e) => e.node).filter((n) => n.email !== refused.email),
      [
        {
          email: depositor.email,
          status: 'PENDING_APPROVAL',
          entity: { siret: E.siret },
          documents: [
            { kind: 'LEGAL_EXISTENCE_PROOF', filename: `kbis-${lang}.pdf` },
            { kind: 'MANDATE_DELEGATION', filename: `mandat-${lang}.pdf` },
          ],
        },
      ],
      'the request, its entity and documents, for its manager',
    );
    assert.equal(waiting.pendingAccounts.edges.length, 2, 'and the earlier one');

    // The manager signs in, opens the entity's page and approves the account.
    const m = await openPage(browser, lang);
    await signInForm(m, manager);
    await heading(m, T.home);
    await m.locator('nav a', { hasText: T.entityMenu }).click();
    await heading(m, T.entityMenu);
    await m.locator('[data-testid=entity]', { hasText: E.name }).waitFor();
    const card = m.locator('[data-testid=pending-depositor]', { hasText: depositor.email });
    await card.waitFor();
    await card.locator('li', { hasText: `kbis-${lang}.pdf` }).waitFor();
    await card.locator('li', { hasText: `mandat-${lang}.pdf` }).waitFor();
    // The manager reads a document before approving: it downloads with the session, as sent,
    // and answers nobody without it.
    const doc = card.locator('a.download', { hasText: `kbis-${lang}.pdf` });
    const [download] = await Promise.all([m.waitForEvent('download'), doc.click()]);
    assert.equal(download.suggestedFilename(), `kbis-${lang}.pdf`);
    const got = await readFile(await download.path());
    assert.equal(got.subarray(0, 9).toString(), '%PDF-1.4\n', 'the PDF as it was sent');
    assert.ok(got.length > 300 * 1000, `the whole PDF (${got.length} bytes)`);
    assert.equal((await fetch(BASE + (await doc.getAttribute('href')))).status, 404, 'not without the session');
    await page0(m, `member-cert-entity-pending-${lang}`);
    await card.locator('button', { hasText: T.approve(name) }).click();
    await m.locator('.done', { hasText: T.approved(name) }).waitFor();
    await eventually(async () => assert.equal(await m.locator('[data-testid=pending-depositor]').count(), 1, 'only the earlier request is left'));
    await m.locator('[data-testid=member]', { hasText: name }).filter({ hasText: T.active }).waitFor();
    await page0(m, `member-cert-entity-approved-${lang}`);
    const mid = await asPerson(manager, '{ pendingAccounts(first: 50) { edges { node { email } } } me { entity { members(first: 50) { edges { node { displayName status } } } } } }');
    assert.deepEqual(mid.pendingAccounts.edges.map((e) => e.node.email), [refused.email]);
    assert.ok(mid.me.entity.members.edges.some((e) => e.node.displayName === name && e.node.status === 'ACTIVE'));

    // The earlier request is refused, with a reason the person receives.
    const other = m.locator('[data-testid=pending-depositor]', { hasText: refused.email });
    await other.locator('summary').click();
    await other.locator('textarea').fill(T.reason);
    await page0(m, `member-cert-entity-reject-${lang}`);
    await other.locator('button', { hasText: T.reject(refusedName) }).click();
    await m.locator('.done', { hasText: T.rejected(refusedName) }).waitFor();
    await m.locator('main', { hasText: T.noPending }).waitFor();
    await m.locator('[data-testid=member]', { hasText: refusedName }).filter({ hasText: T.rejectedStatus }).waitFor();
    const after = await asPerson(manager, '{ pendingAccounts(first: 50) { totalCount } me { entity { members(first: 50) { edges { node { displayName status } } } } } }');
    assert.equal(after.pendingAccounts.totalCount, 0);
    assert.ok(after.me.entity.members.edges.some((e) => e.node.displayName === refusedName && e.node.status === 'REJECTED'));
    await eventually(async () => assert.ok((await mails(refused.email)).some((x) => x.text.includes(T.reason)), 'the reason is e-mailed'));
    await m.context().close();

    // The depositor can now sign in, and sees the entity.
    const mine = await asPerson(depositor, '{ me { status roles entity { name siret manager { displayName } } } }');
    assert.equal(mine.me.status, 'ACTIVE');
    assert.ok(mine.me.roles.includes('depositor') && !mine.me.roles.includes('entity-manager'));
    assert.deepEqual(mine.me.entity, { name: E.name, siret: E.siret, manager: { displayName: `${manager.firstName} ${manager.lastName}` } });
    await signInForm(p, depositor);
    await heading(p, T.home);
    await p.locator('nav a', { hasText: T.entityMenu }).click();
    await heading(p, T.entityMenu);
    await p.locator('[data-testid=entity]', { hasText: `${manager.firstName} ${manager.lastName}` }).filter({ hasText: T.depositorRole }).waitFor();
    assert.equal(await p.locator('[data-testid=pending-depositor]').count(), 0, 'a depositor approves nothing');
    await page0(p, `member-cert-entity-depositor-${lang}`);

    assert.deepEqual(errors, [], 'no error in the console (CSP included)');
    await p.context().close();
  });
}
