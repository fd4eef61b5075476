import { beforeAll, describe, expect, it } from 'vitest';
import { isProfileField, loadProfileFields, PROFILE_FIELD_HIT, PROFILE_FIELD_MAX_WORDS } from '../src/classify/profile-field.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/profile-field.ts: on a page typed forum, a line of a poster's user card ("Joined: …",
 * "Posts: 98") is not the thread's body. The texts and pages below were written for these tests.
 */

const fields = loadProfileFields();

describe('isProfileField: the shipped field names (data/cues/profile-fields.json)', () => {
  const cases: [string, boolean][] = [
    // a field name, a colon, a value
    ['Joined: Mon Jan 18, 2016 4:51 pm', true],
    ['Joined: 4. Jul 2012, 16:09', true],
    ['Join Date: Mar 2009', true],
    ['join   date : Mar 2009', true],
    ['Posts: 98', true],
    ['Posts : 16074', true],
    ['Location: United Kingdom', true],
    ['Registered: 2019-04-02', true],
    ['Member since: 2011', true],
    ['Reaction score: 1,204', true],
    ['From: Hamburg, Germany', true],
    ['  Messages: 3,120', true],
    // not a known field name
    ['Last edited by someone (2024-08-03 11:02:20)', false],
    ['Last edited: Jul 6, 2024', false],
    ['Re: Game crashes when loading a save', false],
    ['Note: back up your saves first', false],
    ['Price: $21.00', false],
    ['Likes: 3', false],
    // a field name without a colon and a value
    ['Joined', false],
    ['Joined:', false],
    ['Posts 98', false],
    ['Registered User', false],
    ['Location is important depending on your site and your visitors.', false],
    // the field name must come first
    ['My location: the garage, most evenings', false],
    ['The posts: all of them were moved to the new board', false],
  ];
  it.each(cases)('%s: %s', (text, expected) => {
    expect(isProfileField(text, fields)).toBe(expected);
  });

  // the same fields as the board engines' language packs print them (session 36)
  const languages: [string, boolean][] = [
    ['Beiträge: 12', true],
    ['Registriert: Mo 3. Mär 2025, 19:12', true],
    ['Wohnort: Osnabrück', true],
    ['Mitglied seit: 14.01.2011', true],
    ['Messages : 4 120', true], // French spacing before the colon
    ['Inscrit : 12 mars 2020', true],
    ['Localisation : Lyon', true],
    ['Mensajes: 230', true],
    ['Ubicación: Sevilla', true],
    ['Registrado em: 04/02/2019', true],
    ['Iscritto il: 3 marzo 2020', true],
    ['Località: Bologna', true],
    ['Lid geworden op: 3 maart 2020', true],
    ['Сообщения: 512', true],
    ['Зарегистрирован: 3 марта 2020', true],
    ['Откуда: Казань', true],
    ['Posty: 17', true],
    ['Lokalizacja: Wrocław', true],
    ['Mesajlar: 64', true],
    ['Kayıt: 12 Mar 2020', true],
    ['Bài viết: 45', true],
    ['Bài viết: 45'.normalize('NFD'), true], // decomposed Vietnamese, as some sites serve it
    ['Tham gia: 12/3/2020', true],
    ['Pesan: 88', true],
    ['Bergabung: 3 Maret 2020', true],
    // not a field name of the list: a longer label, a bare place word left out, a board statistic
    ['Beiträge zur Krankenversicherung: sie steigen wieder', false],
    ['Ort: Stadthalle, Beginn 19 Uhr', false],
    ['Mitglieder in diesem Forum: 0 Mitglieder und 4 Gäste', false],
    ['Remarque : pensez à purger les radiateurs', false],
    ['Примечание: сначала сохраните файл', false],
    // a field name without a colon and a value
    ['Beiträge', false],
    ['Registriert:', false],
    ['Сообщения 512', false],
  ];
  it.each(languages)('%s: %s', (text, expected) => {
    expect(isProfileField(text, fields)).toBe(expected);
  });

  // the word limit, both sides: the field name counts
  const words = (n: number): string => ['Location:', ...Array.from({ length: n - 1 }, (_, i) => `place${i}`)].join(' ');
  it.each([
    [PROFILE_FIELD_MAX_WORDS, true],
    [PROFILE_FIELD_MAX_WORDS + 1, false],
  ])('a Location line of %i words: %s', (n, expected) => {
    expect(isProfileField(words(n), fields)).toBe(expected);
  });
});

