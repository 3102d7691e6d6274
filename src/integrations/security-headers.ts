import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CITATION_FORMATS } from '../lib/publish/citation/formats.ts';
import { headersFile } from '../lib/publish/security-headers.ts';

/**
 * Writes `dist/_headers`: the site's security headers for every path under the deploy base, and the types of
 * the citation downloads.
 */
// The pattern of paths.citation(lang, id, ext); the e2e tests fetch real citation files through these rules.
const citationTypes = CITATION_FORMATS.map((f) => ({ path: `/:lang/documents/:id/cite.${f.ext}`, contentType: f.contentType }));

export function securityHeadersFile(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(base, citationTypes));
      },
    },
  };
}
