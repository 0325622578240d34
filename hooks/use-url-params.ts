"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/**
 * The page's query parameters as React state. Static pages render with no parameters on the
 * server; after hydration the real ones apply (useSyncExternalStore makes that switch without
 * a hydration mismatch). Updates replace the history entry, so Back leaves the page as usual.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

export function useUrlParams(): [
  URLSearchParams,
  (mutate: (params: URLSearchParams) => void) => void,
] {
  const search = useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const update = useCallback((mutate: (params: URLSearchParams) => void) => {
    const next = new URLSearchParams(window.location.search);
    mutate(next);
    const query = next.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
    window.history.replaceState(window.history.state, "", url);
    for (const l of listeners) l();
  }, []);
  return [params, update];
}
