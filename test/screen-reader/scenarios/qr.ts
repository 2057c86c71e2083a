// <loa-qr> with Orca: each code is heard as where it leads, never as a raw URL.
import {heard, notHeard, shown, type Scenario} from '../scenario.js';

/** A raw address read aloud: a scheme, "www.", or a URL spelled out. */
const RAW_URL = /https?:|h t t p|\bwww\.|:\/\//i;

export const qrScenarios: Scenario[] = [
  {
    name: 'loa-qr: each code is heard as "Mã QR: mở <label> (host/path)", never as the raw URL',
    async run({sr, page, url}) {
      const from = sr.cursor();
      await sr.open(url('/demo/binh-dan-hoc-vu-so/ma-qr/'));
      await shown(page, 'Cổng Dịch vụ công quốc gia');
      await sr.top();

      // g: Orca's next graphic. The codes in page order, the last one with a path.
      const codes = await sr.pressUntil('g', /quangngai/, 8);
      heard(codes, /^Mã QR: mở Nền tảng học Bình dân học vụ số \(binhdanhocvuso\.gov\.vn\) image/, 'the first code');
      heard(codes, /^Mã QR: mở Cổng Dịch vụ công quốc gia \(dichvucong\.gov\.vn\) image/, 'the public service portal\'s code');
      heard(
        codes,
        /^Mã QR: mở Tin Bình dân học vụ số của Trang Chuyển đổi số tỉnh Quảng Ngãi \(chuyendoiso\.quangngai\.gov\.vn\/news\/80\/binh-dan-hoc-vu-so\) image/,
        'a code whose address has a path: host/path'
      );
      // The words around a code, read line by line: the address as host (and path), no scheme.
      const around = await sr.pressUntil('Down', /Địa chỉ/, 5);
      heard(around, /^Địa chỉ:/, 'the address under the code');
      notHeard(sr.heardSince(from), RAW_URL, 'anything on the QR page');
    },
  },
];
