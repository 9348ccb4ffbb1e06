// The facilitators' shared sections of the member area (issue 20): "a green belt co-opts an
// orange one" — the orange belt asks for the green belt on Peer validation, the green belt
// co-opts them with a comment, the candidate sees the co-optation in their journey — then the
// community (news, a local group joined, one's directory entry, the directory searched by city
// and belt showing only what each shares, the indicators), Resources, Pros, and Help (a
// facilitator-only guide, the FAQ, search, the contact form reaching support). In French and
// in English, each with its own people (web/member_community_browser_test.go); the API is
// checked after each step, axe run and a screenshot taken on every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, FIXTURES, eventually, gql, launch, openPage, shot, unlabelled } from './helpers.mjs';
import { checkA11y } from './axe.mjs';

const SPACE = 'facilitators';

const TEXT = {
  fr: {
    signIn: 'Connexion',
    home: 'Mon compte',
    menu: { community: 'Communauté', resources: 'Ressources', pros: 'Pros', peers: 'Validation par les pairs', help: 'Aide' },
    peersTitle: 'Validation par les pairs',
    ask: 'Demander la cooptation pour la ceinture Verte',
    asked: 'Votre demande de ceinture Verte est ouverte',
    coOpt: (n) => `Coopter ${n}`,
    comment: (n) => `Commentaire pour ${n}`,
    coOpted: (n) => `Vous avez coopté ${n}.`,
    twoNeeded: 'Cooptations : 1 sur 2',
    request: (n) => `Votre demande de ceinture Verte du ${new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })} : ${n} cooptation(s) sur 2.`,
    newsTitle: 'Actualités de la communauté',
    groups: 'Groupes locaux',
    group: 'Animateurs de Lyon',
    join: 'Rejoindre ce groupe',
    leave: 'Quitter ce groupe',
    joined: 'Vous avez rejoint le groupe',
    directory: 'Annuaire',
    directoryTitle: 'Annuaire des animateurs',
    myEntry: 'Ma fiche dans l’annuaire',
    saved: 'Votre fiche est enregistrée.',
    belt: 'Ceinture',
    green: 'Verte',
    city: 'Ville',
    search: 'Rechercher',
    found: (n) => `${n} animateur(s) trouvé(s)`,
    indicators: 'Indicateurs',
    indicatorsTitle: 'Indicateurs de la communauté',
    resourcesTitle: 'Ressources',
    prosTitle: 'Ateliers professionnels',
    apply: 'Proposer de co-animer',
    helpTitle: 'Aide',
    restricted: 'Réservé aux animateurs',
    guideSlug: 'validation-par-les-pairs',
    faq: 'Questions fréquentes',
    faqTitle: 'Questions fréquentes',
    searchWord: 'cooptation',
    contact: 'Nous écrire',
    send: 'Envoyer',
    sent: 'Votre message est envoyé au support.',
    bio: 'J’anime en binôme dans les médiathèques de la région.',
  },
  en: {
    signIn: 'Sign in',
    home: 'My account',
    menu: { community: 'Community', resources: 'Resources', pros: 'Pros', peers: 'Peer validation', help: 'Help' },
    peersTitle: 'Peer validation',
    ask: 'Ask to be co-opted for the Green belt',
    asked: 'Your request for the Green belt is open',
    coOpt: (n) => `Co-opt ${n}`,
    comment: (n) => `Comment for ${n}`,
    coOpted: (n) => `You co-opted ${n}.`,
    twoNeeded: 'Co-optations: 1 of 2',
    request: (n) => `Your request for the Green belt of ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}: ${n} co-optation(s) of 2.`,
    newsTitle: 'Community news',
    groups: 'Local groups',
    group: 'Nantes group',
    join: 'Join this group',
    leave: 'Leave this group',
    joined: 'You joined the group',
    directory: 'Directory',
    directoryTitle: 'Facilitator directory',
    myEntry: 'My directory entry',
    saved: 'Your entry is saved.',
    belt: 'Belt',
    green: 'Green',
    city: 'City',
    search: 'Search',
    found: (n) => `${n} facilitator(s) found`,
    indicators: 'Indicators',
    indicatorsTitle: 'Community indicators',
    resourcesTitle: 'Resources',
    prosTitle: 'Professional workshops',
    apply: 'Offer to co-facilitate',
    helpTitle: 'Help',
    restricted: 'For facilitators',
    guideSlug: 'peer-validation',
    faq: 'FAQ',
    faqTitle: 'Frequently asked questions',
    searchWord: 'co-opt',
    contact: 'Contact us',
    send: 'Send',
    sent: 'Your message was sent to support.',
    bio: 'I co-facilitate in the libraries of the area.',
  },
};
const CITY = { fr: 'Grenoble', en: 'Bordeaux' };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const person = (key, lang) => {
  const p = FIXTURES[`community_${key}_${lang}`];
  assert.ok(p, `fixture community_${key}_${lang} (web/member_community_browser_test.go)`);
  return { ...p, name: `${p.firstName} ${p.lastName}` };
};

