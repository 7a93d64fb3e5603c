import type { PageException } from '../../policy/PageException.js';
import type { Store } from '../../store/Store.js';

/** Store namespace of the moderators' standing exceptions (key: the exception's id). */
export const EXCEPTIONS = 'exceptions';

/** Every standing exception, oldest first; only those of `pageId` when it is given. */
export async function pageExceptions(store: Pick<Store, 'listValues'>, pageId?: string): Promise<PageException[]> {
  const all = (await store.listValues<PageException>(EXCEPTIONS)).map((v) => v.value);
  return all.filter((e) => pageId === undefined || e.pageId === pageId).sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
