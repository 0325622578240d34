"use client";

import { useEffect } from "react";
import { RESIZE_MESSAGE } from "@/browser/embed-host";

/**
 * What an embed does inside another site's frame: it tells the host page its height whenever
 * that changes (the snippet's script sizes the frame to it, so the sources and the way out are
 * never cut off), and every link to another page opens outside the frame — Flowledger's own
 * pages refuse to be framed, so inside it they would only say "refused to connect".
 */
export function EmbedFrame() {
  useEffect(() => {
    const framed = window.parent !== window;
    const send = () =>
      window.parent.postMessage(
        { type: RESIZE_MESSAGE, height: document.documentElement.scrollHeight },
        "*",
      );
    const observer = framed ? new ResizeObserver(send) : undefined;
    observer?.observe(document.body);
    const outward = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      // Same-document links, and the figure's own views (a map's layers), stay in the frame.
      if (!link || link.getAttribute("href")!.startsWith("#") || link.hasAttribute("data-in-frame"))
        return;
      link.setAttribute("target", "_blank");
      link.setAttribute("rel", "noopener");
    };
    document.addEventListener("click", outward, true);
    return () => {
      observer?.disconnect();
      document.removeEventListener("click", outward, true);
    };
  }, []);
  return null;
}
