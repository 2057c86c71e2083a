import {html, unsafeStatic, type StaticValue} from 'lit/static-html.js';
import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

const TAGS: StaticValue[] = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

/** Keeps a `heading-level` attribute within h1–h6; the host page owns the outline. */
export function clampLevel(level: number | null | undefined, fallback = 2): number {
  const n = Math.trunc(Number(level));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
}

/** A real <hN> at the given level (a relative `offset` for sub-headings). */
export function heading(
  level: number,
  content: unknown,
  options: {offset?: number; id?: string; className?: string; part?: string; tabindex?: number} = {}
): TemplateResult {
  const n = Math.min(clampLevel(level) + (options.offset ?? 0), 6);
  const tag = TAGS[n - 1];
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- a static tag from lit/static-html.js */
  return html`<${tag}
    class=${options.className ?? 'loa-heading'}
    part=${options.part ?? 'heading'}
    id=${ifDefined(options.id)}
    tabindex=${ifDefined(options.tabindex)}
  >${content}</${tag}>`;
}
