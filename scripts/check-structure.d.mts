/** The structure rules of `npm run lint`: every offence, in words (empty when there is none). */
export function checkStructure(): string[];
export const MAX_LINES: number;
