/**
 * The one owner of what is remembered at module level: memo tables of pure functions. A memo here is
 * invisible — a call gives what it would give without it, whoever called before — because:
 * - the value is a pure function of the key (the same key always derives an equal value);
 * - the value is never changed by anyone (callers share it: treat it as frozen);
 * - the table cannot grow with the work: per object it lives only as long as its key (a WeakMap,
 *   so the key owns it), per text it is bounded.
 * Anything else remembered from call to call belongs to an owner object that whoever runs a series
 * creates and drops (ReaderMemory, CarriedCatalogs, a merge's state). The lint forbids other
 * module-level state (eslint.config.mjs, "module-level state").
 */

/** `derive(key)` once per key object, kept while the key lives. */
export function perObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const table = new WeakMap<K, V>();
  return (key) => {
    if (table.has(key)) return table.get(key) as V;
    const value = derive(key);
    table.set(key, value);
    return value;
  };
}

/** `derive(a, b)` once per pair of key objects, kept while both live. */
export function perObjectPair<A extends object, B extends object, V>(derive: (a: A, b: B) => V): (a: A, b: B) => V {
  const byFirst = perObject((a: A) => perObject((b: B) => derive(a, b)));
  return (a, b) => byFirst(a)(b);
}

/** `derive(text)` once per text, at most `limit` texts kept (the table starts again when full: hostile variety cannot grow it). */
export function perText<V>(limit: number, derive: (text: string) => V): (text: string) => V {
  const table = new Map<string, V>();
  return (text) => {
    if (table.has(text)) return table.get(text) as V;
    const value = derive(text);
    if (table.size >= limit) table.clear();
    table.set(text, value);
    return value;
  };
}

/** `make()` on first use, the same value after. */
export function once<V>(make: () => V): () => V {
  let made: { readonly value: V } | undefined;
  return () => (made ??= { value: make() }).value;
}
