import { it } from "vitest";
import { loadCatalogResult } from "@/lib/data/load-data";
import { oilBasis } from "@/lib/questions/oil-basis";
import { oilAnswer } from "@/lib/questions/oil-answer";
import { regionalStatistic } from "@/lib/questions/regional";
import { armsAnswer } from "@/lib/questions/arms-answer";
import { claimViews } from "@/lib/claims/claims-view";
it("prints", async () => {
  const { catalog } = await loadCatalogResult();
  const claims = claimViews(catalog!);
  for (const spec of catalog!.questions) {
    if (spec.type === "oil-common-basis") {
      const b = oilBasis(catalog!, spec);
      const a = oilAnswer(b, claims);
      console.log(a.headline.join("\n"));
      for (const y of a.years) { console.log("==", y.year); console.log(y.sentences.join("\n")); for (const c of y.claims) console.log("  *", c.id, c.when, "|", c.comparison); }
      console.log("undated:", a.undatedClaims.map((c) => c.id + ": " + c.comparison));
      for (const r of regionalStatistic(catalog!, b)) console.log("REG", r.sentence);
    } else {
      const a = armsAnswer(catalog!, spec, claims);
      console.log(a.headline.join("\n"));
      for (const c of a.claims) console.log("  *", c.id, c.comparison);
      console.log(a.windows.map((w) => w.window + " " + JSON.stringify(w.published.map(p=>p.share)) + " " + w.recomputed?.share?.toFixed(1)).join("\n"));
    }
  }
});
