/// <reference lib="webworker" />
/*
 * The kiosk's service worker.
 * - Precache: the app shell, fonts, icons and guide images (the build's
 *   manifest), served for any query string (`?idle=3`, `?config=…`).
 * - Content feeds (news, events, QR codes, guides, the progress CSV) and the config: network first with a short timeout, then the
 *   cache; only 200 responses are cached, with expiration. A response served
 *   from the cache carries `x-loa-cache: hit`, so the page can say it is offline.
 * - A new version waits until the page sends SKIP_WAITING, which the kiosk does
 *   only while the attract screen shows (kiosk/src/sw-register.ts).
 */
import {precacheAndRoute, cleanupOutdatedCaches} from 'workbox-precaching';
import {registerRoute} from 'workbox-routing';
import {NetworkFirst} from 'workbox-strategies';
import {CacheableResponsePlugin} from 'workbox-cacheable-response';
import {ExpirationPlugin} from 'workbox-expiration';
import {clientsClaim} from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, {ignoreURLParametersMatching: [/.*/]});

/** Marks a cached answer, so the page knows the network did not give it. */
const markCached = {
  cachedResponseWillBeUsed: async ({cachedResponse}: {cachedResponse?: Response}) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set('x-loa-cache', 'hit');
    return new Response(await cachedResponse.blob(), {status: cachedResponse.status, statusText: cachedResponse.statusText, headers});
  },
};

registerRoute(
  ({url, request}) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    /\.(json|ics|csv)$/.test(url.pathname) &&
    !url.pathname.endsWith('.webmanifest'),
  new NetworkFirst({
    cacheName: 'loa-content',
    networkTimeoutSeconds: 4,
    plugins: [
      new CacheableResponsePlugin({statuses: [200]}),
      new ExpirationPlugin({maxEntries: 200, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true}),
      markCached,
    ],
  })
);

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes the open page at once, so it works offline from then on.
// Later versions wait for SKIP_WAITING (skipWaiting is never called on install).
clientsClaim();
