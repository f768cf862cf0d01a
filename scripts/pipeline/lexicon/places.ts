/** Places: nationality adjectives and their countries, capitals and short names that stand for a country, and the words that mark a name as a place or body. */
import { wordTable } from '../text.ts';
import { months, weekdays } from './calendar.ts';

/** Nationality adjectives and the country each names. */
export const demonyms: Record<string, string> = wordTable({
  russian: 'Russia', 'north korean': 'North Korea', 'south korean': 'South Korea', korean: 'Korea', chinese: 'China',
  american: 'United States', us: 'United States', 'u.s.': 'United States', ukrainian: 'Ukraine', british: 'United Kingdom',
  uk: 'United Kingdom', french: 'France', german: 'Germany', japanese: 'Japan', indian: 'India', iranian: 'Iran',
  israeli: 'Israel', palestinian: 'Palestine', turkish: 'Turkey', syrian: 'Syria', belarusian: 'Belarus',
  polish: 'Poland', vietnamese: 'Vietnam', indonesian: 'Indonesia', malaysian: 'Malaysia', australian: 'Australia',
  canadian: 'Canada', italian: 'Italy', spanish: 'Spain', saudi: 'Saudi Arabia', egyptian: 'Egypt',
  pakistani: 'Pakistan', afghan: 'Afghanistan', iraqi: 'Iraq', brazilian: 'Brazil', mexican: 'Mexico',
  taiwanese: 'Taiwan', philippine: 'Philippines', filipino: 'Philippines', thai: 'Thailand', dutch: 'Netherlands',
  swedish: 'Sweden', finnish: 'Finland', norwegian: 'Norway', danish: 'Denmark', greek: 'Greece', hungarian: 'Hungary',
  romanian: 'Romania', serbian: 'Serbia', georgian: 'Georgia', armenian: 'Armenia', azerbaijani: 'Azerbaijan',
  kazakh: 'Kazakhstan', lebanese: 'Lebanon', jordanian: 'Jordan', qatari: 'Qatar', emirati: 'United Arab Emirates',
  nigerian: 'Nigeria', kenyan: 'Kenya', 'south african': 'South Africa', ethiopian: 'Ethiopia', venezuelan: 'Venezuela',
  cuban: 'Cuba', argentine: 'Argentina', chilean: 'Chile', colombian: 'Colombia', irish: 'Ireland', swiss: 'Switzerland',
  austrian: 'Austria', belgian: 'Belgium', czech: 'Czech Republic', slovak: 'Slovakia', lithuanian: 'Lithuania',
  latvian: 'Latvia', estonian: 'Estonia', moldovan: 'Moldova', mongolian: 'Mongolia', singaporean: 'Singapore',
  cambodian: 'Cambodia', burmese: 'Myanmar', bangladeshi: 'Bangladesh', 'sri lankan': 'Sri Lanka', nepali: 'Nepal',
  soviet: 'Soviet Union', kremlin: 'Russia',
});
export const countryNames = new Map(Object.values(demonyms).map((c) => [c.toLowerCase(), c]));
/** Capitals and short names that stand for a country in news copy. */
export const countryAliases: Record<string, string> = wordTable({
  dprk: 'North Korea', pyongyang: 'North Korea', moscow: 'Russia', beijing: 'China', washington: 'United States',
  seoul: 'South Korea', kyiv: 'Ukraine', kiev: 'Ukraine', tokyo: 'Japan',
});
for (const [alias, country] of Object.entries(countryAliases)) countryNames.set(alias, country);

/** Words that mark a run of capitals as a place, organisation or thing rather than a person. */
export const notPersonWords = new Set(
  (
    'square palace university academy institute center centre council ministry agency news times post ' +
    'herald journal daily media corporation company railways railway airlines group bank fund party army navy ' +
    'fleet force forces guard sea ocean river lake mountain mountains island islands airport hall street road ' +
    'avenue city region province district village county state states republic federation kingdom union ' +
    'nations organization organisation alliance cosmodrome station house building church mosque temple ' +
    'hospital school museum stadium park bridge port bay gulf strait peninsula north south east west ' +
    'northern southern eastern western central far telegram twitter ' +
    'facebook youtube instagram whatsapp war world cup games olympics summit treaty agreement accord act ' +
    'program programme operation day week year guest residence grounds committee office department ' +
    'service services press tv radio network channel international global express gazette tribune telegraph ' +
    'studies affairs sciences social asian european chiefs staff team teams support response management assistance'
  )
    .split(' ')
    .concat(weekdays, months),
);
