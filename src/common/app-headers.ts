import { createHash } from 'node:crypto';
import { PRINT_CSS } from './print-css';
import { securityHeaders } from './security-headers';

const POLICY_STYLE_HASH = `'sha256-${createHash('sha256').update(PRINT_CSS).digest('base64')}'`;
const SWAGGER_UI_CSP =
  "default-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data:;script-src 'self' 'unsafe-inline';base-uri 'self';form-action 'self';frame-ancestors 'self';object-src 'none'";

/** The security headers of every answer with a body, computed once at start. */
export const API_HEADERS = securityHeaders({
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      // The standalone policy's one <style> block, by hash: no inline script or style runs otherwise.
      styleSrc: ["'self'", POLICY_STYLE_HASH],
      imgSrc: ["'self'", 'data:'],
      scriptSrc: ["'self'"],
    },
  },
});

/** Swagger UI needs inline script and style; only its own pages get them. */
export const DOCS_HEADERS = Object.freeze({ ...API_HEADERS, 'content-security-policy': SWAGGER_UI_CSP });
