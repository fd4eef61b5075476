import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBayesModel } from './bayes/model.js';
import { loadAuthorSectionTitles } from './classify/author-section.js';
import { DEFAULT_PAGE_SPAM_THRESHOLD } from './classify/thresholds.js';
import { checkDataDir, DATA_DIR } from './data-dir.js';
import { loadDoorwayModel, type DoorwayModel } from './doorway/model.js';
import { loadPageTypeResources, type PageTypeResources } from './pagetype/detect.js';
import { loadCardActionVerbs } from './classify/card-action.js';
import { loadScreenVariantCues } from './classify/screen-copy.js';
import { loadStatusMessages, type StatusMessages } from './classify/status-message.js';
import { CARD_BADGE } from './classify/card-badge.js';
import { AGE_LINE } from './classify/age-line.js';
import { FURNITURE_LINE } from './classify/furniture-line.js';
import { TAXONOMY_LINE } from './classify/taxonomy-line.js';
import { CREDIT_LINE } from './classify/credit-line.js';
import { SUBSCRIBE_APPEAL } from './classify/subscribe-appeal.js';
import { GUEST_APPEAL } from './classify/guest-appeal.js';
import { loadRelatedLabels } from './classify/related-line.js';
import { loadTeaserBandHeadings } from './classify/teaser-band.js';
import { loadAnswerHeadings } from './classify/answer-list.js';
import { loadCallToActionCues } from './classify/call-to-action.js';
import { loadCloseControls } from './classify/close-box.js';
import { loadAfterStoryCues } from './classify/after-story.js';
import { FORM_CONSENT } from './classify/form-consent.js';
import { loadProfileFields } from './classify/profile-field.js';
import { loadFormMessages } from './classify/form-message.js';
import type { CueLists } from './features/dom.js';
import type { FeatureResources } from './features/extract.js';
import { FeatureSpace, lexiconFeatureNames, STATIC_FEATURES } from './features/feature-set.js';
import { loadStopwords } from './features/stopwords.js';
import { datePattern as buildDatePattern, loadMonthNames } from './features/text.js';
import { loadLexiconDir, loadLexiconFile } from './lexicon/load.js';
import { createLexiconMatcher } from './lexicon/matcher.js';
import type { Lexicon } from './lexicon/parse.js';
import { PagesiftOptionsError, type SifterOptions } from './options.js';
import type { CompiledRule } from './rules/compile.js';
import { compileRules, loadRuleDir, loadRuleFile } from './rules/load.js';
import { BODY_WEIGHTS_FILE, loadBodyWeights, loadSpamWeights, withFittedScores, type SpamWeights } from './rules/weights.js';
import { addJiebaWords, warmUpJieba } from './tokenize/jieba.js';
import { createNormalizer, type Normalize } from './tokenize/normalize.js';
import { loadTraditionalToSimplified } from './tokenize/traditional.js';
import { loadScriptChars, SCRIPT_CHARS_FILE } from './tokenize/foreign-chars.js';
import { createVariantCounter, type CountVariants } from './tokenize/variant.js';

/** The spam Bayes model shipped in data/models (made by `npm run train`). */
export const BAYES_MODEL_FILE = 'spam-bayes.json';
/** The doorway-page model shipped in data/models (made by `npm run train:doorway`). */
export const DOORWAY_MODEL_FILE = 'doorway.json';

