// Security headers on every HTTP answer: pages, assets, the API and its errors. The pages are
// opened from links that carry secrets (judge and screen tokens in the URL fragment), so they
// must not load anything from elsewhere, leak their address, or be framed by another site.
import type { NextFunction, Request, Response } from 'express';

/** A Host header we can safely repeat inside the policy (name or IP, optional port). */
export const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

/**
 * What the bundled client needs, and nothing more:
 * - scripts and stylesheets are files from this server (Vite emits no inline scripts; React's
 *   `style` props go through the CSSOM, which style-src does not govern);
 * - images from this server or data: URLs (an SVG arrow in the judge pad's CSS);
 * - fetch to this server, and Socket.IO's WebSocket to this same host — 'self' covers ws: in
 *   current browsers, the explicit ws://host and wss://host cover older phone browsers.
 */
export function contentSecurityPolicy(host: string | undefined): string {
  const sockets = host && PLAIN_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every page and API answer carries. */
export function pageHeaders(host: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(host),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // frame-ancestors for current browsers, X-Frame-Options for the rest.
    'X-Frame-Options': 'DENY',
  };
}

/**
 * The same for Socket.IO's answers under /socket.io/ (long-polling, the WebSocket upgrade, and
 * Engine.IO's errors). None of them is ever a document to render, so their policy allows nothing
 * at all — and nosniff keeps a browser from reading a polling answer as a script or a page.
 */
export const SOCKET_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function securityHeaders() {
  return (req: Request, res: Response, next: NextFunction) => {
    for (const [name, value] of Object.entries(pageHeaders(req.headers.host))) res.setHeader(name, value);
    next();
  };
}
