/**
 * A story printed in several containers: the parts Readability leaves out are put back when they
 * are printed by the same template as the part it read. The wrappers' tags and classes are
 * T-Online's stream layout (fundus de/TOnline_2026_01_07, where an ad column splits the story in
 * two); the lines are that page's, and the boxes beside them are real lines of other pages.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { pageBlocks, withSameTemplate } from '../../src/extract/same-template.ts';

const SKIP = 'figure, figcaption, aside, nav, form';

const FLUCHT = 'Wie verlief die Flucht des Tankers?';
const KUESTENWACHE = 'Die US-Küstenwache hatte das Schiff bereits am 20. Dezember in der Karibik ins Visier genommen. Zu diesem Zeitpunkt war die Bella 1 auf dem Weg nach Venezuela, um dort Rohöl zu laden. Als sich US-Kräfte näherten, verweigerte die Besatzung ihnen den Zugang und änderte abrupt den Kurs in Richtung Atlantik.';
const SPOOFING = 'In den darauffolgenden Tagen schaltete das Schiff wiederholt seine Ortungssysteme ab oder übermittelte mutmaßlich gefälschte Positionsdaten – eine Praxis, die als sogenanntes Spoofing bekannt ist. Zeitweise galt der Tanker nach US-Angaben als staatenlos, da keine gültige Flaggenregistrierung vorlag. Erst später ließ die Besatzung eine russische Flagge auf den Rumpf malen und registrierte das Schiff offiziell in Russland.';
const BETEILIGT = 'Wer war an der Festsetzung beteiligt?';
const ENTERTEN = 'Nach Angaben des US-Militärs enterten Einheiten der US-Küstenwache das Schiff gemeinsam mit dem Militär. Das Vorgehen war mit dem Justizministerium und dem Heimatschutzministerium abgestimmt. Zudem überwachten US- und britische Aufklärungsflugzeuge den Tanker über Tage hinweg.';

const item = (html: string) => `<div class="px-24 pt-16 md:px-48 md:pt-24 last:pb-16 md:last:pb-24 border-solid border-whitelilac leading-12 text-trout" data-testid="StageLayout.StreamItem">${html}</div>`;
const part = (items: string[], companion = '') =>
  `<div class="relative"><div class="flex flex-col-reverse md:flex-row-reverse">${companion}<div class="w-full min-w-[20em] md:relative md:border-r md:border-solid md:border-whitelilac md:z-stream-layout-stream-style">${items.map(item).join('')}</div></div></div>`;
const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);
const story = (...parts: string[]) => `<article><h1>Russlands Schattenflotte: USA stoppen sanktioniertes Geisterschiff</h1>${parts.join('')}</article>`;
const MEISTGELESEN = '<aside aria-label="Meistgelesen"><div>Meistgelesen</div><a href="/unterhaltung/tv/">ZDF-"Auslandsjournal" bekommt zwei neue Moderatorinnen</a></aside>';

const first = part([`<p class="text-18 leading-17">${KUESTENWACHE}</p>`]);
const second = part([`<p class="text-18 leading-17">${SPOOFING}</p>`, `<h3 class="text-22 font-bold">${BETEILIGT}</h3>`, `<p class="text-18 leading-17">${ENTERTEN}</p>`], MEISTGELESEN);

describe('a story printed in several containers', () => {
  it('gets back the part after an ad column, subheads and all, in page order', () => {
    const doc = page(story(part([`<h3 class="text-22 font-bold">${FLUCHT}</h3>`, `<p class="text-18 leading-17">${KUESTENWACHE}</p>`]), second));
    expect(withSameTemplate([FLUCHT, KUESTENWACHE], pageBlocks(doc, SKIP))).toEqual([FLUCHT, KUESTENWACHE, SPOOFING, BETEILIGT, ENTERTEN]);
  });

  it('gets back a part before the one read, placed before it', () => {
    const doc = page(story(second, first));
    expect(withSameTemplate([KUESTENWACHE], pageBlocks(doc, SKIP))).toEqual([SPOOFING, BETEILIGT, ENTERTEN, KUESTENWACHE]);
  });

  it('adds nothing printed in bare wrappers with no class, which every page has', () => {
    const bare = (text: string) => `<div><div><div><div><p>${text}</p></div></div></div></div>`;
    const doc = page(`<article><h1>Geisterschiff</h1>${bare(KUESTENWACHE)}<aside>x</aside>${bare(SPOOFING)}</article>`);
    expect(withSameTemplate([KUESTENWACHE], pageBlocks(doc, SKIP))).toEqual([KUESTENWACHE]);
  });

  it("adds no paragraph of another story's card, nor one after another headline", () => {
    // nytimes.com/es (Readability's test page nytimes-5): each teaser is an <article> of its own.
    const teaser = 'El nuevo desafío de Well te enseñará a modificar tus hábitos alimenticios sin hacer dieta.';
    const card = `<article>${part([`<p class="text-18 leading-17">${teaser}</p>`])}</article>`;
    expect(withSameTemplate([KUESTENWACHE], pageBlocks(page(story(first) + card), SKIP))).toEqual([KUESTENWACHE]);
    const next = `<h1>Trump postet nach Kritik an Papst Leo nächstes KI-Foto mit Jesus</h1>${part([`<p class="text-18 leading-17">${teaser}</p>`])}`;
    expect(withSameTemplate([KUESTENWACHE], pageBlocks(page(`<div><h1>Geisterschiff</h1>${first}${next}</div>`), SKIP))).toEqual([KUESTENWACHE]);
  });

  it('adds no link to another story, no heading over a box, and no label for screen readers', () => {
    // Nettavisen's "Les også" line, the Province's video box heading and its screen-reader label, in the story's own wrappers.
    const doc = page(
      story(
        first,
        part([
          '<p class="text-18 leading-17">Les også: <a href="/kjendis/">Tone Damli ofret musikkarrieren for barna: – Prioritert det som har vært viktigst</a></p>',
          '<h2 class="visually-hidden">Article content</h2>',
          `<p class="text-18 leading-17">${SPOOFING}</p>`,
          '<h3 class="featured-video__jw-strategy-title">Recommended Videos</h3>',
        ]),
      ),
    );
    expect(withSameTemplate([KUESTENWACHE], pageBlocks(doc, SKIP))).toEqual([KUESTENWACHE, SPOOFING]);
  });

  it('knows a paragraph read whatever inline bits Readability dropped from it', () => {
    const doc = page(story(part([`<p class="text-18 leading-17">${KUESTENWACHE}</p>`, `<p class="text-18 leading-17">${SPOOFING}</p>`])));
    const cut = KUESTENWACHE.replace('in der Karibik ', '');
    expect(withSameTemplate([cut, SPOOFING], pageBlocks(doc, SKIP))).toEqual([cut, SPOOFING]);
  });
});
