/** Decodes archived bytes with the right charset and reads them with the same site code as the live page. */
import { extractHtml } from '#html-extractor';
import { decodeHtml } from '../core/charset.ts';
import type { ArchivedReading } from '../extract/archived-page.ts';
import type { CaptureBody } from '../sources/source.ts';

export function extractArchived(body: CaptureBody, url: string): Promise<ArchivedReading> {
  return extractHtml(decodeHtml(body.bytes, body.contentType), url);
}
