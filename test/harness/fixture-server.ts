import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';

/**
 * A page: a file on disk, a function producing the body, or either with extra response headers;
 * or bytes (an image) with their headers (content-type first of all).
 */
export type Route =
  | string
  | (() => string)
  | { page: string | (() => string); headers: Record<string, string> }
  | { bytes: Uint8Array; headers: Record<string, string> };

/** host (e.g. 'm.777doc.com') → path → route. */
export type Routes = Record<string, Record<string, Route>>;

export interface FixtureServer {
  /** `http://127.0.0.1:PORT`: give it to the browser as its HTTP proxy. */
  proxy: string;
  close(): Promise<void>;
}

/**
 * Serves fixture pages under their real host names: the browser uses this server as its HTTP
 * proxy, so `http://m.777doc.com/p-1.html` reaches the file routed for that host and path, and
 * the content script's match patterns apply as on the real site. Unknown hosts or paths get 404;
 * nothing is fetched from the network.
 */
export async function startFixtureServer(routes: Routes, headers: Record<string, string> = {}): Promise<FixtureServer> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void respond(routes, headers, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    proxy: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function respond(routes: Routes, headers: Record<string, string>, req: IncomingMessage, res: ServerResponse) {
  try {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const route = routes[url.hostname]?.[url.pathname];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    if (typeof route === 'object' && 'bytes' in route) {
      res.writeHead(200, { ...headers, ...route.headers }).end(route.bytes);
      return;
    }
    const page = typeof route === 'object' ? route.page : route;
    const body = typeof page === 'function' ? page() : await readFile(page, 'utf8');
    const extra = typeof route === 'object' ? route.headers : {};
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers, ...extra }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  }
}
