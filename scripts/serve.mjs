#!/usr/bin/env node
// A plain static file server for dist/ (what `npm start` and the browser tests use). No network beyond localhost.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.gz': 'application/gzip', '.webmanifest': 'application/manifest+json', '.woff2': 'font/woff2', '.csv': 'text/csv', '.duckdb': 'application/octet-stream', '.ico': 'image/x-icon',
};

export function serve(root, port = 0, host = '127.0.0.1') {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(base, decodeURIComponent(url.pathname));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      // validators, as any static server sends: a reload revalidates (304) instead of downloading the
      // 34 MB wasm again, and the browser keeps its compiled code for it
      const etag = `W/"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      const headers = { 'cache-control': 'no-cache', etag, 'last-modified': st.mtime.toUTCString() };
      if (req.headers['if-none-match'] === etag) { res.writeHead(304, headers).end(); return; }
      res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'content-length': st.size });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '5173'] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`Samiksha: http://localhost:${server.address().port}/  (serving ${root}; Ctrl+C to stop)`);
}
