/**
 * Interface text, in one place: every word the site prints that is not the desk's content (its
 * title, categories, rating scale) or the articles'. One dictionary per language, each a complete
 * `Dictionary`: a key missing from one fails `astro check` (and `tsc`). The site uses the
 * dictionary of the configured `language` (its primary subtag: `fr-CA` uses `fr`); a language
 * without one falls back to English, and the build says so. Dates and numbers are written with
 * the configured `locale` (Intl), not here.
 *
 * Templates: `{name}` marks a slot. Plain slots are filled by `fill()`; slots that become links or
 * emphasis in a page are filled by the `Sentence` component. Functions take what varies (counts
 * come already formatted, in the desk's locale).
 *
 * To add a language: copy `fr` below, translate every value, add it to `dictionaries`.
 */

/** A counted noun: `one` for the singular (English 1; French 0 and 1), `many` otherwise. */
export interface Noun {
  one: string;
  many: string;
}

/** Strings the browser search script needs, serialised into the search page (so the script ships no dictionary). */
export interface SearchScriptStrings {
  rated: string;
  notRatedSourcing: string;
  claimedBy: string;
  showMore: string;
  noMatch: string;
  matchOne: string;
  matchMany: string;
  showing: string;
  typeOrPick: string;
  searching: string;
}

export interface Dictionary {
  nouns: {
    claim: Noun;
    newsArticle: Noun;
    outlet: Noun;
    factualClaim: Noun;
    sourceArticle: Noun;
    article: Noun;
    category: Noun;
    change: Noun;
    person: Noun;
    source: Noun;
  };
  /** Joins the last two names of a list: `A, B and C`. */
  and: string;
  /** A label's colon: `RT: “…”` (French puts a no-break space before it). */
  colon: string;
  /** `A, B, C and 4 more`. */
  andMore: (names: string, more: string) => string;
  /** `, page 2` after a page's title. */
  pageNote: (page: number) => string;
  statuses: { corroborated: string; 'single-source': string; attributed: string; disputed: string };
  statusMeanings: { corroborated: string; 'single-source': string; attributed: string; disputed: string };
  /** The rating filter's and the charts' value for claims without a verdict. */
  notRated: string;
  /** Name of an article's outlet when it has none. */
  unknownOutlet: string;
  /** People grouped by side: where no article says which. */
  otherSide: string;
  standing: {
    rated: (label: string) => string;
    notRated: (status: string) => string;
    /** Hidden before a badge, for screen readers. */
    ratedPrefix: string;
    notRatedPrefix: string;
  };
  layout: {
    skip: string;
    mainNav: string;
    nav: { claims: string; categories: string; people: string; outlets: string; sources: string; changes: string; methodology: string };
    searchLandmark: string;
    searchLabel: string;
    searchButton: string;
    footer: (title: string) => string;
    allClaimsData: string;
    rssFeed: string;
    howWeWork: string;
    feedTitle: (title: string) => string;
  };
  feed: { description: string };
  home: {
    title: (site: string) => string;
    heading: string;
    span: (from: string, to: string) => string;
    description: (claims: string, articles: string) => string;
    /** Slots: {articles}, {outlets}, {published} (empty or ` published <span>`), {claims}. */
    lede: string;
    published: (span: string) => string;
    /** Slots (links): {category}, {people}, {outlet}, {search}, {methodology}. */
    browse: string;
    browseLinks: { category: string; people: string; outlet: string; search: string; methodology: string };
    atAGlance: string;
    ourRatings: string;
    rating: string;
    sourcingChart: string;
    sourcing: string;
    timeline: string;
    byCategory: string;
    byCategoryCaption: string;
    category: string;
    all: string;
    mostCorroborated: string;
    mostCorroboratedNote: string;
    peopleMostNamed: string;
    everyoneNamed: string;
    articlesRead: string;
    allArticles: (count: string) => string;
  };
  notFound: { title: string; description: string; text: string; search: string; browse: string; home: string };
  chart: { asTable: string; table: (title: string) => string; all: string; claims: string; alsoElsewhere: string; onlyThisOutlet: string };
  timeline: {
    per: { day: string; week: string; month: string };
    perUnit: (unit: string) => string;
    weekOf: (date: string) => string;
    allFrom: (count: string, when: string) => string;
    fromTo: (count: string, from: string, to: string, most: number, unit: 'day' | 'week' | 'month', busiest: string) => string;
    max: (n: number) => string;
    column: { day: string; week: string; month: string };
    claims: string;
  };
  cite: {
    heading: string;
    permalink: string;
    embed: string;
    copy: string;
    citation: string;
    /** Slot: {label}. */
    copied: string;
    copyFailed: string;
  };
  citation: {
    /** The title's suffix naming the rating: `[Fact check: Mostly true]`. */
    factCheck: (rating: string) => string;
    apaDate: (year: number, month: number, day: number) => string;
    mlaDate: (year: number, month: number, day: number) => string;
    chicagoModified: (year: number, month: number, day: number) => string;
    bibtexNote: (updated: string) => string;
  };
  claimList: { claimedBy: (name: string) => string; sourcing: (status: string) => string };
  pager: { previous: string; next: string; pageOf: (page: number, last: number) => string };
  quantities: { label: string; counted: string; amount: string; unit: string; asWritten: string; of: (n: string) => string };
  redirect: { title: (title: string) => string; description: string; heading: string; text: (title: string) => string; permalink: string };
  sources: {
    quoted: string;
    reported: string;
    via: string;
    inOurCopy: string;
    quotedHere: string;
    paragraph: (n: string) => string;
    original: string;
  };
  withdrawn: {
    title: (title: string) => string;
    description: (date: string, reason: string) => string;
    eyebrow: string;
    heading: string;
    on: string;
    reason: string;
    noReason: string;
    entryRead: (text: string) => string;
    /** Slots (links): {claims}, {methodology}. */
    gone: string;
    currentClaims: string;
    howWeWork: string;
  };
  claim: {
    description: (standing: string, claim: string, status: string | undefined, outlets: string) => string;
    ourRating: string;
    deskLabel: string;
    reviewed: (by: string | undefined, on: string | undefined) => { before: string; between: string; after: string };
    sourcing: string;
    howSourced: string;
    notRatedYet: string;
    editorsNote: string;
    who: string;
    claimedBy: string;
    via: (names: string) => string;
    reportedBy: string;
    namedInClaim: string;
    morePeople: (n: number) => string;
    figures: string;
    sources: (n: number) => string;
    otherSources: (n: number) => string;
    howTheyDiffer: string;
    aspects: { figure: string; qualifier: string; wording: string };
    updates: string;
    lastUpdated: string;
    /** Slot (link): {changes}. */
    earlierChanges: (n: number) => string;
    changesPage: string;
    related: string;
  };
  claimsIndex: { title: string; description: (claims: string) => string; text: (claims: string, categories: string) => string; searchThem: string; all: (count: string, n: number, key: string, label: string) => string };
  categories: { title: string; description: string };
  category: {
    title: (label: string) => string;
    description: (claims: string, label: string, description: string) => string;
    eyebrow: string;
    count: (claims: string) => string;
    ourRatings: string;
    rating: string;
    sourcingChart: string;
    sourcing: string;
    pages: (label: string) => string;
  };
  changes: { title: string; description: string; text: (changes: string) => string; caption: string; date: string; claim: string; change: string; pages: string; newer: string; older: string };
  outlets: {
    title: string;
    description: string;
    chart: (top: number | undefined) => string;
    outlet: string;
    caption: string;
    articles: string;
    claims: string;
    onlyThis: string;
    sideBySide: string;
    sideBySideNote: string;
    topColumns: (n: number) => string;
    matrixCaption: string;
    claim: string;
    reportsIt: (outlet: string) => string;
    pages: string;
  };
  outlet: { description: (name: string, articles: string, claims: string) => string; articles: (n: number) => string; shared: (n: number) => string; exclusive: (name: string, n: number) => string; pages: (name: string) => string };
  people: { title: string; description: string; text: (people: string) => string; pages: string };
  person: {
    description: (name: string, claims: string) => string;
    role: string;
    roles: string;
    side: string;
    search: (name: string) => string;
    timeline: (name: string) => string;
    claims: (name: string) => string;
    pages: (name: string) => string;
  };
  search: {
    title: string;
    description: string;
    formLabel: string;
    words: string;
    button: string;
    order: string;
    bestMatch: string;
    newest: string;
    oldest: string;
    filters: string;
    countsSite: string;
    countsResults: string;
    legends: { rating: string; status: string; category: string; outlet: string; person: string; month: string };
    personAndDate: string;
    anyone: string;
    from: string;
    earliest: string;
    to: string;
    latest: string;
    /** Slots (links): {category}, {person}, {outlet}. */
    needsJs: string;
    needsJsLinks: { category: string; person: string; outlet: string };
    script: SearchScriptStrings;
  };
  articles: { title: string; description: (articles: string) => string; text: string; fullText: string; pages: string };
  article: {
    descriptionCopy: (title: string, outlet: string | undefined, claims: string) => string;
    descriptionQuotes: (title: string, outlet: string | undefined, claims: string) => string;
    eyebrow: string;
    outlet: string;
    author: string;
    published: string;
    original: string;
    claims: string;
    found: (claims: string) => string;
    highlighted: string;
    quotedHeading: string;
    /** What precedes the original's link, or the note that there is none. */
    weQuote: (outlet: string | undefined) => string;
    readIt: string;
    atOriginal: string;
    noAddress: string;
    inOriginal: string;
    textHeading: string;
    paragraph: (n: string) => string;
    more: (title: string) => string;
    claimMark: string;
    fromArticle: string;
  };
  embed: { withdrawn: (title: string) => string; withdrewEntry: string; counts: (sources: string, outlets: string) => string; ratedBy: (name: string) => string; on: (date: string) => string; notRated: string };
  cards: { reportedBy: (names: string) => string; categoryTitle: (label: string) => string; traced: (claims: string) => string; reported: string; footer: string };
  history: {
    created: string;
    sourceAdded: string;
    reportAdded: (outlet: string) => string;
    reportsAdded: (outlets: string) => string;
    sourceRemoved: string;
    reportRemoved: (outlet: string) => string;
    reportsRemoved: (outlets: string) => string;
    stillCounts: (outlets: string, many: boolean) => string;
    reworded: (before: string | undefined) => string;
    statusChanged: (from: string, to: string) => string;
    statusChangedUnknown: string;
    mergedWith: (title: string) => string;
    mergedEarlier: string;
    ratedAs: (label: string) => string;
    rated: string;
    ratingChanged: (detail: string | undefined) => string;
    corrected: (detail: string | undefined) => string;
    withdrawn: (detail: string | undefined) => string;
    shownAgain: string;
  };
  methodology: {
    title: string;
    description: string;
    heading: string;
    lede: string;
    finding: string;
    /** Slot (link): {sources}. */
    findingText: string;
    sourcesLink: string;
    merging: string;
    /** Slots: {differ} (emphasis), {outlets} (link). */
    mergingText: string;
    differ: string;
    outletsLink: string;
    statuses: string;
    statusNote: string;
    verdicts: string;
    /** Slots: {labels}, {claimReview} (code). */
    verdictsText: string;
    corrections: string;
    /** Slots: {updates} (emphasis), {changes} (link). */
    correctionsText: string;
    updates: string;
    changesLink: string;
    data: string;
    /** Slots (links): {index}, {feed}; {embeds} is text. */
    dataText: string;
    feedLink: string;
    embeds: string;
  };
}

