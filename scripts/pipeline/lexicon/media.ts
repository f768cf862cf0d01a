/** Media: names and words of news media, which carry other people's words. */

/** News agencies, as they appear in attributions and picture credits. */
export const newsAgencies = ['reuters', 'afp', 'ap', 'associated press', 'sputnik', 'xinhua', 'yonhap', 'bloomberg', 'tass', 'kcna'];

/** Words that make a source a medium (it carries other people's words) rather than a party. */
const mediaWord = new RegExp(
  `\\b(?:${[
    'agency', 'agencies', 'news', 'media', 'wires?', 'newspaper', 'daily', 'outlet', 'broadcaster', 'television', 'tv', 'radio', 'times', 'post',
    'journal', 'herald', 'channel', 'interfax', 'izvestia', 'ria', 'bbc', 'cnn', 'al jazeera', 'press', 'gazette', 'tribune', 'telegraph',
    'guardian', 'reporters?', ...newsAgencies,
  ].join('|')})\\b`,
  'i',
);

export function isMedium(name: string): boolean {
  return mediaWord.test(name);
}

/** Words about the reporting itself ("Tass news agency reports"): a phrase with one says nothing about the claim (describe/matching). */
export const wordsAboutReporting = new Set(['news', 'agency', 'agencies', 'media', 'wire', 'wires', 'state-run', 'reported', 'reporting', 'reportedly', 'statement', 'outlet', 'outlets']);
