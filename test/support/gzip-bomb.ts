/**
 * A small gzip body that expands a thousandfold: a real page followed by whitespace up to
 * `expandedBytes`, compressed as it is generated, so that making it never holds the expanded
 * bytes in memory. Whitespace after `</html>` is what a browser's parser ignores, so the page
 * reads the same whether a client stops early or reads it all.
 */
import { createGzip } from 'node:zlib';

const CHUNK = Buffer.alloc(1024 * 1024, ' ');

export async function gzipBomb(page: Buffer, expandedBytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  const write = (chunk: Buffer) => new Promise<void>((resolve) => (gzip.write(chunk) ? resolve() : gzip.once('drain', resolve)));
  await write(page);
  for (let left = expandedBytes - page.length; left > 0; left -= CHUNK.length) await write(left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left));
  gzip.end();
  await ended;
  return Buffer.concat(out);
}
