// The member area (issue 20 part 2): a person signs up in the facilitators' space from the
// help center's header, asks for the activation link again, activates with the link from the
// e-mail, signs in, changes language, password and e-mail address, signs out, resets a
// forgotten password and signs in again — in French and in English, with the public API checked
// after each step, axe run and a screenshot taken on each page. The e-mails are read from the
// Go harness's mail sink (GUICHET_MAIL_SINK, web/member_browser_test.go).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, eventually, gql, launch, openPage, shot, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';
import { links } from './mailsink.mjs';

const SPACE = 'facilitators';
const SINK = process.env.GUICHET_MAIL_SINK;
const PASS1 = 'Tournesol-Velo-42!';
const PASS2 = 'Girafe-Bateau-77?';
const PASS3 = 'Citron-Plume-58#';

const TEXT = {
  fr: {
    signIn: 'Connexion',
    signInButton: 'Se connecter',
    signUp: 'Créer un compte',
    signUpButton: 'Créer mon compte',
    notActive: 'Ce compte n’est pas encore activé',
    resend: 'Recevoir à nouveau le lien d’activation',
    policy: 'Le mot de passe ne respecte pas les règles de cet espace.',
    activated: 'Votre compte est activé.',
    home: 'Mon compte',
    homeLink: 'Accueil',
    hello: 'Bonjour',
    profile: 'Mon profil',
    password: 'Mot de passe',
    email: 'Adresse e-mail',
    signOut: 'Se déconnecter',
    forgot: 'Mot de passe oublié ?',
    forced: 'Pour continuer, choisissez un nouveau mot de passe.',
  },
  en: {
    signIn: 'Sign in',
    signInButton: 'Sign in',
    signUp: 'Create an account',
    signUpButton: 'Create my account',
    notActive: 'This account is not activated yet',
    resend: 'Get the activation link again',
    policy: 'The password does not follow the rules of this space.',
    activated: 'Your account is activated.',
    home: 'My account',
    homeLink: 'Home',
    hello: 'Hello',
    profile: 'My profile',
    password: 'Password',
    email: 'E-mail address',
    signOut: 'Sign out',
    forgot: 'Forgot your password?',
    forced: 'To continue, choose a new password.',
  },
};

let browser;
before(async () => {
  assert.ok(SINK, 'GUICHET_MAIL_SINK must be set (web/member_browser_test.go)');
  browser = await launch();
});
after(async () => {
  await browser?.close();
});



const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token passwordResetRequired account { email status } } }';
const login = (email, password) => gql(SPACE, LOGIN, { e: email, p: password });
async function me(email, password) {
  const r = await login(email, password);
  assert.equal(r.errors, undefined, `sign-in of ${email}: ${JSON.stringify(r.errors)}`);
  const m = await gql(SPACE, '{ me { email firstName lastName locale status } }', {}, { Authorization: 'Bearer ' + r.data.login.token });
  return m.data.me;
}

async function page0(p, name, assertPage = true) {
  if (assertPage) assert.deepEqual(await unlabelled(p), [], `every control of ${name} is labelled`);
  await shot(p, name);
  await checkA11y(p, name, assert);
}

const heading = (p, text) => p.locator('h1', { hasText: text }).waitFor();

async function signInForm(p, T, email, password) {
  await heading(p, T.signIn);
  await p.locator('#email').fill(email);
  await p.locator('#password').fill(password);
  await p.locator('main form button[type=submit]').click();
}

