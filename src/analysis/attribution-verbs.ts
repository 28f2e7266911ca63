/**
 * Reporting verbs, compiled once from the lexicon: every form of each verb, whether
 * it is strong (credits whatever its subject) or weak (needs a plain source as subject),
 * and whether it can come before its speaker ('"…," said Smith').
 */
import { ACCOUNT_VERBS, DISPUTE_VERBS, HEARSAY_VERBS, STANCE_ADJECTIVES, STRONG_REPORTING_VERBS, TAG_VERBS, WEAK_REPORTING_VERBS } from './lexicon/reporting';
import { firstWord } from './attribution-scan';
import { ANY_SPACE, literalTrie } from './word-trie';

export interface VerbForm {
  lemma: string;
  strong: boolean;
  /** "-ing" participle ("saying"). */
  ing: boolean;
  /** Past participle that can be passive after "is/was/been" ("said", "expected"). */
  participle: boolean;
  /** The cue when it is not the form as written: a pronoun object left out ("puts it" → "puts", "points this out" → "points out"). */
  cue?: string;
  /** What the subject or object must be for the verb to report: hearsay ("rumors abound"), an account ("offered two theories"), a clause after "is" for a stance adjective ("is adamant that"), a "that" clause after a verb of dispute ("challenged the idea that"), a quotation beside a speaker tag ('"…," he continued'). */
  needs?: 'hearsay' | 'account' | 'stance' | 'claim' | 'tag';
}

const INVERTIBLE_LEMMAS = new Set(['say', 'add', 'write', 'explain', 'note', 'ask', 'recall', 'insist', 'declare', 'instruct',
  'reply', 'argue', 'conclude', 'warn', 'observe', 'quip', 'tweet', 'remark', 'retort', 'state', 'report', 'concede', 'admit', 'answer', 'fume', 'lament', 'respond', 'affirm']);

