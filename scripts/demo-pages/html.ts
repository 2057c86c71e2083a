// A tiny build-time HTML template tag for the demo site: every interpolated
// value is escaped unless it is already markup (the result of another `markup`
// call or `raw`). Content from the pack is text and stays text.

export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = Markup | string | number | boolean | null | undefined | Value[];

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function markup(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0];
  values.forEach((value, i) => (out += render(value) + strings[i + 1]));
  return new Markup(out);
}

/** Markup we wrote ourselves (never content from the pack). */
export function raw(markup: string): Markup {
  return new Markup(markup);
}

/**
 * A JSON-LD data block. `<` is escaped so no string in the data can close the
 * script element; browsers never execute this type, so CSP does not apply.
 */
export function jsonLd(data: unknown): Markup {
  const json = JSON.stringify(data, null, 1).replace(/</g, '\\u003c');
  return raw(`<script type="application/ld+json">${json}</script>`);
}

/** Source code shown on a page (escaped, in <pre><code>). */
export function code(source: string, id?: string): Markup {
  return markup`<pre class="code"${id ? raw(` id="${escapeHtml(id)}"`) : ''} tabindex="0"><code>${source.trim()}</code></pre>`;
}
