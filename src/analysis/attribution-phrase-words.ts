/**
 * The closed word classes a source phrase is read with (src/analysis/attribution-phrase.ts): determiners,
 * the words no phrase runs over, quantifiers that stand alone for people, and verb forms that end a phrase.
 */
export const DETERMINERS = new Set(['the', 'another', 'no', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'many', 'most', 'some', 'several', 'two', 'three', 'four', 'five', 'one', 'other', 'both', 'all', 'few', 'numerous']);
// Words no source phrase runs over (determiners, read first, aside).
export const STOP = new Set([
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'onto', 'about', 'over', 'under', 'after', 'before', 'during',
  'since', 'until', 'against', 'between', 'among', 'through', 'across', 'behind', 'beyond', 'despite', 'without', 'within',
  'via', 'per', 'like', 'amongst', 'amid', 'amidst', 'upon', 'toward', 'towards', 'throughout', 'unlike', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas',
  'if', 'unless', 'when', 'whenever', 'where', 'whether', 'as', 'that', 'which', 'who', 'whom', 'whose', 'what', 'how', 'why',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'may', 'might', 'must', 'shall', 'should', 'not', 'there', 'here', 'also', 'too', 'very', 'just', 'only', 'even',
  'then', 'now', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'there’s', "there's", 'it’s', "it's",
  'said', 'says', 'say', 'told', 'tells', 'according', 'however', 'meanwhile', 'instead', 'still', 'already', 'much',
  'more', 'less', 'such', 'any', 'each', 'every', 'yes', 'last', 'next', 'year', 'week', 'day', 'perhaps', 'maybe',
]);
/** Quantifiers that stand alone for the people they count ("Some hinted", "others said"). */
export const STANDALONE_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'others', 'both']);
/** Irregular past tenses that are no nouns or adjectives: "officials sent an alert, warning …" ends the subject at "sent". */
export const IRREGULAR_PAST = new Set(['spoke', 'sent', 'went', 'came', 'took', 'gave', 'wrote', 'began', 'brought', 'thought', 'knew', 'saw',
  'became', 'grew', 'rose', 'fell', 'drove', 'flew', 'sought', 'fought', 'taught', 'bought', 'caught', 'struck', 'chose', 'broke',
  'forgot', 'spent', 'built', 'heard', 'meant', 'paid', 'sold', 'threw', 'withdrew', 'stood', 'won', 'ran', 'sat', 'kept', 'met', 'held', 'made', 'found', 'got', 'led', 'lost']);
