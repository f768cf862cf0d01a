/**
 * Synonyms: words news uses interchangeably for one thing or one action, each class under one
 * name. Two outlets telling one event in their own words ("Kim greeted Putin", "Kim welcomed
 * Putin", "an embrace from his host") share the class, so the merge can see they say the same.
 * Inflected forms are listed (the stemmer does not undo irregular verbs). Keep a class to what
 * is the same claim in any story: "met" is not "greeted" (every summit is a meeting).
 */
const classes: Record<string, string[]> = {
  visit: ['visit', 'visits', 'visited', 'visiting', 'trip', 'trips', 'tour'],
  talk: ['talks', 'negotiations', 'negotiation', 'discussions', 'discussion'],
  treaty: ['treaty', 'agreement', 'accord', 'pact'],
  give: ['gave', 'give', 'gives', 'gifted', 'gift', 'gifts', 'presented', 'handed'],
  greet: ['greet', 'greets', 'greeted', 'greeting', 'welcome', 'welcomed', 'welcomes', 'welcoming', 'embrace', 'embraced', 'embracing', 'hug', 'hugged', 'hugging', 'handshake', 'handshakes', 'red-carpet'],
  // Hailing someone's support is thanking them for it.
  thank: ['thank', 'thanks', 'thanked', 'thanking', 'gratitude', 'grateful', 'appreciate', 'appreciates', 'appreciated', 'appreciation', 'hail', 'hailed', 'hails', 'hailing'],
  expect: ['expect', 'expects', 'expected', 'expecting', 'hope', 'hopes', 'hoped', 'hoping'],
  end: ['ended', 'concluded', 'conclude', 'concludes', 'wrapped', 'finished'],
  ride: ['ride', 'rode', 'drive', 'drove', 'driven', 'driving', 'car', 'vehicle', 'limousine'],
  strengthen: ['strengthen', 'strengthened', 'strengthening', 'bolster', 'bolstered', 'boost', 'boosted', 'deepen', 'deepened', 'deepening', 'enhance', 'enhanced', 'reinforce', 'reinforced'],
  release: ['freed', 'free', 'frees', 'release', 'released', 'releases', 'releasing'],
  kill: ['kill', 'killed', 'killing', 'dead', 'death', 'deaths', 'died', 'fatalities', 'fatality'],
  injure: ['injure', 'injured', 'injuring', 'injuries', 'wounded', 'wounding', 'hurt'],
  deliver: ['deliver', 'delivered', 'delivering', 'delivery', 'deliveries', 'ship', 'shipped', 'shipping', 'shipment', 'shipments', 'supplied', 'supply', 'supplies', 'supplying'],
  // What a quake or storm did: "occurred", "struck", "hit" ("a magnitude 7.8 earthquake occurred / struck").
  happen: ['occur', 'occurs', 'occurred', 'happen', 'happens', 'happened', 'strike', 'strikes', 'struck', 'hit', 'hits'],
  arrive: ['arrive', 'arrived', 'arrives', 'arriving', 'arrival', 'landed', 'landing'],
  support: ['support', 'supported', 'supporting', 'backing', 'backed', 'solidarity'],
  say: ['thoughts', 'views', 'opinions'],
  communication: ['communication', 'communications', 'contacts', 'cooperation', 'ties'],
};
const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const suffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** The class of a lowercase word ("welcomed" → "greet", "eighteenth" → "18th"), if it has one. */
export const synonymClass: Record<string, string> = Object.assign(Object.create(null), {
  ...Object.fromEntries(Object.entries(classes).flatMap(([name, words]) => words.map((w) => [w, name]))),
  ...Object.fromEntries(ordinals.map((word, i) => [word, `${i + 1}${suffix(i + 1)}`])),
});
