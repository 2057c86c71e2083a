// One source of truth for the commune's facts (issue 16): the demo build
// writes the kiosk config's `commune.name` and `help.counter`, `help.hours`
// and `help.phone` from the content pack's demo/content/commune.json, the
// file the demo site's pages are made from, so the kiosk and the website can
// never give residents different opening hours, counters or names.
// vite.config.ts calls writeKioskConfig() on the built dist/kiosk/kiosk.config.json;
// kiosk/public/kiosk.config.json in the repository keeps the same values so it
// stays a complete, valid config (kiosk/src/config.ts) to copy from.
import {readFileSync, writeFileSync} from 'node:fs';

/** A text in both languages, English only when the pack has it. */
const both = (vi, en) => (en ? {vi, en} : {vi});

/**
 * The config fields commune.json decides: `{commune: {name}, help: {counter, hours, phone}}`,
 * each only when commune.json has it. A demo commune (`demo: true`) says so in its
 * name, "(xã mẫu)" / "(demo)", and its phone number, "(số hư cấu)" / "(fictional number)",
 * as the demo site does.
 */
export function communeFacts(commune) {
  const office = commune?.one_stop_shop ?? {};
  const demo = commune?.demo === true;
  const facts = {commune: {}, help: {}};
  if (commune?.name) {
    facts.commune.name = both(demo ? `${commune.name} (xã mẫu)` : commune.name, commune.name_en && (demo ? `${commune.name_en} (demo)` : commune.name_en));
  }
  // "Quầy số 3 – Hỗ trợ Bình dân học vụ số, Trung tâm phục vụ hành chính công xã Hòa Loa"
  const counter = [office.counter, office.name].filter(Boolean).join(', ');
  const counterEn = [office.counter_en, office.name_en].filter(Boolean).join(', ');
  if (counter) facts.help.counter = both(counter, counterEn);
  if (office.hours) facts.help.hours = both(office.hours, office.hours_en);
  if (office.phone) facts.help.phone = demo ? {vi: `${office.phone} (số hư cấu)`, en: `${office.phone} (fictional number)`} : office.phone;
  return facts;
}

/** `config` with the fields commune.json decides replaced; everything else as it was. */
export function withCommuneFacts(config, commune) {
  const facts = communeFacts(commune);
  return {
    ...config,
    commune: {...config.commune, ...facts.commune},
    help: {...config.help, ...facts.help},
  };
}

/** Rewrites the config file at `configFile` with the facts of `communeFile`. */
export function writeKioskConfig(configFile, communeFile) {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  const commune = JSON.parse(readFileSync(communeFile, 'utf8'));
  writeFileSync(configFile, `${JSON.stringify(withCommuneFacts(config, commune), null, 2)}\n`);
}
