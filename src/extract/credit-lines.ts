/**
 * A picture's credit or a chart's source on a line of its own, as the generic reader meets them
 * under the figures Readability keeps in a story ("STR/AFP via Getty Images", "Photo: AFP"),
 * and the author's byline ("von Oliver Kring") printed in the story's container. A site file's
 * selectors leave them out; the generic reader has only the line to go by. Each rule was written
 * for real lines, kept in test/fixtures/lines/credit-lines.json with real story sentences that
 * name the same agencies or start with the same word.
 */
import { isChrome } from './chrome-lines.ts';

export const CREDIT_LINES: readonly RegExp[] = [
  // A photographer and an agency, no sentence: "Noel Celis/Getty Images", "Friso Gentsch/dpa".
  /^[^.!?]{0,60}(\/| via )(getty images|afp|dpa|reuters|ap|epa|imago( images)?|picture alliance)$/i,
  /^imago( images)?\/[^.!?]{1,40}$/i,
  // A label and a short source: "Photo: AFP", "Quelle: AFP", "Fotos: NIKOLAI VON BISMARCK".
  /^(photos?|fotos?|bild|quelle|source): ?[^.!?]{1,40}$/i,
  // The author's name alone after "By", "Von", "Por" (capitals and "and" only, no verb): a byline
  // printed in the story's container, above or under it.
  /^([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Aa]v|[Aa]f) \p{Lu}[\p{L}.'’-]*( (\p{Lu}[\p{L}.'’-]*|and|und|y|et|e|og|och|en|&)){0,6}$/u,
];

/** True for a line that is page chrome by the shared rules, or a credit by these. */
export const isChromeOrCredit = (text: string): boolean => isChrome(text, CREDIT_LINES);