/** Everything loaded once by createSifter and shared by every sift call. */
export interface Resources extends FeatureResources {
  rules: CompiledRule[];
  /** The page verdict threshold when the options set none: chosen from data by `npm run fit`. */
  pageThreshold: number;
  /** The doorway-page model (undefined: pages are not judged as a whole). */
  doorway: DoorwayModel | undefined;
  /** The page-type stage's cue lists and model (data/pagetype, data/weights/pagetype.json). */
  pageType: PageTypeResources;
  /** Headings that open a section about the article's author (data/sections/author-titles.json, classify/author-section.ts). */
  authorTitles: ReadonlySet<string>;
  /** First words of a card's call to action (data/cues/card-actions.json, classify/card-action.ts). */
  cardActions: ReadonlySet<string>;
  /** Whole-text patterns of a script's status messages (data/cues/status-messages.json, classify/status-message.ts). */
  statusMessages: StatusMessages;
  /** A product card's merchandising tags (data/cues/card-badges.json, classify/card-badge.ts). */
  cardBadges: readonly RegExp[];
  /** Lines that date the text relative to the visit (data/cues/age-lines.json, classify/age-line.ts). */
  ageLines: readonly RegExp[];
  /** Lines about the page, not of it (data/sections/furniture-lines.json, classify/furniture-line.ts). */
  furnitureLines: readonly RegExp[];
  /** Lines that file the page under the site's taxonomy (data/cues/taxonomy-lines.json, classify/taxonomy-line.ts). */
  taxonomyLines: readonly RegExp[];
  /** A photo's credit on a line of its own (data/cues/credit-lines.json, classify/credit-line.ts). */
  creditLines: readonly RegExp[];
  /** The site's appeals to follow it (data/sections/subscribe-appeals.json, classify/subscribe-appeal.ts). */
  subscribeAppeals: readonly RegExp[];
  /** A board's appeals to its guests to register (data/sections/guest-appeals.json, classify/guest-appeal.ts). */
  guestAppeals: readonly RegExp[];
  /** Labels of a related-link pointer written into the text (data/sections/related-labels.json, classify/related-line.ts). */
  relatedLabels: ReadonlySet<string>;
  /** Headings of a band of teasers to other pages (classify/teaser-band.ts). */
  teaserBandHeadings: ReadonlySet<string>;
  /** Headings that count a question's answers (data/sections/answer-headings.json, classify/answer-list.ts). */
  answerHeadings: readonly RegExp[];
  /** Class/id words of a call-to-action box (data/cues/call-to-action.json, classify/call-to-action.ts). */
  callToActionCues: ReadonlySet<string>;
  /** Close-control words (data/cues/close-controls.json, classify/close-box.ts). */
  closeControls: ReadonlySet<string>;
  /** Class/id words of the site's sections after an article (data/cues/after-story.json, classify/after-story.ts). */
  afterStoryCues: ReadonlySet<string>;
  /** Field names of a forum poster's user card (data/cues/profile-fields.json, classify/profile-field.ts). */
  profileFields: ReadonlySet<string>;
  /** A form builder's stock messages, as word keys (data/cues/form-messages.json, classify/form-message.ts). */
  formMessages: ReadonlySet<string>;
  /** A web form's consent lines (data/sections/form-consents.json, classify/form-consent.ts). */
  formConsents: readonly RegExp[];
  /** Class/id tokens that mark a block for one screen size (data/cues/screen-variants.json, classify/screen-copy.ts). */
  screenVariantCues: ReadonlySet<string>;
}

/** Fitted spam scores and the page threshold (data/weights, made by `npm run fit`). */
export const SPAM_WEIGHTS_FILE = 'spam.json';

/** The shipped weights; a checkout where `npm run fit` has not yet run has none (hand-set scores). */
async function loadOptionalWeights(): Promise<SpamWeights | undefined> {
  const path = join(DATA_DIR, 'weights', SPAM_WEIGHTS_FILE);
  if (!existsSync(path)) return undefined;
  return loadSpamWeights(path);
}

