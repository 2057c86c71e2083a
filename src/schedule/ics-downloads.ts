/*
 * "Thêm vào lịch" with `add-to-calendar="file"` is a link to a Blob URL of
 * the event's .ics file. Each is made once, the first time the event's details
 * show, and all are revoked when the element leaves the page.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class IcsDownloads implements ReactiveController {
  private urls = new Map<string, string>();

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The Blob URL of the event with this key; `ics` writes its file the first time. */
  url(key: string, ics: () => string): string {
    let url = this.urls.get(key);
    if (!url) {
      url = URL.createObjectURL(new Blob([ics()], {type: 'text/calendar;charset=utf-8'}));
      this.urls.set(key, url);
    }
    return url;
  }

  hostDisconnected(): void {
    this.urls.forEach((url) => URL.revokeObjectURL(url));
    this.urls.clear();
  }
}
