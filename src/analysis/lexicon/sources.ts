/**
 * What kind of source a name is: known publications, organisation and government
 * words, document nouns and personal titles. Data only; src/analysis/attribution-source.ts uses it.
 */

/** News publications and agencies, as a reader writes them (matched case-insensitively, "The" optional). */
export const PUBLICATIONS: readonly string[] = [
  'Bloomberg', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'The Telegraph',
  'Daily Telegraph', 'The New York Times', 'New York Times', 'NYT', 'The Washington Post', 'Washington Post',
  'The Wall Street Journal', 'Wall Street Journal', 'WSJ', 'Financial Times', 'FT', 'The Guardian', 'Guardian',
  'The Times', 'The Economist', 'BBC', 'CNN', 'NBC', 'ABC', 'CBS', 'Fox News', 'MSNBC', 'NPR', 'PBS', 'Al Jazeera',
  'Politico', 'Axios', 'Vox', 'The Atlantic', 'The New Yorker', 'New York magazine', 'Vulture', 'Time', 'Newsweek',
  'Forbes', 'Fortune', 'Business Insider', 'Insider', 'CNBC', 'Yahoo Finance', 'Yahoo News', 'HuffPost',
  'BuzzFeed News', 'The Verge', 'Wired', 'TechCrunch', 'The Independent', 'Daily Mail', 'The Sun', 'The Mirror',
  'Sky News', 'The Observer', 'Le Monde', 'Der Spiegel', 'Spiegel', 'Kyiv Independent', 'Kyiv Post',
  'Ukrainska Pravda', 'Meduza', 'Kommersant', 'Interfax', 'TASS', 'RIA Novosti', 'RT', 'Xinhua', 'Kyodo', 'Yonhap',
  'Haaretz', 'The Times of Israel', 'Jerusalem Post', 'South China Morning Post', 'Nikkei', 'Los Angeles Times',
  'Chicago Tribune', 'USA Today', 'The Hill', 'Snopes', 'ProPublica', 'The Intercept', 'Mediapart',
  'Seattle Times', 'Breitbart', 'Variety', 'Deadline', 'Hollywood Reporter', 'The Hollywood Reporter',
  'Rolling Stone', 'Der Standard', 'Die Welt', 'Bild', 'Corriere della Sera', 'El País', 'ISW',
  'Institute for the Study of War',
];

/** Words in a name that make it a publication ("the news agency", "MakingStarWars.net", "Tribune"). */
export const PUBLICATION_WORDS: readonly string[] = [
  'news', 'newspaper', 'paper', 'agency', 'magazine', 'journal', 'times', 'post', 'tribune', 'gazette', 'herald',
  'daily', 'weekly', 'outlet', 'broadcaster', 'channel', 'site', 'website', 'blog', 'publication', 'tabloid',
  'wire', 'reports', 'press', 'media', 'television', 'radio', 'tv',
];

/** Words in a name that make it a government body or official ("the ministry", "Department of ...", "White House"). */
export const GOVERNMENT_WORDS: readonly string[] = [
  'ministry', 'department', 'government', 'administration', 'white house', 'kremlin', 'pentagon', 'congress',
  'senate', 'parliament', 'cabinet', 'police', 'military', 'army', 'navy', 'air force', 'armed forces',
  'general staff', 'court', 'courts', 'prosecutor', 'prosecutors', 'embassy', 'state department', 'treasury',
  'federal reserve', 'central bank', 'budget office', 'commission', 'authority', 'authorities', 'bureau', 'fbi',
  'cia', 'nsa', 'cdc', 'fda', 'epa', 'nasa', 'nato', 'un', 'united nations', 'eu', 'european union',
  'european commission', 'officials', 'official', 'council of', 'mayor', 'governor', 'city hall', 'state',
  'county', 'conservation', 'regulator', 'regulators', 'sbu', 'gur', 'fsb',
];

/** Words in a name that make it an organisation ("Con Edison", "Brookings Institution", "the company"). */
export const ORGANISATION_WORDS: readonly string[] = [
  'university', 'institute', 'institution', 'center', 'centre', 'foundation', 'association', 'company', 'firm',
  'inc', 'inc.', 'corp', 'corp.', 'co.', 'corporation', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'party', 'research', 'bank', 'fund',
  'council', 'committee', 'society', 'union', 'organisation', 'organization', 'network', 'project', 'alliance',
  'league', 'federation', 'club', 'church', 'hospital', 'clinic', 'school', 'college', 'laboratory', 'lab', 'labs',
  'trust', 'coalition', 'campaign', 'board', 'team', 'movement', 'consultancy', 'partners', 'capital', 'holdings',
  'brands', 'systems', 'technologies', 'amnesty', 'red cross', 'greenpeace', 'apple', 'google', 'amazon',
  'facebook', 'meta', 'microsoft', 'nintendo', 'twitter', 'alibaba', 'tesla', 'whole foods', 'stack overflow',
  'con edison', 'ilm',
];

