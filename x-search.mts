import { loadCatalogResult } from "@/lib/data/load-data";
import { searchPage, searchIndex } from "@/lib/pages/search-page";
const { catalog } = await loadCatalogResult();
let t = performance.now();
searchIndex(catalog!);
console.log("index ms", Math.round(performance.now() - t), "mem MB", Math.round(process.memoryUsage().heapUsed / 1e6));
for (const q of ["69%", "Kpler", "Barak", "azerbaijan oil", "türkiye", "tanker", "94,000", "40%"]) {
  t = performance.now();
  const p = searchPage(catalog!, q);
  console.log(`\n== ${q} (${Math.round(performance.now() - t)} ms) total ${p.total}`);
  for (const g of p.groups) {
    console.log(`  ${g.label} ${g.total}`);
    for (const h of g.hits.slice(0, 4)) console.log("    ", h.title.map((x) => (x.mark ? `[${x.text}]` : x.text)).join(""), "|", h.detail.slice(0, 80), "|", h.url);
  }
}
