// Shared by the browser tests: the server's address and people (set by the Go test
// web/admin_browser_test.go), headless Debian Chromium through playwright-core, and the
// public API to check what readers see.
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// The server and the people of the journeys come from web/admin_browser_test.go (make
// test-ui); without them the tests fail rather than pass by skipping.
if (!process.env.GUICHET_URL || !process.env.GUICHET_FIXTURES) {
  throw new Error('GUICHET_URL and GUICHET_FIXTURES must be set: run make test-ui');
}
export const BASE = process.env.GUICHET_URL.replace(/\/$/, '');
export const FIXTURES = JSON.parse(readFileSync(process.env.GUICHET_FIXTURES, 'utf8'));
export const ARTIFACTS = process.env.GUICHET_ARTIFACTS ?? fileURLToPath(new URL('./artifacts/', import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** A fresh browser context whose browser language is `lang`; console errors are collected (CSP violations show there). */
export async function openPage(browser, lang = 'fr') {
  const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', viewport: { width: 1400, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('dialog', (d) => d.accept());
  page.setDefaultTimeout(15_000);
  return page;
}

export async function signIn(page, person) {
  await page.goto(BASE + '/admin/');
  await page.locator('#space').selectOption(person.space);
  await page.locator('#email').fill(person.email);
  await page.locator('#password').fill(person.password);
  await page.locator('form button[type=submit]').click();
  await page.locator('header button', { hasText: /Se déconnecter|Sign out/ }).waitFor();
}

export async function setLang(page, lang) {
  await page.locator(`.langs button[lang=${lang}]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, name + '.png'), fullPage: true });
}

/** A GraphQL request to a space's public API, as a reader (no session). */
export async function gql(space, query, variables = {}, headers = {}) {
  const res = await fetch(`${BASE}/spaces/${space}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

export async function publicGuide(space, slug, locale) {
  const r = await gql(space, 'query($slug: String!, $locale: Locale) { guide(slug: $slug, locale: $locale) { locale slug title body translations { locale slug title } } }', { slug, locale });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.guide;
}

/** Retries an assertion until it passes (the UI updates after the server answers). */
export async function eventually(fn, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Form controls and buttons without an accessible name (every control must be labelled). */
export function unlabelled(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.type === 'hidden') continue;
      if ((el.labels && el.labels.length > 0) || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) continue;
      bad.push(el.outerHTML.slice(0, 120));
    }
    for (const el of document.querySelectorAll('button, a[href]')) {
      if ((el.textContent ?? '').trim() || el.getAttribute('aria-label')) continue;
      bad.push(el.outerHTML.slice(0, 120));
    }
    return bad;
  });
}
