"use client";

import type { ReactNode } from "react";
import { useUrlParams } from "@/lib/use-url-params";
import { parseTab, type Tab } from "@/lib/view-state";

const LABELS: Record<Tab, string> = { all: "Charts and table", chart: "Charts", table: "Table" };

/** Shows the charts, the table or both (?tab=chart|table), like OWID's chart and table tabs. */
export function ViewSwitch({ charts, table }: { charts: ReactNode; table: ReactNode }) {
  const [params, updateParams] = useUrlParams();
  const tab = parseTab(params);
  const choose = (t: Tab) => updateParams((p) => (t === "all" ? p.delete("tab") : p.set("tab", t)));
  return (
    <>
      <div className="view-switch" role="group" aria-label="Show">
        {(Object.keys(LABELS) as Tab[]).map((t) => (
          <button key={t} type="button" aria-pressed={tab === t} onClick={() => choose(t)}>
            {LABELS[t]}
          </button>
        ))}
      </div>
      <div hidden={tab === "table"}>{charts}</div>
      <div hidden={tab === "chart"}>{table}</div>
    </>
  );
}
