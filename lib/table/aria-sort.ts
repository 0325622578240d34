/** A TanStack column's sort state as the `aria-sort` value of its <th>. */
export function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}

/** The arrow a sortable heading shows: ▲ ascending, ▼ descending, ↕ not sorted. */
export function sortIcon(sorted: false | "asc" | "desc"): string {
  return sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕";
}
