/**
 * Where the build puts a site file: one entry chunk per site under a name made from its id
 * (vite.config.ts), so the content script loads its page's site by id alone, with no table of
 * 77 hashed chunk names riding in every article's content script.
 */
export const siteEntryName = (id: string): string => `site-${id}`;

export const siteChunkPath = (id: string): string => `assets/${siteEntryName(id)}.js`;
