import {html, nothing, type PropertyValues} from 'lit';
import {state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {speech} from '../../src/core/speech.js';
import {formatTime} from '../../src/core/dates.js';
import {LoaElement} from '../../src/core/loa-element.js';
import {announce} from '../../src/core/announcer.js';
import {ConfigError, configUrl, loadConfig, qrHosts, withUrlOverrides, type KioskConfig} from './config.js';
import {applySettings, defaultSettings, isDefault, type Settings} from './settings.js';
import {buildTime, checkClock, type ClockCheck} from './clock.js';
import {RefreshSchedule} from './refresh-schedule.js';
import {IdleTimer} from './idle.js';
import {installLockdown} from './lockdown.js';
import {SpeechMode} from './speech-mode.js';
import {clearSession} from './session-reset.js';
import {Health} from './health.js';
import {Updater, type WorkerDescription} from './sw-register.js';
import {syncContent, type SyncResult} from './content-sync.js';
import {renderAttract, renderScreen, renderDock, renderHeader, renderConfigError, screenTitle} from './screens.js';
import {renderPanel, renderWarning, renderLinkCard} from './dialogs.js';
import {renderStatus} from './status-view.js';

export type Screen = 'attract' | 'home' | 'news' | 'events' | 'guides' | 'guide' | 'qr' | 'help' | 'status';

/** Where "Quay lại" goes from each screen. */
const PARENT: Record<Screen, Screen> = {
  attract: 'attract',
  home: 'home',
  news: 'home',
  events: 'home',
  guides: 'home',
  guide: 'guides',
  qr: 'home',
  help: 'home',
  status: 'home',
};

const ROTATE_MS = 8000;
const LONG_PRESS_MS = 3000;

/**
 * The kiosk shell: screens, settings, idle reset, lockdown, updates.
 *
 * It renders into the light DOM (no shadow root) so that one stylesheet,
 * kiosk/kiosk.css, lays out the whole screen, the dialogs' ARIA references
 * stay in one tree, and axe and the speech mode see the shell directly. The
 * loa-* elements inside keep their own shadow roots and follow the shell's
 * settings through CSS custom properties on :root and <html lang>.
 *
 * Navigation is state, never the URL: no history entry is ever added.
 *
 * @summary The full-screen kiosk application.
 */
export class KioskApp extends LoaElement {
  @state() config: KioskConfig | undefined;
  @state() configError: ConfigError | undefined;
  @state() screen: Screen = 'attract';
  @state() guide: string | undefined;
  /** The open guide's step, kept across a language switch (which re-creates the element). */
  @state() guideStep = 1;
  @state() settings!: Settings;
  @state() panelOpen = false;
  @state() warningLeft: number | undefined;
  @state() link: {href: string; label: string} | undefined;
  @state() sync: SyncResult | undefined;
  @state() online = navigator.onLine;
  @state() highlight = 0;
  @state() storage: {usage: number; quota: number} | undefined;
  @state() swDescription: WorkerDescription | undefined;
  /** Bumped on every reset, so content elements are re-created with no state. */
  @state() session = 0;
  /** Whether the clock can be believed, and the time to show content against. */
  @state() clockCheck: ClockCheck = {estimate: new Date()};
  /** What the last staff action ("sync now", "check for update") did, for the status view. */
  @state() staffNote: string | undefined;
  @state() voices: {vi?: string; en?: string} | undefined;

  readonly health = new Health();
  readonly speechMode = new SpeechMode();
  /** `?now=ISO` fixes the clock for demos and tests (Playwright's clock works too). */
  readonly now = new URLSearchParams(location.search).get('now') ?? undefined;
  /** The config file actually loaded (after the same-origin check). */
  configSource = '';
  idle: IdleTimer | undefined;
  updater: Updater | undefined;
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private refresher: RefreshSchedule | undefined;
  /** The language of the last sync's highlights and QR labels. */
  private syncedLang: string | undefined;
  private removeLockdown: (() => void) | undefined;
  private pressTimer: ReturnType<typeof setTimeout> | undefined;
  private rotationPaused = false;
  private lastScreen: Screen | undefined;
  /** The fixed dock's height, so content and focus are never hidden under it. */
  private readonly dockObserver = new ResizeObserver(([entry]) => {
    document.documentElement.style.setProperty('--dock-height', `${Math.ceil(entry.borderBoxSize[0].blockSize)}px`);
  });

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.removeLockdown = installLockdown({onExternalLink: (href, label) => this.openLink(href, label)});
    addEventListener('online', this.onNetwork);
    addEventListener('offline', this.onNetwork);
    addEventListener('keydown', this.onKey);
    this.addEventListener('loa-step-change', (event) => {
      this.guideStep = (event as CustomEvent<{step: number}>).detail.step;
    });
    this.health.addEventListener('change', () => this.requestUpdate());
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeLockdown?.();
    this.idle?.dispose();
    this.speechMode.dispose();
    this.timers.forEach(clearInterval);
    this.refresher?.stop();
    this.dockObserver.disconnect();
    removeEventListener('online', this.onNetwork);
    removeEventListener('offline', this.onNetwork);
    removeEventListener('keydown', this.onKey);
  }

  private async start(): Promise<void> {
    this.settings = defaultSettings('vi');
    let config: KioskConfig;
    try {
      // configUrl() throws, before any request, for a ?config= off the kiosk's own origin.
      this.configSource = configUrl();
      config = withUrlOverrides(await loadConfig(this.configSource));
    } catch (error) {
      this.configError = error instanceof ConfigError ? error : new ConfigError(this.configSource, [{path: '$', kind: 'load', detail: String(error)}]);
      this.health.log(this.configError.message);
      return;
    }
    this.config = config;
    this.checkClock();
    // Every QR code on the kiosk, also those inside the elements' shadow roots:
    // on the allowed hosts only, and no copy or open button (nothing leaves the kiosk).
    void customElements.whenDefined('loa-qr').then((qr) => {
      const policy = qr as unknown as {allowedHosts: string[] | null; noCopy: boolean; noOpen: boolean};
      policy.allowedHosts = qrHosts(config);
      policy.noCopy = true;
      policy.noOpen = true;
    });
    if (config.theme.accent) document.documentElement.style.setProperty('--kiosk-accent', config.theme.accent);
    this.settings = defaultSettings(config.defaultLanguage);
    applySettings(this.settings);
    this.idle = new IdleTimer(config.idle.timeoutSeconds, config.idle.warningSeconds, {
      onWarn: () => this.warn(),
      onTick: (left) => (this.warningLeft = left),
      onExpire: () => this.reset(),
    });
    this.updater = new Updater({
      isIdle: () => this.screen === 'attract',
      checkMinutes: config.updates.checkMinutes,
      reloadAfterHours: config.updates.reloadAfterHours,
      health: this.health,
      onFirstControl: () => void this.refresh(),
    });
    void this.updater.register();
    this.refresher = new RefreshSchedule({sync: () => this.syncOnce(), intervalMs: config.refreshMinutes * 60_000});
    this.timers.push(setInterval(() => this.rotate(), ROTATE_MS));
    await this.refresh();
  }

  // ---- content ----------------------------------------------------------

  /**
   * Fetches the feeds (warming the offline cache) and asks every element to
   * reload. One sync at a time, with backoff after failures (RefreshSchedule);
   * a call while one runs joins it, unless the language changed meanwhile.
   */
  async refresh(): Promise<void> {
    if (!this.refresher) return;
    await this.refresher.run();
    if (this.syncedLang !== this.settings.lang) await this.refresher.run();
  }

  private async syncOnce(): Promise<boolean> {
    if (!this.config) return false;
    const lang = this.settings.lang;
    const result = await syncContent(this.config, lang, this.clock(), this.configSource);
    this.syncedLang = lang;
    this.sync = result;
    this.checkClock();
    this.health.sync.fromCache = !result.online;
    this.health.sync.contentDate = result.fetchedAt;
    if (result.online) this.health.sync.lastSync = new Date();
    result.errors.forEach((e) => this.health.log(e));
    this.online = navigator.onLine;
    for (const el of this.querySelectorAll<HTMLElement & {refresh?: () => void; reload?: () => void}>('loa-news, loa-schedule, loa-howto')) {
      if (typeof el.refresh === 'function') el.refresh();
      else if (typeof el.reload === 'function') el.reload();
      else if (el.localName !== 'loa-howto') {
        // Never for an open guide: reloading it could move the resident's step.
        // No refresh method: setting the same src twice makes Lit see a change and reload.
        const src = el.getAttribute('src');
        if (src) {
          el.removeAttribute('src');
          el.setAttribute('src', src);
        }
      }
    }
    return result.online;
  }

  /** The kiosk's clock: `?now=` in demos and tests, else the system's. */
  clock(): Date {
    return this.now ? new Date(this.now) : new Date();
  }

  private checkClock(): void {
    const check = checkClock(this.clock(), buildTime(), this.sync?.newestDate);
    if (check.problem && check.problem !== this.clockCheck.problem) this.health.log(`clock: ${check.problem} (${this.clock().toISOString()})`);
    this.clockCheck = check;
  }

  /** True when the screen shows cached content: the "offline" note. */
  get offline(): boolean {
    return !this.online || (this.sync !== undefined && !this.sync.online);
  }

  private readonly onNetwork = () => {
    this.online = navigator.onLine;
    if (this.online) void this.refresh();
  };

  // ---- navigation -------------------------------------------------------

  go(screen: Screen, guide?: string): void {
    if (guide !== this.guide) this.guideStep = 1;
    this.screen = screen;
    this.guide = guide;
    if (screen === 'status') void this.loadStatus();
  }

  back(): void {
    this.go(PARENT[this.screen]);
  }

  /** The resident touched the attract screen. */
  begin(): void {
    this.go('home');
  }

  /**
   * The attract screen with every default, no panel, no card: nothing of a
   * resident on screen. Anywhere else the idle clock runs, so a session left
   * on the staff view, in the panel, or with a changed setting still resets.
   */
  get pristine(): boolean {
    return this.screen === 'attract' && !this.panelOpen && !this.link && this.warningLeft === undefined && isDefault(this.settings, this.config?.defaultLanguage ?? 'vi');
  }

  private followIdle(): void {
    if (!this.idle) return;
    if (!this.pristine && !this.idle.running) this.idle.start();
    else if (this.pristine && this.idle.running && !this.idle.warningShown) this.idle.stop();
  }

  // ---- settings ---------------------------------------------------------

  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    const previousLang = this.settings.lang;
    this.settings = {...this.settings, [key]: value};
    applySettings(this.settings);
    this.speechMode.on = this.settings.speech;
    this.speechMode.volume = this.settings.volume;
    if (key === 'lang' && value !== previousLang) void this.refresh();
    // A setting changed on the attract screen starts the idle clock at once (followIdle after render).
  }

  resetSettings(): void {
    const lang = this.settings.lang;
    this.settings = defaultSettings(this.config?.defaultLanguage ?? 'vi');
    applySettings(this.settings);
    this.speechMode.reset();
    if (lang !== this.settings.lang) void this.refresh();
  }

  // ---- idle reset -------------------------------------------------------

  private warn(): void {
    this.panelOpen = false;
    this.link = undefined;
    this.warningLeft = this.config?.idle.warningSeconds;
    // Spoken after the dialog opens, so it follows (and replaces) the focused button's label.
    if (this.speechMode.on) {
      void this.updateComplete.then(() => this.localize(() => this.speechMode.read(`${msg('Bạn còn ở đây không?')} ${msg('Nếu không, màn hình sẽ trở về trang đầu và xóa mọi thứ bạn đã làm.')} ${msg('Tôi cần thêm thời gian')}`, this.settings.lang)));
    }
  }

  extend(): void {
    this.warningLeft = undefined;
    this.idle?.extend();
    this.speechMode.stop();
  }

  /** Ends the session: back to the attract screen with every default, nothing left behind. */
  reset(): void {
    this.idle?.stop();
    this.warningLeft = undefined;
    this.panelOpen = false;
    this.link = undefined;
    this.guide = undefined;
    this.guideStep = 1;
    this.screen = 'attract';
    this.session += 1;
    this.resetSettings();
    clearSession();
    void this.updater?.whenIdle();
  }

  // ---- lockdown ---------------------------------------------------------

  openLink(href: string, label: string): void {
    this.link = {href, label};
  }

  closeLink(): void {
    this.link = undefined;
  }

  // ---- attract ----------------------------------------------------------

  private rotate(): void {
    if (this.screen !== 'attract' || this.rotationPaused) return;
    this.highlight += 1;
  }

  pauseRotation(paused: boolean): void {
    this.rotationPaused = paused;
  }

  // ---- staff status -----------------------------------------------------

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.go('status');
    }
  };

  /** A hidden long-press (3 s) on the logo opens the status view. */
  logoPress(down: boolean): void {
    clearTimeout(this.pressTimer);
    if (down) this.pressTimer = setTimeout(() => this.go('status'), LONG_PRESS_MS);
  }

  private async loadStatus(): Promise<void> {
    this.staffNote = undefined;
    const [storage, description, vi, en] = await Promise.all([
      this.health.storage(),
      this.updater?.describe(),
      speech.voiceFor('vi'),
      speech.voiceFor('en'),
    ]);
    this.storage = storage;
    this.swDescription = description;
    this.voices = {vi: vi?.name, en: en?.name};
  }

  /** "Đồng bộ nội dung ngay", with its outcome in words for staff. */
  async syncNow(): Promise<void> {
    this.staffNote = this.localize(() => msg('Đang đồng bộ…'));
    await this.refresh();
    const errors = this.sync?.errors.length ?? 0;
    this.staffNote = this.localize(() =>
      errors ? msg(str`Đồng bộ xong, nhưng ${errors} nguồn bị lỗi (xem "Lỗi gần đây").`) : msg(str`Đã đồng bộ xong lúc ${formatTime(new Date(), this.settings.lang)}.`)
    );
    announce(this.staffNote, this.settings.lang);
  }

  /** "Kiểm tra bản cập nhật", with its outcome in words for staff. */
  async checkUpdate(): Promise<void> {
    this.staffNote = this.localize(() => msg('Đang kiểm tra bản cập nhật…'));
    const result = (await this.updater?.check()) ?? 'failed';
    this.staffNote = this.localize(() =>
      result === 'found'
        ? msg('Có bản cập nhật: sẽ cài khi ki-ốt về màn hình chờ.')
        : result === 'none'
          ? msg('Ki-ốt đang dùng bản mới nhất.')
          : msg('Không kiểm tra được bản cập nhật (mất mạng hoặc chưa có service worker).')
    );
    announce(this.staffNote, this.settings.lang);
  }

  // ---- rendering --------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('screen') && this.screen !== 'attract') this.pauseRotation(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.followIdle();
    const dock = this.querySelector('.dock');
    if (dock) this.dockObserver.observe(dock);
    this.syncDialog('a11y-panel', this.panelOpen);
    this.syncDialog('idle-warning', this.warningLeft !== undefined);
    this.syncDialog('link-card', this.link !== undefined);
    if (changed.has('screen') && this.screen !== this.lastScreen) {
      const first = this.lastScreen === undefined;
      this.lastScreen = this.screen;
      // The new screen's heading takes focus, so screen readers and speech mode start there.
      if (!first) this.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
      if (!first) announce(this.localize(() => screenTitle(this)), this.settings.lang);
      window.scrollTo(0, 0);
      if (this.screen === 'attract') void this.updater?.whenIdle();
    }
    if (this.config && !performance.getEntriesByName('kiosk-ready').length) {
      requestAnimationFrame(() => performance.mark('kiosk-ready'));
    }
  }

  /** Opens or closes a <dialog> modally to match the state. */
  private syncDialog(id: string, open: boolean): void {
    const dialog = this.querySelector<HTMLDialogElement>(`#${id}`);
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }

  override render() {
    if (this.configError) return renderConfigError(this.configError);
    if (!this.config || !this.settings) {
      return html`<p class="loading" role="status">${msg('Đang khởi động ki-ốt…')}</p>`;
    }
    const screen = this.screen === 'attract' ? renderAttract(this) : renderScreen(this);
    return html`
      <div class="kiosk" data-screen=${this.screen}>
        ${this.screen === 'attract' ? nothing : renderHeader(this)}
        ${this.screen === 'status' ? renderStatus(this) : screen}
        ${renderDock(this)}
      </div>
      ${renderPanel(this)} ${renderWarning(this)} ${renderLinkCard(this)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-kiosk-app': KioskApp;
  }
}
