/** Media: names and words of news media, which carry other people's words. */

/** Words that make a source a medium (it carries other people's words) rather than a party. */
const mediaWord =
  /\b(?:agency|agencies|news|media|wires?|newspaper|daily|outlet|broadcaster|television|tv|radio|times|post|journal|herald|channel|tass|interfax|kcna|reuters|afp|ap|associated press|sputnik|xinhua|yonhap|izvestia|ria|bloomberg|bbc|cnn|al jazeera|press|gazette|tribune|telegraph|guardian|reporters?)\b/i;

export function isMedium(name: string): boolean {
  return mediaWord.test(name);
}
