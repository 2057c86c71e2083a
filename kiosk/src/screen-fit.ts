/*
 * Keeps the layout fitted to the screen that is really there: the type scale
 * and reach band from the panel's geometry (recomputed when the viewport
 * changes), and the heights of the fixed dock and the masthead, so that
 * content is never hidden under the dock and the reach band can be measured
 * from the top of the screen.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {applyGeometry, geometryFor, orientationMismatch, type Geometry, type Panel} from './geometry.js';

export class ScreenFit implements ReactiveController {
  private panel: Panel | undefined;
  /** The last geometry applied (the staff view shows it). */
  geometry: Geometry | undefined;

  private readonly sizes = new ResizeObserver((entries) => {
    const root = document.documentElement;
    for (const entry of entries) {
      if (!entry.target.isConnected) continue;
      const name = (entry.target as HTMLElement).classList.contains('dock') ? '--dock-height' : '--masthead-height';
      const value = `${Math.ceil(entry.borderBoxSize[0].blockSize)}px`;
      // A property on :root restyles the whole page: only when it really changed (a slow PC feels each one).
      if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
    }
  });
  private observed = new WeakSet<Element>();
  private mismatchTold = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Told once when the screen's shape contradicts the config's orientation (the detail, for staff). */
    private readonly onMismatch: (detail: string) => void
  ) {
    host.addController(this);
  }

  /** Sets the panel (from the config) and applies its geometry. */
  setPanel(panel: Panel): void {
    this.panel = panel;
    this.fit();
  }

  hostConnected(): void {
    addEventListener('resize', this.fit);
  }

  hostDisconnected(): void {
    removeEventListener('resize', this.fit);
    this.sizes.disconnect();
    this.observed = new WeakSet();
  }

  hostUpdated(): void {
    for (const el of this.host.querySelectorAll('.dock, .masthead')) {
      if (this.observed.has(el)) continue;
      this.observed.add(el);
      this.sizes.observe(el);
    }
    // The attract screen has no masthead, and needs no --masthead-height: the last one is kept
    // for the next screen, so that each tap on "begin" does not restyle the page twice.
  }

  private readonly fit = () => {
    if (!this.panel) return;
    const viewport = {width: innerWidth, height: innerHeight};
    this.geometry = geometryFor(this.panel, viewport);
    applyGeometry(this.geometry);
    if (orientationMismatch(this.panel, viewport) && !this.mismatchTold) {
      this.mismatchTold = true;
      this.onMismatch(`panel: the config says ${this.panel.orientation}, the screen is ${viewport.width}×${viewport.height}`);
    }
  };
}
