/**
 * A real page made larger the way news pages are: the state its scripts start from, inlined
 * in the head as one big `<script>` (NYT's `window.__preloadedData`, Next.js's `__NEXT_DATA__`).
 * The story's markup comes after it, so a reader that stops early never reaches the story.
 */
export function withInlineData(page: Buffer, minBytes: number): Buffer {
  const html = page.toString('latin1');
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error('withInlineData: the page has no <head>');
  const items: string[] = [];
  for (let size = 0, n = 0; size < minBytes; n++) {
    const item = JSON.stringify({ id: `asset-${n}`, type: 'Article', promotionalHeadline: `Related coverage ${n}`, summary: 'More on the investigation into the bombings in New York and New Jersey.', uri: `nyt://article/${n.toString(16).padStart(8, '0')}` });
    items.push(item);
    size += item.length + 1;
  }
  const script = `<script>window.__preloadedData = {"initialState":{"related":[${items.join(',')}]}};</script>`;
  const at = head.index + head[0].length;
  return Buffer.concat([page.subarray(0, at), Buffer.from(script, 'latin1'), page.subarray(at)]);
}
