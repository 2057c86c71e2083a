// The kiosk's feed refresh: one sync at a time, backoff with jitter after
// failures, the normal interval after a success (kiosk/src/refresh-schedule.ts).
import {test, mock} from 'node:test';
import assert from 'node:assert/strict';
import {RefreshSchedule} from '../../kiosk/src/refresh-schedule.js';

const MIN = 60_000;

test('calls while a sync runs join it: one request, not three', async () => {
  let calls = 0;
  let finish!: (ok: boolean) => void;
  const schedule = new RefreshSchedule({sync: () => (calls++, new Promise((r) => (finish = r))), intervalMs: 5 * MIN});
  const a = schedule.run();
  const b = schedule.run(); // the `online` event
  const c = schedule.run(); // "sync now"
  finish(true);
  assert.deepEqual(await Promise.all([a, b, c]), [true, true, true]);
  assert.equal(calls, 1);
  schedule.stop();
});

test('backs off after failures (30 s, 1, 2, 4 min… capped), and returns to the interval after a success', async () => {
  mock.timers.enable({apis: ['setTimeout']});
  try {
    const results = [false, false, false, false, false, false, false, false, true];
    const waits: number[] = [];
    let last = 0;
    let now = 0;
    const schedule = new RefreshSchedule({
      sync: async () => {
        waits.push(now - last);
        last = now;
        return results.shift() ?? true;
      },
      intervalMs: 5 * MIN,
      random: () => 1 - Number.EPSILON, // no jitter: the longest wait
    });
    await schedule.run();
    for (let i = 0; i < 9; i++) {
      const delay = schedule.nextDelay();
      now += delay;
      mock.timers.tick(delay);
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(waits.slice(1).map((ms) => Math.round(ms / 1000)), [30, 60, 120, 240, 480, 960, 1800, 1800, 300]);
    assert.equal(schedule.failureCount, 0);
    schedule.stop();
  } finally {
    mock.timers.reset();
  }
});

test('jitter spreads kiosks over 75–100 % of each wait', async () => {
  for (const [random, at] of [[0, 3 * MIN], [0.5, 3.5 * MIN]]) {
    mock.timers.enable({apis: ['setTimeout']});
    try {
      let calls = 0;
      const schedule = new RefreshSchedule({sync: async () => (calls++, true), intervalMs: 4 * MIN, random: () => random});
      await schedule.run();
      mock.timers.tick(at - 1);
      await new Promise((r) => setImmediate(r));
      assert.equal(calls, 1, `not before ${at} ms`);
      mock.timers.tick(1);
      await new Promise((r) => setImmediate(r));
      assert.equal(calls, 2, `at ${at} ms`);
      schedule.stop();
    } finally {
      mock.timers.reset();
    }
  }
});

test('a sync that throws counts as a failure and never rejects', async () => {
  const schedule = new RefreshSchedule({sync: () => Promise.reject(new Error('down')), intervalMs: 5 * MIN});
  assert.equal(await schedule.run(), false);
  assert.equal(schedule.failureCount, 1);
  assert.equal(schedule.nextDelay(), 30_000);
  schedule.stop();
});