/** Nouns that make a source a document ("the report", "a study", "the plan"). */
export const DOCUMENT_WORDS: readonly string[] = [
  'report', 'study', 'survey', 'poll', 'plan', 'memo', 'document', 'documents', 'analysis', 'findings', 'finding',
  'research', 'data', 'statement', 'letter', 'paper', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling',
  'results', 'figures', 'estimates', 'tweet', 'post', 'sign', 'signs', 'leaks', 'leak', 'records', 'model',
  'article', 'review', 'audit', 'assessment', 'briefing', 'transcript', 'video', 'footage', 'evidence', 'book',
  'email', 'message',
];

/** Participles that name who read a cited document ("a transcript reviewed by Business Insider", "reports seen by Reuters"): that reader is a source too. */
export const READER_PARTICIPLES: readonly string[] = ['seen', 'reviewed', 'obtained'];

/** Titles that make a name a person ("Mr.", "Senator", "press secretary"); abbreviations with and without their dot. */
export const PERSON_TITLES: readonly string[] = [
  ...['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col'].flatMap((t) => [t, `${t}.`]),
  'professor', 'senator', 'representative', 'governor', 'president', 'prime minister', 'minister',
  'secretary', 'chancellor', 'mayor', 'general', 'colonel', 'captain', 'judge',
  'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'ceo', 'chairman', 'chairwoman', 'chair', 'director',
  'founder', 'co-founder', 'chief', 'commissioner', 'ambassador', 'lord', 'lady', 'sir', 'king', 'queen', 'pope',
  'md', 'phd', 'analyst', 'writer', 'editor', 'colleague', 'supervisor', 'economist', 'lawyer', 'attorney',
  'leader', 'deputy', 'officer', 'adviser', 'advisor', 'aide',
];

/** Descriptions that point back to the latest source of one type ("the news agency" → the latest publication). */
export const DESCRIPTION_TYPES: Readonly<Record<'publication' | 'organisation' | 'government' | 'document' | 'person', readonly string[]>> = {
  publication: ['news agency', 'agency', 'newspaper', 'paper', 'outlet', 'publication', 'magazine', 'broadcaster', 'site', 'website', 'channel', 'daily'],
  government: ['ministry', 'department', 'government', 'administration', 'agency', 'office'],
  organisation: ['company', 'corporation', 'firm', 'group', 'organisation', 'organization', 'retailer', 'party', 'institute', 'university', 'bank', 'charity'],
  document: ['report', 'study', 'survey', 'plan', 'memo', 'document', 'analysis', 'paper', 'statement', 'poll'],
  person: ['minister', 'prime minister', 'president', 'spokesman', 'spokeswoman', 'senator', 'official', 'chief', 'researcher'],
};

/**
 * Nouns that end an institution's own name ("Consumer Financial Protection Bureau"), so
 * "the bureau" can be found by name; "the company" cannot ("Whole Foods" has no "Company").
 */
export const INSTITUTION_NOUNS: readonly string[] = [
  'bureau', 'agency', 'department', 'ministry', 'office', 'commission', 'council', 'committee', 'institute',
  'university', 'court', 'service', 'board', 'authority', 'administration', 'association', 'foundation', 'center',
  'centre', 'party', 'bank', 'fund', 'union', 'organization', 'organisation', 'institution', 'society', 'police',
];

/** Places a source is never (a "he" credited to "New York" is a misreading): US states, large cities and countries often in the news. */
export const PLACE_NAMES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Washington State',
  'West Virginia', 'Wisconsin', 'Wyoming', 'New York City', 'Los Angeles', 'San Francisco', 'Chicago', 'Boston',
  'Brooklyn', 'Manhattan', 'London', 'Paris', 'Berlin', 'Moscow', 'Beijing', 'Tokyo', 'America', 'United States',
  'Britain', 'Great Britain', 'England', 'Scotland', 'Ireland', 'France', 'Germany', 'Italy', 'Spain', 'Russia',
  'China', 'Japan', 'India', 'Canada', 'Mexico', 'Brazil', 'Australia', 'Israel', 'Iran', 'Iraq', 'Syria', 'Ukraine',
  'Europe', 'Asia', 'Africa',
];

