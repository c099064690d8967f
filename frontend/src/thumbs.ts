/**
 * The small pictures of jobs (job list, card, live strip): the end photo's small copy when the job has
 * one, else the slicer's thumbnail. Fetched with the user's token (both need authentication) and kept as
 * object URLs in a bounded cache shared by every element of the page, so a row shown again (the page
 * after next and back, a live refresh, the card next to the panel) costs no request.
 */

import type { PrintLoggerApi } from "./api";

/** What a job shows as its picture: `p:<photo id>`, `t:<job id>`, or "" when it has none. */
export function thumbKey(job: { id: string; end_photo_id?: string | null; has_thumbnail?: boolean }): string {
  if (job.end_photo_id) return `p:${job.end_photo_id}`;
  return job.has_thumbnail ? `t:${job.id}` : "";
}

/** How many pictures are kept (the largest page of the job list is 200 rows). */
export const THUMB_CACHE_SIZE = 300;

/** Object URL (or null: no picture) per key, in the order of last use. */
const cache = new Map<string, Promise<string | null>>();

function remember(key: string, value: Promise<string | null>): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > THUMB_CACHE_SIZE) {
    const [oldest, url] = cache.entries().next().value as [string, Promise<string | null>];
    cache.delete(oldest);
    // An image already drawn keeps its pixels: the URL is only needed to load it.
    void url.then((u) => u && URL.revokeObjectURL(u));
  }
}

/** The object URL of a job's picture (null when it has none or it cannot be read). */
export function thumbUrl(api: PrintLoggerApi, key: string): Promise<string | null> {
  const known = cache.get(key);
  if (known) {
    remember(key, known);
    return known;
  }
  const id = key.slice(2);
  const blob = key.startsWith("p:") ? api.photo(id, true) : api.thumbnail(id);
  const url = blob.then(
    (b) => (b ? URL.createObjectURL(b) : null),
    () => {
      cache.delete(key); // a failed request is tried again when the row is shown again
      return null;
    },
  );
  remember(key, url);
  return url;
}

/** How many pictures are cached (tests). */
export function thumbCacheSize(): number {
  return cache.size;
}
