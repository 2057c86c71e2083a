/*
 * Bytes to text. Vietnamese CMSs still publish windows-1258 feeds, so the XML
 * declaration's encoding must be honoured, not assumed to be UTF-8.
 * Order (RFC 7303 §3, the Encoding Standard): a byte order mark wins, then the
 * HTTP charset, then the XML declaration, then UTF-8. JSON is always Unicode
 * (RFC 8259), so only a BOM or a charset can change it.
 *
 * Bytes that declare nothing and are not valid UTF-8 come from an old CMS in a
 * legacy code page. For a Vietnamese commune that is windows-1258 far more
 * often than anything else, so it is the guess: readable Vietnamese instead of
 * a column of replacement characters.
 */

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** The charset parameter of a Content-Type header. */
export function httpCharset(contentType: string | null | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match?.[1];
}

/**
 * The encoding named by an `<?xml … encoding="…"?>` declaration at the start.
 * White space before it is allowed, although XML forbids it: template-built
 * feeds (NukeViet's) begin with a line break.
 */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible encoding; latin1 reads it byte for byte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  return /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][A-Za-z0-9._:-]*)["']/.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  // "US-ASCII" is what data: URLs and lazy servers claim by default; it says nothing.
  if (!label || /^(us-)?ascii$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // a label the browser does not know: fall through to the next source
  }
}

/** Decodes a feed's bytes, honouring BOM, HTTP charset and XML declaration. */
export function decodeFeed(buffer: ArrayBuffer, contentType?: string | null): string {
  const bytes = new Uint8Array(buffer);
  const declared = decoderFor(bomEncoding(bytes)) ?? decoderFor(httpCharset(contentType)) ?? decoderFor(xmlDeclaredEncoding(bytes));
  // TextDecoder drops a BOM that matches its encoding by default.
  if (declared) return declared.decode(bytes);
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
