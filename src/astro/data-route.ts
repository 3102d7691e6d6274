// What the open-data endpoints share (Astro routes no file starting with "_"): the body and its type.
import type { APIRoute } from 'astro';
import type { Archive } from '../lib/model/archive.ts';
import { loadArchive } from './archive.ts';

type Build<T> = (archive: Archive, base: string) => T;

/** A JSON file of the archive's data, indented for people who read it. */
export const jsonRoute =
  (build: Build<unknown>): APIRoute =>
  async () =>
    new Response(JSON.stringify(build(await loadArchive(), import.meta.env.BASE_URL), null, 2), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });

/** A CSV table of the archive's data. */
export const csvRoute =
  (build: Build<string>): APIRoute =>
  async () =>
    new Response(build(await loadArchive(), import.meta.env.BASE_URL), {
      // header=present: RFC 4180's MIME parameter saying the first record names the columns.
      headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
    });
