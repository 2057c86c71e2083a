// The embedding guide has one source per language: docs/embedding.vi.md
// (Vietnamese), the canonical source of the demo site's /demo/huong-dan-nhung/,
// and docs/embedding.md, its English counterpart. These tests fail when the two
// drift apart in what a test can see (headings, code, link targets), when the
// page stops showing its file, when the
// guide prints a policy the demo does not run under, and when the Markdown
// renderer lets through anything the demo's strict pages must not carry.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import MarkdownIt from 'markdown-it';
import {DEMO_CSP, TRUSTED_TYPES_POLICIES} from '../../scripts/demo-pages/csp.js';
import {embeddingPage} from '../../scripts/demo-pages/embedding-page.js';
import {raw} from '../../scripts/demo-pages/html.js';
import {readMarkdownPage} from '../../scripts/demo-pages/markdown.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const ENGLISH = read('docs/embedding.md');
const VIETNAMESE = read('docs/embedding.vi.md');

/** Headings and code blocks as markdown-it reads them (independently of the demo's renderer). */
function outline(source: string) {
  const tokens = new MarkdownIt({html: true}).parse(source, {});
  return {
    headings: tokens.flatMap((t, i) =>
      t.type === 'heading_open'
        ? [{level: Number(t.tag.slice(1)), text: (tokens[i + 1].children ?? []).map((c) => c.content).join('').trim()}]
        : []
    ),
    code: tokens.filter((t) => t.type === 'fence').map((t) => ({info: t.info, content: t.content})),
    links: tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => String(c.attrGet('href') ?? ''))),
  };
}

