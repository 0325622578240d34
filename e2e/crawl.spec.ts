import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { datasetSlugs, rowsOf } from "./data";

/**
 * Every page kind, crawled: no figure a reader meets says `NaN`, `undefined` or `Infinity`
 * (a rank-only published figure once showed "NaN%"). The text is the HTML without its scripts,
 * styles and tags — what is drawn, SVG labels included.
 */
const BROKEN = /\b(?:NaN|undefined|-?Infinity)\b/;

function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, " ")
    .replace(/<style\b[\s\S]*?<\/style>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");
}

function pagesToCrawl(countries: string[]): string[] {
  const slugs = datasetSlugs();
  const figures = slugs.flatMap((slug) => {
    const first = rowsOf(slug)[0];
    return first ? [`/datasets/${slug}/${first.id}`] : [];
  });
  const charts = slugs.flatMap((slug) => {
    const meta = JSON.parse(readFileSync(`data/${slug}.meta.json`, "utf8")) as {
      charts: { id: string }[];
    };
    return meta.charts.map((c) => `/embed/datasets/${slug}/${c.id}`);
  });
  const flows = (
    JSON.parse(readFileSync("data/figures.json", "utf8")) as { flows: { id: string }[] }
  ).flows.map((f) => `/embed/flows/${f.id}`);
  const questions = (
    JSON.parse(readFileSync("data/questions.json", "utf8")) as { questions: { slug: string }[] }
  ).questions.map((q) => `/questions/${q.slug}`);
  return [
    "/",
    "/datasets",
    "/flows",
    "/countries",
    "/questions",
    "/claims",
    "/sources",
    "/search?q=Israel",
    ...slugs.map((s) => `/datasets/${s}`),
    ...figures,
    ...charts,
    ...flows,
    ...questions,
    ...countries,
  ];
}

test("no page shows NaN, undefined or Infinity", async ({ request }) => {
  test.setTimeout(120_000);
  const list = await (await request.get("/countries")).text();
  const countries = [
    ...new Set([...list.matchAll(/href="(\/countries\/[a-z0-9-]+)"/g)].map((m) => m[1]!)),
  ];
  expect(countries.length).toBeGreaterThan(0);
  const pages = pagesToCrawl(countries);
  const broken: string[] = [];
  for (let i = 0; i < pages.length; i += 8)
    await Promise.all(
      pages.slice(i, i + 8).map(async (path) => {
        const res = await request.get(path);
        expect(res.status(), path).toBe(200);
        const text = visibleText(await res.text());
        const m = BROKEN.exec(text);
        if (m) broken.push(`${path}: …${text.slice(Math.max(0, m.index - 80), m.index + 20)}…`);
      }),
    );
  expect(broken).toEqual([]);
});
