/*
 * Which config the kiosk starts with. `?config=PATH` on the kiosk's own
 * origin is loaded; anything else is refused before any request (configUrl()
 * in config.ts), and then the kiosk keeps its default config: it starts on
 * `kiosk.config.json`, shows staff the refusal first (config-error-view.ts)
 * and logs it, so a crafted address shows nothing of its own, and leaves the
 * kiosk working for the next resident.
 */
import {ConfigError, configUrl, loadConfig, urlClock, withUrlOverrides, type KioskConfig} from './config.js';
import type {LogEntry} from './health.js';

export interface StartConfig {
  /** The config file loaded, or tried. */
  source: string;
  /** The config to run on; undefined when it cannot be used (`error` says why). */
  config?: KioskConfig;
  /** Why the config cannot be used: the staff error screen, and nothing else. */
  error?: ConfigError;
  /** Set when `?config=` was refused (never fetched): the default config was loaded instead. */
  refused?: ConfigError;
  /** `?now=` as the kiosk's clock, when the config allows it (`testClock`). */
  now?: string;
  /** What staff should find in "Lỗi gần đây". */
  log: LogEntry[];
}

/** Loads the config to start with. Never throws. */
export async function startConfig(location: Location = window.location): Promise<StartConfig> {
  const log: LogEntry[] = [];
  let source: string;
  let refused: ConfigError | undefined;
  try {
    source = configUrl(location);
  } catch (error) {
    // Refused before any request: the default config, as if no ?config= had been given.
    refused = error instanceof ConfigError ? error : new ConfigError('?config', [{path: '?config', kind: 'origin'}]);
    source = new URL('kiosk.config.json', location.href).href;
    log.push({kind: 'config-refused', detail: refused.url});
  }
  try {
    const config = withUrlOverrides(await loadConfig(source, location.origin), location.search);
    const clock = urlClock(config, location.search);
    if (clock.ignored) log.push({kind: 'now-ignored', detail: `?now=${new URLSearchParams(location.search).get('now')!.slice(0, 40)}`});
    return {source, config, refused, now: clock.now, log};
  } catch (caught) {
    const error = caught instanceof ConfigError ? caught : new ConfigError(source, [{path: '$', kind: 'load', detail: String(caught)}]);
    log.push({kind: 'config-invalid', detail: error.message});
    return {source, error, refused, log};
  }
}
