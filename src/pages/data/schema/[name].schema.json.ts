import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaFile, SCHEMA_NAMES, schemaPath, type SchemaName } from '../../../lib/publish/json-schemas.ts';
import { withBase } from '../../../lib/model/urls.ts';

export const getStaticPaths = (() => SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const name = params.name as SchemaName;
  const path = withBase(import.meta.env.BASE_URL, schemaPath(name));
  // The site's origin is configured (SITE_URL); without one the id stays a path under the base.
  const id = site ? new URL(path, site).href : path;
  return new Response(JSON.stringify(jsonSchemaFile(name, id), null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
