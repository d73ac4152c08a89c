import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
// Devanagari is bundled (no font CDN, and a laptop may lack a Hindi font).
import '@fontsource-variable/noto-sans-devanagari';
import './styles.css';
import { warmUp } from './data/db';

// The database engine starts while the font loads and the app mounts.
warmUp();

// Load the Hindi font before the first paint: text laid out before a unicode-range font arrives
// can stay as empty boxes in Chromium. It is a local file, so this costs milliseconds.
const fontReady = Promise.race([
  document.fonts.load('400 1em "Noto Sans Devanagari Variable"', 'समीक्षा').catch(() => []),
  new Promise((r) => setTimeout(r, 1500)),
]);
void fontReady.then(() => createApp(App).use(createPinia()).use(router).use(i18n).mount('#app'));
