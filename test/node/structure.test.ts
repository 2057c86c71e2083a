// The structure rules `npm run lint` checks, also run by `npm test` so CI keeps
// them: no import cycle in src/ or kiosk/ (type imports included), and no
// source file over 450 lines (scripts/check-structure.mjs).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkStructure} from '../../scripts/check-structure.mjs';

test('no import cycle and no source file over 450 lines', () => {
  assert.deepEqual(checkStructure(), []);
});
