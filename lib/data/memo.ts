/**
 * Work done once per data version: a catalog is immutable for the life of a process, so what is
 * computed from it (claim views, question answers, flow models) is kept beside it and dropped
 * with it. `key` names the computation; its inputs beyond the catalog go in the key too.
 */
const store = new WeakMap<object, Map<string, unknown>>();

export function once<T>(catalog: object, key: string, compute: () => T): T {
  let kept = store.get(catalog);
  if (!kept) {
    kept = new Map();
    store.set(catalog, kept);
  }
  if (!kept.has(key)) kept.set(key, compute());
  return kept.get(key) as T;
}