/** The person's session on the API, to check what the pages did. */
async function tokenOf(p) {
  const r = await gql(SPACE, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: p.email, p: p.password });
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data.login.token;
}
async function as(p, query, variables = {}) {
  const r = await gql(SPACE, query, variables, { Authorization: 'Bearer ' + (await tokenOf(p)) });
  return r;
}
async function ok(p, query, variables = {}) {
  const r = await as(p, query, variables);
  assert.equal(r.errors, undefined, JSON.stringify(r.errors));
  return r.data;
}

async function check(p, name) {
  assert.deepEqual(await unlabelled(p), [], `every control of ${name} is labelled`);
  await shot(p, name);
  await checkA11y(p, name, assert);
}

const heading = (p, text) => p.locator('h1', { hasText: text }).waitFor();
// Exact names: "Aide" is also in "Centre d’aide", "Annuaire" in "Ma fiche dans l’annuaire".
const menu = (p, label) => p.locator('nav.sections').getByRole('link', { name: label, exact: true }).click();
const tab = (p, label) => p.locator('nav.subnav').getByRole('link', { name: label, exact: true }).click();

async function memberSignIn(lang, who) {
  const T = TEXT[lang];
  const p = await openPage(browser, lang);
  await p.goto(`${BASE}/spaces/${SPACE}/account/sign-in`);
  await heading(p, T.signIn);
  await p.locator('#email').fill(who.email);
  await p.locator('#password').fill(who.password);
  await p.locator('main form button[type=submit]').click();
  await heading(p, T.home);
  // The facilitators' menu, in the language of the page.
  for (const label of Object.values(T.menu)) await p.locator('nav.sections').getByRole('link', { name: label, exact: true }).waitFor();
  return p;
}

const JOURNEY = 'query { me { belt journey { nextBelt requirements { code progress target } coOptations { by { displayName } belt comment } } } }';
const REQUESTS = '{ beltValidationRequests(first: 50) { edges { node { id belt candidate { displayName } coOptations { by { displayName } } } } } }';

