/**
 * Describe, category: what a claim is about. The first matching topic wins, most specific first:
 * an agreement's terms are `treaty` even when they mention weapons; weapons and their numbers are
 * `munitions`; a disaster and the response to it an `event`; other armed-forces matters `military`.
 */
import type { Attribution, Category } from '../../../../src/schema.ts';
import { memoize } from '../../text.ts';

const topics: [Exclude<Category, 'delegation' | 'statement'>, RegExp][] = [
  [
    'treaty',
    /\b(?:treaty|treaties|accord|pact|memorandum|convention|agreements?|(?:new|fundamental|bilateral|framework|signed|joint) (?:document|declaration|agreement)|mutual (?:assistance|defen[cs]e|aid))\b/i,
  ],
  [
    'munitions',
    /\b(?:munitions?|ammunition|shells?|artillery|missiles?|rockets?|drones?|bombs?|warheads?|weapons?|arms|ballistic|cruise|projectiles?|launchers?|torpedo(?:es)?|mines|grenades?|rifles?|tanks|howitzers?|air defen[cs]e|anti-(?:armou?r|tank|aircraft|ship|personnel)|rounds of)\b/i,
  ],
  // Money given or pledged is economy, whatever it is for ("$12 million in humanitarian
  // assistance", "nearly $200 million in funding").
  ['economy', /(?:[$€£]\s?\d|\b\d[\d,.]*\s?(?:million|billion|bn|m)?\s(?:dollars|euros|pounds)\b)/i],
  // Disasters and the response to them are events, whoever responds ("Survivor Assistance
  // Strike Teams", "teams deployed to assess the disaster area").
  [
    'event',
    /\b(?:disasters?|humanitarian|relief|rescue|survivors?|earthquakes?|aftershocks?|hurricanes?|storms?|floods?|flooding|landfall|wildfires?|tsunami|death toll|displaced|evacuat(?:e|ed|ion|ions)|casualties|rubble|emergency declaration|public health emergency|damage)\b/i,
  ],
  [
    'military',
    /\b(?:military|army|troops|soldiers|forces|exercises?|drills?|submarines?|fleet|navy|naval|air force|invasion|offensive|war|warfare|attack(?:s|ed)?|combat|strike[sd]?|nuclear|defen[cs]e (?:minister|ministry|capabilities)|security (?:threat|situation)|battlefield)\b/i,
  ],
  ['economy', /\b(?:trade|economic|economy|investment|invest|exports?|imports?|oil|gas|energy|market|budget|gdp|billion|million|aid donor|tariffs?|prices?|currency|sanctions)\b/i],
  [
    'diplomacy',
    /\b(?:talks|summit|visit(?:s|ed)?|trip|meeting|met|relations|ties|ambassador|diplomatic|diplomacy|reception|ceremony|welcom(?:e|ed|ing)|invitation|invited|alliance|partnership|cooperation|friendship|delegations?|foreign (?:minister|ministry|policy)|state visit|negotiations|gifts?|gifted|presented|spoke (?:with|to)|connected with|(?:phone )?call with)\b/i,
  ],
];

/**
 * The category of a claim: the topic of `sentence` (give it the main clause, such as the
 * headline, so a word in a side clause does not decide), else `fallback`, else `statement` for
 * a sentence that carries its speaker and `event` for the rest.
 */
export function categorise(sentence: string, attribution?: Attribution, fallback?: Category): Category {
  return topicOf(sentence) ?? fallback ?? (attribution?.speaker ? 'statement' : 'event');
}

/** The first topic a sentence matches; copies of a sentence recur across outlets. */
const topicOf = memoize((sentence: string) => topics.find(([, pattern]) => pattern.test(sentence))?.[0], 20_000);

/**
 * In a story about a disaster (its title names one), troops and engineers sent to help are the
 * response, an `event`, not a `military` matter: "U.S. Army Corps of Engineers deployed teams".
 */
export function inStory(category: Category, storyTitle: string): Category {
  return category === 'military' && topicOf(storyTitle) === 'event' ? 'event' : category;
}
