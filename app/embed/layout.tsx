import type { Metadata } from "next";
import type { ReactNode } from "react";
import { EmbedFrame } from "@/components/embed-frame";

// Embeds are copies of figures that live on their own pages: those are what search engines list.
export const metadata: Metadata = { robots: { index: false } };

/** A figure framed alone on another site: no header, no footer, the figure's own width. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <main className="embed-page">
      <EmbedFrame />
      {children}
    </main>
  );
}
