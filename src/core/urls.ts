/**
 * Resolves a URL from content (maybe relative) against a base, keeping only
 * http(s): never javascript:, data: or other schemes from a feed or calendar.
 */
export function webUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
