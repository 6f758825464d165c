/**
 * React's streamed segments, in the shape the Anadolu Agency's 2026 page has them: the story
 * arrives hidden at the end of the body and an inline script swaps it for a loading skeleton.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/node.ts';
import { placeStreamedSegments } from '../../src/extract/streamed-segments.ts';

const PAGE = `<!doctype html><html><body>
<h1>Vekalet yoluyla kurban kesim bedelleri belirlendi</h1>
<!--$?--><template id="B:1a"></template><section class="skeleton"><div class="animate-pulse">Yükleniyor</div></section><!--/$-->
<footer>Anadolu Ajansı</footer>
<div hidden id="S:1a"><section><p>Arpaguş, Başkanlık Konferans Salonu'nda düzenlenen 2026 Vekaletle Kurban Kesim Organizasyonu Toplantısı'nda konuştu.</p><template id="P:2d"></template></section></div>
<div hidden id="S:2d"><p>"Hazırlıklarımızı büyük bir titizlikle sürdürüyoruz"</p></div>
<script>$RS("S:2d","P:2d")</script><script>$RR("B:1a","S:1a",[])</script>
</body></html>`;

describe('streamed segments', () => {
  it('puts each hidden segment where its script would, in place of the loading skeleton', () => {
    const doc = parseDocument(PAGE);
    placeStreamedSegments(doc);
    const blocks = [...doc.body.querySelectorAll('h1, p, footer, .skeleton')].map((el) => el.textContent);
    expect(blocks).toEqual([
      'Vekalet yoluyla kurban kesim bedelleri belirlendi',
      "Arpaguş, Başkanlık Konferans Salonu'nda düzenlenen 2026 Vekaletle Kurban Kesim Organizasyonu Toplantısı'nda konuştu.",
      '"Hazırlıklarımızı büyük bir titizlikle sürdürüyoruz"',
      'Anadolu Ajansı',
    ]);
    expect(doc.querySelector('[hidden]')).toBeNull();
  });

  it('leaves a hidden element that no placeholder waits for as it is', () => {
    const doc = parseDocument('<!doctype html><html><body><div hidden id="S:9"><p>Not yet</p></div></body></html>');
    placeStreamedSegments(doc);
    expect(doc.querySelector('[hidden]')?.textContent).toBe('Not yet');
  });
});