/** Base, third person, past and -ing forms of a regular verb ("point out" → "points out", …). */
function regularForms(lemma: string): string[] {
  const verb = firstWord(lemma);
  const tail = lemma.slice(verb.length);
  // "deny" → "den": denies, denied.
  const y = /[^aeiou]y$/.test(verb) ? verb.slice(0, -1) : '';
  const third = /(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : y ? `${y}ies` : `${verb}s`;
  const past = verb.endsWith('e') ? `${verb}d` : y ? `${y}ied` : `${verb}ed`;
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return [verb, third, past, ing].map((f) => f + tail);
}

// A pronoun object inside a listed form ("put it", "points this out"): no part of the cue.
const OBJECT_WORD = / (?:it|this)\b/g;
// …unless the cue keeps it, as readers quote it whole: "made it clear".
const KEEPS_OBJECT = /^(?:make|makes|made|making) it /;

function compile(): Map<string, VerbForm> {
  const forms = new Map<string, VerbForm>();
  const add = (rows: readonly string[][], strong: boolean, needs?: VerbForm['needs']): void => {
    for (const row of rows) {
      const lemma = row[0] ?? '';
      const lemmaVerb = firstWord(lemma);
      const list = row.length > 1 ? row : regularForms(lemma);
      for (const form of list) {
        if (forms.has(form) && (forms.get(form)?.strong || needs)) continue; // a plain reporting form keeps its sense
        const head = firstWord(form);
        const verbForm: VerbForm = {
          lemma,
          strong,
          ing: head.endsWith('ing') && head !== lemmaVerb,
          participle: /(?:ed|en|id|ld|ght|wn|nt|ound|old|ead)$/.test(head) && head !== lemmaVerb && !head.endsWith('s'),
        };
        if (needs) verbForm.needs = needs;
        const cue = KEEPS_OBJECT.test(form) ? form : form.replace(OBJECT_WORD, '');
        if (cue !== form) verbForm.cue = cue;
        forms.set(form, verbForm);
      }
    }
  };
  add(STRONG_REPORTING_VERBS, true);
  add(WEAK_REPORTING_VERBS, false);
  add(HEARSAY_VERBS, false, 'hearsay');
  add(ACCOUNT_VERBS, false, 'account');
  add(DISPUTE_VERBS, false, 'claim');
  add(TAG_VERBS, false, 'tag');
  add(STANCE_ADJECTIVES.map((a) => [a, a]), false, 'stance');
  return forms;
}

/** Every reporting verb form ("said", "points out") → what it is. */
export const VERB_FORMS: ReadonlyMap<string, VerbForm> = compile();

// Forms that are also nouns ("the note", "weather forecasts"): as verbs they are followed by what was said.
export const NOUNLIKE: ReadonlySet<string> = new Set(['note', 'notes', 'report', 'reports', 'state', 'states', 'comment', 'comments', 'forecast', 'forecasts', 'claim', 'claims', 'call', 'calls', 'show', 'shows', 'estimate', 'estimates', 'link', 'links', 'tweet', 'tweets', 'find', 'finds', 'read', 'reads', 'remarks', 'fear', 'fears', 'worry', 'worries', 'pledge', 'pledges', 'vow', 'vows', 'rank', 'ranks', 'stress', 'reply', 'replies', 'boast', 'boasts', 'caution', 'urge', 'quip', 'quips', 'retort', 'recall', 'recalls', 'regard', 'advertise', 'complain', 'publish', 'wonder', 'demand', 'demands', 'mention', 'mentions', 'detail', 'details', 'question', 'questions', 'project', 'projects', 'label', 'labels']);
// A noun-like form that ends its sentence ("…, de Miranda notes."): a verb only as a speaker tag after a comma (see attribution-speaker.ts).
export const SENTENCE_END = /^[.!?]/;
/** Verbs of evidence ("found", "showed"): after a form of "be" not even their "-ing" form reports, and a pronoun reports with them only before "that". */
export const EVIDENCE_LEMMAS: ReadonlySet<string> = new Set(['find', 'show', 'describe', 'notice', 'identify', 'learn', 'publish', 'demonstrate', 'rank']);

const QUESTIONED_PERSON = /^\s+(?:(?:him|her|them|me|us|witnesses|suspects)\b|(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=\s+(?:at|about|on|during|in|over|for|after|before)\b|\s*[,.;]))/u;

/** By lemma, words right after the verb that it must (true) or must not (false) have to report (see NEXT_WORDS in attribution-cues.ts). */
export const NEXT_WORD_RULES: readonly [string, [RegExp, boolean]][] = [
  // "boasted that …", "boasted of", '…," she boasted'; "the city boasts 300 parks" or "boasted tens of thousands of shelters" is having.
  ['boast', [/^(?:\s*[,.:;!?"“”—–)]|\s+(?:that|of|about|to|on|in|during|at|how|he|she|they|it|we)\b|\s*$)/, true]],
  ['allow', [/^\s+that\b/, true]], // "allowed that …", not "allowed him to leave"
  ['ruled', [/^\s+that\b/, true]], // "the court ruled that", not "ruled the country" or "ruled out"
  ['determine', [/^\s+that\b/, true]], // "investigators determined that", not "determined to win" or "determined the winner"
  ['protest', [/^\s+that\b/, true]], // "protested that", not "protested the ruling"
  // "responded that …", "responded: …", 'responded, "…"'; not "responded to the fire", "if officials respond."
  ['respond', [/^(?:\s+that\b|\s*[:—–]|\s*,?\s*["“])/, true]],
  ['slam', [/^\s+(?:into|shut|down|on|the\s+(?:door|brakes?))\b/, false]],
  ['blast', [/^\s+(?:off|out|through|away|open|into|past|apart)\b/, false]],
  ['signal', [/^\s+(?:to|from|for|of|in|at|and|or|are|were|is|was)\b/, false]], // the noun: "signals to the receiver"
  // "concluded that …", "the study concludes the drug is safe"; "the bank concludes two days of meetings", "concluded its visit", "concluded with a song" end something.
  ['conclude', [/^\s+(?:with|by|(?:its|their|his|her|our|a|an|the|this|two|three|four|five|six|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|visits?|tours?|sessions?|summit|conference|trips?|hearings?|negotiations|deliberations|days?|weeks?|season|round|game|deal|sale|purchase|agreement|remarks|speech|address|review|investigation|inquiry|work|business)\b)/, false]],
  // "questioned Trump at a forum", "questioned him about the loan": a person asked, not a doubt reported ("questioned the figures", "questioned whether").
  ['question', [QUESTIONED_PERSON, false]],
  ['see as', [/^\s+(?:many|much|few|little|far|well|soon|long|often|early|late|high|low|likely|though|if|such)\b/, false]], // "saw as many as 300"
];
/** A question quoted right after "asked" (an adverb may come first): 'asked simply, "Who cares?"', 'asked: "Why?"'. */
export const QUESTION_NEXT = /^(?:\s+[a-z]+ly)?\s*[,:]\s*["“]/;
// "pegged the odds of a breach by 2026 at one in seven", "put the cost at $4 billion": a quantity estimated, then "at" and a figure.
const ESTIMATE_AT = /^\s+(?:the|its|their|his|her|a)\s+(?:[\w’'-]+\s+){0,2}?(?:odds|chances?|cost|costs|figure|number|toll|probability|likelihood|price|value|total|losses|damage|bill|tab|risk|growth|rate)\b[^.;:!?"“”]{0,50}?\sat\s+(?:[$€£¥]?\d|(?:about|around|roughly|nearly|almost|some|more|less|under|over|between|zero|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|half|a\s+(?:third|quarter|half|hundred|thousand|million|billion|trillion))\b)/;
/** Within a short stretch after the verb (a title's full stop, "Ms.", is no clause end), an appeal's infinitive ("called on the board to resign") or an answer's words (": …", "that …"). */
export const WIDE_NEXT_RULES: ReadonlyMap<string, RegExp> = new Map([
  ['call on', /^\s+(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,50}?\bto\s+[a-z]/],
  ['inform', /^\s+(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,50}?\bthat\s/], // "informed the council that …", not "an informed decision"
  ['attribute', /^\s+(?!to\b)(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,60}?\bto\s/], // "attributed the delay to …", not "a quote attributed to him"
  ['ascribe', /^\s+(?!to\b)(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,60}?\bto\s/],
  ['answer', /^(?:\s*[,:]?\s*["“]|\s+that\s|[^.;!?]{0,50}:\s*["“])/],
  // "advise residents to leave", "advised against travel", "advise that …"; not "advises the government on security" (a job).
  ['advise', /^\s+(?:that\s|against\s|(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,40}?\bto\s+[a-z])/],
  // "projects that …", "projects the country will retire …": a forecast's clause; not "projected onto a screen".
  ['project', /^\s+(?:that\s|(?:[^,.;:!?"“”]|(?<=\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St))\.){1,60}?\s(?:will|would|could|might|to)\s)/],
  ['peg', ESTIMATE_AT], ['put', ESTIMATE_AT],
  // "labeled the plan a failure", 'labeling the critics "sick"': a name given; not "labeled bottles", "labeled as organic".
  ['label', /^\s+(?!as\b)(?:[\w’'.-]+\s+){1,4}?(?:an?\s|["“])/],
]);

/** True when the verb can stand before its speaker ('"…," said Smith', ", say economists,"). */
export function isInvertible(form: VerbForm): boolean {
  return INVERTIBLE_LEMMAS.has(form.lemma) && !form.ing;
}

/**
 * One global regex for all reporting verbs, longest forms first so "pointed out" wins
 * over a shorter form; lower case only (a capitalised "States" or "Post" is a name).
 * ASCII \\b instead of Unicode lookarounds: several times faster; callers check the
 * neighbouring characters with `standsAlone`.
 */
export const VERB_RE_SOURCE = `\\b(?:${literalTrie([...VERB_FORMS.keys()], ANY_SPACE)}|[Aa]ccording\\s+to)\\b`;

/** The words a `VERB_RE_SOURCE` match can start with, lower case (see attribution-scan.ts). */
export const VERB_FIRST_WORDS: readonly string[] = [...new Set([...VERB_FORMS.keys(), 'according'].map(firstWord))];

const WORDISH = /[\p{L}\p{N}'’-]/u;

/** True when the character at `i` is a letter, digit, apostrophe or hyphen (false outside the text). */
export const isWordish = (text: string, i: number): boolean => WORDISH.test(text[i] ?? '');

/** True when the match at `start..end` is a whole word (no letter, digit, apostrophe or hyphen touching it). */
export function standsAlone(text: string, start: number, end: number): boolean {
  return !isWordish(text, start - 1) && !isWordish(text, end);
}

const CLAIM_REACH = 90;

/** A "that" clause opens within a few words after a verb of dispute, before any clause punctuation ("challenged the idea that …"). */
export function claimFollows(text: string, end: number, sent: { end: number }): boolean {
  const tail = text.slice(end, Math.min(sent.end, end + CLAIM_REACH));
  let stop = tail.length;
  for (const mark of [',', ';', ':', '(', '—']) {
    const k = tail.indexOf(mark);
    if (k >= 0 && k < stop) stop = k;
  }
  const k = tail.indexOf(' that ');
  return k >= 0 && k < stop;
}
