import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../lib/publish/security-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
  /** Every response so far: the path asked for, the bytes of body sent (after compression), and when it was all sent (ms since the epoch). */
  served: { path: string; bytes: number; finished?: number }[];
}

// What static hosts (GitHub Pages, Netlify, Cloudflare, nginx's usual set-up) compress on the fly. Pagefind's
// index, fragment and wasm files are gzipped already and served as they are.
const COMPRESSED = /^(?:text\/|application\/(?:javascript|json|xml)|image\/svg)/;

/**
 * Serves a built `dist/` under a base path the way a static host does: 404.html for what is missing, and the
 * headers of `dist/_headers` (as Netlify and Cloudflare Pages apply them) on every response.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const served: StaticServer['served'] = [];
  const headersFile = join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const { 'Content-Type': ruleType, ...ruleHeaders } = headersFor(rules, path);
    for (const [name, value] of Object.entries(ruleHeaders)) res.setHeader(name, value);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      const candidate = join(dir, rel);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { Location: `${path}/` }).end();
          return;
        }
        file = join(candidate, 'index.html');
      } else {
        file = candidate;
      }
    }
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      createReadStream(join(dir, '404.html')).pipe(res);
      return;
    }
    // A type given in _headers wins over the one the extension implies, as on Netlify and Cloudflare Pages.
    const type = ruleType ?? TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': type, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    const body = gzip ? createReadStream(file).pipe(createGzip()) : createReadStream(file);
    const record: StaticServer['served'][number] = { path, bytes: 0 };
    served.push(record);
    body.on('data', (chunk: Buffer) => (record.bytes += chunk.length));
    res.on('finish', () => (record.finished = Date.now()));
    body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, served, close: () => new Promise((r) => server.close(() => r())) };
}
