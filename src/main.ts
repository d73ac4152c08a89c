import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
// Devanagari is bundled (no font CDN, and a laptop may lack a Hindi font).
import '@fontsource-variable/noto-sans-devanagari';
import './styles.css';
import { warmUp } from './data/db';
import { prefetchSnapshot } from './data/sampleSnapshot';
import { mark } from './data/marks';

// The database engine starts while the font loads and the app mounts; so does the fetch of the
// sample's first screen (a small JSON, used only when nothing is saved: see sampleSnapshot.ts).
warmUp();
prefetchSnapshot(import.meta.env.BASE_URL);

// Load the Hindi font before the first paint: text laid out before a unicode-range font arrives
// can stay as empty boxes in Chromium. It is a local file, so this costs milliseconds.
const fontReady = Promise.race([
  document.fonts.load('400 1em "Noto Sans Devanagari Variable"', 'समीक्षा').catch(() => []),
  new Promise((r) => setTimeout(r, 1500)),
]);
// Mounted once the first route is resolved too (its query holds the view state: period, scorecard …),
// so a first screen shown from the sample's snapshot never flashes the default period first.
const app = createApp(App).use(createPinia()).use(router).use(i18n);
void Promise.all([fontReady, router.isReady().catch(() => {})]).then(() => { app.mount('#app'); mark('app-mounted'); });
