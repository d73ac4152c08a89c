/**
 * Install for offline use: the service worker (vite-plugin-pwa / workbox, see vite.config.ts)
 * precaches the app, the DuckDB wasm and worker, the fonts and the prebuilt sample, so after one
 * visit the app opens with no server and no network. It is registered after the first screen is
 * up (its install downloads ~45 MB again, which must not compete with the first open).
 * `needRefresh` turns true when a newer build is waiting; `update()` switches to it and reloads.
 */
import { ref } from 'vue';

export const needRefresh = ref(false);
export const offlineReady = ref(false);
let updateSW: ((reload?: boolean) => Promise<void>) | null = null;
let started = false;

/** Register the service worker (once; no-op where service workers are unavailable or in dev). */
export async function registerServiceWorker(): Promise<void> {
  if (started || !import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  started = true;
  const { registerSW } = await import('virtual:pwa-register');
  updateSW = registerSW({
    immediate: true,
    onNeedRefresh() { needRefresh.value = true; },
    onOfflineReady() { offlineReady.value = true; setTimeout(() => { offlineReady.value = false; }, 6000); },
  });
}

/** Activate the waiting version and reload the page with it. */
export async function applyUpdate(): Promise<void> {
  // workbox-window reloads only when a worker controlled the page at registration; a first visit that
  // meets an update (claimed after registering) reloads here when the new worker takes over
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  await updateSW?.(true);
}

export function dismissUpdate(): void {
  needRefresh.value = false;
}
