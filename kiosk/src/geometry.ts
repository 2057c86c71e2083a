/*
 * The screen that is really there: from the panel's physical size and mounting
 * height (kiosk.config.json `panel`) and the viewport in CSS px, the kiosk
 * derives its type scale and its reach band. Pure functions; docs/kiosk.md
 * ("Screen geometry") gives the figures for 32", 43" and 55" panels.
 */

/** The panel as mounted, from the config. */
export interface Panel {
  /** Diagonal, in inches (a 16:9 panel). */
  diagonalInches: number;
  orientation: 'portrait' | 'landscape';
  /** Height of the screen's lower edge above the floor, in mm. */
  lowerEdgeMm: number;
  /** Where a standing or seated resident's eyes are, in mm. */
  viewingDistanceMm: number;
}

export const DEFAULT_PANEL: Panel = {diagonalInches: 43, orientation: 'portrait', lowerEdgeMm: 600, viewingDistanceMm: 700};

/**
 * Reach band, in mm above the floor: EN 301 549 §8.3.3 and ADA 2010 §308
 * (unobstructed forward and side reach, 15–48 in).
 */
export const REACH_MIN_MM = 380;
export const REACH_MAX_MM = 1220;

/** EN 301 549 §5.1.4: a capital letter subtends at least 0.7° at the viewing distance. */
const MIN_CAP_DEGREES = 0.7;
/** Be Vietnam Pro's capital height, as a share of its font size (OS/2 sCapHeight 700/1000). */
const CAP_HEIGHT_EM = 0.7;
/**
 * The standard's 0.7° is a floor for ordinary sight. Body text is 15 % above
 * it: many residents are older, read without their glasses, or stand back.
 */
const BODY_MARGIN = 1.15;
/** The attract screen's title is read from across the hall. */
const POSTER_DISTANCE_MM = 3000;
/** Step from body to a screen's main heading (29 px body gives a 42 px heading). */
export const HEADING_RATIO = 1.45;

export interface Geometry {
  /** Physical size of one CSS px, in mm. */
  mmPerPx: number;
  /** Body text, in CSS px at 100 % text size. */
  bodyPx: number;
  /** A screen's main heading, in CSS px at 100 %. */
  headingPx: number;
  /** The attract screen's title, in CSS px: legible from 3 m. */
  posterTitlePx: number;
  /** The reach band, as CSS px from the top of the viewport. */
  reachTopPx: number;
  reachBottomPx: number;
  /** The top of the band in low-reach mode ("Tầm với thấp"): never above the middle of the screen. */
  lowReachTopPx: number;
}

/**
 * The panel's height in mm as mounted, for a 16:9 panel in its stated
 * orientation (the figures in docs/kiosk.md).
 */
export function panelHeightMm({diagonalInches, orientation}: Panel): number {
  const diagonalMm = diagonalInches * 25.4;
  return (diagonalMm * (orientation === 'portrait' ? 16 : 9)) / Math.hypot(16, 9);
}

/**
 * Physical size of one CSS px: the diagonal over the viewport's diagonal. A
 * full-screen kiosk's viewport is the panel, whatever its aspect ratio or
 * scaling, so this holds even where the config's orientation is wrong.
 */
export function mmPerCssPx(panel: Panel, viewport: {width: number; height: number}): number {
  return (panel.diagonalInches * 25.4) / Math.max(1, Math.hypot(viewport.width, viewport.height));
}

/** True when the viewport's shape contradicts the config's orientation (staff are told). */
export function orientationMismatch(panel: Panel, viewport: {width: number; height: number}): boolean {
  return (viewport.width > viewport.height) !== (panel.orientation === 'landscape');
}

/** The smallest font size (mm) whose capitals subtend 0.7° at `distanceMm`. */
export function minFontMm(distanceMm: number): number {
  const capMm = 2 * distanceMm * Math.tan(((MIN_CAP_DEGREES / 2) * Math.PI) / 180);
  return capMm / CAP_HEIGHT_EM;
}

export function geometryFor(panel: Panel, viewport: {width: number; height: number}): Geometry {
  const height = Math.max(1, viewport.height);
  const mmPerPx = mmPerCssPx(panel, viewport);
  const bodyPx = Math.ceil((minFontMm(panel.viewingDistanceMm) * BODY_MARGIN) / mmPerPx);
  // Height above the floor (mm) to a y coordinate (px from the top).
  const yAt = (mm: number) => height - (mm - panel.lowerEdgeMm) / mmPerPx;
  const reachTopPx = clamp(yAt(REACH_MAX_MM), 0, height);
  const reachBottomPx = clamp(yAt(REACH_MIN_MM), 0, height);
  return {
    mmPerPx,
    bodyPx,
    headingPx: Math.ceil(bodyPx * HEADING_RATIO),
    posterTitlePx: Math.ceil(minFontMm(POSTER_DISTANCE_MM) / mmPerPx),
    // Rounded inwards: a control on the boundary pixel is still within reach.
    reachTopPx: Math.ceil(reachTopPx),
    reachBottomPx: Math.floor(reachBottomPx),
    lowReachTopPx: Math.ceil(Math.max(reachTopPx, height / 2)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Writes the geometry onto <html> as custom properties, which kiosk.css reads:
 * the base font size, the poster title and the top of the reach band.
 */
export function applyGeometry(geometry: Geometry, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--kiosk-body', `${geometry.bodyPx}px`);
  root.style.setProperty('--kiosk-heading', `${geometry.headingPx}px`);
  root.style.setProperty('--kiosk-poster-title', `${geometry.posterTitlePx}px`);
  root.style.setProperty('--kiosk-reach-top', `${geometry.reachTopPx}px`);
  root.style.setProperty('--kiosk-low-reach-top', `${geometry.lowReachTopPx}px`);
  root.style.setProperty('--kiosk-reach-bottom', `${geometry.reachBottomPx}px`);
}