for (const lang of ['fr', 'en']) {
  const other = lang === 'fr' ? 'en' : 'fr';
  test(`a person signs up, activates, signs in and manages the account (${lang})`, async () => {
    const T = TEXT[lang];
    const U = TEXT[other]; // after the preferred language changes
    const email = `lea.membre.${lang}@example.org`;
    const newEmail = `lea.nouvelle.${lang}@example.org`;
    const p = await openPage(browser, lang);
    // Console errors, but for the help center's missing /favicon.ico (Chromium asks for it on
    // the first page of a browser; the server-rendered pages name no icon).
    const errors = [];
    p.on('console', (m) => {
      if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
    });
    p.on('pageerror', (e) => errors.push(String(e)));

    // From the help center's header to the member area's sign-in page.
    await p.goto(`${BASE}/spaces/${SPACE}/${lang}/`);
    await p.locator('header a.account').click();
    await heading(p, T.signIn);
    assert.equal(await p.evaluate(() => document.documentElement.lang), lang);
    await page0(p, `member-signin-${lang}`);

    // Sign-up: the server's refusal of a weak password, in the page's language, then done.
    await p.locator('main a', { hasText: T.signUp }).click();
    await heading(p, T.signUp);
    await p.locator('#firstName').fill('Léa');
    await p.locator('#lastName').fill('Membre');
    await p.locator('#email').fill(email);
    await eventually(async () => assert.notEqual((await p.locator('#password-rules').textContent()).trim(), '', 'the space\'s password rules are shown'));
    await p.locator('#password').fill('court');
    await p.locator('main form button[type=submit]').click();
    await p.locator('#signup-error', { hasText: T.policy }).waitFor();
    assert.ok((await p.locator('#signup-error li').count()) >= 1, 'each broken rule is listed');
    await page0(p, `member-signup-error-${lang}`);
    await p.locator('#password').fill(PASS1);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done', { hasText: email }).waitFor();
    await page0(p, `member-signup-done-${lang}`);
    const pending = await login(email, PASS1);
    assert.equal(pending.errors?.[0]?.extensions?.code, 'ACCOUNT_NOT_ACTIVE', 'the account waits for its activation');
    await links(email, '/activate', 1);

    // Signing in before activating: the server's message, and the way to the link again.
    await p.locator('main a', { hasText: T.signInButton }).click();
    await signInForm(p, T, email, PASS1);
    await p.locator('#signin-error', { hasText: T.notActive }).waitFor();
    await p.locator('main a', { hasText: T.resend }).click();
    await heading(p, T.resend);
    await p.locator('#email').fill(email);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    await page0(p, `member-resend-${lang}`);
    const activation = await links(email, '/activate', 2);

    // The e-mail's link (/activate?token=…, no space in it) activates the account.
    await p.goto(BASE + activation.at(-1));
    await p.locator('.done', { hasText: T.activated }).waitFor();
    assert.match(p.url(), new RegExp(`/spaces/${SPACE}/account/activate`));
    await page0(p, `member-activate-${lang}`);
    assert.equal((await me(email, PASS1)).status, 'ACTIVE');

    // Sign in.
    await p.locator('main a', { hasText: T.signInButton }).click();
    await signInForm(p, T, email, PASS1);
    await heading(p, T.home);
    await p.locator('main', { hasText: `${T.hello} Léa Membre` }).waitFor();
    await page0(p, `member-home-${lang}`);

    // Profile: the preferred language becomes the other one; the interface follows.
    await p.locator('nav a', { hasText: T.profile }).click();
    await heading(p, T.profile);
    assert.equal(await p.locator('#locale').inputValue(), lang.toUpperCase());
    await page0(p, `member-profile-${lang}`);
    await p.locator('#locale').selectOption(other.toUpperCase());
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    await p.waitForFunction((l) => document.documentElement.lang === l, other);
    assert.equal((await me(email, PASS1)).locale, other.toUpperCase());

    // Password: changed; the old one no longer signs in, the page stays signed in.
    await p.locator('nav a', { hasText: U.password }).click();
    await heading(p, U.password);
    await p.locator('#currentPassword').fill(PASS1);
    await p.locator('#newPassword').fill(PASS2);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    await page0(p, `member-password-${lang}`);
    assert.equal((await login(email, PASS1)).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await me(email, PASS2)).email, email);
    await p.locator('header nav').getByRole('link', { name: U.homeLink, exact: true }).click();
    await p.locator('main', { hasText: email }).waitFor();

    // Sign out, and in again with the new password.
    await p.locator('header button', { hasText: U.signOut }).click();
    await signInForm(p, U, email, PASS2);
    await heading(p, U.home);

    // E-mail address: the link sent to the new address confirms it.
    await p.locator('nav a', { hasText: U.email }).click();
    await heading(p, U.email);
    await p.locator('#newEmail').fill(newEmail);
    await p.locator('#password').fill(PASS2);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done', { hasText: newEmail }).waitFor();
    await page0(p, `member-email-${lang}`);
    const confirm = await links(newEmail, '/confirm-email', 1);
    await p.goto(BASE + confirm.at(-1));
    await p.locator('.done', { hasText: newEmail }).waitFor();
    await page0(p, `member-email-confirmed-${lang}`);
    assert.equal((await me(newEmail, PASS2)).email, newEmail);

    // Forgotten password: the link sets a new one, which signs in.
    await p.locator('header button', { hasText: U.signOut }).click();
    await heading(p, U.signIn);
    await p.locator('main a', { hasText: U.forgot }).click();
    await p.locator('#email').fill(newEmail);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    await page0(p, `member-forgot-${lang}`);
    const reset = await links(newEmail, '/reset-password', 1);
    await p.goto(BASE + reset.at(-1));
    await p.locator('#newPassword').fill(PASS3);
    await page0(p, `member-reset-${lang}`);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    assert.equal((await me(newEmail, PASS3)).email, newEmail);
    await p.locator('main a', { hasText: U.signInButton }).click();
    await signInForm(p, U, newEmail, PASS3);
    await heading(p, U.home);

    assert.deepEqual(errors, [], 'no error in the console (CSP included)');
    await p.context().close();
  });
}

for (const lang of ['fr', 'en']) {
  test(`an account of the former system chooses a new password at its first sign-in (${lang})`, async () => {
    const T = TEXT[lang];
    const person = FIXTURES['memberForced_' + lang];
    const p = await openPage(browser, lang);
    await p.goto(`${BASE}/spaces/${SPACE}/account/`);
    await signInForm(p, T, person.email, person.password);
    await heading(p, T.password);
    await p.locator('.notice', { hasText: T.forced }).waitFor();
    assert.equal(await p.locator('nav a', { hasText: T.profile }).count(), 0, 'nothing else is offered before');
    await page0(p, `member-forced-${lang}`);
    // Another address, typed in or reloaded, leads back to the password form.
    await p.goto(`${BASE}/spaces/${SPACE}/account/profile`);
    await p.locator('.notice', { hasText: T.forced }).waitFor();
    await p.locator('#currentPassword').fill(person.password);
    await p.locator('#newPassword').fill(PASS2);
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done').waitFor();
    const r = await login(person.email, PASS2);
    assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.equal(r.data.login.passwordResetRequired, false, 'the obligation is lifted');
    await p.locator('header nav').getByRole('link', { name: T.homeLink, exact: true }).click();
    await p.locator('main', { hasText: `${T.hello} Ada Ancien` }).waitFor();
    await p.context().close();
  });
}
