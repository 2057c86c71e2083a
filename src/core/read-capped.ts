import {ContentError} from './content-error.js';

/**
 * Default largest body: 5 MB. A commune's feed, calendar or guide is well
 * under 1 MB; a larger file is a mistake or an attack, and reading it would
 * stall a kiosk. Every content element takes `max-bytes="…"` (bytes) to change
 * it (ContentController); the kiosk's own look at the feeds uses it as it is
 * (kiosk/src/content-sync.ts).
 */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a body as a stream and refuses it, with a 'too-large' error, as soon
 * as it passes `limit` bytes: a huge file is never held in memory whole. A
 * Content-Length over the limit is refused before reading at all, and the
 * error carries that size, so the message can say how large the file is.
 */
export async function readCapped(response: Response, limit: number, url: string): Promise<ArrayBuffer> {
  const tooLarge = (size?: number) => new ContentError('too-large', String(limit), url, 'en', size);
  const length = Number(response.headers.get('content-length'));
  if (length > limit) {
    void response.body?.cancel();
    throw tooLarge(length);
  }
  if (!response.body) {
    const whole = await response.arrayBuffer();
    if (whole.byteLength > limit) throw tooLarge(whole.byteLength);
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}
