"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { FigureKind } from "@/lib/charts/kinds";
import { viewOf, type InteractiveProps } from "./kinds";

/**
 * The interactive version of a figure, once its kind's chunk has loaded; `fallback` (the
 * server-drawn SVG) until then, and for good when the kind has none.
 */
export function InteractiveChart<K extends FigureKind>({
  fallback,
  ...props
}: InteractiveProps<K> & { fallback: React.ReactNode }) {
  const [Chart, setChart] = useState<ComponentType<InteractiveProps<K>>>();
  const kind: K = props.data.kind;
  useEffect(() => {
    const load = viewOf(kind).interactive;
    if (!load) return;
    let live = true;
    void load().then((c) => live && setChart(() => c));
    return () => {
      live = false;
    };
  }, [kind]);
  return Chart ? <Chart {...(props as InteractiveProps<K>)} /> : fallback;
}
