/**
 * linkedom as patched by patches/linkedom+0.18.15.patch (applied by `npm install`): listener maps
 * made on the first listener, and selectors compiled once. The DOM must still answer as before
 * when the tree changes between two queries with the same selector, which is what a cached
 * compiled selector could get wrong.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fileURLToPath } from 'node:url';

// Not among linkedom's exports: imported by its path, as the bundle for the CLI reads it.
const MATCHES = fileURLToPath(new URL('../../node_modules/linkedom/esm/shared/matches.js', import.meta.url));

const page = () => parseHTML('<html><body><main><p class="a">one</p><div><p>two</p></div></main></body></html>').document;

describe('patched linkedom', () => {
  it('is the patched copy: the same selector is not compiled twice', async () => {
    const { prepareMatch } = await import(MATCHES) as { prepareMatch: (el: unknown, selector: string) => unknown };
    const doc = page();
    expect(prepareMatch(doc.body, 'main p')).toBe(prepareMatch(doc.querySelector('main'), 'main p'));
    // :has keeps results per element inside the compiled function: compiled anew each call.
    expect(prepareMatch(doc.body, 'div:has(p)')).not.toBe(prepareMatch(doc.body, 'div:has(p)'));
  });

  it('answers a repeated query from the tree as it is now', () => {
    const doc = page();
    expect(doc.querySelectorAll('main p').length).toBe(2);
    doc.querySelector('div')!.append(doc.createElement('p'));
    expect(doc.querySelectorAll('main p').length).toBe(3);
    const two = doc.querySelector('div p')!;
    expect(two.closest('main')).toBe(doc.querySelector('main'));
    doc.body.append(two);
    expect(two.closest('main')).toBeNull();
    expect(two.matches('main p')).toBe(false);
  });

  it('answers :has from the tree as it is now', () => {
    const doc = page();
    expect(doc.querySelectorAll('div:has(p)').length).toBe(1);
    doc.querySelector('div')!.replaceChildren();
    expect(doc.querySelectorAll('div:has(p)').length).toBe(0);
  });

  it('compiles a selector per document kind: HTML names ignore case, XML names do not', () => {
    const html = page();
    expect(html.querySelectorAll('P').length).toBe(2);
    const xml = new (parseHTML('').DOMParser)().parseFromString('<feed><P/><p/></feed>', 'text/xml');
    expect(xml.querySelectorAll('P').length).toBe(1);
  });

  it('still delivers events, to listeners added after the parse', () => {
    const doc = page();
    const p = doc.querySelector('p')!;
    const seen: string[] = [];
    const listener = (event: Event) => seen.push(event.type);
    p.removeEventListener('click', listener);
    p.dispatchEvent(new (parseHTML('').Event)('click'));
    p.addEventListener('click', listener);
    p.dispatchEvent(new (parseHTML('').Event)('click'));
    p.removeEventListener('click', listener);
    p.dispatchEvent(new (parseHTML('').Event)('click'));
    expect(seen).toEqual(['click']);
  });
});
