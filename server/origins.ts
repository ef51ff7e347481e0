// Which web pages may open a socket to this server. Browsers send `Origin` on every WebSocket
// handshake (and the same-origin policy does not apply to WebSockets), so without this check any
// page a phone on the venue Wi-Fi happens to open could connect as the audience, or try links.
// The bundled pages come from this server, so their origin is the address they reached it by;
// PUBLIC_URL is the address printed into the links; ALLOWED_ORIGINS adds more (a kiosk page on
// another host). Clients that send no Origin — Node, Python,
// curl — are not browsers, cannot be made to act for someone else by a page, and are let through.
import { PLAIN_HOST } from './http/security.ts';

/** `scheme://host[:port]` as a browser writes it, or null if `value` is not one (e.g. "null"). */
function originOf(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a handshake with this Origin header may go on. `host` is the Host header it arrived
 * with; `trusted` are full origins (PUBLIC_URL's and ALLOWED_ORIGINS).
 */
export function originAllowed(origin: string | undefined, host: string | undefined, trusted: readonly string[]): boolean {
  if (origin === undefined) return true;
  const o = originOf(origin);
  if (o === null) return false;
  // The scheme is the page's: behind a TLS proxy the page is https while Host is the same name.
  if (host && PLAIN_HOST.test(host) && originOf(`${new URL(o).protocol}//${host}`) === o) return true;
  return trusted.some((t) => originOf(t) === o);
}
