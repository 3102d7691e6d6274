// A document body as its article page shows it, rendered when the page is, with this build's people registry.
import type { DocumentVersion } from '../lib/model/archive.ts';
import { paths, withBase } from '../lib/model/urls.ts';
import { bodyRenderer } from '../markdown/pipeline.ts';
import type { Lang } from '../schemas/common.ts';
import { loadArchive } from './archive.ts';

const renderers = new WeakMap<object, Partial<Record<Lang, (markdown: string) => string>>>();

export async function bodyHtml(version: DocumentVersion): Promise<string> {
  const archive = await loadArchive();
  let byLang = renderers.get(archive);
  if (!byLang) renderers.set(archive, (byLang = {}));
  const base = import.meta.env.BASE_URL;
  const render = (byLang[version.lang] ??= bodyRenderer({
    lang: version.lang,
    people: archive.input.people,
    href: (l, id) => withBase(base, paths.person(l, id)),
  }));
  return render(version.body);
}
