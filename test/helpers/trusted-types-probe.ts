// The Trusted Types export probe: calls every export of a set of modules with
// attack payloads and lists whatever could hand a page script a way around
// Trusted Types (a policy, TrustedHTML carrying the payload, nodes that keep an
// event handler). Used on the sources (test/components/loa-news-exports.test.ts)
// and on the built bundle (test/after-build/browser/bundle-exports.test.ts).

/** The parts of the Trusted Types API used here (TypeScript's DOM types do not have it yet). */
interface TrustedTypesApi {
  isHTML(value: unknown): boolean;
  isScript(value: unknown): boolean;
  isScriptURL(value: unknown): boolean;
  createPolicy(name: string, rules: {createHTML: (s: string) => string}): {createHTML(s: string): unknown};
}
export const trustedTypes = (): TrustedTypesApi => (window as unknown as {trustedTypes: TrustedTypesApi}).trustedTypes;

const HANDLER = 'onerror';
/** The attack as HTML, as an XML feed carrying XHTML, and as a string a policy might be asked to pass. */
export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<rss version="2.0" xmlns:h="http://www.w3.org/1999/xhtml"><channel><h:img src="x" onerror="alert(1)"/><item><title>t</title><description>&lt;img src=x onerror=alert(1)&gt;</description></item></channel></rss>',
];
/** Second arguments the exports take: a MIME type, a base URL, sanitiser options. */
const SECOND_ARGUMENTS: unknown[] = [
  undefined,
  'text/html',
  'application/xml',
  'https://xa.example/feed.xml',
  {base: 'https://xa.example/', headingLevel: 2, externalLabel: '(trang ngoài)', tableLabel: 'Bảng'},
];

/** What is dangerous in a value an export returned, looking a few levels into objects. */
export function leaks(value: unknown, depth = 0, seen = new Set<unknown>()): string[] {
  if (value === null || value === undefined || depth > 4 || seen.has(value)) return [];
  if (typeof value !== 'object' && typeof value !== 'function') return [];
  seen.add(value);
  const tt = trustedTypes();
  if (tt.isHTML(value) || tt.isScript(value) || tt.isScriptURL(value)) {
    return String(value).includes(HANDLER) ? [`Trusted Types value with the handler: ${String(value).slice(0, 60)}`] : [];
  }
  if (typeof (value as {createHTML?: unknown}).createHTML === 'function') return ['a Trusted Types policy'];
  if (value instanceof Node) {
    const root = value instanceof Document ? value.documentElement : value;
    const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : [...(root as ParentNode).querySelectorAll?.('*') ?? []];
    return elements.flatMap((el) =>
      [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `a node with ${el.localName}[${a.name}]`)
    );
  }
  if (typeof value === 'function') return [];
  return Object.values(value as object).flatMap((v) => leaks(v, depth + 1, seen));
}

/** Calls every exported function with every payload; returns what leaked, by export. */
export async function probeExports(modules: Record<string, Record<string, unknown>>): Promise<string[]> {
  const problems: string[] = [];
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, exported] of Object.entries(module)) {
      problems.push(...leaks(exported).map((p) => `${file} ${name} (the export itself): ${p}`));
      if (typeof exported !== 'function') continue;
      for (const payload of PAYLOADS) {
        for (const second of SECOND_ARGUMENTS) {
          let result: unknown;
          try {
            result = await (exported as (...args: unknown[]) => unknown)(payload, second);
          } catch {
            continue; // refusing the payload is fine
          }
          problems.push(...leaks(result).map((p) => `${file} ${name}(payload, ${JSON.stringify(second)}): ${p}`));
        }
      }
    }
  }
  return [...new Set(problems)];
}
