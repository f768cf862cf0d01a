/** Roles: the words of titles and offices ("Foreign Minister", "presidential aide"). */

/** Words that make up roles and titles; they precede or follow a name but are never part of it. */
export const roleWords = new Set(
  (
    'president presidential vice prime minister ministers deputy first foreign defense defence interior finance ' +
    'secretary general state spokesperson spokesman spokeswoman press aide aides adviser advisor advisers ' +
    'ambassador envoy governor mayor chairman chairwoman chair ceo cfo head chief director commander leader ' +
    'supreme king queen prince princess crown chancellor senator congressman congresswoman lawmaker mp ' +
    'speaker official officials premier emperor pope sheikh minister-president attorney justice judge ' +
    'lieutenant colonel major sergeant captain admiral marshal gen lt col capt adm dr mr mrs ms prof professor ' +
    'sir lord lady dame rev fellow research researcher analyst expert correspondent editor reporter ' +
    'representative rep sen gov member chairperson founder owner executive manager coach ' +
    'administrator commissioner coordinator superintendent inspector sheriff prosecutor auditor ' +
    'natural resources environment transport health education culture trade economy economic energy ' +
    'affairs policy security national development agriculture labour labor justice emergency emergencies ' +
    'industry digital science sport sports tourism communications information housing regional local'
  ).split(' '),
);

/** Offices that lead a country: "the Russian leader" is the most-mentioned holder of one. */
export const leaderOffice = /\b(?:president|leader|king|queen|premier|prime minister|chancellor|head of state)\b/i;
