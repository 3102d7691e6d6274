import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { paths } from '../model/urls.ts';
import { scopedVersions, type FeedScope } from '../publish/feed.ts';

/** `{ feed }` with the path of a country's, person's or topic's feed in `lang`, when it has one (a document). */
export function feedOf(archive: Archive, lang: Lang, scope: FeedScope): { feed?: string } {
  return scopedVersions(archive, lang, scope, 1).length ? { feed: paths.scopedFeed(lang, scope.kind, scope.id) } : {};
}