/** Titles that say a person is a woman or a man ("Mrs. Okafor" is no later "he"). */
export const FEMININE_TITLES: readonly string[] = [
  'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'madame', 'mme', 'lady', 'dame', 'queen', 'princess', 'duchess', 'sister',
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'councilwoman', 'actress',
];
export const MASCULINE_TITLES: readonly string[] = [
  'mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'duke', 'brother', 'father', 'spokesman', 'chairman', 'congressman',
  'businessman', 'councilman', 'actor',
];

/** Common given names that are (nearly always) a woman's or a man's, for "he" and "she" to skip the other. */
export const FEMININE_NAMES: readonly string[] = [
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'nancy', 'lisa',
  'betty', 'margaret', 'sandra', 'ashley', 'kimberly', 'emily', 'donna', 'michelle', 'dorothy', 'carol', 'amanda',
  'melissa', 'deborah', 'stephanie', 'rebecca', 'sharon', 'laura', 'cynthia', 'kathleen', 'amy', 'angela', 'shirley',
  'anna', 'brenda', 'pamela', 'emma', 'nicole', 'helen', 'samantha', 'katherine', 'catherine', 'christine', 'debra',
  'rachel', 'carolyn', 'janet', 'ruth', 'maria', 'heather', 'diane', 'virginia', 'julie', 'joyce', 'victoria', 'olivia',
  'christina', 'cristina', 'lauren', 'joan', 'evelyn', 'judith', 'megan', 'cheryl', 'hannah',
  'martha', 'jacqueline', 'frances', 'gloria', 'ann', 'anne', 'teresa', 'kathryn', 'sara', 'janice', 'alice',
  'madison', 'julia', 'grace', 'judy', 'theresa', 'beverly', 'denise', 'marilyn', 'amber', 'danielle', 'rose',
  'brittany', 'diana', 'abigail', 'natalie', 'jane', 'lori', 'tiffany', 'kayla', 'sophie', 'sophia',
  'claire', 'charlotte', 'lucy', 'chloe', 'isabella', 'ella', 'jenny', 'kate', 'susanne', 'monica', 'veronica',
  'elena', 'ana', 'carmen', 'isabel', 'lucia', 'marta', 'francesca', 'giulia', 'chiara', 'sofia', 'marie', 'sylvie',
  'nathalie', 'isabelle', 'ursula', 'petra', 'katarina', 'ingrid', 'olga', 'natalia', 'tatiana', 'irina',
  'svetlana', 'yulia', 'ellen', 'eleanor', 'louise', 'caroline', 'alison', 'fiona', 'gillian', 'harriet', 'fatima', 'aisha', 'priya', 'yuki', 'mei', 'nadia', 'leila', 'hillary', 'kamala', 'nikki',
  'nina', 'gretchen', 'sally', 'wendy', 'vanessa', 'tanya', 'tina', 'paula', 'molly', 'jill', 'erin', 'melanie', 'lily', 'zoe', 'ava', 'mia', 'elise', 'miriam', 'esther', 'nora', 'stella', 'valerie', 'yvonne', 'gwen', 'beth', 'meg', 'liz', 'sue', 'maggie', 'kathy', 'cathy', 'debbie', 'becky', 'kirsten', 'kristen', 'britney', 'oprah', 'ivanka', 'melania', 'kellyanne', 'greta',
];
export const MASCULINE_NAMES: readonly string[] = [
  'james', 'robert', 'john', 'michael', 'david', 'william', 'richard', 'joseph', 'thomas', 'charles', 'christopher',
  'daniel', 'matthew', 'anthony', 'mark', 'donald', 'steven', 'paul', 'andrew', 'joshua', 'kenneth', 'kevin', 'brian',
  'george', 'timothy', 'ronald', 'edward', 'jason', 'jeffrey', 'ryan', 'jacob', 'gary', 'nicholas', 'eric',
  'jonathan', 'stephen', 'larry', 'justin', 'scott', 'brandon', 'benjamin', 'samuel', 'gregory', 'alexander',
  'frank', 'patrick', 'raymond', 'jack', 'dennis', 'jerry', 'tyler', 'aaron', 'jose', 'adam', 'nathan', 'henry',
  'douglas', 'zachary', 'peter', 'kyle', 'ethan', 'walter', 'noah', 'jeremy', 'christian', 'keith', 'roger', 'terry',
  'gerald', 'harold', 'sean', 'austin', 'carl', 'arthur', 'lawrence', 'dylan', 'jesse', 'bryan', 'billy',
  'joe', 'bruce', 'gabriel', 'logan', 'albert', 'willie', 'alan', 'juan', 'wayne', 'elijah', 'randy', 'roy', 'vincent',
  'ralph', 'eugene', 'russell', 'bobby', 'mason', 'philip', 'louis', 'tom', 'tim', 'jim', 'bill', 'bob', 'mike', 'dave',
  'steve', 'matt', 'dan', 'ben', 'tony', 'martin', 'simon', 'ian', 'neil', 'graham', 'colin', 'hugh',
  'carlos', 'luis', 'miguel', 'javier', 'fernando', 'antonio', 'manuel', 'francisco', 'pablo', 'diego', 'jorge',
  'alejandro', 'marco', 'giovanni', 'giuseppe', 'luca', 'matteo', 'pierre', 'jean-pierre', 'jacques', 'michel',
  'oliver', 'harry', 'edwin', 'hans', 'klaus', 'jürgen', 'wolfgang', 'stefan', 'sergei', 'vladimir', 'dmitry', 'ivan', 'alexei', 'mohammed',
  'muhammad', 'ahmed', 'ali', 'omar', 'hassan', 'rajesh', 'hiroshi', 'wei', 'barack', 'boris', 'emmanuel',
  'elon', 'jeff', 'bernie', 'ted', 'chuck', 'mitch', 'mitt', 'newt', 'rudy', 'jared', 'reince', 'jimmy', 'barry', 'gordon', 'nigel', 'nick', 'greg', 'doug', 'fred', 'howard', 'leonard', 'stanley', 'norman', 'herbert', 'victor', 'hugo', 'oscar', 'felix', 'leo', 'luke', 'owen', 'evan', 'iván', 'josé', 'andrés', 'sergio', 'rafael', 'ricardo', 'roberto', 'eduardo', 'xavier', 'angelo', 'franco', 'paolo', 'lorenzo', 'vikram', 'sanjay', 'arjun', 'rahul', 'narendra', 'shinzo', 'recep', 'olaf', 'friedrich', 'volodymyr', 'dmitri', 'mikhail', 'yuri', 'andrei', 'nikolai', 'jamal', 'tariq', 'yusuf', 'ibrahim', 'khalid', 'abdul', 'mustafa', 'kenji', 'takeshi',
];

