/** A document as a row of a topic's or a year's list: shown in the page's language when it has that version. */
import type { Lang } from '../../schemas/index.ts';
import type { DocumentGroup } from '../model/archive.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../model/urls.ts';

export interface DocumentItem {
  id: string;
  title: string;
  titleLang: Lang;
  url: string;
  kind: string;
  published: string;
}

export function documentItem(group: DocumentGroup, lang: Lang): DocumentItem {
  const d = t(lang);
  const shown = group.versions[lang] ?? group.primary;
  return {
    id: group.id,
    title: shown.title,
    titleLang: shown.lang,
    url: paths.document(shown.lang, group.id),
    kind: d.kinds[group.primary.source.kind],
    published: shown.published,
  };
}

// By the date of the version the list shows (a list in English dates a document by its English version).
export const byShownDateDesc = (a: DocumentItem, b: DocumentItem) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
