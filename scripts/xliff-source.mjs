// Writes locales/vi.xlf: the Vietnamese (source) strings as a complete XLIFF of
// their own, so translation tools and reviewers see both locales side by side.
// lit-localize only writes target locales; Vietnamese leads the wording, so its
// file is the source text copied into <target>.
import {readFileSync, writeFileSync} from 'node:fs';

const en = readFileSync(new URL('../locales/en.xlf', import.meta.url), 'utf8');
const vi = en
  .replace('target-language="en"', 'target-language="vi"')
  .replace(/\n\s*<target>[\s\S]*?<\/target>/g, '')
  .replace(/<source>([\s\S]*?)<\/source>/g, '<source>$1</source>\n  <target>$1</target>');
writeFileSync(new URL('../locales/vi.xlf', import.meta.url), vi);