async function loadCues(): Promise<CueLists> {
  const json = JSON.parse(await readFile(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as CueLists;
  const headingOwn = JSON.parse(await readFile(join(DATA_DIR, 'cues', 'heading-own.json'), 'utf8')) as { words: string[] };
  return { navigation: json.navigation, navigationStrong: json.navigationStrong, navigationExact: json.navigationExact, body: json.body, comment: json.comment, consent: json.consent, dialog: json.dialog, footer: json.footer, collapsible: json.collapsible, author: json.author, post: json.post, review: json.review, bodyStrong: json.bodyStrong, notCue: json.notCue, forumChrome: json.forumChrome, forumChromeNumbered: json.forumChromeNumbered, forumChromeExact: json.forumChromeExact, consentText: json.consentText, headingOwn: headingOwn.words };
}

/** What turns text into tokens the way sift() does: the part of the resources that does not depend on the options. */
interface TextTools {
  normalize: Normalize;
  countVariants: CountVariants;
  builtin: Lexicon[];
}

/**
 * The normaliser, the variant counter and the built-in lexicons, with the lexicon terms added to
 * jieba's dictionary and the dictionary built.
 */
async function loadTextTools(): Promise<TextTools> {
  const traditionalToSimplified = loadTraditionalToSimplified();
  const normalize = createNormalizer(traditionalToSimplified);
  // a checkout where `npm run train:script` has not run counts no character as foreign
  const scriptCharsPath = join(DATA_DIR, 'models', SCRIPT_CHARS_FILE);
  const scriptChars = existsSync(scriptCharsPath) ? await loadScriptChars(scriptCharsPath) : undefined;
  const countVariants = createVariantCounter(traditionalToSimplified, scriptChars?.foreignToTraditional);
  const builtin: Lexicon[] = await loadLexiconDir(join(DATA_DIR, 'lexicons'));
  // jieba has one dictionary per process: only the built-in terms go into it (the same for every
  // sifter), so a sifter with extra lexicons cannot change how another one cuts text. User terms
  // match by substring and word boundaries; a user term marked @token relies on jieba's own cut.
  addJiebaWords(builtin.flatMap((lexicon) => lexicon.terms.map((t) => normalize(t.term))));
  warmUpJieba();
  return { normalize, countVariants, builtin };
}

export async function loadResources(options: SifterOptions): Promise<Resources> {
  checkDataDir();
  const { normalize, countVariants, builtin } = await loadTextTools();
  const lexicons: Lexicon[] = [...builtin];
  for (const path of options.lexiconFiles) lexicons.push(await loadLexiconFile(path));
  for (const [index, inline] of options.lexicons.entries()) {
    lexicons.push({
      category: inline.category,
      label: inline.label,
      evidence: inline.evidence,
      description: inline.description,
      lang: 'any',
      source: `options.lexicons.${index}`,
      terms: inline.terms.map((term, i) => ({ term, allow: [], boundary: 'auto', weight: 1, line: i + 1 })),
    });
  }
  const matcher = createLexiconMatcher(lexicons, normalize);

  const space = new FeatureSpace([...Object.keys(STATIC_FEATURES), ...lexiconFeatureNames(matcher.categories.keys())]);
  const weights = await loadOptionalWeights();
  // none is shipped while the fitted body/navigation scores do not beat the hand-set ones (npm run fit:body)
  const bodyWeights = loadBodyWeights(join(DATA_DIR, BODY_WEIGHTS_FILE));
  const ruleSets = (await loadRuleDir(join(DATA_DIR, 'rules'))).map((set) => ({ ...set, rules: withFittedScores(set.rules, weights, bodyWeights) }));
  for (const path of options.ruleFiles) ruleSets.push({ origin: path, rules: await loadRuleFile(path) });
  if (options.rules.length > 0) ruleSets.push({ origin: 'options.rules', rules: options.rules });
  const disabled = new Set(options.disableRules);
  const rules = compileRules(ruleSets, space).filter((r) => !disabled.has(r.id));
  const known = (id: string): boolean => rules.some((r) => r.id === id) || ruleSets.some((s) => s.rules.some((r) => r.id === id));
  // a wrong value of an option, like any other: PagesiftOptionsError with one issue per unknown id
  const unknownDisabled = options.disableRules.flatMap((id, index) => (known(id) ? [] : [{ code: 'custom' as const, path: ['disableRules', index], message: `unknown rule id "${id}"`, input: id }]));
  if (unknownDisabled.length > 0) throw new PagesiftOptionsError(unknownDisabled);

  const [stopwords, cues] = await Promise.all([loadStopwords(join(DATA_DIR, 'stopwords'), normalize), loadCues()]);
  const bayes = await loadBayesModel(join(DATA_DIR, 'models', BAYES_MODEL_FILE));
  // a checkout where `npm run train:doorway` has not run yet judges no page as a whole
  const doorwayPath = join(DATA_DIR, 'models', DOORWAY_MODEL_FILE);
  const doorway = existsSync(doorwayPath) ? await loadDoorwayModel(doorwayPath) : undefined;
  const pageType = loadPageTypeResources();
  const authorTitles = loadAuthorSectionTitles();
  const cardActions = loadCardActionVerbs();
  const statusMessages = loadStatusMessages();
  const cardBadges = CARD_BADGE.load();
  const ageLines = AGE_LINE.load();
  const furnitureLines = FURNITURE_LINE.load();
  const taxonomyLines = TAXONOMY_LINE.load();
  const creditLines = CREDIT_LINE.load();
  const subscribeAppeals = SUBSCRIBE_APPEAL.load();
  const guestAppeals = GUEST_APPEAL.load();
  const relatedLabels = loadRelatedLabels();
  const teaserBandHeadings = loadTeaserBandHeadings();
  const answerHeadings = loadAnswerHeadings();
  const callToActionCues = loadCallToActionCues();
  const closeControls = loadCloseControls();
  const afterStoryCues = loadAfterStoryCues();
  const profileFields = loadProfileFields();
  const formMessages = loadFormMessages();
  const formConsents = FORM_CONSENT.load();
  const screenVariantCues = loadScreenVariantCues();
  const datePattern = buildDatePattern(loadMonthNames());
  return { normalize, countVariants, matcher, stopwords, cues, space, datePattern, rules, bayes, doorway, pageType, authorTitles, cardActions, statusMessages, cardBadges, ageLines, furnitureLines, taxonomyLines, creditLines, subscribeAppeals, guestAppeals, relatedLabels, teaserBandHeadings, answerHeadings, callToActionCues, closeControls, afterStoryCues, profileFields, formMessages, formConsents, screenVariantCues, pageThreshold: weights?.pageThreshold.value ?? DEFAULT_PAGE_SPAM_THRESHOLD };
}
