import { describe, expect, it } from 'vitest';
import { textFeatures } from '../src/features/text.js';
import { countScripts } from '../src/tokenize/script.js';

/** features/text.ts: sentence and clause marks across scripts and quoting styles (the inputs are our own). */

function features(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  textFeatures(text, countScripts(text), (name, value) => {
    out[name] = value;
  });
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