/** Clipped names news writing uses for a body named in full elsewhere ("the Fed" for the Federal Reserve): short form (lower case) → full name. */
export const SHORT_NAMES: Readonly<Record<string, string>> = {
  fed: 'Federal Reserve',
};

/** Publications a reader never shortens to their last word: "the Times" beside the Financial Times is The Times of London. */
export const NOT_SHORTENED_TO_TAIL: readonly string[] = ['financial times'];

/** Nouns that say, in an appositive after a name ("Zentek, a Danish chip maker,"), that the name is a body's. */
export const BODY_APPOSITIVE_NOUNS: readonly string[] = [
  'company', 'corporation', 'firm', 'group', 'organisation', 'organization', 'retailer', 'institute', 'university', 'bank',
  'charity', 'startup', 'start-up', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'nonprofit', 'agency',
  'publisher', 'chain', 'giant', 'operator', 'provider', 'developer', 'carrier', 'airline', 'lender', 'insurer',
  'conglomerate', 'subsidiary', 'supplier', 'contractor', 'utility', 'broker', 'consultancy', 'laboratory', 'lab',
];

/** Offices one person holds at a time, so "the <office>" stands for the person the article gave that title. */
export const SINGLE_HOLDER_OFFICES: readonly string[] = [
  'president', 'vice president', 'president-elect', 'prime minister', 'chancellor', 'premier', 'governor', 'mayor',
  'sheriff', 'senator', 'congressman', 'congresswoman', 'pope', 'police chief', 'chief executive', 'coach',
  'attorney general', 'secretary of state', 'speaker', 'commissioner', 'ambassador', 'judge', 'ceo',
];

/** Acronyms (dots left out) that name a state or a union of states, a government rather than an organisation. */
export const STATE_ACRONYMS: readonly string[] = ['US', 'USA', 'UK', 'EU', 'UN', 'UAE', 'USSR', 'PRC', 'DPRK', 'ROK'];
