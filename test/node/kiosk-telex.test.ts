// The on-screen keyboard (kiosk/src/on-screen-keyboard.ts) and its Telex option (kiosk/src/telex.ts).
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {telex, telexWord} from '../../kiosk/src/telex.js';

test('letters with hats and horns, and đ', () => {
  assert.equal(telexWord('aa'), 'â');
  assert.equal(telexWord('aw'), 'ă');
  assert.equal(telexWord('ee'), 'ê');
  assert.equal(telexWord('oo'), 'ô');
  assert.equal(telexWord('ow'), 'ơ');
  assert.equal(telexWord('uw'), 'ư');
  assert.equal(telexWord('dd'), 'đ');
  assert.equal(telexWord('nguowif'), 'người');
  assert.equal(telexWord('dduwowngf'), 'đường');
});

test('tones on the right vowel', () => {
  assert.equal(telexWord('ngayf'), 'ngày');
  assert.equal(telexWord('hooij'), 'hội');
  assert.equal(telexWord('hoir'), 'hỏi');
  assert.equal(telexWord('caif'), 'cài');
  assert.equal(telexWord('mej'), 'mẹ');
  assert.equal(telexWord('quas'), 'quá');
  assert.equal(telexWord('hoanf'), 'hoàn');
  assert.equal(telexWord('tieesng'), 'tiếng');
  assert.equal(telexWord('vieetj'), 'việt');
  assert.equal(telexWord('xax'), 'xã');
  assert.equal(telexWord('caz'), 'ca');
});

test('a sentence, word by word; NFC', () => {
  const out = telex('ngayf hooij hocj taapj soos');
  assert.equal(out, 'ngày hội học tập số');
  assert.equal(out, out.normalize('NFC'));
  assert.equal(telex('cai vneid'), 'cai vneid');
});

test('the on-screen keyboard: keys, space, delete, clear; Telex as an option', async () => {
  const {press, shown} = await import('../../kiosk/src/on-screen-keyboard.js');
  let state = {keys: '', telex: false};
  for (const key of ['n', 'g', 'a', 'y', 'space', 'space', 'h', 'o', 'i', 'x', 'delete', '!']) state = press(state, key);
  assert.equal(state.keys, 'ngay hoi');
  assert.equal(shown(state), 'ngay hoi');
  assert.equal(press(state, 'clear').keys, '');
  assert.equal(press({keys: '', telex: false}, 'space').keys, '', 'no leading space');
  const telexOn = {keys: 'ngayf hooij', telex: true};
  assert.equal(shown(telexOn), 'ngày hội');
});
