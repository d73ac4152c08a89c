import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { router } from './router';
import { i18n } from './i18n';
// Devanagari is bundled (no font CDN, and a laptop may lack a Hindi font).
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-600.css';
import './styles.css';

createApp(App).use(createPinia()).use(router).use(i18n).mount('#app');