const en = {
  nouns: {
    claim: { one: 'claim', many: 'claims' },
    newsArticle: { one: 'news article', many: 'news articles' },
    outlet: { one: 'outlet', many: 'outlets' },
    factualClaim: { one: 'factual claim', many: 'factual claims' },
    sourceArticle: { one: 'source article', many: 'source articles' },
    article: { one: 'article', many: 'articles' },
    category: { one: 'category', many: 'categories' },
    change: { one: 'change', many: 'changes' },
    person: { one: 'person', many: 'people' },
    source: { one: 'source', many: 'sources' },
  },
  and: 'and',
  colon: ': ',
  andMore: (names, more) => `${names} and ${more} more`,
  pageNote: (page) => `, page ${page}`,
  statuses: { corroborated: 'Corroborated', 'single-source': 'Single source', attributed: 'Attributed', disputed: 'Disputed' },
  statusMeanings: {
    corroborated: 'Reported independently by two or more outlets.',
    'single-source': 'Reported by one outlet only; not yet confirmed elsewhere.',
    attributed: "Rests only on a party's own word (a statement by a side involved), as reported.",
    disputed: 'Sources conflict, or a party involved denies it.',
  },
  notRated: 'Not rated',
  unknownOutlet: 'Unknown outlet',
  otherSide: 'Other',
  standing: {
    rated: (label) => `Rated ${label}`,
    notRated: (status) => `${status}, not rated`,
    ratedPrefix: 'Rated: ',
    notRatedPrefix: 'Not rated; sourcing: ',
  },
  layout: {
    skip: 'Skip to content',
    mainNav: 'Main',
    nav: { claims: 'Claims', categories: 'Categories', people: 'People', outlets: 'Outlets', sources: 'Sources', changes: 'Changes', methodology: 'Methodology' },
    searchLandmark: 'Site',
    searchLabel: 'Search claims',
    searchButton: 'Search',
    footer: (title) => `${title} traces every claim to the sentences that reported it. Data: open for reuse.`,
    allClaimsData: 'All claims (NDJSON and CSV files, listed in claims.json)',
    rssFeed: 'RSS feed',
    howWeWork: 'How we work',
    feedTitle: (title) => `${title}: claims`,
  },
  feed: { description: 'New and updated fact-check claims, each traced to its sources.' },
  home: {
    title: (site) => `${site}: every claim, traced to its sources`,
    heading: 'Every claim, traced to its sources',
    span: (from, to) => `${from} to ${to}`,
    description: (claims, articles) => `${claims} from ${articles}, each traced to the sentences that reported it.`,
    lede: 'We read {articles} from {outlets}{published} and recorded {claims}. Each claim links to the exact sentences that reported it, says how well it is supported, and shows where the outlets disagree.',
    published: (span) => ` published ${span}`,
    browse: 'Browse by {category}, {people} or {outlet}, {search}, or read {methodology}.',
    browseLinks: { category: 'category', people: 'people', outlet: 'outlet', search: 'search all claims', methodology: 'how we work' },
    atAGlance: 'At a glance',
    ourRatings: 'Our ratings',
    rating: 'Rating',
    sourcingChart: 'How well claims are sourced',
    sourcing: 'Sourcing',
    timeline: 'When the claims were made',
    byCategory: 'Claims by category and sourcing',
    byCategoryCaption: 'Number of claims in each category, by status',
    category: 'Category',
    all: 'All',
    mostCorroborated: 'Most corroborated',
    mostCorroboratedNote: 'Claims reported by the most outlets.',
    peopleMostNamed: 'People most named',
    everyoneNamed: 'Everyone named in the claims',
    articlesRead: 'Articles read',
    allArticles: (count) => `All ${count}`,
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    text: 'There is no page at this address. If you followed a link to a claim, it may have been merged into another one.',
    search: 'Search the claims',
    browse: 'Browse by category',
    home: 'Go to the home page',
  },
  chart: { asTable: 'The numbers as a table', table: (title) => `${title}: table`, all: 'All', claims: 'Claims', alsoElsewhere: 'Also elsewhere', onlyThisOutlet: 'Only this outlet' },
  timeline: {
    per: { day: 'day', week: 'week', month: 'month' },
    perUnit: (unit) => `(claims per ${unit})`,
    weekOf: (date) => `Week of ${date}`,
    allFrom: (count, when) => `${count}, all from ${when}.`,
    fromTo: (count, from, to, most, unit, busiest) => `${count} from ${from} to ${to}; the most, ${most}, ${unit === 'day' ? 'on' : 'in'} ${busiest}.`,
    max: (n) => `${n} max`,
    column: { day: 'Day', week: 'Week', month: 'Month' },
    claims: 'Claims',
  },
  cite: {
    heading: 'Cite this claim',
    permalink: 'Permalink',
    embed: 'Embed',
    copy: 'Copy',
    citation: 'Citation',
    copied: '{label} copied to the clipboard.',
    copyFailed: 'Copying failed; select the text and copy it instead.',
  },
  citation: {
    factCheck: (rating) => `[Fact check: ${rating}]`,
    apaDate: (year, month, day) => `${year}, ${enMonths[month]} ${day}`,
    mlaDate: (year, month, day) => `${day} ${mlaMonths[month]} ${year}`,
    chicagoModified: (year, month, day) => `Last modified ${enMonths[month]} ${day}, ${year}`,
    bibtexNote: (updated) => `Claim entry, last updated ${updated}`,
  },
  claimList: { claimedBy: (name) => `Claimed by ${name}`, sourcing: (status) => `sourcing: ${status}` },
  pager: { previous: 'Previous page', next: 'Next page', pageOf: (page, last) => `Page ${page} of ${last}` },
  quantities: { label: 'Figures in the claim', counted: 'What is counted', amount: 'Amount', unit: 'Unit', asWritten: 'As written', of: (n) => `of ${n}` },
  redirect: {
    title: (title) => `Moved: ${title}`,
    description: 'This claim now lives at a new address.',
    heading: 'This claim has moved',
    text: (title) => `“${title}” now lives at {permalink}.`,
    permalink: 'its permalink',
  },
  sources: { quoted: 'Quoted', reported: 'Reported', via: ' via ', inOurCopy: 'In our copy', quotedHere: 'Quoted', paragraph: (n) => `, paragraph ${n}`, original: 'Original article' },
  withdrawn: {
    title: (title) => `Withdrawn: ${title}`,
    description: (date, reason) => `This claim entry was withdrawn on ${date}.${reason ? ` ${reason}` : ''}`,
    eyebrow: 'Withdrawn claim',
    heading: 'Why this entry was withdrawn',
    on: 'Our editors withdrew this entry on {date}.',
    reason: 'Reason: ',
    noReason: 'No reason was recorded.',
    entryRead: (text) => `The entry read: “${text}”`,
    gone: 'It no longer appears in lists, search or feeds. {claims} or read {methodology}.',
    currentClaims: 'Browse the current claims',
    howWeWork: 'how we work',
  },
  claim: {
    description: (standing, claim, status, outlets) => `${standing}: ${claim} ${status !== undefined ? `Sourcing: ${status}, ` : 'Reported by '}${outlets}.`,
    ourRating: 'Our rating',
    deskLabel: 'The desk’s own label.',
    reviewed: (by, on) => ({ before: `Reviewed${by ? ` by ${by}` : ''}`, between: on ? ' on ' : '', after: '.' }),
    sourcing: 'Sourcing: ',
    howSourced: 'How well it is sourced',
    notRatedYet: 'Not rated by our editors yet.',
    editorsNote: 'Editor’s note:',
    who: 'Who said it, who is named',
    claimedBy: 'Claimed by',
    via: (names) => `, via ${names}`,
    reportedBy: 'Reported by',
    namedInClaim: 'Named in the claim',
    morePeople: (n) => `And ${n} more people named in the sources.`,
    figures: 'Figures',
    sources: (n) => `Sources (${n})`,
    otherSources: (n) => `The other ${n} sources`,
    howTheyDiffer: 'How the outlets differ',
    aspects: { figure: 'Figure', qualifier: 'Qualifier', wording: 'Wording' },
    updates: 'Updates',
    lastUpdated: 'Last updated {date}.',
    earlierChanges: (n) => `And ${n} earlier changes, listed on the {changes}.`,
    changesPage: 'changes page',
    related: 'Related claims',
  },
  claimsIndex: {
    title: 'Claims',
    description: (claims) => `${claims}, by category.`,
    text: (claims, categories) => `${claims} in ${categories}. {search}, or download them as NDJSON or CSV (the files are listed in {index}).`,
    searchThem: 'Search them',
    all: (count, n, key) => `All ${count} ${key} ${n === 1 ? 'claim' : 'claims'}`,
  },
  categories: { title: 'Categories', description: 'Claims grouped by what they are about.' },
  category: {
    title: (label) => `${label} claims`,
    description: (claims, label, description) => `${claims} in the category ${label}. ${description}`,
    eyebrow: 'Category',
    count: (claims) => `${claims}.`,
    ourRatings: 'Our ratings',
    rating: 'Rating',
    sourcingChart: 'How well they are sourced',
    sourcing: 'Sourcing',
    pages: (label) => `Pages of ${label} claims`,
  },
  changes: {
    title: 'Changes',
    description: 'Every change to every claim entry, newest first.',
    text: (changes) => `${changes} to claim entries, newest first. Each claim page also lists its own updates.`,
    caption: 'Changes to claim entries',
    date: 'Date',
    claim: 'Claim',
    change: 'Change',
    pages: 'Pages of changes',
    newer: 'Newer changes',
    older: 'Older changes',
  },
  outlets: {
    title: 'Outlets',
    description: 'Which outlet reports which claim, side by side.',
    chart: (top) => `Claims each outlet reports, and how many no other outlet reports${top !== undefined ? ` (the ${top} outlets with the most claims)` : ''}`,
    outlet: 'Outlet',
    caption: 'Articles and claims per outlet',
    articles: 'Articles',
    claims: 'Claims',
    onlyThis: 'Only this outlet',
    sideBySide: 'Side by side',
    sideBySideNote:
      'Claims reported by more than one outlet. A ✓ means the outlet reports the claim and links to the sentence in our copy of the article. Claims only one outlet reports are on that outlet’s page.',
    topColumns: (n) => ` The ${n} outlets with the most claims have a column.`,
    matrixCaption: 'Claims (rows) reported by each outlet (columns)',
    claim: 'Claim',
    reportsIt: (outlet) => `${outlet} reports it`,
    pages: 'Pages of the side-by-side table',
  },
  outlet: {
    description: (name, articles, claims) => `${name}: ${articles} and the ${claims} it reports.`,
    articles: (n) => `Articles (${n})`,
    shared: (n) => `Also reported elsewhere (${n})`,
    exclusive: (name, n) => `Only ${name} reports (${n})`,
    pages: (name) => `Pages of ${name}`,
  },
  people: {
    title: 'People',
    description: 'Everyone named in the claims, with their roles.',
    text: (people) => `${people} named in the claims, grouped by the side they represent.`,
    pages: 'Pages of people',
  },
  person: {
    description: (name, claims) => `${name}: roles and the ${claims} that name them.`,
    role: 'Role',
    roles: 'Roles',
    side: 'Side',
    search: (name) => `Search and filter the claims naming ${name}`,
    timeline: (name) => `When the claims naming ${name} were made`,
    claims: (name) => `Claims naming ${name}`,
    pages: (name) => `Pages of claims naming ${name}`,
  },
  search: {
    title: 'Search claims',
    description: 'Search every claim by keyword, and narrow by rating, sourcing, category, outlet, person and date.',
    formLabel: 'Claims, with filters',
    words: 'Words to look for',
    button: 'Search',
    order: 'Order',
    bestMatch: 'Best match',
    newest: 'Newest first',
    oldest: 'Oldest first',
    filters: 'Filter by rating, sourcing, category, outlet, person or date',
    countsSite: 'Numbers in brackets: claims on the whole site.',
    countsResults: 'Numbers in brackets: claims each choice would leave among these results.',
    legends: { rating: 'Rating', status: 'Sourcing', category: 'Category', outlet: 'Outlet', person: 'Person named', month: 'Month' },
    personAndDate: 'Person and date',
    anyone: 'Anyone',
    from: 'From',
    earliest: 'Earliest',
    to: 'To',
    latest: 'Latest',
    needsJs: 'Search runs in your browser and needs JavaScript. Without it, browse claims by {category}, {person} or {outlet}.',
    needsJsLinks: { category: 'category', person: 'person', outlet: 'outlet' },
    script: {
      rated: 'Rated: ',
      notRatedSourcing: 'Not rated; sourcing: ',
      claimedBy: 'Claimed by {name}',
      showMore: 'Show more results',
      noMatch: 'No claims match.',
      matchOne: '{n} claim matches',
      matchMany: '{n} claims match',
      showing: '; showing {n}',
      typeOrPick: 'Type a word, or pick a filter.',
      searching: 'Searching…',
    },
  },
  articles: {
    title: 'Source articles',
    description: (articles) => `The ${articles} the claims come from.`,
    text: 'Every article the claims come from: the sentences quoted from it, and our full copy where the article may be republished.',
    fullText: ' · full text',
    pages: 'Pages of source articles',
  },
  article: {
    descriptionCopy: (title, outlet, claims) => `Our copy of “${title}”${outlet ? ` (${outlet})` : ''}, with ${claims} highlighted.`,
    descriptionQuotes: (title, outlet, claims) => `The sentences of “${title}”${outlet ? ` (${outlet})` : ''} that ${claims} rest on.`,
    eyebrow: 'Source article',
    outlet: 'Outlet',
    author: 'Author',
    published: 'Published',
    original: 'Original',
    claims: 'Claims',
    found: (claims) => `${claims} found in this article`,
    highlighted:
      'Highlighted sentences are claims; each links to its claim page. Each paragraph shows its number (¶), the one claim pages link to; numbers count the lines of the article as saved, so lines we left out, such as navigation, leave gaps.',
    quotedHeading: 'Sentences quoted',
    weQuote: (outlet) => `We quote the sentences our claims rest on; the article itself is ${outlet ? `${outlet}’s` : 'its publisher’s'} to publish`,
    readIt: ': read it ',
    atOriginal: 'at the original address',
    noAddress: ' (we have no address for it)',
    inOriginal: 'In the original',
    textHeading: 'Text of the article',
    paragraph: (n) => `Paragraph ${n}`,
    more: (title) => ` more: ${title}`,
    claimMark: '[claim]',
    fromArticle: 'Claims from this article',
  },
  embed: {
    withdrawn: (title) => `Withdrawn: ${title}`,
    withdrewEntry: 'Our editors withdrew this claim entry',
    counts: (sources, outlets) => `${sources} from ${outlets}`,
    ratedBy: (name) => `rated by ${name}`,
    on: (date) => ` on ${date}`,
    notRated: 'not yet rated; sources traced by',
  },
  cards: {
    reportedBy: (names) => `Reported by ${names}`,
    categoryTitle: (label) => `${label} claims`,
    traced: (claims) => `${claims}, each traced to the sentences`,
    reported: 'that reported it.',
    footer: 'Fact-check: how well each claim is sourced, and our rating',
  },
  history: {
    created: 'First recorded.',
    sourceAdded: 'A source was added.',
    reportAdded: (outlet) => `A report by ${outlet} was added as a source.`,
    reportsAdded: (outlets) => `Reports by ${outlets} were added as sources.`,
    sourceRemoved: 'A source was removed.',
    reportRemoved: (outlet) => `The report by ${outlet} was removed as a source.`,
    reportsRemoved: (outlets) => `The reports by ${outlets} were removed as sources.`,
    stillCounts: (outlets, many) => `A sentence from ${outlets} no longer counts as a source; ${many ? 'their other sentences still do' : 'that outlet’s other sentences still do'}.`,
    reworded: (before) => (before ? `The claim was reworded; it used to read “${before}”` + (/[.!?]$/.test(before) ? '' : '.') : 'The claim was reworded.'),
    statusChanged: (from, to) => `Status changed from ${from} to ${to}.`,
    statusChangedUnknown: 'The sourcing status changed.',
    mergedWith: (title) => `Merged with the entry “${title}”.`,
    mergedEarlier: 'Merged with an earlier entry for the same claim; its old address now leads here.',
    ratedAs: (label) => `Rated ${label} by the desk.`,
    rated: 'Rated by the desk.',
    ratingChanged: (detail) => (detail ? `The desk changed its rating: ${detail}.` : 'The desk changed its rating.'),
    corrected: (detail) => (detail ? `Corrected by an editor: ${detail}.` : 'Corrected by an editor.'),
    withdrawn: (detail) => (detail ? `Withdrawn: ${detail}` + (/[.!?]$/.test(detail) ? '' : '.') : 'Withdrawn.'),
    shownAgain: 'Published again.',
  },
  methodology: {
    title: 'Methodology',
    description: 'How claims are found and merged, what each status means, and how corrections work.',
    heading: 'How we work',
    lede: 'Every entry on this site is a factual claim made in a news article, linked to the exact sentences that carry it.',
    finding: 'How claims are found',
    findingText:
      "Each article is cleaned (navigation, share buttons, captions, timestamps and other page furniture removed) and split into numbered paragraphs; the text itself is never rewritten. Under {sources} every quoted sentence links to its place in the original article; an article's full text is published there only where we may republish it (our own articles, open licences). A rule-based pipeline, not a language model, scores every sentence for check-worthiness (figures, dates, named people, factual and reporting verbs count for it; questions, opinion and calls to action against) and keeps the sentences that assert something checkable. For each it records the figures with their units and qualifiers, the people named with their roles, and who the statement rests on: a speaker quoted directly, or a claim reported through a news agency or a government. The same articles always give the same entries.",
    sourcesLink: 'Sources',
    merging: 'How claims are merged',
    mergingText:
      'When several outlets report the same fact, their sentences become sources of one claim, so the claim page shows every outlet side by side. Members of a delegation are matched by name, whatever the spelling (Andrey or Andrei); other sentences are matched when they share a figure and a word, or two distinctive phrases. Where the outlets differ, for example in a figure or a qualifier such as “more than”, the difference is spelled out under {differ} rather than silently picking one reading. The {outlets} shows which outlet reports which claim.',
    differ: 'How the outlets differ',
    outletsLink: 'outlets page',
    statuses: 'What each status means',
    statusNote: 'A status describes how a claim is sourced, not whether it is true. Whether it is true is an editor’s call, given as a verdict.',
    verdicts: 'Editors’ verdicts',
    verdictsText:
      'An editor may review a claim and give a verdict: {labels}. A verdict comes with a note explaining it, and the claim page then carries a schema.org {claimReview} for search engines and fact-check aggregators. The pipeline never writes or overwrites a verdict or a note.',
    corrections: 'How corrections work',
    correctionsText:
      'Entries are never silently changed. Every change (a new source, a removed source, reworded text, a merge, a new status) is recorded with its date in the entry’s history, shown on the claim page under {updates} and on the {changes}. An entry’s address never changes: when two entries turn out to be one claim, the second address forwards to the first, so a citation never breaks. A verdict, a note or an editor’s text is never overwritten by a new run, and an editor can lock an entry against any change.',
    updates: 'Updates',
    changesLink: 'changes page',
    data: 'Reusing the data',
    dataText: 'Every entry is available as NDJSON and CSV files, listed in {index}, and new claims appear in the {feed}. Each claim page offers ready citations{embeds}.',
    feedLink: 'RSS feed',
    embeds: ' and an embeddable card',
  },
} satisfies Dictionary;

