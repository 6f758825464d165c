/**
 * Boxes built around a control go before the generic reader reads: a consent prompt in place of
 * an embedded video, an expandable box. Real markup, copied whole (test/fixtures/snippets/,
 * provenance in test/fixtures/PROVENANCE.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropControlBoxes } from '../../src/extract/control-boxes.ts';
import { parseDocument } from '../../src/extract/node.ts';
import { blockTexts } from '../../src/extract/text.ts';
import { FIXTURES } from '../support/fixtures.ts';

function story(snippet: string, headline = '<h1>Samsung Unpacked</h1>'): Document {
  const markup = readFileSync(new URL(`snippets/${snippet}`, FIXTURES), 'utf8');
  return parseDocument(`<!doctype html><html><body><article>${headline}<div class="body">${markup}</div></article></body></html>`);
}

const linesOf = (doc: Document) => blockTexts(doc.querySelector('.body')!);

describe('boxes built around a control', () => {
  it("drop Gamestar's consent prompt for a YouTube video and keep the story on both sides of it", () => {
    const doc = story('gamestar-2024-consent-embed.html');
    dropControlBoxes(doc);
    const lines = linesOf(doc);
    for (const prompt of ['Empfohlener redaktioneller Inhalt', 'YouTube-Inhalte erlauben', 'Ich bin damit einverstanden, dass mir Inhalte von YouTube angezeigt werden.']) expect(lines).not.toContain(prompt);
    expect(lines[0]).toMatch(/^Die niederländische Samsung-News-Seite/);
    expect(lines).toContain(lines.find((line) => line.startsWith('Galaxy Ring: Wir gehen stark davon aus')));
    expect(lines.at(-1)).toMatch(/^Galaxy Z Flip 6: Das Sommer-Unpacked-Event/);
  });

  it("drop SRF's expandable person box, whose header is a button, and keep the interview around it", () => {
    const doc = story('srf-2024-expandable-box.html');
    dropControlBoxes(doc);
    const lines = linesOf(doc);
    expect(lines.join('\n')).not.toMatch(/Personen-Box aufklappen|Politikwissenschaftler|Der Politologe Thomas Jäger ist Professor/);
    expect(lines[0]).toMatch(/^Iran hat seine Drohung wahr gemacht/);
    expect(lines).toContain('SRF News: Mehrere Staaten haben Israel unterstützt und Drohnen und Raketen abgefangen. Wie wichtig war dabei die Unterstützung der USA?');
    expect(lines.at(-1)).toMatch(/^Thomas Jäger: Diese war ausschlaggebend\./);
  });

  it("keep LRT's lead paragraph, which holds a read-aloud button", () => {
    const doc = story('lrt-2024-read-aloud-lead.html');
    dropControlBoxes(doc);
    expect(linesOf(doc)[0]).toMatch(/^Judo išdavystė atrodo keistai\./);
  });

  it("keep Dagbladet's story header, headline and standfirst, around its share button", () => {
    const doc = story('dagbladet-2026-article-header.html', '');
    dropControlBoxes(doc);
    expect(doc.querySelector('h1')?.textContent).toBe('- Angsten vil øke');
    expect(linesOf(doc).join('\n')).toContain('USAs angrep på Venezuela skaper spenning i Nord-Korea');
  });
});
