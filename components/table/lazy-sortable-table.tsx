"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { SortableTable as Table } from "./sortable-table";

// In a chunk of its own, so only the pages that show such a table load its code.
const SortableTable = lazy(() =>
  import("./sortable-table").then((m) => ({ default: m.SortableTable })),
);

/** A computed table that sorts by any column (see sortable-table.tsx), loaded where it is used. */
export function LazySortableTable(props: ComponentProps<typeof Table>) {
  return (
    <Suspense>
      <SortableTable {...props} />
    </Suspense>
  );
}
