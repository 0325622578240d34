"use client";

import { useEffect } from "react";
import { useUrlParams } from "@/hooks/use-url-params";
import { parseTab, type Tab } from "@/lib/table/view-state";

const LABELS: Record<Tab, string> = { all: "Charts and table", chart: "Charts", table: "Table" };

/**
 * Shows the charts, the table or both (?tab=chart|table), like OWID's chart and table tabs. It
 * only marks the page (`data-tab` on `#<pageId>`); CSS hides the other panel, so the panels
 * themselves stay server-rendered and cost nothing to hydrate.
 */
export function ViewSwitch({ pageId }: { pageId: string }) {
  const [params, updateParams] = useUrlParams();
  const tab = parseTab(params);
  useEffect(() => {
    document.getElementById(pageId)?.setAttribute("data-tab", tab);
  }, [pageId, tab]);
  const choose = (t: Tab) => updateParams((p) => (t === "all" ? p.delete("tab") : p.set("tab", t)));
  return (
    <div className="view-switch" role="group" aria-label="Show">
      {(Object.keys(LABELS) as Tab[]).map((t) => (
        <button key={t} type="button" aria-pressed={tab === t} onClick={() => choose(t)}>
          {LABELS[t]}
        </button>
      ))}
    </div>
  );
}
