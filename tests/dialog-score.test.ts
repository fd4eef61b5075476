import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { footbridgeArticle, footbridgePage, FOOTBRIDGE_STORY } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * nav.dialog-cue's score (data/rules/20_navigation.json, 13 since session 38): a pop-up's long
 * prose — a consent manager's purpose texts, a newsletter's pitch — scores as much body as an
 * article's paragraph, and at 9 the cue lost to it. The pages below were written for this test.
 */

/** Long, punctuated prose of the kind a consent manager's preference centre shows for each purpose: body 11 on its own rules (long, medium, sentence, punctuated, stop words, body cue). */
const PURPOSE = 'Cookies, device identifiers, or similar online identifiers (e.g. login-based identifiers, randomly assigned identifiers, network-based identifiers), together with other information (e.g. browser type and information, language, screen size, supported technologies, etc.), can be stored or read on your device to recognise it each time it connects to an app or to a website, for one or several of the purposes presented here.';

/** The preference centre sits inside <main>, after the article, as a consent manager's markup may: no outside-main demotion decides it. */
function withPopup(cue: string): string {
  return footbridgePage(`<main>${footbridgeArticle()}<div ${cue}><div class="pc-content"><h3>Manage consent preferences</h3><p>${PURPOSE}</p><button>Confirm my choices</button></div></div></main>`);
}

describe('nav.dialog-cue outweighs a pop-up\'s long prose', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('makes the purpose text of a role="dialog" preference centre navigation', () => {
    const { label, rules } = segmentOf(sifter, withPopup('role="dialog" class="pc-panel"'), PURPOSE);
    expect(rules).toContain('nav.dialog-cue');
    expect(label).toBe('navigation');
  });

  it('leaves the same prose body in the same place without the dialog cue', () => {
    const { label, rules } = segmentOf(sifter, withPopup('class="pc-panel"'), PURPOSE);
    expect(rules).not.toContain('nav.dialog-cue');
    expect(label).toBe('body');
  });

  it('leaves the article itself body beside the pop-up', () => {
    const html = withPopup('role="dialog" class="pc-panel"');
    for (const p of FOOTBRIDGE_STORY) expect(segmentOf(sifter, html, p).label).toBe('body');
  });
});
