/**
 * The structure rules of `npm run lint`: every offence, in words (empty when
 * there is none), in `dirs` (default: src and kiosk) of `root` (default: this
 * repository).
 */
export function checkStructure(options?: {root?: string; dirs?: readonly string[]}): string[];
export const MAX_LINES: number;
