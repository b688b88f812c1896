/**
 * node:http ⇄ Fetch API, so that the msw handlers (written against Fetch
 * `Request`/`Response`) serve real HTTP through msw's `getResponse`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body the sandbox reads (bytes). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Thrown when a request body is larger than {@link MAX_BODY_BYTES}. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** Reads the whole body, refusing more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) throw new BodyTooLargeError(`body larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Turns an incoming request into a Fetch `Request` (body read up front, abort on client disconnect). */
export async function toFetchRequest(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const body = hasBody ? await readBody(req) : undefined;
  // Latency faults wait on this signal: a client that hangs up stops the wait.
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    signal: controller.signal,
    ...(body && body.length > 0 ? { body: new Uint8Array(body) } : {}),
  });
}

/**
 * Writes a Fetch `Response` to `res`. A network-error response
 * (`Response.error()`, msw's `HttpResponse.error()`) destroys the socket,
 * which is what a dropped connection looks like to a client.
 */
export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy();
    res.destroy();
    return;
  }
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

/** Parses an `application/x-www-form-urlencoded` body. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const body = await readBody(req, 64 * 1024);
  return new URLSearchParams(body.toString('utf8'));
}

/** Reads one cookie of a node request. */
export function requestCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

/** `returnTo` if it stays on `origin` (path or absolute URL), else `/`. */
export function sameOriginTarget(returnTo: string | null | undefined, origin: string): string {
  if (!returnTo) return '/';
  // Protocol-relative and backslash tricks resolve to other hosts: refuse them outright.
  if (/^[\\/]{2}/.test(returnTo) || returnTo.includes('\\')) return '/';
  try {
    const url = new URL(returnTo, origin);
    if (url.origin !== origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
