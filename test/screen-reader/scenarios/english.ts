// The page in English: a guide's overview, heard in English words.
import {demoGuide, heard, literal, notHeard, shown, type Scenario} from '../scenario.js';

export const englishScenarios: Scenario[] = [
  {
    name: 'English page: loa-howto overview steps are heard as "Step N: …" with their state, Return expands one, "Show all steps" is announced, no Vietnamese interface words',
    async run({sr, page, url}) {
      const guide = demoGuide('vssid.en.json');
      const from = sr.cursor();
      await sr.open(url('/sr/english.html'));
      await shown(page, guide.steps.at(-1)!.name);
      await sr.top();

      const title = await sr.pressUntil('h', /heading level 1/, 3);
      heard(title, new RegExp(`^${literal(guide.name).source} heading level 1`), 'the guide title');
      for (const [i, step] of guide.steps.slice(0, 2).entries()) {
        const h = await sr.pressUntil('h', new RegExp(`^Step ${i + 1}:`), 3);
        heard(h, new RegExp(`^Step ${i + 1}: ${literal(step.name).source} collapsed push button heading level \\d`), `step ${i + 1}'s heading`);
      }
      const opened = await sr.press('Return', {until: /expanded/});
      heard(opened, /expanded/, 'Return on step 2');
      const text = await sr.pressUntil('Down', literal(guide.steps[1].text.slice(0, 30)), 6);
      heard(text, literal(guide.steps[1].text.slice(0, 30)), 'step 2\'s text');

      await sr.press('ctrl+Home');
      const all = await sr.pressUntil('b', /Show all steps/, 6);
      heard(all, /^Show all steps (collapsed )?push button/, '"Show all steps"');
      notHeard(sr.heardSince(from), /\bBước\b|Hiện tất cả|Đang tải/, 'the English page');
    },
  },
];
