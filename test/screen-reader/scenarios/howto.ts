// <loa-howto> with Orca: the overview on a demo guide page, and the guided card.
import type {Heard} from '../orca.js';
import {demoGuide, heard, heardInOrder, literal, noPercentage, notHeard, shown, type Scenario} from '../scenario.js';

/** Orca's utterance for a step heading in the overview: "Bước N: <name> collapsed push button heading level 2". */
const stepHeading = (n: number, name: string, state: 'collapsed' | 'expanded') =>
  new RegExp(`^Bước ${n}: ${literal(name).source} ${state} push button heading level \\d`);

export const howtoScenarios: Scenario[] = [
  {
    name: 'loa-howto overview: h reads the title and every "Bước N" step heading as collapsed; Return expands a step and its text follows; "Hiện tất cả các bước" is announced',
    async run({sr, page, url}) {
      const guide = demoGuide('vneid-muc-2.json');
      await sr.open(url('/demo/huong-dan/vneid-muc-2/'));
      await shown(page, guide.steps.at(-1)!.name);
      await sr.top();

      const title = await sr.pressUntil('h', /heading level 1/, 3);
      heard(title, new RegExp(`^${literal(guide.name).source} heading level 1`), 'the guide title, as the h1');
      // Every step heading in order, each a collapsed button (a section heading between them is allowed).
      let last = title;
      for (const [i, step] of guide.steps.entries()) {
        last = await sr.pressUntil('h', new RegExp(`^Bước ${i + 1}:`), 3);
        heard(last, stepHeading(i + 1, step.name, 'collapsed'), `step ${i + 1}'s heading`);
      }

      // Return on the last step's heading opens it: "expanded", then its words.
      const opened = await sr.press('Return', {until: /expanded/});
      heard(opened, /^expanded$|expanded/, 'Return on a step heading');
      const step = guide.steps.at(-1)!;
      const text = await sr.pressUntil('Down', literal(step.text.slice(0, 30)), 6);
      heard(text, literal(step.text.slice(0, 30)), `step ${guide.steps.length}'s text after it opened`);
      notHeard(last, /expanded/, 'the step heading before Return');

      // "Hiện tất cả các bước" is a button a keyboard user reaches (b: Orca's next button).
      await sr.press('ctrl+Home');
      const all = await sr.pressUntil('b', /Hiện tất cả các bước/, 6);
      heard(all, /^Hiện tất cả các bước (collapsed )?push button/, '"Hiện tất cả các bước"');
      const shownAll = await sr.press('Return', {until: /expanded|Ẩn tất cả các bước/});
      heard(shownAll, /expanded|Ẩn tất cả các bước/, 'pressing "Hiện tất cả các bước"');
    },
  },
  {
    name: 'loa-howto guided: "Bước tiếp" speaks each new step heading, then "Bước N trên M" (never a percentage), to the last step; "Xong" says it is done and its next actions are reachable',
    async run({sr, page, url, log}) {
      const guide = demoGuide('vssid.json');
      const total = guide.steps.length;
      await sr.open(url('/sr/howto-guided.html'));
      await shown(page, `${guide.steps[0].name}`);
      await sr.top();

      const next = await sr.pressUntil('Tab', /Bước tiếp/, 4);
      heard(next, /^Bước tiếp push button/, '"Bước tiếp", by Tab');
      const moved = await sr.press('Return', {until: new RegExp(`Bước 2 trên ${total}`), quiet: 800});
      const heading = new RegExp(`^${literal(guide.steps[1].name).source} heading level \\d`);
      heard(moved, heading, 'the new step heading');
      heardInOrder(moved, heading, new RegExp(`Bước 2 trên ${total}`), 'the new step heading, then where we are');
      // The heading (tabindex="-1", inside the shadow root of a host that listens for click) is no control.
      notHeard(moved, /clickable/, 'the new step heading');
      log(`step 2: ${moved.lines.join(' | ')}`);

      // On to the last step by keyboard, "Bước tiếp" each time: each step's heading and where we are.
      const steps: Array<[number, Heard]> = [[2, moved]];
      for (let n = 3; n <= total; n++) {
        await sr.pressUntil('Tab', /^Bước tiếp push button/, 8);
        const h = await sr.press('Return', {until: new RegExp(`Bước ${n} trên ${total}`), quiet: 800});
        heardInOrder(h, new RegExp(`^${literal(guide.steps[n - 1].name).source} heading level \\d`), new RegExp(`Bước ${n} trên ${total}`), `step ${n}: its heading, then where we are`);
        steps.push([n, h]);
      }
      const finish = await sr.pressUntil('Tab', /^Xong/, 5);
      heard(finish, /^Xong push button/, '"Xong" on the last step');
      // The card is replaced by the done card, so Orca drops the old focus quietly: the announcement says it.
      const finished = await sr.press('Return', {until: /Bạn đã làm xong/, quiet: 800});
      heard(finished, literal(`Bạn đã làm xong hướng dẫn: ${guide.name}`), 'the announcement that the guide is done');

      // What comes next is reachable by Tab: start again, back to the last step, the related guide.
      const after = await sr.pressUntil('Tab', /Kích hoạt tài khoản định danh điện tử mức 2/, 8);
      heard(after, /^Làm lại từ bước 1 push button/, '"Làm lại từ bước 1"');
      heard(after, /^Xem lại bước cuối push button/, '"Xem lại bước cuối"');
      heard(after, /^Kích hoạt tài khoản định danh điện tử mức 2 link/, 'the related guide, a link');

      // Issue 17 (checked last, so the rest is tested meanwhile): at step 2 of 7 the progress bar was read as "33 percent".
      for (const [n, h] of steps) noPercentage(h, `step ${n} of the guided card`);
    },
  },
];
