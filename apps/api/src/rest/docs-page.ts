// The browsable reference at /api/docs: Scalar's API reference, served from its npm package (no CDN), reading
// /api/openapi.json. Its "Test request" sends a bearer token typed into the page.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

const SCALAR_SCRIPT = join(dirname(createRequire(import.meta.url).resolve('@scalar/api-reference')), 'browser', 'standalone.js');

const CONFIGURATION = JSON.stringify({
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  hideDownloadButton: false,
  // "Test request" sends the token typed under Authentication as `Authorization: Bearer`.
  authentication: { preferredSecurityScheme: 'Authorization' },
}).replace(/"/g, '&quot;');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hotgigs REST API reference</title>
</head>
<body>
<script id="api-reference" data-url="/api/openapi.json" data-configuration="${CONFIGURATION}"></script>
<script src="/api/docs/scalar.js"></script>
</body>
</html>`;

/** The portal's policy, except that Scalar's components set inline styles. */
const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; object-src 'none'; base-uri 'self'";

export function registerDocsPage(app: FastifyInstance, prefix: string): void {
  app.get(`${prefix}/docs`, (_req, reply) => reply.header('content-security-policy', DOCS_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(PAGE));
  app.get(`${prefix}/docs/scalar.js`, (_req, reply) =>
    reply.header('cache-control', 'public, max-age=86400').type('text/javascript; charset=utf-8').send(createReadStream(SCALAR_SCRIPT)),
  );
}
