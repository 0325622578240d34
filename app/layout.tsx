import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { THEME_SCRIPT } from "@/components/theme-toggle";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    default: "Flowledger: Azerbaijan–Israel energy and arms flows, every number sourced",
    template: "%s · Flowledger",
  },
  applicationName: "Flowledger",
  // Link previews need absolute image addresses: the address the site is served at, set when
  // building for a host (README, "Deploying"); without it, the address `next start` uses.
  metadataBase: new URL(
    process.env.FLOWLEDGER_SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  ),
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
