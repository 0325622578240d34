import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { THEME_SCRIPT } from "@/components/theme-toggle";
import { SITE_URL } from "@/lib/pages/site-url";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Flowledger: Azerbaijan–Israel energy and arms flows, every number sourced",
    template: "%s · Flowledger",
  },
  applicationName: "Flowledger",
  // Link previews and canonical links need absolute addresses: the configured public origin
  // (README, "Deploying"). "./" makes each page's canonical link its own path.
  metadataBase: new URL(SITE_URL),
  alternates: { canonical: "./" },
  twitter: { card: "summary_large_image" },
  openGraph: { siteName: "Flowledger", type: "website", locale: "en" },
  description:
    "Oil import shares, arms import percentages and investment figures for Azerbaijan, Israel and their partners. Every number carries its source and the words it was quoted from; where sources disagree, all of them are shown.",
};

export const viewport: Viewport = {
  colorScheme: "light dark",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before React loads, so the attribute differs from the server's.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
