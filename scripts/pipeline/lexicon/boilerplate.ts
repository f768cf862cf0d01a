/** Boilerplate: lines of a web page that are interface, navigation or picture credits, not the article. */
import { newsAgencies } from './media.ts';

/** Lines that are interface, not journalism, whatever the site. */
export const boilerplateLine = new RegExp(
  '^(?:' +
    [
      'share(?: (?:this|on \\w+))?',
      'updated(?: at)?\\b.*',
      'published(?: on)?:?.*',
      'on',
      'key events',
      'continue reading',
      'advertisement',
      'connect with us',
      'read more\\b.*',
      'read the full (?:story|article)\\b.*',
      'this (?:live )?(?:stream|blog|page) (?:has ended|is now closed)\\.?',
      'this is a developing story\\b.*',
      'leave a (?:reply|comment)\\b.*',
      'your email address will not be published\\b.*',
      '(?:please )?follow us\\b.*',
      'sign up\\b.*',
      'subscribe\\b.*',
      'click here\\b.*',
      'watch(?: the)? video\\b.*',
      'check out our\\b.*',
      'related(?: articles| stories| topics)?:?',
      'comments?',
      'by \\S+(?: \\S+){0,3}',
      'topics?:.*',
      'tags?:.*',
      'image (?:source|caption):.*',
      'getty images',
      'skip to (?:content|main content)',
      'analysis',
      'live',
    ].join('|') +
    ')$',
  'i',
);

/** A heading that introduces a list of unrelated headlines (recommendations, "more on"). */
export const headlineListMarker =
  /^(?:next in\b.*|others? also read\b.*|you may (?:also )?like\b.*|more (?:on|from|in)\b.*|most (?:read|popular|viewed)\b.*|trending\b.*|recommended\b.*|also read\b.*|related (?:news|stories|articles)\b.*|popular (?:now|stories)\b.*|in other news\b.*)$/i;

/** Injected links to other stories, mid-article. */
export const injectedLink = /^(?:see also|also read|read also|related|recommended|watch|listen|more)\s*[:\-–—]?\s+\S/i;

/** Photo-agency words; a short line made only of these and names is a picture credit. */
export const agencyWord = new RegExp(
  `\\b(?:${[...newsAgencies, 'getty(?: images)?', 'epa(?:-efe)?', 'efe', 'pool', 'shutterstock', 'alamy', 'pa(?: images| wire)?', 'anadolu', 'aap', 'ansa', 'ria novosti', 'stringer', 'handout', 'file photo', 'photo', 'photograph', 'picture', 'image', 'courtesy', 'via'].join('|')})\\b`,
  'i',
);
