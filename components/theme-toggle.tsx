"use client";

import { useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";
const KEY = "flowledger-theme";

/**
 * Runs in <head> before the page paints: applies the stored choice, or the system's, so a dark
 * page never flashes light. Kept as a string so the layout can inline it.
 */
export const THEME_SCRIPT = `(function(){try{var k="${KEY}",s=localStorage.getItem(k)||"system",m=window.matchMedia("(prefers-color-scheme: dark)");function a(){var t=localStorage.getItem(k)||"system";document.documentElement.dataset.theme=t==="system"?(m.matches?"dark":"light"):t}a();m.addEventListener("change",a)}catch(e){}})();`;

function read(): Theme {
  const t = localStorage.getItem(KEY);
  return t === "light" || t === "dark" ? t : "system";
}

const listeners = new Set<() => void>();

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Light, dark, or follow the system; remembered on this device. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, read, () => "system" as Theme);
  const choose = (t: Theme) => {
    localStorage.setItem(KEY, t);
    const dark =
      t === "dark" || (t === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.dataset.theme = dark ? "dark" : "light";
    for (const l of listeners) l();
  };
  return (
    <label className="theme-toggle">
      <span>Theme</span>
      <select value={theme} onChange={(e) => choose(e.target.value as Theme)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
