// Security headers on every HTTP answer: pages, assets, the API and its errors. The pages are
// opened from links that carry secrets (judge and screen tokens in the URL fragment), so they
// must not load anything from elsewhere, leak their address, or be framed by another site.
import type { NextFunction, Request, Response } from 'express';

/** A Host header we can safely repeat inside the policy (name or IP, optional port). */
const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/;

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

export function securityHeaders() {
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // frame-ancestors for current browsers, X-Frame-Options for the rest.
    res.setHeader('X-Frame-Options', 'DENY');
    next();
  };
}