const POSTS = [
  'Since the last firmware update the router drops the wireless connection every evening, and only a restart brings it back for a while.',
  'I saw the same thing on mine. Turning off the automatic channel selection in the wireless settings and picking channel six fixed it here.',
  'That worked for me as well, thank you. The connection has stayed up for three evenings now and the speed is back to normal too.',
];
const POSTERS = ['firstposter', 'secondposter', 'thirdposter'];
const JOINED = ['Joined: Mon Jan 18, 2016 4:51 pm', 'Joined: Thu Aug 27, 2020 2:37 pm', 'Joined: Sun Dec 28, 2014 3:02 pm'];
const POST_COUNTS = ['Posts: 98', 'Posts: 1455', 'Posts: 16074'];
const LOCATIONS = ['Location: United Kingdom', 'Location: An Ant Farm', 'Location: Kooskia'];

/**
 * The user card is FluxBB's `dl.postleft`, not phpBB's `dl.postprofile`: since session 38 the
 * forum-chrome pass (forum-chrome.ts) turns a whole `postprofile` card to navigation before this pass
 * reads it, and these tests are about the field lines wherever the card's class says nothing.
 */
function post(n: number): string {
  return `<div class="post has-profile" id="p${n}"><div class="inner"><dl class="postleft"><dt><a href="/u/${POSTERS[n]}">${POSTERS[n]}</a></dt>`
    + `<dd class="profile-posts"><strong>${POST_COUNTS[n]}</strong></dd><dd class="profile-joined"><strong>${JOINED[n]}</strong></dd>`
    + `<dd class="profile-custom-field"><strong>${LOCATIONS[n]}</strong></dd></dl>`
    + `<div class="postbody"><div class="content">${POSTS[n]}</div></div></div></div>`;
}

function thread(): string {
  return `<!doctype html><html><head><title>Router drops the wireless connection | Home Network Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Router drops the wireless connection</h1>${POSTS.map((_, i) => post(i)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

describe('a thread with a user card beside every post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the user-card lines are navigation, the posts stay body', () => {
    const report = sifter.sift({ html: thread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [...JOINED, ...POST_COUNTS, ...LOCATIONS]) {
      const segment = segmentWith(report, text);
      expect(segment?.label, text).not.toBe('body');
    }
    // the dated lines read as body without the pass (body.punctuated, under the post's element)
    for (const text of JOINED) expect(segmentWith(report, text)?.hits.map((h) => h.rule), text).toContain(PROFILE_FIELD_HIT.rule);
  });
});

const ARTICLE = [
  'The city council voted on Tuesday to extend the opening hours of the central library until ten in the evening on weekdays.',
  'The change follows a survey in which most students asked for longer hours during the exam period, the council said in a statement.',
  'The library will hire four more staff members, paid for from the culture budget, and the new hours start at the beginning of next month.',
];
const ARTICLE_LOCATION = 'Location: Central Library, Main Street';

function article(): string {
  return `<!doctype html><html><head><title>Library to open until ten in the evening | City News</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>Library to open until ten in the evening</h1><div class="article-body">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}<p>${ARTICLE_LOCATION}</p></div></article></main>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

describe('the same line on a page that is not a forum', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('an article\'s "Location:" line is not given the hit', () => {
    const report = sifter.sift({ html: article() });
    expect(report.pageType.type).not.toBe('forum');
    const segment = segmentWith(report, ARTICLE_LOCATION);
    expect(segment?.hits.map((h) => h.rule)).not.toContain(PROFILE_FIELD_HIT.rule);
  });
});

// A German board (phpBB's German language pack prints "Beiträge:", "Registriert:", "Wohnort:"): the
// thread is typed forum by its "Registriert:" labels (data/pagetype/cues.json) and the card lines go.
const DE_POSTS = [
  'Seit dem letzten Update verliert unser Router jeden Abend die Verbindung zum WLAN, und nur ein Neustart hilft dann für eine Weile.',
  'Das kenne ich von meinem Gerät auch. Bei mir hat es geholfen, die automatische Kanalwahl abzuschalten und fest Kanal sechs einzustellen.',
  'Danke, das hat funktioniert. Die Verbindung hält jetzt seit drei Abenden, und die Geschwindigkeit ist auch wieder normal.',
];
const DE_POSTERS = ['erster_nutzer', 'zweite_nutzerin', 'dritter_nutzer'];
const DE_JOINED = ['Registriert: Mo 18. Jan 2016, 16:51', 'Registriert: Do 27. Aug 2020, 14:37', 'Registriert: So 28. Dez 2014, 15:02'];
const DE_POST_COUNTS = ['Beiträge: 98', 'Beiträge: 1455', 'Beiträge: 16074'];
const DE_LOCATIONS = ['Wohnort: Osnabrück', 'Wohnort: Kiel', 'Wohnort: Passau'];