const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA 9 abbreviates months longer than four letters.
const mlaMonths = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const frMonths = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** French typography: a no-break space before `:`, `;`, `?` and `!`, and inside « ». */
const nb = '\u00a0';
const q = (text: string) => `«${nb}${text}${nb}»`;

const fr = {
  nouns: {
    claim: { one: 'affirmation', many: 'affirmations' },
    newsArticle: { one: 'article de presse', many: 'articles de presse' },
    outlet: { one: 'média', many: 'médias' },
    factualClaim: { one: 'affirmation factuelle', many: 'affirmations factuelles' },
    sourceArticle: { one: 'article source', many: 'articles sources' },
    article: { one: 'article', many: 'articles' },
    category: { one: 'catégorie', many: 'catégories' },
    change: { one: 'modification', many: 'modifications' },
    person: { one: 'personne', many: 'personnes' },
    source: { one: 'source', many: 'sources' },
  },
  and: 'et',
  colon: `${nb}: `,
  andMore: (names, more) => `${names} et ${more} autres`,
  pageNote: (page) => `, page ${page}`,
  statuses: { corroborated: 'Corroborée', 'single-source': 'Source unique', attributed: 'Attribuée', disputed: 'Contestée' },
  statusMeanings: {
    corroborated: 'Rapportée de façon indépendante par au moins deux médias.',
    'single-source': 'Rapportée par un seul média, sans confirmation ailleurs pour l’instant.',
    attributed: 'Ne repose que sur la parole d’une partie (la déclaration d’un camp concerné), telle que rapportée.',
    disputed: 'Les sources se contredisent, ou une partie concernée la dément.',
  },
  notRated: 'Non évaluée',
  unknownOutlet: 'Média inconnu',
  otherSide: 'Autres',
  standing: {
    rated: (label) => `Évaluée${nb}: ${label}`,
    notRated: (status) => `${status}, non évaluée`,
    ratedPrefix: `Évaluation${nb}: `,
    notRatedPrefix: `Non évaluée${nb}; sourçage${nb}: `,
  },
  layout: {
    skip: 'Aller au contenu',
    mainNav: 'Principale',
    nav: { claims: 'Affirmations', categories: 'Thèmes', people: 'Personnes', outlets: 'Médias', sources: 'Articles', changes: 'Modifications', methodology: 'Méthode' },
    searchLandmark: 'Site',
    searchLabel: 'Rechercher des affirmations',
    searchButton: 'Rechercher',
    footer: (title) => `${title} rattache chaque affirmation aux phrases qui l’ont rapportée. Données libres de réutilisation.`,
    allClaimsData: 'Toutes les affirmations (fichiers NDJSON et CSV, listés dans claims.json)',
    rssFeed: 'Flux RSS',
    howWeWork: 'Notre méthode',
    feedTitle: (title) => `${title}${nb}: affirmations`,
  },
  feed: { description: 'Affirmations vérifiées, nouvelles ou mises à jour, chacune rattachée à ses sources.' },
  home: {
    title: (site) => `${site}${nb}: chaque affirmation, rattachée à ses sources`,
    heading: 'Chaque affirmation, rattachée à ses sources',
    span: (from, to) => `du ${from} au ${to}`,
    description: (claims, articles) => `${claims} tirées de ${articles}, chacune rattachée aux phrases qui l’ont rapportée.`,
    lede: 'Nous avons lu {articles} de {outlets}{published} et relevé {claims}. Chaque affirmation renvoie aux phrases exactes qui l’ont rapportée, dit dans quelle mesure elle est étayée et montre où les médias divergent.',
    published: (span) => (/^\d/.test(span) ? `, parus le ${span},` : `, parus ${span},`),
    browse: 'Parcourez par {category}, par {people} ou par {outlet}, {search}, ou lisez {methodology}.',
    browseLinks: { category: 'thème', people: 'personne', outlet: 'média', search: 'cherchez parmi toutes les affirmations', methodology: 'notre méthode' },
    atAGlance: 'En un coup d’œil',
    ourRatings: 'Nos évaluations',
    rating: 'Évaluation',
    sourcingChart: 'Le sourçage des affirmations',
    sourcing: 'Sourçage',
    timeline: 'Quand les affirmations ont été faites',
    byCategory: 'Affirmations par thème et par sourçage',
    byCategoryCaption: 'Nombre d’affirmations par thème, selon leur statut',
    category: 'Thème',
    all: 'Total',
    mostCorroborated: 'Les plus corroborées',
    mostCorroboratedNote: 'Les affirmations rapportées par le plus de médias.',
    peopleMostNamed: 'Les personnes les plus citées',
    everyoneNamed: 'Toutes les personnes citées dans les affirmations',
    articlesRead: 'Articles lus',
    allArticles: (count) => `Les ${count}`,
  },
  notFound: {
    title: 'Page introuvable',
    description: 'Il n’y a pas de page à cette adresse.',
    text: 'Il n’y a pas de page à cette adresse. Si vous avez suivi un lien vers une affirmation, elle a peut-être été fusionnée avec une autre.',
    search: 'Rechercher parmi les affirmations',
    browse: 'Parcourir par thème',
    home: 'Aller à l’accueil',
  },
  chart: {
    asTable: 'Les chiffres sous forme de tableau',
    table: (title) => `${title}${nb}: tableau`,
    all: 'Total',
    claims: 'Affirmations',
    alsoElsewhere: 'Aussi ailleurs',
    onlyThisOutlet: 'Seulement ce média',
  },
  timeline: {
    per: { day: 'jour', week: 'semaine', month: 'mois' },
    perUnit: (unit) => `(affirmations par ${unit})`,
    weekOf: (date) => `Semaine du ${date}`,
    allFrom: (count, when) => `${count}, toutes ${when.startsWith('Semaine') ? `de la ${when.charAt(0).toLowerCase()}${when.slice(1)}` : /^\d/.test(when) ? `du ${when}` : `de ${when}`}.`,
    fromTo: (count, from, to, most, unit, busiest) =>
      `${count} ${unit === 'day' ? `du ${from} au ${to}` : unit === 'week' ? `de la ${from.toLowerCase()} à la ${to.toLowerCase()}` : `de ${from} à ${to}`}${nb}; le plus grand nombre, ${most}, ${unit === 'day' ? `le ${busiest}` : unit === 'week' ? `la ${busiest.toLowerCase()}` : `en ${busiest}`}.`,
    max: (n) => `${n} au plus`,
    column: { day: 'Jour', week: 'Semaine', month: 'Mois' },
    claims: 'Affirmations',
  },
  cite: {
    heading: 'Citer cette affirmation',
    permalink: 'Lien permanent',
    embed: 'Intégrer',
    copy: 'Copier',
    citation: 'Citation',
    copied: `{label}${nb}: copié dans le presse-papiers.`,
    copyFailed: 'La copie a échoué. Sélectionnez le texte et copiez-le.',
  },
  citation: {
    factCheck: (rating) => `[Vérification${nb}: ${rating}]`,
    apaDate: (year, month, day) => `${year}, ${day} ${frMonths[month]}`,
    mlaDate: (year, month, day) => `${day} ${frMonths[month]} ${year}`,
    chicagoModified: (year, month, day) => `Modifié le ${day} ${frMonths[month]} ${year}`,
    bibtexNote: (updated) => `Entrée d’affirmation, mise à jour le ${updated}`,
  },
  claimList: { claimedBy: (name) => `Affirmé par ${name}`, sourcing: (status) => `sourçage${nb}: ${status}` },
  pager: { previous: 'Page précédente', next: 'Page suivante', pageOf: (page, last) => `Page ${page} sur ${last}` },
  quantities: { label: 'Chiffres de l’affirmation', counted: 'Ce qui est compté', amount: 'Quantité', unit: 'Unité', asWritten: 'Tel qu’écrit', of: (n) => `sur ${n}` },
  redirect: {
    title: (title) => `Déplacée${nb}: ${title}`,
    description: 'Cette affirmation a une nouvelle adresse.',
    heading: 'Cette affirmation a changé d’adresse',
    text: (title) => `${q(title)} se trouve désormais à {permalink}.`,
    permalink: 'son lien permanent',
  },
  sources: {
    quoted: 'Citation',
    reported: 'Propos rapportés',
    via: ' via ',
    inOurCopy: 'Dans notre copie',
    quotedHere: 'Citée',
    paragraph: (n) => `, paragraphe ${n}`,
    original: 'Article original',
  },
  withdrawn: {
    title: (title) => `Retirée${nb}: ${title}`,
    description: (date, reason) => `Cette entrée a été retirée le ${date}.${reason ? ` ${reason}` : ''}`,
    eyebrow: 'Affirmation retirée',
    heading: 'Pourquoi cette entrée a été retirée',
    on: 'Notre rédaction a retiré cette entrée le {date}.',
    reason: `Motif${nb}: `,
    noReason: 'Aucun motif n’a été consigné.',
    entryRead: (text) => `L’entrée disait${nb}: ${q(text)}`,
    gone: 'Elle n’apparaît plus dans les listes, la recherche ni les flux. {claims} ou lisez {methodology}.',
    currentClaims: 'Parcourez les affirmations actuelles',
    howWeWork: 'notre méthode',
  },
  claim: {
    description: (standing, claim, status, outlets) => `${standing}${nb}: ${claim} ${status !== undefined ? `Sourçage${nb}: ${status}, ` : 'Rapportée par '}${outlets}.`,
    ourRating: 'Notre évaluation',
    deskLabel: 'Le libellé propre à la rédaction.',
    reviewed: (by, on) => ({ before: `Vérifiée${by ? ` par ${by}` : ''}`, between: on ? ' le ' : '', after: '.' }),
    sourcing: `Sourçage${nb}: `,
    howSourced: 'Son sourçage',
    notRatedYet: 'Pas encore évaluée par notre rédaction.',
    editorsNote: `Note de la rédaction${nb}:`,
    who: 'Qui l’a dit, qui est cité',
    claimedBy: 'Affirmé par',
    via: (names) => `, via ${names}`,
    reportedBy: 'Rapportée par',
    namedInClaim: 'Cité dans l’affirmation',
    morePeople: (n) => `Et ${n} autres personnes citées dans les sources.`,
    figures: 'Chiffres',
    sources: (n) => `Sources (${n})`,
    otherSources: (n) => `Les ${n} autres sources`,
    howTheyDiffer: 'Ce qui diffère selon les médias',
    aspects: { figure: 'Chiffre', qualifier: 'Précision', wording: 'Formulation' },
    updates: 'Mises à jour',
    lastUpdated: 'Dernière mise à jour le {date}.',
    earlierChanges: (n) => `Et ${n} modifications antérieures, listées sur la {changes}.`,
    changesPage: 'page des modifications',
    related: 'Affirmations liées',
  },
  claimsIndex: {
    title: 'Affirmations',
    description: (claims) => `${claims}, par thème.`,
    text: (claims, categories) => `${claims} dans ${categories}. {search}, ou téléchargez-les en NDJSON ou en CSV (les fichiers sont listés dans {index}).`,
    searchThem: 'Cherchez parmi elles',
    all: (count, n, _key, label) => (n === 1 ? `L’affirmation du thème ${label}` : `Les ${count} affirmations du thème ${label}`),
  },
  categories: { title: 'Thèmes', description: 'Les affirmations regroupées selon leur sujet.' },
  category: {
    title: (label) => `Thème${nb}: ${label}`,
    description: (claims, label, description) => `${claims} dans le thème ${label}. ${description}`,
    eyebrow: 'Thème',
    count: (claims) => `${claims}.`,
    ourRatings: 'Nos évaluations',
    rating: 'Évaluation',
    sourcingChart: 'Leur sourçage',
    sourcing: 'Sourçage',
    pages: (label) => `Pages du thème ${label}`,
  },
  changes: {
    title: 'Modifications',
    description: 'Chaque modification de chaque entrée, la plus récente d’abord.',
    text: (changes) => `${changes} des entrées, les plus récentes d’abord. Chaque page d’affirmation liste aussi ses propres mises à jour.`,
    caption: 'Modifications des entrées',
    date: 'Date',
    claim: 'Affirmation',
    change: 'Modification',
    pages: 'Pages des modifications',
    newer: 'Modifications plus récentes',
    older: 'Modifications plus anciennes',
  },
  outlets: {
    title: 'Médias',
    description: 'Quel média rapporte quelle affirmation, côte à côte.',
    chart: (top) => `Affirmations rapportées par chaque média, et combien aucun autre média ne rapporte${top !== undefined ? ` (les ${top} médias qui en rapportent le plus)` : ''}`,
    outlet: 'Média',
    caption: 'Articles et affirmations par média',
    articles: 'Articles',
    claims: 'Affirmations',
    onlyThis: 'Seulement ce média',
    sideBySide: 'Côte à côte',
    sideBySideNote:
      'Les affirmations rapportées par plus d’un média. Un ✓ signifie que le média rapporte l’affirmation et renvoie à la phrase dans notre copie de l’article. Les affirmations qu’un seul média rapporte sont sur la page de ce média.',
    topColumns: (n) => ` Les ${n} médias qui rapportent le plus d’affirmations ont une colonne.`,
    matrixCaption: 'Affirmations (lignes) rapportées par chaque média (colonnes)',
    claim: 'Affirmation',
    reportsIt: (outlet) => `${outlet} la rapporte`,
    pages: 'Pages du tableau côte à côte',
  },
  outlet: {
    description: (name, articles, claims) => `${name}${nb}: ${articles} et les ${claims} qu’il rapporte.`,
    articles: (n) => `Articles (${n})`,
    shared: (n) => `Aussi rapportées ailleurs (${n})`,
    exclusive: (name, n) => `Rapportées par ${name} seulement (${n})`,
    pages: (name) => `Pages de ${name}`,
  },
  people: {
    title: 'Personnes',
    description: 'Toutes les personnes citées dans les affirmations, avec leurs fonctions.',
    text: (people) => `${people} citées dans les affirmations, regroupées selon le camp qu’elles représentent.`,
    pages: 'Pages des personnes',
  },
  person: {
    description: (name, claims) => `${name}${nb}: fonctions et les ${claims} qui le ou la citent.`,
    role: 'Fonction',
    roles: 'Fonctions',
    side: 'Camp',
    search: (name) => `Rechercher et filtrer les affirmations qui citent ${name}`,
    timeline: (name) => `Quand les affirmations citant ${name} ont été faites`,
    claims: (name) => `Affirmations citant ${name}`,
    pages: (name) => `Pages des affirmations citant ${name}`,
  },
  search: {
    title: 'Rechercher des affirmations',
    description: 'Cherchez parmi toutes les affirmations par mot-clé, et affinez par évaluation, sourçage, thème, média, personne et date.',
    formLabel: 'Affirmations, avec filtres',
    words: 'Mots à chercher',
    button: 'Rechercher',
    order: 'Ordre',
    bestMatch: 'Pertinence',
    newest: 'Les plus récentes d’abord',
    oldest: 'Les plus anciennes d’abord',
    filters: 'Filtrer par évaluation, sourçage, thème, média, personne ou date',
    countsSite: `Nombres entre parenthèses${nb}: affirmations de tout le site.`,
    countsResults: `Nombres entre parenthèses${nb}: affirmations que chaque choix laisserait parmi ces résultats.`,
    legends: { rating: 'Évaluation', status: 'Sourçage', category: 'Thème', outlet: 'Média', person: 'Personne citée', month: 'Mois' },
    personAndDate: 'Personne et date',
    anyone: 'Tout le monde',
    from: 'De',
    earliest: 'Le plus ancien',
    to: 'À',
    latest: 'Le plus récent',
    needsJs: 'La recherche s’exécute dans votre navigateur et demande JavaScript. Sans lui, parcourez les affirmations par {category}, par {person} ou par {outlet}.',
    needsJsLinks: { category: 'thème', person: 'personne', outlet: 'média' },
    script: {
      rated: `Évaluation${nb}: `,
      notRatedSourcing: `Non évaluée${nb}; sourçage${nb}: `,
      claimedBy: 'Affirmé par {name}',
      showMore: 'Plus de résultats',
      noMatch: 'Aucune affirmation ne correspond.',
      matchOne: '{n} affirmation correspond',
      matchMany: '{n} affirmations correspondent',
      showing: `${nb}; {n} affichées`,
      typeOrPick: 'Tapez un mot, ou choisissez un filtre.',
      searching: 'Recherche…',
    },
  },
  articles: {
    title: 'Articles sources',
    description: (articles) => `Les ${articles} d’où viennent les affirmations.`,
    text: 'Chaque article d’où viennent les affirmations : les phrases que nous en citons, et notre copie intégrale quand l’article peut être republié.'.replace(' :', `${nb}:`),
    fullText: ' · texte intégral',
    pages: 'Pages des articles sources',
  },
  article: {
    descriptionCopy: (title, outlet, claims) => `Notre copie de ${q(title)}${outlet ? ` (${outlet})` : ''}, avec ${claims} en surbrillance.`,
    descriptionQuotes: (title, outlet, claims) => `Les phrases de ${q(title)}${outlet ? ` (${outlet})` : ''} sur lesquelles reposent ${claims}.`,
    eyebrow: 'Article source',
    outlet: 'Média',
    author: 'Auteur',
    published: 'Paru le',
    original: 'Original',
    claims: 'Affirmations',
    found: (claims) => `${claims} relevées dans cet article`,
    highlighted:
      'Les phrases en surbrillance sont des affirmations ; chacune renvoie à sa page. Chaque paragraphe montre son numéro (¶), celui auquel renvoient les pages d’affirmation ; les numéros comptent les lignes de l’article tel qu’enregistré, si bien que les lignes écartées, comme la navigation, laissent des trous.'.replace(/ ;/g, `${nb};`),
    quotedHeading: 'Phrases citées',
    weQuote: (outlet) => `Nous citons les phrases sur lesquelles reposent nos affirmations${nb}; l’article lui-même appartient à ${outlet ?? 'son éditeur'}, à qui il revient de le publier`,
    readIt: `${nb}: lisez-le `,
    atOriginal: 'à son adresse d’origine',
    noAddress: ' (nous n’en avons pas l’adresse)',
    inOriginal: 'Dans l’original',
    textHeading: 'Texte de l’article',
    paragraph: (n) => `Paragraphe ${n}`,
    more: (title) => ` de plus${nb}: ${title}`,
    claimMark: '[affirmation]',
    fromArticle: 'Affirmations tirées de cet article',
  },
  embed: {
    withdrawn: (title) => `Retirée${nb}: ${title}`,
    withdrewEntry: 'Notre rédaction a retiré cette entrée',
    counts: (sources, outlets) => `${sources} de ${outlets}`,
    ratedBy: (name) => `évaluée par ${name}`,
    on: (date) => ` le ${date}`,
    notRated: `pas encore évaluée${nb}; sources retracées par`,
  },
  cards: {
    reportedBy: (names) => `Rapportée par ${names}`,
    categoryTitle: (label) => `Thème${nb}: ${label}`,
    traced: (claims) => `${claims}, chacune rattachée aux phrases`,
    reported: 'qui l’ont rapportée.',
    footer: 'Vérification : le sourçage de chaque affirmation, et notre évaluation'.replace(' :', `${nb}:`),
  },
  history: {
    created: 'Première inscription.',
    sourceAdded: 'Une source a été ajoutée.',
    reportAdded: (outlet) => `Un article de ${outlet} a été ajouté comme source.`,
    reportsAdded: (outlets) => `Des articles de ${outlets} ont été ajoutés comme sources.`,
    sourceRemoved: 'Une source a été retirée.',
    reportRemoved: (outlet) => `L’article de ${outlet} a été retiré des sources.`,
    reportsRemoved: (outlets) => `Les articles de ${outlets} ont été retirés des sources.`,
    stillCounts: (outlets, many) => `Une phrase de ${outlets} ne compte plus comme source${nb}; ${many ? 'les autres phrases de ces médias comptent toujours' : 'les autres phrases de ce média comptent toujours'}.`,
    reworded: (before) => (before ? `L’affirmation a été reformulée${nb}; elle disait ${q(before.replace(/[.!?]$/, ''))}.` : 'L’affirmation a été reformulée.'),
    statusChanged: (from, to) => `Statut passé de ${q(from)} à ${q(to)}.`,
    statusChangedUnknown: 'Le statut de sourçage a changé.',
    mergedWith: (title) => `Fusionnée avec l’entrée ${q(title)}.`,
    mergedEarlier: `Fusionnée avec une entrée antérieure pour la même affirmation${nb}; son ancienne adresse mène désormais ici.`,
    ratedAs: (label) => `Évaluée ${q(label)} par la rédaction.`,
    rated: 'Évaluée par la rédaction.',
    ratingChanged: (detail) => (detail ? `La rédaction a modifié son évaluation${nb}: ${detail}.` : 'La rédaction a modifié son évaluation.'),
    corrected: (detail) => (detail ? `Corrigée par la rédaction${nb}: ${detail}.` : 'Corrigée par la rédaction.'),
    withdrawn: (detail) => (detail ? `Retirée${nb}: ${detail}` + (/[.!?]$/.test(detail) ? '' : '.') : 'Retirée.'),
    shownAgain: 'Publiée à nouveau.',
  },
  methodology: {
    title: 'Méthode',
    description: 'Comment les affirmations sont relevées et fusionnées, ce que signifie chaque statut, et comment fonctionnent les corrections.',
    heading: 'Notre méthode',
    lede: 'Chaque entrée de ce site est une affirmation factuelle parue dans un article de presse, rattachée aux phrases exactes qui la portent.',
    finding: 'Comment les affirmations sont relevées',
    findingText: `Chaque article est nettoyé (navigation, boutons de partage, légendes, horodatages et autres éléments de page retirés) et découpé en paragraphes numérotés${nb}; le texte lui-même n’est jamais réécrit. Sous {sources}, chaque phrase citée renvoie à sa place dans l’article original${nb}; le texte intégral d’un article n’y est publié que là où nous pouvons le republier (nos propres articles, licences libres). Une chaîne de traitement à base de règles, et non un modèle de langage, note chaque phrase selon l’intérêt de la vérifier (chiffres, dates, personnes nommées, verbes factuels et de déclaration comptent pour, questions, opinions et appels à l’action contre) et garde les phrases qui affirment quelque chose de vérifiable. Pour chacune, elle relève les chiffres avec leurs unités et leurs précisions, les personnes citées avec leurs fonctions, et sur qui repose l’affirmation${nb}: une personne citée directement, ou une affirmation rapportée par une agence de presse ou un gouvernement. Les mêmes articles donnent toujours les mêmes entrées.`,
    sourcesLink: 'Articles',
    merging: 'Comment les affirmations sont fusionnées',
    mergingText: `Quand plusieurs médias rapportent le même fait, leurs phrases deviennent les sources d’une seule affirmation, dont la page montre tous les médias côte à côte. Les membres d’une délégation sont rapprochés par leur nom, quelle qu’en soit l’orthographe (Andrey ou Andrei)${nb}; les autres phrases le sont quand elles partagent un chiffre et un mot, ou deux expressions distinctives. Là où les médias divergent, par exemple sur un chiffre ou une précision comme ${q('plus de')}, la différence est exposée sous {differ} au lieu d’un choix silencieux. La {outlets} montre quel média rapporte quelle affirmation.`,
    differ: 'Ce qui diffère selon les médias',
    outletsLink: 'page des médias',
    statuses: 'Ce que signifie chaque statut',
    statusNote: 'Un statut décrit le sourçage d’une affirmation, pas sa véracité. Sa véracité relève de la rédaction, qui rend un verdict.',
    verdicts: 'Les verdicts de la rédaction',
    verdictsText: `Un membre de la rédaction peut examiner une affirmation et rendre un verdict${nb}: {labels}. Un verdict s’accompagne d’une note qui l’explique, et la page de l’affirmation porte alors un {claimReview} schema.org pour les moteurs de recherche et les agrégateurs de vérifications. La chaîne de traitement n’écrit ni n’écrase jamais un verdict ou une note.`,
    corrections: 'Comment fonctionnent les corrections',
    correctionsText: `Les entrées ne sont jamais modifiées en silence. Chaque modification (une nouvelle source, une source retirée, un texte reformulé, une fusion, un nouveau statut) est consignée avec sa date dans l’historique de l’entrée, affiché sur la page de l’affirmation sous {updates} et sur la {changes}. L’adresse d’une entrée ne change jamais${nb}: quand deux entrées s’avèrent être une même affirmation, la seconde adresse renvoie à la première, si bien qu’une citation ne se rompt jamais. Un verdict, une note ou un texte de la rédaction n’est jamais écrasé par un nouveau traitement, et la rédaction peut verrouiller une entrée contre toute modification.`,
    updates: 'Mises à jour',
    changesLink: 'page des modifications',
    data: 'Réutiliser les données',
    dataText: 'Chaque entrée est disponible en fichiers NDJSON et CSV, listés dans {index}, et les nouvelles affirmations paraissent dans le {feed}. Chaque page d’affirmation propose des citations prêtes à l’emploi{embeds}.',
    feedLink: 'flux RSS',
    embeds: ' et une carte à intégrer',
  },
} satisfies Dictionary;

/** Every language the interface is written in, by primary subtag. */
export const dictionaries = { en, fr } satisfies Record<string, Dictionary>;
export type Language = keyof typeof dictionaries;

/** The dictionary of a BCP 47 language tag (`fr-CA` → `fr`), or undefined when there is none. */
export const dictionaryOf = (language: string): Dictionary | undefined => (dictionaries as Record<string, Dictionary>)[language.toLowerCase().split('-')[0]!];

/** Fills `{name}` slots with text; unknown slots are left as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));

/** A template cut at its slots: text, then `{ slot }` parts, for pages that put links or emphasis there. */
export const templateParts = (template: string): (string | { slot: string })[] =>
  template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? { slot: part } : part)).filter((part) => part !== '');
