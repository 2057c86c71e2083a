import {html, nothing, type PropertyValues} from 'lit';
import {state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {LoaElement} from '../../src/core/loa-element.js';
import {announce} from '../../src/core/announcer.js';
import {qrHosts, type ConfigError, type KioskConfig} from './config.js';
import {startConfig} from './config-start.js';
import {applySettings, defaultSettings, isDefault, type Settings} from './settings.js';
import {buildTime, checkClock, type ClockCheck} from './clock.js';
import {RefreshSchedule} from './refresh-schedule.js';
import {IdleTimer} from './idle.js';
import {installLockdown, lockQrCodes} from './lockdown.js';
import {SpeechMode} from './speech-mode.js';
import {clearSession} from './session-reset.js';
import {Health} from './health.js';
import {ScreenFit} from './screen-fit.js';
import {Updater} from './sw-register.js';
import {StaffStatus} from './staff-status.js';
import {guideOfTheDay, syncContent, type SyncResult} from './content-sync.js';
import {parentOf, screenTitle, type Screen} from './navigation.js';
import type {OfflineState} from './offline-note.js';
import {renderAttract} from './attract-view.js';
import {renderScreen} from './screens.js';
import {renderMasthead} from './masthead.js';
import {renderDock} from './dock.js';
import {renderConfigError} from './config-error-view.js';
import {renderPanel, renderWarning, renderLinkCard, syncDialog, warningTexts, type OutboundLink} from './dialogs.js';
import {renderStatus} from './status-view.js';
import {prefetchNextTaps} from './prefetch.js';
import {AttractTap} from './attract-tap.js';
import {afterPaint, yieldToMain} from '../../src/core/yield.js';
import {openTarget, SearchSession, type SearchTarget} from './search-screen.js';
import type {SearchOpenDetail} from '../../src/search/search-events.js';

/** How long each attract highlight shows. */
const ROTATE_MS = 8000;
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
  @state() private config: KioskConfig | undefined;
  @state() private configError: ConfigError | undefined;
  /** A refused `?config=`, shown to staff in place of the attract screen until a touch, "continue" or the idle reset. */
  @state() private refused: ConfigError | undefined;
  @state() private screen: Screen = 'attract';
  @state() private guide: string | undefined;
  /** The open guide's step, kept across a language switch (which re-creates the element). */
  @state() private guideStep = 1;
  @state() private settings!: Settings;
  @state() private panelOpen = false;
  @state() private warningLeft: number | undefined;
  @state() private link: OutboundLink | undefined;
  @state() private sync: SyncResult | undefined;
  @state() private online = navigator.onLine;
  @state() private highlight = 0;
  /** Bumped on every reset, so content elements are re-created with no state. */
  @state() private session = 0;
  /** Whether the clock can be believed, and the time to show content against. */
  @state() private clockCheck: ClockCheck = {estimate: new Date()};

  private readonly health = new Health();
  /** The search screen's keyboard and what a result opens: wiped by the idle reset. */
  private readonly search = new SearchSession(this);
  private readonly speechMode = new SpeechMode(document, () => this.requestUpdate());
  /** `?now=ISO` fixes the clock for tests and demos, only with `testClock` in the config (Playwright's clock works too). */
  private now: string | undefined;
  /** The config file actually loaded (after the same-origin check). */
  private configSource = '';
  private idle: IdleTimer | undefined;
  private updater: Updater | undefined;
  private readonly staff = new StaffStatus(this, {
    health: this.health,
    updater: () => this.updater,
    sync: async () => {
      await this.refresh();
      return this.sync?.errors.length ?? 0;
    },
    lang: () => this.settings.lang,
    localize: (fn) => this.localize(fn),
    open: () => this.go('status'),
  });
  private timers: Array<ReturnType<typeof setInterval>> = [];
  private refresher: RefreshSchedule | undefined;
  /** The language of the last sync's highlights and QR labels. */
  private syncedLang: string | undefined;
  private removeLockdown: (() => void) | undefined;
  private rotationPaused = false;
  private lastScreen: Screen | undefined;
  /** Set by go(): the next update builds a new screen, in a task of its own (scheduleUpdate). */
  private screenChanging = false;
  /** Type scale and reach band from the panel; the dock's and masthead's heights. */
  private readonly fit = new ScreenFit(this, (detail) => this.health.log({kind: 'panel-orientation', detail}));
  /** A touch anywhere on the attract screen begins (no click listener: Chromium would call the poster "clickable"). */
  readonly attractTap = new AttractTap(this, {active: () => this.screen === 'attract' && !!this.config, onTap: () => this.go('home')});

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.removeLockdown = installLockdown({onExternalLink: (href, label) => this.openLink(href, label)});
    addEventListener('online', this.onNetwork);
    addEventListener('offline', this.onNetwork);
    this.addEventListener('loa-step-change', (event) => {
      this.guideStep = (event as CustomEvent<{step: number}>).detail.step;
    });
    this.health.addEventListener('change', () => this.requestUpdate());
    this.addEventListener('loa-search-open', (event) => this.openResult(event));
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeLockdown?.();
    this.idle?.dispose();
    this.speechMode.dispose();
    this.timers.forEach(clearInterval);
    this.refresher?.stop();
    removeEventListener('online', this.onNetwork);
    removeEventListener('offline', this.onNetwork);
  }

  private async start(): Promise<void> {
    this.settings = defaultSettings('vi');
    // A ?config= off the kiosk's own origin is refused before any request: the default config instead.
    const start = await startConfig();
    ({source: this.configSource, refused: this.refused, error: this.configError, now: this.now} = start);
    start.log.forEach((entry) => this.health.log(entry));
    if (!start.config) return;
    const config = (this.config = start.config);
    this.checkClock();
    this.fit.setPanel(config.panel);
    lockQrCodes(qrHosts(config));
    // Normal theme only: high contrast keeps its ≥ 7:1 palette (kiosk.css).
    if (config.theme.accent) document.documentElement.style.setProperty('--kiosk-config-accent', config.theme.accent);
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
    // Never the open guide: reloading it could move the resident's step.
    for (const el of this.querySelectorAll<HTMLElement & {refresh?: () => Promise<void>}>('loa-news, loa-schedule, loa-progress')) {
      void el.refresh?.();
    }
    return result.online;
  }

  /** The kiosk's clock: `?now=` in tests and demos (with `testClock`), else the system's. */
  private clock(): Date {
    return this.now ? new Date(this.now) : new Date();
  }

  private checkClock(): void {
    const check = checkClock(this.clock(), buildTime(), this.sync?.newestDate);
    if (check.problem && check.problem !== this.clockCheck.problem) this.health.log({kind: 'clock', problem: check.problem, detail: this.clock().toISOString()});
    this.clockCheck = check;
  }

  /** True when the screen shows cached content: the "offline" note. */
  private get offline(): boolean {
    return !this.online || (this.sync !== undefined && !this.sync.online);
  }

  private readonly onNetwork = () => {
    this.online = navigator.onLine;
    if (this.online) void this.refresh();
  };

  // ---- navigation -------------------------------------------------------

  go(screen: Screen, guide?: string, opened: Pick<SearchTarget, 'item' | 'event'> = {}): void {
    this.screenChanging = screen !== this.screen;
    if (guide !== this.guide) this.guideStep = 1;
    this.search.opened = opened;
    this.refused = undefined;
    this.screen = screen;
    this.guide = guide;
    if (screen === 'status') void this.staff.load(this.config, this.clock());
  }

  /** A search result opens in place, never as an outbound link: the guide at its step, the article, the event. */
  private openResult(event: CustomEvent<SearchOpenDetail>): void {
    event.preventDefault();
    const target = this.config && openTarget(event.detail, this.config, this.settings.lang);
    if (!target) return; // A question: its answer is already on screen.
    this.go(target.screen, target.guide, target);
    this.guideStep = target.step ?? this.guideStep;
  }

  /**
   * The attract screen with every default, no panel, no card: nothing of a
   * resident on screen. Anywhere else the idle clock runs, so a session left
   * on the staff view, in the panel, or with a changed setting still resets.
   */
  private get pristine(): boolean {
    return this.screen === 'attract' && !this.refused && !this.panelOpen && !this.link && this.warningLeft === undefined && isDefault(this.settings, this.config?.defaultLanguage ?? 'vi');
  }

  // ---- settings ---------------------------------------------------------

  set<K extends keyof Settings>(key: K, value: Settings[K]): void {
    const previousLang = this.settings.lang;
    this.settings = {...this.settings, [key]: value};
    applySettings(this.settings);
    this.speechMode.on = this.settings.speech;
    this.speechMode.volume = this.settings.volume;
    void this.speechMode.checkVoice(this.settings.lang);
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
      void this.updateComplete.then(() => {
        const {title, text, more} = this.localize(() => warningTexts());
        this.speechMode.read(`${title} ${text} ${more}`, this.settings.lang);
      });
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
    this.refused = undefined;
    this.panelOpen = false;
    this.link = undefined;
    this.guide = undefined;
    this.guideStep = 1;
    this.screen = 'attract';
    this.session += 1;
    this.search.reset();
    this.resetSettings();
    clearSession();
    void this.updater?.whenIdle();
  }

  // ---- lockdown ---------------------------------------------------------

  openLink(href: string, label: string): void {
    this.link = {href, label};
  }

  // ---- attract ----------------------------------------------------------

  private rotate(): void {
    if (this.screen !== 'attract' || this.rotationPaused) return;
    this.highlight += 1;
  }

  // ---- rendering --------------------------------------------------------

  /**
   * A tap's new screen is built in the task after the tap's own. The tap's task then ends
   * with the browser's hover hit test on the old, clean layout, instead of laying the new
   * screen out inside it: two shorter tasks instead of one that blocks the next touch.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.screenChanging) return super.scheduleUpdate();
    this.screenChanging = false;
    return yieldToMain().then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('screen') && this.screen !== 'attract') this.rotationPaused = false;
    // The new screen opens at its top, scrolled in the frame that lays it out anyway (here it would lay out the old one).
    if (changed.has('screen') && this.lastScreen !== undefined) requestAnimationFrame(() => window.scrollTo(0, 0));
  }

  protected override updated(changed: PropertyValues): void {
    this.idle?.follow(this.pristine);
    syncDialog(this, 'a11y-panel', this.panelOpen);
    syncDialog(this, 'idle-warning', this.warningLeft !== undefined);
    syncDialog(this, 'link-card', this.link !== undefined);
    if (changed.has('screen') && this.screen !== this.lastScreen) {
      const first = this.lastScreen === undefined;
      this.lastScreen = this.screen;
      // The new screen's heading takes focus, so screen readers and speech mode start there:
      // after the frame that paints it, whose layout it then finds done (focus() here would
      // lay the new screen out inside the tap's task). preventScroll: it opens at its top.
      if (!first) afterPaint(() => this.querySelector<HTMLElement>('[data-screen-heading]')?.focus({preventScroll: true}));
      if (!first) announce(this.localize(() => screenTitle(this.screen, this.config, this.settings.lang, this.guide)), this.settings.lang);
      if (this.screen === 'attract') void this.updater?.whenIdle();
    }
    if (this.config && !performance.getEntriesByName('kiosk-ready').length) {
      requestAnimationFrame(() => performance.mark('kiosk-ready'));
    }
    // Waiting for a touch: warm what the next taps need (idle time only; each piece once per page).
    if (this.config && (this.screen === 'attract' || this.screen === 'home')) prefetchNextTaps(this.config, this.settings.lang, this.clock(), this.settings.textSize);
  }

  override render() {
    if (this.configError) return renderConfigError(this.configError);
    if (!this.config || !this.settings) {
      return html`<p class="loading" role="status">${msg('Đang khởi động ki-ốt…')}</p>`;
    }
    const config = this.config;
    const lang = this.settings.lang;
    const offline: OfflineState = {offline: this.offline, fetchedAt: this.sync?.fetchedAt, lang};
    return html`
      <div class="kiosk" data-screen=${this.screen}>
        ${this.screen === 'attract' ? nothing : renderMasthead({config, offline}, {onLogoPress: (down) => this.staff.pressLogo(down)})}
        ${this.renderMain(config, offline)}
        ${renderDock(
          {screen: this.screen, lang, languages: config.languages, speech: this.settings.speech, speechControlsOpen: this.speechMode.controlsOpen, volume: this.settings.volume},
          {
            onBack: () => this.go(parentOf(this.screen)),
            onHome: () => this.go('home'),
            onPanel: () => (this.panelOpen = true),
            onLanguage: (l) => this.set('lang', l),
            onVolume: (v) => this.set('volume', v),
            ...this.speechMode.dockActions,
          }
        )}
      </div>
      ${renderPanel(
        {settings: this.settings, languages: config.languages, noVoice: this.speechMode.voiceMissing},
        {onSet: (key, value) => this.set(key, value), onResetSettings: () => this.resetSettings(), onClose: () => (this.panelOpen = false)}
      )}
      ${renderWarning(this.warningLeft, {onExtend: () => this.extend(), onReset: () => this.reset()})}
      ${renderLinkCard(this.link, {onClose: () => (this.link = undefined)})}
    `;
  }

  /** The one screen on show (only that one is built). */
  private renderMain(config: KioskConfig, offline: OfflineState) {
    const lang = this.settings.lang;
    // Staff went on past the refused config: the attract screen, focus on its heading (the button that had it is gone).
    const onContinue = () => ((this.refused = undefined), void this.updateComplete.then(() => this.querySelector<HTMLElement>('[data-screen-heading]')?.focus({preventScroll: true})));
    if (this.refused) return renderConfigError(this.refused, {url: this.configSource, onContinue});
    switch (this.screen) {
      case 'attract':
        return renderAttract(
          {
            config,
            offline,
            guide: guideOfTheDay(config, lang, this.clock()),
            highlights: this.sync?.highlights ?? {},
            showEvent: !this.clockCheck.problem,
            rotation: this.highlight,
          },
          {onBegin: () => this.go('home'), onOpen: (screen, guide) => this.go(screen, guide), onPauseRotation: (paused) => (this.rotationPaused = paused)}
        );
      case 'status':
        return renderStatus(
          {lang, config, configSource: this.configSource, clock: this.clock(), clockProblem: this.clockCheck.problem, offline: this.offline, ...this.staff.view()},
          {onSync: () => void this.staff.syncNow(), onCheckUpdate: () => void this.staff.checkUpdate()}
        );
      default:
        return renderScreen(
          {
            screen: this.screen,
            config,
            lang,
            session: this.session,
            guide: this.guide,
            guideStep: this.guideStep,
            qr: this.sync?.qr ?? [],
            // The schedule's clock: `?now=` as given, or the best estimate when the system clock is wrong.
            scheduleNow: this.clockCheck.problem ? this.clockCheck.estimate.toISOString() : this.now,
            plainDates: this.clockCheck.problem !== undefined,
            now: this.clockCheck.problem ? this.clockCheck.estimate : this.clock(),
            highlights: this.sync?.highlights ?? {},
            search: this.search,
          },
          {onGo: (screen, guide) => this.go(screen, guide)}
        );
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'loa-kiosk-app': KioskApp;
  }
}