function dePost(n: number): string {
  return `<div class="post has-profile" id="p${n}"><div class="inner"><dl class="postleft"><dt><a href="/u/${DE_POSTERS[n]}">${DE_POSTERS[n]}</a></dt>`
    + `<dd class="profile-posts"><strong>${DE_POST_COUNTS[n]}</strong></dd><dd class="profile-joined"><strong>${DE_JOINED[n]}</strong></dd>`
    + `<dd class="profile-custom-field"><strong>${DE_LOCATIONS[n]}</strong></dd></dl>`
    + `<div class="postbody"><h3><a href="#p${n}">Re: Router verliert die WLAN-Verbindung</a></h3><p class="author">von ${DE_POSTERS[n]} » Mo 13. Okt 2026, 18:47</p>`
    + `<div class="content">${DE_POSTS[n]}</div></div></div></div>`;
}

/** phpBB's own wrapper (div.page-body), not a class that names a thread: the class names alone leave the page `other` (pagetype features), its "Registriert:" labels make it a forum. */
function deThread(): string {
  return `<!doctype html><html lang="de"><head><title>Router verliert die WLAN-Verbindung | Heimnetz-Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Startseite</a></li><li><a href="/forum">Foren-Übersicht</a></li><li><a href="/aktiv">Aktive Themen</a></li></ul></nav></header>
<div class="page-body"><h2>Router verliert die WLAN-Verbindung</h2>${DE_POSTS.map((_, i) => dePost(i)).join('')}</div>
<footer><p>Betrieben mit Forensoftware. Impressum. Datenschutz.</p></footer></body></html>`;
}

const DE_ARTICLE = [
  'Der Stadtrat hat am Dienstag beschlossen, die Zentralbibliothek an Werktagen künftig bis zweiundzwanzig Uhr zu öffnen.',
  'In einer Umfrage hatten sich viele Studierende längere Öffnungszeiten gewünscht; im Oktober wurden dort über elftausend Besuche registriert.',
  'Die Bibliothek stellt dafür vier neue Mitarbeiter ein, bezahlt aus dem Kulturhaushalt, und die neuen Zeiten gelten ab dem nächsten Monat.',
];
const DE_ARTICLE_PLACE = 'Wohnort: Die meisten Befragten wohnen in der Innenstadt';

function deArticle(): string {
  return `<!doctype html><html lang="de"><head><title>Bibliothek öffnet bis 22 Uhr | Stadtnachrichten</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Startseite</a></li><li><a href="/stadt">Stadt</a></li><li><a href="/kultur">Kultur</a></li></ul></nav></header>
<main><article><h1>Bibliothek öffnet künftig bis 22 Uhr</h1><div class="article-body">${DE_ARTICLE.map((p) => `<p>${p}</p>`).join('')}<p>${DE_ARTICLE_PLACE}</p></div></article></main>
<footer><p>Stadtnachrichten. Alle Rechte vorbehalten.</p></footer></body></html>`;
}

describe('a German thread and a German article', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the thread is a forum, its user-card lines are navigation and its posts body', () => {
    const report = sifter.sift({ html: deThread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of DE_POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [...DE_JOINED, ...DE_POST_COUNTS, ...DE_LOCATIONS]) expect(segmentWith(report, text)?.label, text).not.toBe('body');
    for (const text of DE_JOINED) expect(segmentWith(report, text)?.hits.map((h) => h.rule), text).toContain(PROFILE_FIELD_HIT.rule);
  });

  it('the article ("registriert" in its prose) is no forum, and its "Wohnort:" line is not given the hit', () => {
    const report = sifter.sift({ html: deArticle() });
    expect(report.pageType.type).not.toBe('forum');
    expect(segmentWith(report, DE_ARTICLE_PLACE)?.hits.map((h) => h.rule)).not.toContain(PROFILE_FIELD_HIT.rule);
  });
});
