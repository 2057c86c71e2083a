// The shared speech service: a request still waiting for a late voice list
// must never speak once it was stopped (the kiosk's idle reset stops speech,
// and the next resident must not hear the last one's page).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Speech, type SpeechEngine, type SpeechRequest, type SpeechVoice} from '../../src/core/speech.js';

/** An engine whose voices arrive only when `loadVoices()` is called, as in Chromium at start-up. */
function lateEngine() {
  let voices: SpeechVoice[] = [];
  const listeners: Array<() => void> = [];
  const spoken: string[] = [];
  const engine: SpeechEngine = {
    voices: () => voices,
    onVoicesChanged: (callback) => void listeners.push(callback),
    speak: (request: SpeechRequest) => void spoken.push(request.text),
    pause() {},
    resume() {},
    cancel() {},
  };
  const loadVoices = () => {
    voices = [{name: 'Giọng Việt', lang: 'vi-VN'} as SpeechVoice];
    listeners.forEach((l) => l());
  };
  return {engine, spoken, loadVoices};
}

test('stop() while the voices are still loading: nothing is spoken afterwards', async () => {
  const {engine, spoken, loadVoices} = lateEngine();
  const speech = new Speech(engine);
  const result = speech.speak('Trang của người trước', 'vi');
  speech.stop();
  loadVoices();
  assert.equal(await result, 'stopped');
  assert.deepEqual(spoken, []);
});

test('a later request replaces one still waiting for its voice', async () => {
  const {engine, spoken, loadVoices} = lateEngine();
  const speech = new Speech(engine);
  const first = speech.speak('một', 'vi');
  const second = speech.speak('hai', 'vi');
  loadVoices();
  assert.equal(await first, 'stopped');
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(spoken, ['hai']);
  speech.stop();
  assert.equal(await second, 'stopped');
});

test('a first voiceschanged with no voices (Chromium on Linux) keeps waiting for the real list', async () => {
  const {engine, spoken, loadVoices} = lateEngine();
  const listeners: Array<() => void> = [];
  const early: SpeechEngine = {...engine, onVoicesChanged: (callback) => void listeners.push(callback)};
  const speech = new Speech(early);
  const result = speech.speak('Tin tức', 'vi');
  listeners.forEach((l) => l());
  await new Promise((r) => setTimeout(r, 20));
  loadVoices();
  listeners.forEach((l) => l());
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(spoken, ['Tin tức']);
  speech.stop();
  await result;
});
