// The kiosk's screen geometry (kiosk/src/geometry.ts): the type scale from
// EN 301 549 §5.1.4 (capitals at ≥ 0.7°) and the reach band of §8.3.3 / ADA 308,
// for the panels docs/kiosk.md documents. The figures asserted here are the ones in the docs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {DEFAULT_PANEL, geometryFor, minFontMm, mmPerCssPx, orientationMismatch, panelHeightMm, type Panel} from '../../kiosk/src/geometry.js';

const PORTRAIT = {width: 1080, height: 1920};
const LANDSCAPE = {width: 1920, height: 1080};
const panel = (diagonalInches: number, orientation: Panel['orientation']): Panel => ({...DEFAULT_PANEL, diagonalInches, orientation});

test('a capital at 0.7° from 700 mm is 8.55 mm tall, so the font is at least 12.2 mm', () => {
  assert.ok(Math.abs(minFontMm(700) - 12.22) < 0.01, String(minFontMm(700)));
  assert.ok(Math.abs(minFontMm(3000) - 52.36) < 0.01, String(minFontMm(3000)));
});

test('a full-screen 16:9 viewport gives the same px size as the panel height over its px height', () => {
  for (const d of [32, 43, 55]) {
    const p = panel(d, 'portrait');
    assert.ok(Math.abs(mmPerCssPx(p, PORTRAIT) - panelHeightMm(p) / 1920) < 1e-9);
    const l = panel(d, 'landscape');
    assert.ok(Math.abs(mmPerCssPx(l, LANDSCAPE) - panelHeightMm(l) / 1080) < 1e-9);
  }
});

test('the default, a 43" portrait panel: 29 px body, 43 px headings, a 106 px poster title, controls below y = 670', () => {
  const g = geometryFor(DEFAULT_PANEL, PORTRAIT);
  assert.ok(Math.abs(g.mmPerPx - 0.4958) < 0.001, String(g.mmPerPx));
  assert.equal(g.bodyPx, 29);
  assert.ok(g.bodyPx >= 28 && g.headingPx >= 40 && g.posterTitlePx >= 100);
  assert.equal(g.headingPx, 43);
  assert.equal(g.posterTitlePx, 106);
  // 1,220 mm above the floor is 620 mm above the lower edge: 1,250 px up from the bottom.
  assert.equal(g.reachTopPx, 670);
  // The lower edge (600 mm) is above the band's floor (380 mm): the band reaches the bottom.
  assert.equal(g.reachBottomPx, 1920);
  assert.equal(g.lowReachTopPx, 960);
});

test('32" landscape: smaller pixels, so more of them; the whole screen is within reach', () => {
  const g = geometryFor(panel(32, 'landscape'), LANDSCAPE);
  assert.equal(g.bodyPx, 39);
  assert.equal(g.posterTitlePx, 142);
  assert.equal(g.reachTopPx, 0);
  assert.equal(g.lowReachTopPx, 540);
});

test('55" portrait: larger pixels; the band starts near the middle of the screen', () => {
  const g = geometryFor(panel(55, 'portrait'), PORTRAIT);
  assert.equal(g.bodyPx, 23);
  assert.equal(g.reachTopPx, 943);
  assert.equal(g.lowReachTopPx, 960);
});

test('a panel mounted low puts the band floor on the screen', () => {
  const g = geometryFor({...DEFAULT_PANEL, lowerEdgeMm: 200}, PORTRAIT);
  // 380 mm is 180 mm above the lower edge: 364 px up from the bottom.
  assert.equal(g.reachBottomPx, 1556);
});

test('a viewport that contradicts the configured orientation is noticed', () => {
  assert.equal(orientationMismatch(DEFAULT_PANEL, LANDSCAPE), true);
  assert.equal(orientationMismatch(DEFAULT_PANEL, PORTRAIT), false);
});