/** The text a reader sees in some HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({lt: '<', gt: '>', quot: '"', amp: '&'})[name] ?? '');
}

describe('the Vietnamese guide is the English one in Vietnamese', () => {
  const en = outline(ENGLISH);
  const vi = outline(VIETNAMESE);

  test('same headings: same levels, same order', () => {
    const pairs = Array.from({length: Math.max(en.headings.length, vi.headings.length)}, (_, i) => {
      const [a, b] = [en.headings[i], vi.headings[i]];
      return `${a ? `h${a.level} ${a.text}` : '(none)'}  ↔  ${b ? `h${b.level} ${b.text}` : '(none)'}`;
    });
    assert.deepEqual(
      vi.headings.map((h) => h.level),
      en.headings.map((h) => h.level),
      `docs/embedding.md ↔ docs/embedding.vi.md:\n${pairs.join('\n')}`
    );
  });

  test('same code blocks, character for character, in the same order', () => {
    assert.ok(en.code.length >= 5, `${en.code.length} code blocks`);
    assert.deepEqual(vi.code, en.code);
  });

  test('same links, to the same targets, in the same order', () => {
    // An #anchor counts as the heading it names (each file's ids are in its own
    // words), and the link from each file to the other as one target.
    const targets = (source: string, file: string, other: string) => {
      const ids = readMarkdownPage(source, file).headings.map((h) => h.id);
      return outline(source).links.map((href) =>
        href.startsWith('#') ? `heading ${ids.indexOf(decodeURIComponent(href.slice(1)))}` : href === other ? '(the other language)' : href
      );
    };
    const english = targets(ENGLISH, 'docs/embedding.md', 'embedding.vi.md');
    assert.ok(english.length >= 3, `${english.length} links`);
    assert.ok(english.some((t) => t.startsWith('heading ')), 'an #anchor link is among them');
    assert.ok(!english.includes('heading -1'), 'every #anchor names a heading');
    assert.deepEqual(targets(VIETNAMESE, 'docs/embedding.vi.md', 'embedding.md'), english);
  });

  test('each file’s #anchor links name one of its own headings (GitHub’s ids)', () => {
    // readMarkdownPage throws on a link to a missing anchor and on a broken outline.
    assert.doesNotThrow(() => readMarkdownPage(ENGLISH, 'docs/embedding.md'));
    assert.doesNotThrow(() => readMarkdownPage(VIETNAMESE, 'docs/embedding.vi.md'));
  });

  test('the policy the guide prints is the one the demo pages run under', () => {
    const directives = (policy: string) => policy.replace(/^Content-Security-Policy:/, '').split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
    const demo = directives(DEMO_CSP);
    const blocks = en.code.map((c) => c.content);
    const printed = blocks.find((b) => b.startsWith('Content-Security-Policy:'));
    assert.ok(printed, 'the guide prints a Content-Security-Policy');
    for (const directive of directives(printed)) assert.ok(demo.includes(directive), `${directive} is in the demo's policy`);
    const trustedTypes = blocks.find((b) => b.startsWith('trusted-types '))?.trim();
    assert.equal(trustedTypes, `trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`);
    assert.ok(demo.includes(trustedTypes), 'and the demo carries that trusted-types directive');
  });
});

describe('/demo/huong-dan-nhung/ is docs/embedding.vi.md', () => {
  const page = embeddingPage(VIETNAMESE, 'docs/embedding.vi.md');
  const html = page.main.value;
  const text = textOf(html).normalize('NFC');
  const vi = outline(VIETNAMESE);

  test('the file’s # heading is the page’s only h1 and its title', () => {
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1);
    assert.equal(page.title, vi.headings[0].text);
  });

  test('every heading of the file is a heading of the page, at the same level, with an id', () => {
    const onPage = [...html.matchAll(/<h([1-6]) id="([^"]+)">([\s\S]*?)<\/h\1>/g)].map((m) => `h${m[1]} ${textOf(m[3])}`);
    for (const h of vi.headings) {
      const wanted = `h${h.level} ${h.text.replace(/`/g, '')}`;
      assert.ok(onPage.includes(wanted), `${wanted} is on the page (it has: ${onPage.join(' | ')})`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids, [...new Set(ids)], 'ids are unique');
  });

  test('every code block is on the page as a copyable snippet, and so is every paragraph’s text', () => {
    for (const {content} of vi.code) assert.ok(text.includes(content.trim()), `code block ${content.slice(0, 40)}…`);
    assert.equal((html.match(/<div class="snippet">/g) ?? []).length, vi.code.length);
    // The prose too: the first words of each paragraph of the file.
    const paragraphs = new MarkdownIt({html: true}).parse(VIETNAMESE, {}).filter((t, i, all) => t.type === 'inline' && all[i - 1]?.type === 'paragraph_open');
    for (const p of paragraphs) {
      const start = (p.children ?? []).find((c) => c.type === 'text' && c.content.trim().length > 12)?.content.trim().slice(0, 30);
      if (start) assert.ok(text.includes(start.replace(/^\[[ x]\] /, '')), `paragraph starting “${start}”`);
    }
  });

  test('the page adds only its table of contents and the live theming example', () => {
    assert.match(html, /<nav aria-labelledby="muc-luc" class="toc">/);
    assert.match(html, /<div class="theme-example theme-do">\s*<loa-qr /);
    assert.doesNotMatch(html, /&lt;!--/, 'no HTML comment shown as text');
  });
});

describe('the Markdown renderer', () => {
  const hostile = `# Title

<script>alert(1)</script>

Text <img src=x onerror=alert(1)> and [bad](javascript:alert(1)), [a file](../src/x.ts), [the web](https://example.org/), [a page](/demo/) and [here](#next-b).

- [ ] to copy

| a | b |
|:-:|--:|
| 1 | 2 |

\`\`\`html
<script>alert(2)</script>
\`\`\`

    <style>body{}</style>

![a picture](img/x.png)

<!-- a note for editors -->

<!-- demo: example -->

## Next \`<b>\`

### Deeper
`;
  const html = readMarkdownPage(hostile, 'hostile.md').render({example: raw('<p>inserted</p>')}).value;

  test('raw HTML is text, code is escaped, and nothing executable or styled gets through', () => {
    assert.doesNotMatch(html, /<script|<img|<style|\sstyle=|href="javascript:/);
    assert.match(html, /<p>&#60;script&#62;alert\(1\)&#60;\/script&#62;<\/p>/, 'an HTML block is shown as text');
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/, 'inline HTML is shown as text');
    assert.match(html, /<div class="snippet"><pre class="code" tabindex="0"><code>&#60;script&#62;alert\(2\)&#60;\/script&#62;<\/code><\/pre><\/div>/);
    assert.match(html, /<code>&#60;style&#62;body\{\}&#60;\/style&#62;<\/code>/, 'an indented code block too');
    assert.doesNotMatch(html, /a note for editors/);
    assert.match(html, /<p>inserted<\/p>/, 'the page’s own content goes where the file says');
  });

  test('links: web links, site paths and anchors stay; links to repository files and bad schemes become text', () => {
    assert.match(html, /<a href="https:\/\/example\.org\/">the web<\/a>/);
    assert.match(html, /<a href="\/demo\/">a page<\/a>/);
    assert.match(html, /<a href="#next-b">here<\/a>/);
    assert.match(html, /, a file, /);
    assert.doesNotMatch(html, /href="[^"]*x\.ts"/);
    assert.match(html, /\[bad\]\(javascript:alert\(1\)\)/, 'markdown-it refuses the javascript: link');
    assert.match(html, /<p>a picture<\/p>/, 'an image the site does not have becomes its text');
    assert.match(html, /<li>to copy<\/li>/, 'no task-list brackets');
  });

  test('headings get GitHub’s ids and h2 sections; tables scroll in a named region', () => {
    assert.match(html, /<h1 id="title">Title<\/h1>/);
    assert.match(html, /<section aria-labelledby="next-b"><h2 id="next-b">Next <code>&lt;b&gt;<\/code><\/h2>/);
    assert.match(html, /<h3 id="deeper">Deeper<\/h3>\n<\/section>/);
    assert.match(html, /<div class="table-wrap" role="region" aria-label="a, b" tabindex="0"><table>/);
    assert.match(html, /<th scope="col">a<\/th>/);
  });

  test('a file that would break the page’s outline or links fails the build', () => {
    assert.throws(() => readMarkdownPage('## No title\n', 'x.md'), /exactly one # heading, first/);
    assert.throws(() => readMarkdownPage('# One\n\n# Two\n', 'x.md'), /exactly one # heading/);
    assert.throws(() => readMarkdownPage('# One\n\n### Three\n', 'x.md'), /level is skipped/);
    assert.throws(() => readMarkdownPage('# One\n\n[x](#nowhere)\n', 'x.md'), /#nowhere/);
    assert.throws(() => readMarkdownPage('# One\n\n<!-- demo: a -->\n', 'x.md').render({}), /places without content: \[a\]/);
    const page = readMarkdownPage('# One\n', 'x.md');
    assert.throws(() => page.render({b: page.render({})}), /content without a place: \[b\]/);
  });

  test('Vietnamese headings keep their diacritics in ids, as on GitHub', () => {
    const page = readMarkdownPage('# Tự lưu loa.js trên máy chủ của xã\n\n## Tự lưu loa.js trên máy chủ của xã\n', 'x.md');
    assert.deepEqual(
      page.headings.map((h) => h.id),
      ['tự-lưu-loajs-trên-máy-chủ-của-xã', 'tự-lưu-loajs-trên-máy-chủ-của-xã-1']
    );
  });
});
