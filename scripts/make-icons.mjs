#!/usr/bin/env node
// `node scripts/make-icons.mjs`: draws the app's icons (public/icons/*.png, committed) in headless
// Chromium: a blue tile with three rising bars, plain and maskable (content inside the safe zone).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public/icons');
const svg = (maskable) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">
  <rect width="100" height="100" rx="${maskable ? 0 : 18}" fill="#0b5cad"/>
  <g transform="${maskable ? 'translate(20 20) scale(0.6)' : ''}">
    <rect x="18" y="52" width="16" height="30" rx="2" fill="#ffffff" opacity="0.85"/>
    <rect x="42" y="36" width="16" height="46" rx="2" fill="#ffffff" opacity="0.92"/>
    <rect x="66" y="18" width="16" height="64" rx="2" fill="#ffd166"/>
  </g></svg>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
const page = await browser.newPage();
for (const [name, size, maskable] of [['icon-192.png', 192, false], ['icon-512.png', 512, false], ['maskable-512.png', 512, true], ['apple-touch-icon.png', 180, true]]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(maskable)}</body></html>`);
  await page.screenshot({ path: path.join(OUT, name), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${OUT}`);
