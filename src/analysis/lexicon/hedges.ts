/**
 * Hedges: words and phrases that soften a statement ("reportedly", "may", "it is unclear
 * whether"). Data only; src/analysis/hedges.ts matches them, longest phrase first.
 */
export const HEDGE_PHRASES: readonly string[] = [
  // Fixed phrases (matched before the single words they contain).
  'according to unconfirmed reports', 'unconfirmed reports', 'it is unclear whether', 'it is unclear if', 'it is not clear whether',
  'it is not clear if', 'it remains unclear', 'it is possible that', 'it is likely that', 'it is unlikely that',
  'is believed to', 'are believed to', 'was believed to', 'were believed to', 'is thought to', 'are thought to',
  'is said to', 'are said to', 'is alleged to', 'is rumored to', 'is rumoured to', 'is expected to', 'are expected to',
  'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to', 'is unclear', 'remains unclear',
  'not clear', 'to some extent',
  // Single words.
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'presumably', 'seemingly', 'ostensibly',
  'likely', 'unlikely', 'possibly', 'probably', 'perhaps', 'maybe', 'potentially', 'conceivably', 'arguably',
  'may', 'might', 'could', 'appears', 'appear', 'seems', 'seem', 'suggests', 'suggest', 'suggested',
  'unconfirmed', 'unverified', 'alleged', 'rumored', 'rumoured', 'speculated',
  'somewhat', 'partly', 'unclear', 'uncertain', 'suspected', 'purported',
];

/*
 * Left out on purpose, as they mostly measure rather than hedge ("about 50", "nearly 400" are
 * approximations the numbers step already keeps): up to, as many as, approximately, roughly,
 * around, about, nearly, almost, some, would, in part, kind of, sort of, more or less, mostly,
 * largely, estimated, claimed, believed.
 */
