"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { ChartLayout } from "@/lib/charts/layout";
import type { SeriesStyle } from "@/lib/charts/palette";
import type { ChartData } from "@/lib/charts/registry";

interface Props {
  data: ChartData;
  layout: ChartLayout;
  styleOf: (series: string) => SeriesStyle;
}

type Loaded = ComponentType<Props>;

/** Each kind's Recharts version, in its own chunk, loaded on first use. */
function load(kind: ChartData["kind"]): Promise<Loaded> {
  switch (kind) {
    case "estimates":
      return import("./estimates/estimates-interactive").then(
        (m) => m.EstimatesInteractive as unknown as Loaded,
      );
    case "bars":
      return import("./bars/bars-interactive").then((m) => m.BarsInteractive as unknown as Loaded);
    case "stacked":
      return import("./stacked/stacked-interactive").then(
        (m) => m.StackedInteractive as unknown as Loaded,
      );
  }
}

/**
 * The interactive chart for a kind, once its chunk has loaded; `fallback` (the server-drawn
 * SVG) until then.
 */
export function InteractiveChart({ fallback, ...props }: Props & { fallback: React.ReactNode }) {
  const [Chart, setChart] = useState<Loaded>();
  const kind = props.data.kind;
  useEffect(() => {
    let live = true;
    void load(kind).then((c) => live && setChart(() => c));
    return () => {
      live = false;
    };
  }, [kind]);
  return Chart ? <Chart {...props} /> : fallback;
}
