import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../src/data-dir.js';
import { cueRoles, type CueLists, type CueRole } from '../src/features/dom.js';

/**
 * data/cues/class-names.json notCue `commentpost` (session 44, helper forumrep-44): Flarum names each
 * post of a thread `article.CommentPost`, and as a prefix match of `comment` the token made every
 * post navigation. It is a word of its own now; the comment words around it still are cues.
 */

const cues = JSON.parse(readFileSync(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as CueLists;

describe('how the feature stage reads comment-like tokens (dom.ts cueRoles)', () => {
  const cases: [string, CueRole, boolean][] = [
    // must not fire: Flarum's post class (class="CommentPost Post", lower-cased by the segmenter)
    ['commentpost', 'navigationStrong', false],
    ['commentpost', 'navigation', false],
    ['commentpost', 'comment', false],
    // fires: a comment section and its parts stay navigation
    ['comment', 'navigationStrong', true],
    ['comments', 'comment', true],
    ['commentlist', 'navigationStrong', true],
    ['commentbody', 'comment', true],
    ['commentposts', 'navigationStrong', true],
    ['postcomment', 'navigationStrong', true],
    // the post body's own cue, which now decides for Flarum's paragraphs
    ['post', 'body', true],
  ];
  it.each(cases)('%s as %s: %s', (token, role, expected) => {
    expect(cueRoles(token, cues).has(role)).toBe(expected);
  });
});
