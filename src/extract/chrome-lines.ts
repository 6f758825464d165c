/**
 * Lines that are never story text, on any site: labels, promos and layout debris that sit in
 * or next to the story's container, where a template's selector or the generic reader picks
 * them up. Each rule was written for a real line of a real page; test/unit/chrome-lines.test.ts
 * holds those lines, and real story sentences that start the same way and must be kept. A
 * rule matches a whole line (`flat`: spaces of every kind as one, invisible characters gone),
 * so a sentence that merely contains the words is story text.
 */
import { flat } from './text.ts';

export const CHROME_LINES: readonly RegExp[] = [
  /^advertisement$/i,
  /^supported by$/i,
  /^continue reading the (main )?story$/i,
  /^(story continues|article continues) below( advertisement)?$/i,
  /^(read|see) (more|also)\b.{0,160}$/i,
  /^(related|more):.{0,200}$/i,
  // A box's heading with no story under it: NYT's "Related Coverage", AP's "Related topics".
  /^related( (coverage|content|stories|articles?|topics|links|reading))?$/i,
  // The Mirror's tag box ("MORE ON" and its tag links) and the BBC's "More on this story".
  /^MORE ON\b/,
  /^more on this story$/i,
  // Reading time beside the byline: Reuters' "5 Min Read", "2 minute read".
  /^\d+[ -]min(ute)?s?\.? read$/i,
  // A picture credit on its own line: "Credit: PA", "Image Credits: UiPath".
  /^((photo|image|picture) )?credits?: ?\S.{0,80}$/i,
  /^(sign up|subscribe) (for|to) .{0,160}(newsletter|inbox)/i,
  // Sign-up prompts: "Sign up for breaking news, reviews, opinion, top tech deals, and more."
  /^(sign up|subscribe) (for|to)\b.{0,200}$/i,
  // The same, after a question, and as the publisher's "by signing up to our ... newsletter".
  /(^|[.?!] )sign up (for|to) (our|his|her|their)\b.{0,40}\bnewsletters?\b/i,
  /\bby signing up to our\b.{0,40}\bnewsletters?\b/i,
  // A reporter's address alone under the story, as in the WSJ's author card.
  /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  // Words joined by hyphens with no space: layout probes, Reuters' breakpoint names.
  /^[a-z0-9]+(-[a-z0-9]+){2,}$/,
  // A date and time alone: TMZ's "11/28/2016 11:00 AM PST BY TMZ STAFF".
  /^\d{1,2}\/\d{1,2}\/\d{2,4} \d{1,2}:\d{2} ?[ap]m\b.{0,40}$/i,
  /^exclusive$/i,
  /^share (this|full) (article|story)$/i,
  /^(send any friend a story|give this article|gift this article)/i,
];

/** True for a line that is page chrome by the shared rules, or by the site's own (`siteLines`). */
export function isChrome(text: string, siteLines: readonly RegExp[] = []): boolean {
  const line = flat(text);
  return CHROME_LINES.some((chrome) => chrome.test(line)) || siteLines.some((chrome) => chrome.test(line));
}
