import {encode} from 'uqr';

/** Blank modules around the code: the QR standard asks for 4 so cameras find the edges. */
export const QUIET_ZONE = 4;

export interface QrDrawing {
  /** Modules per side, quiet zone included: the viewBox is `0 0 size size`. */
  size: number;
  /** QR version (1–40), for diagnostics and the bench. */
  version: number;
  /** One SVG path covering every dark module. */
  path: string;
}

/**
 * Encodes `text` (error correction M) and draws the dark modules as one path:
 * each horizontal run of dark modules becomes one rectangle, which keeps the
 * path short (a 300-character link gives ~15 kB instead of ~60 kB of rects).
 * Throws a RangeError when the text is too long for any QR version.
 */
export function drawQr(text: string): QrDrawing {
  const qr = encode(text, {ecc: 'M', border: 0});
  const parts: string[] = [];
  qr.data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`);
    }
  });
  return {size: qr.size + 2 * QUIET_ZONE, version: qr.version, path: parts.join('')};
}