for (const lang of ['fr', 'en']) {
  const T = TEXT[lang];

  test(`a green belt co-opts an orange one (${lang})`, async () => {
    const candidate = person('candidate', lang);
    const coopter = person('coopter', lang);
    const other = person('blue', lang); // another who may co-opt

    // The orange belt asks for the green belt on Peer validation.
    const c = await memberSignIn(lang, candidate);
    await menu(c, T.menu.peers);
    await heading(c, T.peersTitle);
    await check(c, `community-peers-candidate-${lang}`);
    assert.equal((await ok(candidate, JOURNEY)).me.journey.nextBelt, 'GREEN');
    await c.locator('main button', { hasText: T.ask }).click();
    await c.locator('.done', { hasText: T.asked }).waitFor();
    await c.locator('#peers-request', { hasText: T.request(0) }).waitFor();
    assert.equal(await c.locator('main button', { hasText: T.ask }).count(), 0, 'asked once');
    await check(c, `community-peers-asked-${lang}`);
    const open = (await ok(coopter, REQUESTS)).beltValidationRequests.edges.map((e) => e.node).filter((n) => n.candidate.displayName === candidate.name);
    assert.equal(open.length, 1, 'the green belt may co-opt the request made in the page');
    assert.equal(open[0].belt, 'GREEN');
    const again = await as(candidate, 'mutation { requestBeltValidation { request { id } } }');
    assert.equal(again.errors?.[0]?.extensions?.code, 'CONFLICT', 'the request is made once');

    // The green belt co-opts them with a comment.
    const g = await memberSignIn(lang, coopter);
    await menu(g, T.menu.peers);
    await heading(g, T.peersTitle);
    const comment = lang === 'fr' ? 'Odile anime avec beaucoup de rigueur et d’écoute.' : 'Owen runs workshops with great care and patience.';
    await g.getByLabel(T.comment(candidate.name)).fill(comment);
    await check(g, `community-peers-coopter-${lang}`);
    await g.locator('main button', { hasText: T.coOpt(candidate.name) }).click();
    await g.locator('.done', { hasText: T.coOpted(candidate.name) }).waitFor();
    await eventually(async () => assert.equal(await g.locator('main button', { hasText: T.coOpt(candidate.name) }).count(), 0, 'a request is co-opted once'));
    await check(g, `community-peers-coopted-${lang}`);
    assert.equal((await ok(coopter, REQUESTS)).beltValidationRequests.edges.filter((e) => e.node.candidate.displayName === candidate.name).length, 0);
    const stillOpen = (await ok(other, REQUESTS)).beltValidationRequests.edges.map((e) => e.node).find((n) => n.candidate.displayName === candidate.name);
    assert.deepEqual(stillOpen?.coOptations.map((x) => x.by.displayName), [coopter.name], 'others see the co-optation so far');
    const j = (await ok(candidate, JOURNEY)).me;
    assert.equal(j.belt, 'ORANGE', 'two co-optations are needed');
    assert.deepEqual(j.journey.coOptations.map((x) => [x.by.displayName, x.belt, x.comment]), [[coopter.name, 'GREEN', comment]]);

    // The candidate sees the co-optation in their journey.
    await c.reload();
    await heading(c, T.peersTitle);
    await c.locator('#peers-received-list li', { hasText: coopter.name }).waitFor();
    assert.match(await c.locator('#peers-received-list').textContent(), new RegExp(comment.slice(0, 20)));
    await c.locator('#peers-requirements li', { hasText: T.twoNeeded }).waitFor();
    await c.locator('#peers-request', { hasText: T.request(1) }).waitFor();
    const own = (await ok(candidate, '{ me { nextBeltRequest { belt status coOptations { by { displayName } } } } }')).me.nextBeltRequest;
    assert.deepEqual([own.belt, own.status, own.coOptations.map((x) => x.by.displayName)], ['GREEN', 'OPEN', [coopter.name]]);
    await check(c, `community-peers-journey-${lang}`);
    await c.context().close();
    await g.context().close();
  });

  test(`a facilitator uses the community, resources, pros and help (${lang})`, async () => {
    const me = person('coopter', lang);
    const shares = person('shares', lang);
    const blue = person('blue', lang);
    const hidden = person('hidden', lang);
    const staff = person('staff', lang);
    const locale = lang.toUpperCase();
    const p = await memberSignIn(lang, me);

    // News, newest first, and a post's page.
    await menu(p, T.menu.community);
    await heading(p, T.newsTitle);
    const news = (await ok(me, 'query($l: Locale) { news(first: 5, locale: $l) { edges { node { slug title } } } }', { l: locale })).news.edges.map((e) => e.node);
    assert.ok(news.length > 0, 'the space has news');
    assert.equal((await p.locator('main .cards h2').first().textContent()).trim(), news[0].title);
    await check(p, `community-news-${lang}`);
    await p.locator('main .cards h2 a').first().click();
    await heading(p, news[0].title);
    await check(p, `community-news-post-${lang}`);

    // A local group: join it, and be among its members.
    await tab(p, T.groups);
    await heading(p, T.groups);
    await check(p, `community-groups-${lang}`);
    await p.locator('main .cards a', { hasText: T.group }).click();
    await heading(p, T.group);
    await p.locator('main button', { hasText: T.join }).click();
    await p.locator('.done', { hasText: T.joined }).waitFor();
    await p.locator('main button', { hasText: T.leave }).waitFor();
    await p.locator('main ul.people li', { hasText: me.name }).waitFor();
    await check(p, `community-group-${lang}`);
    const groupId = decodeURIComponent(new URL(p.url()).pathname.split('/').pop());
    const group = (await ok(me, 'query($id: ID!) { localGroup(id: $id) { viewerIsMember members(first: 50) { edges { node { displayName } } } } }', { id: groupId })).localGroup;
    assert.equal(group.viewerIsMember, true);
    assert.ok(group.members.edges.some((e) => e.node.displayName === me.name), 'a member of the group, on the API too');

    // My directory entry: listed, in the city, with a presentation and the e-mail shown.
    await tab(p, T.myEntry);
    await heading(p, T.myEntry);
    await p.locator('#dir-listed').check();
    await p.locator('#dir-profile-city').fill(CITY[lang]);
    await p.locator('#dir-lang-FR').check();
    await p.locator(lang === 'fr' ? '#dir-bio-fr' : '#dir-bio-en').fill(T.bio);
    await p.locator('#dir-show-email').check();
    await p.locator('main form button[type=submit]').click();
    await p.locator('.done', { hasText: T.saved }).waitFor();
    await check(p, `community-directory-entry-${lang}`);
    const mine = (await ok(me, '{ me { directoryProfile { listed city languages bioFr bioEn showEmail } } }')).me.directoryProfile;
    assert.equal(mine.listed, true);
    assert.equal(mine.city, CITY[lang]);
    assert.equal(mine.showEmail, true);
    assert.equal(lang === 'fr' ? mine.bioFr : mine.bioEn, T.bio);

    // The directory by city and belt: only the listed green belts, each with what they share.
    await tab(p, T.directory);
    await heading(p, T.directoryTitle);
    await p.locator('#dir-city').fill(CITY[lang]);
    await p.getByLabel(T.belt, { exact: true }).selectOption('GREEN');
    await p.locator('main form[role=search] button[type=submit]').click();
    await p.locator('#directory-count', { hasText: T.found(2) }).waitFor();
    const cards = p.locator('#directory-results li');
    const names = (await cards.locator('h2').allTextContents()).map((s) => s.trim()).sort();
    assert.deepEqual(names, [me.name, shares.name].sort(), 'neither the blue belt nor the unlisted one');
    const sharesCard = cards.filter({ hasText: shares.name });
    assert.match(await sharesCard.textContent(), lang === 'fr' ? /écoles et les associations/ : /schools and neighbourhood/);
    assert.equal(await sharesCard.locator('a[href^="mailto:"]').count(), 0, 'no e-mail for who did not share it');
    assert.equal(await cards.filter({ hasText: me.name }).locator(`a[href="mailto:${me.email}"]`).count(), 1);
    await check(p, `community-directory-${lang}`);
    const dir = (await ok(me, 'query($c: String, $b: Belt) { facilitatorDirectory(city: $c, belt: $b, first: 20) { totalCount entries { displayName contactEmail } } }', { c: CITY[lang], b: 'GREEN' })).facilitatorDirectory;
    assert.equal(dir.totalCount, 2);
    assert.deepEqual(dir.entries.map((e) => [e.displayName, e.contactEmail]).sort(), [[me.name, me.email], [shares.name, null]].sort());
    const all = (await ok(me, 'query($c: String) { facilitatorDirectory(city: $c, first: 20) { entries { displayName } } }', { c: CITY[lang] })).facilitatorDirectory.entries.map((e) => e.displayName);
    assert.ok(all.includes(blue.name) && !all.includes(hidden.name), 'the blue belt is listed, the hidden one never');

    // The indicators, as the API counts them.
    await tab(p, T.indicators);
    await heading(p, T.indicatorsTitle);
    const ind = (await ok(me, '{ communityIndicators { facilitators workshopsReported } }')).communityIndicators;
    await eventually(async () => assert.equal((await p.locator('#ind-facilitators').textContent()).trim(), String(ind.facilitators)));
    assert.equal((await p.locator('#ind-workshops').textContent()).trim(), String(ind.workshopsReported));
    await check(p, `community-indicators-${lang}`);

    // Resources: the facilitators' files, downloadable.
    await menu(p, T.menu.resources);
    await heading(p, T.resourcesTitle);
    const res = (await ok(me, 'query($l: Locale) { resources(locale: $l, first: 50) { edges { node { title url audience } } } }', { l: locale })).resources.edges.map((e) => e.node);
    const restricted = res.find((r) => r.audience === 'FACILITATOR');
    assert.ok(restricted, 'a resource for facilitators only');
    const link = p.locator(`main a.download[href="${new URL(restricted.url).pathname}"]`);
    await link.waitFor().catch(async (e) => {
      console.log((await p.locator('main').innerHTML()).slice(0, 3000));
      throw e;
    });
    // A restricted file answers only with the session: the page fetches it with it.
    const [download] = await Promise.all([p.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), new URL(restricted.url).pathname.split('/').pop());
    assert.equal((await fetch(BASE + new URL(restricted.url).pathname)).status, 404, 'not without it');
    const anon = (await gql(SPACE, 'query($l: Locale) { resources(locale: $l, first: 50) { edges { node { title } } } }', { l: locale })).data.resources.edges.map((e) => e.node.title);
    assert.ok(!anon.includes(restricted.title), 'which anonymous readers do not see');
    await check(p, `community-resources-${lang}`);

    // Pros: the professional workshop the blue belt organises; the green belt offers to co-run it.
    const WORKSHOPS = '{ me { workshops(first: 20) { edges { node { id title kind applications { status message applicant { displayName } } } } } } }';
    const pro = (await ok(blue, WORKSHOPS)).me.workshops.edges.map((e) => e.node).find((w) => w.kind === 'PROFESSIONAL');
    assert.ok(pro, 'the fixtures made a professional workshop');
    await menu(p, T.menu.pros);
    await heading(p, T.prosTitle);
    const card = p.locator('main .cards > li', { hasText: pro.title });
    await card.waitFor();
    await check(p, `community-pros-${lang}`);
    const note = lang === 'fr' ? 'Disponible ce jour-là, j’ai déjà animé pour des équipes RH.' : 'Free that day; I have run workshops for managers before.';
    await card.locator('textarea').fill(note);
    await card.locator('button', { hasText: T.apply }).click();
    await p.locator('.done', { hasText: pro.title }).waitFor();
    await check(p, `community-pros-applied-${lang}`);
    const apps = (await ok(blue, WORKSHOPS)).me.workshops.edges.map((e) => e.node).find((w) => w.id === pro.id).applications;
    assert.deepEqual(apps.map((a) => [a.applicant.displayName, a.status, a.message]), [[me.name, 'PENDING', note]], 'the organiser has the application');

    // Help: a facilitator-only guide is readable here, never by anonymous readers.
    await menu(p, T.menu.help);
    await heading(p, T.helpTitle);
    const guide = (await ok(me, 'query($s: String!, $l: Locale) { guide(slug: $s, locale: $l) { title audience } }', { s: T.guideSlug, l: locale })).guide;
    assert.equal(guide.audience, 'FACILITATOR');
    assert.equal((await gql(SPACE, 'query($s: String!, $l: Locale) { guide(slug: $s, locale: $l) { title } }', { s: T.guideSlug, l: locale })).data.guide, null);
    await check(p, `community-help-${lang}`);
    await p.locator('main a', { hasText: guide.title }).first().click();
    await heading(p, guide.title);
    await p.locator('main .badge', { hasText: T.restricted }).waitFor();
    assert.ok((await p.locator('main .prose').textContent()).trim().length > 100, 'the guide is read whole');
    await check(p, `community-help-guide-${lang}`);

    // Search as typed.
    await tab(p, 'Guides');
    await heading(p, T.helpTitle);
    await p.locator('#help-search').fill(T.searchWord);
    await p.locator('#help-results li').first().waitFor();
    const found = (await ok(me, 'query($q: String!, $l: Locale) { search(query: $q, locale: $l, first: 20) { totalCount } }', { q: T.searchWord, l: locale })).search.totalCount;
    assert.ok(found > 0);
    assert.equal(await p.locator('#help-results li').count(), Math.min(found, 20));
    await check(p, `community-help-search-${lang}`);

    // The FAQ.
    await tab(p, T.faq);
    await heading(p, T.faqTitle);
    await p.locator('main details').first().waitFor();
    await p.locator('main details summary').first().click();
    await check(p, `community-help-faq-${lang}`);

    // The contact form reaches support.
    await tab(p, T.contact);
    await heading(p, T.contact);
    await eventually(async () => assert.equal(await p.locator('#contact-email').inputValue(), me.email));
    const subject = `${lang}: ${me.name} — ${Date.now()}`;
    await p.locator('#contact-subject').fill(subject);
    await p.locator('#contact-message').fill(lang === 'fr' ? 'Bonjour, comment ajouter une co-animatrice à une session passée ?' : 'Hello, how do I add a co-facilitator to a past session?');
    await check(p, `community-help-contact-${lang}`);
    await p.locator('main form button[type=submit]', { hasText: T.send }).click();
    await p.locator('.done', { hasText: T.sent }).waitFor();
    await check(p, `community-help-contact-sent-${lang}`);
    const got = (await ok(staff, '{ supportRequests(first: 50) { email name subject locale } }')).supportRequests.find((r) => r.subject === subject);
    assert.ok(got, 'support received the message');
    assert.deepEqual([got.email, got.name, got.locale], [me.email, me.name, locale]);
    assert.deepEqual(p.errors.filter((e) => /Content Security Policy|TypeError|ReferenceError/.test(e)), [], 'no CSP violation nor script error');
    await p.context().close();
  });
}
