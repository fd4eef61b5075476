import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datePattern, loadMonthNames, textFeatures } from '../src/features/text.js';
import { countScripts } from '../src/tokenize/script.js';

/** features/text.ts: sentence and clause marks across scripts and quoting styles (the inputs are our own). */

const DATE = datePattern(loadMonthNames());

function features(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  textFeatures(
    text,
    countScripts(text),
    (name, value) => {
      out[name] = value;
    },
    DATE,
  );
  return out;
}

describe('endsWithSentencePunct', () => {
  const cases: [string, string, 0 | 1][] = [
    ['English, plain', 'The council voted on Tuesday.', 1],
    ['English, closing quote', 'He said it was "over."', 1],
    ['English, curly quote', 'She called it “a fair deal.”', 1],
    ['German closing quote', 'Der Bürgermeister sagte: „Wir bauen die Brücke neu.“', 1],
    ['French guillemets with a space', 'Le maire a déclaré : « Nous allons reconstruire le pont. »', 1],
    ['French guillemets with a no-break space', 'Le maire a déclaré : « Nous allons reconstruire le pont.\u00a0»', 1],
    ['Russian guillemets', 'Мэр заявил: «Мост будет восстановлен.»', 1],
    ['Arabic question mark', 'هل سيتم افتتاح الجسر قبل نهاية العام؟', 1],
    ['Hindi danda', 'पुल अगले साल खुलेगा।', 1],
    ['Chinese full stop', '大桥将于明年通车。', 1],
    // must not fire
    ['a menu item', 'Startseite', 0],
    ['a heading without a mark', 'Le maire veut reconstruire le pont', 0],
    ['an opening guillemet at the end', 'Le maire a déclaré : «', 0],
    ['a German opening quote at the end', 'Er sagte: „', 0],
    ['two spaces before the quote', 'Le pont.  »', 0],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(features(text).endsWithSentencePunct).toBe(expected);
  });
});

describe('sentencePunct and clausePunct', () => {
  it('a full stop before a German or French closing mark counts, as before an English one', () => {
    expect(features('Er sagte: „Wir bauen.“ Dann ging er.').sentencePunct).toBe(2);
    expect(features('Il a dit « Nous verrons.» Puis il est parti.').sentencePunct).toBe(2);
  });
  it('Arabic marks: ؟ and ؛ end sentences, ، separates clauses', () => {
    const f = features('قال الوزير، إن الجسر سيفتح؛ متى؟');
    expect(f.sentencePunct).toBe(2);
    expect(f.clausePunct).toBe(1);
  });
  it('a dot inside a number or an abbreviation is no sentence mark', () => {
    expect(features('Version 2.5 kostet 3.99 Euro').sentencePunct).toBe(0);
  });
});

describe('hasDate', () => {
  const cases: [string, string, 0 | 1][] = [
    // English, as before session 36
    ['year first', 'Posted 2026-10-14 09:30', 1],
    ['English month first', 'October 14, 2026', 1],
    ['English day first', '14 Oct. 2026', 1],
    ['slashes', '14/10/2026', 1],
    ['Chinese', '2026年10月14日', 1],
    ['Japanese weekday', '10/14(水) 9:30配信', 1],
    // month names of other languages, inflected as dates inflect them
    ['Polish genitive', '12 listopada 2026, 7:30', 1],
    ['Czech genitive with a dotted day', '12. listopadu 2026', 1],
    ['Russian genitive', '12 ноября 2026 г.', 1],
    ['Russian with a no-break space', '12\u00a0ноября 2026', 1],
    ['Ukrainian genitive', '5 жовтня 2026', 1],
    ['German dotted day', 'Mo 3. März 2025, 19:12', 1],
    ['German abbreviation', '3. Mär 2025', 1],
    ['French', 'publié le 14 octobre 2026', 1],
    ['French first of the month', '1er décembre 2026', 1],
    ['Spanish joiners', '5 de noviembre de 2026', 1],
    ['Portuguese joiners', '16 de outubro de 2026', 1],
    ['Italian', '14 ottobre 2026', 1],
    ['Dutch', '3 maart 2026', 1],
    ['Turkish', '22 Ekim 2026', 1],
    ['Turkish upper case', '22 ŞUBAT 2026', 1],
    ['Indonesian', '18 Agustus 2026', 1],
    ['Vietnamese', 'ngày 20 tháng 11 năm 2026', 1],
    ['Arabic', 'نشر في: 12 نوفمبر 2026', 1],
    ['Arabic, Levantine month name', '12 تشرين الثاني 2026', 1],
    // must not fire
    ['a price', 'Preis: 12.50 €', 0],
    ['a price with thousands', '1.299.000 VND', 0],
    ['a score and a year', 'Endstand 3:1, Saison 2026', 0],
    ['a month word without a day', 'Novemberausgabe 2026', 0],
    ['a month without a year', '12 listopada', 0],
    ['a number and a word that is no month', '12 тысяч 2026', 0],
    ['a month name inside a word', '12 maiores 2026', 0],
    ['a Spanish "de" without a month', '5 de 2026', 0],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(features(text).hasDate).toBe(expected);
  });
});

describe('datePattern', () => {
  it('is built from the month-name data: a language missing from it has no dates by name', () => {
    const months = loadMonthNames();
    const withoutPolish = datePattern({ ...months, words: Object.fromEntries(Object.entries(months.words).filter(([lang]) => lang !== 'pl' && lang !== 'cs')) });
    expect(withoutPolish.test('12 listopada 2026')).toBe(false);
    expect(datePattern(months).test('12 listopada 2026')).toBe(true);
  });
  it('keeps the English stems: any letters may follow them, as in the pattern before session 36', () => {
    const onlyEnglish = datePattern({ ...loadMonthNames(), words: {} });
    expect(onlyEnglish.test('5 Sept. 2024')).toBe(true);
    expect(onlyEnglish.test('September 5, 2024')).toBe(true);
    expect(onlyEnglish.test('12 ноября 2026')).toBe(false);
  });
  it('refuses a month name that is regex syntax, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-months-'));
    const path = join(dir, 'month-names.json');
    writeFileSync(path, JSON.stringify({ ...loadMonthNames(), words: { xx: ['ja(n|.*'] } }));
    expect(() => loadMonthNames(path)).toThrow(path);
    writeFileSync(path, JSON.stringify({ ...loadMonthNames(), words: { xx: ['janvier'] } }));
    expect(loadMonthNames(path).words['xx']).toEqual(['janvier']);
  });
});
