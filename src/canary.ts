/**
 * The canary (like SpamAssassin's GTUBE): any page holding this string gets a spam segment and a
 * spam verdict, whatever else it contains. Use it to test a pipeline end to end. It is matched by
 * the lexicon data/lexicons/any/canary.txt and the rule spam.canary, like any other term.
 */
export const CANARY = 'PAGESIFT-SPAM-CANARY-7Q4V-TEST-STRING';
