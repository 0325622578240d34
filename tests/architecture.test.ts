import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The folders tell the architecture (design.md): lib/ is plain TypeScript — no React, no DOM,
 * nothing from components/, hooks/ or browser/ — and only `server-only` modules touch the file
 * system; components/ hold one exported component per file.
 */
const ROOT = path.resolve(import.meta.dirname, "..");

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return files(rel, ext);
    return ext.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

const source = (f: string) => readFileSync(path.join(ROOT, f), "utf8");
const imports = (text: string) => [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);

describe("lib/", () => {
  const lib = files("lib", /\.tsx?$/);

  it("is TypeScript without React, the DOM or anything from the browser side", () => {
    for (const f of lib) {
      expect(f.endsWith(".tsx"), f).toBe(false);
      const text = source(f);
      for (const spec of imports(text))
        expect(spec, `${f} imports ${spec}`).not.toMatch(
          /^(react|react-dom|next|recharts|@tanstack\/react-table)(\/|$)|^@\/(components|hooks|browser)\/|\.\.\/(components|hooks|browser)\//,
        );
      expect(text, f).not.toMatch(/\b(document|window|localStorage|navigator)\.[a-zA-Z]+[.(]/);
    }
  });

  it("touches the file system only behind server-only", () => {
    for (const f of lib) {
      const text = source(f);
      if (imports(text).some((s) => /^node:fs/.test(s)))
        expect(text, `${f} reads or writes files`).toMatch(/^import "server-only";/m);
    }
  });
});

describe("components/", () => {
  it("export one component each", () => {
    for (const f of files("components", /\.tsx$/)) {
      const exported = [...source(f).matchAll(/^export function ([A-Z]\w*)/gm)].map((m) => m[1]);
      expect(exported.length, `${f}: ${exported.join(", ")}`).toBe(1);
    }
  });
});
