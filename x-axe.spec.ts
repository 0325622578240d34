import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./e2e/fixtures";
for (const path of ["/search?q=Barak", "/embed/datasets/israel-oil-imports/shares", "/embed/flows/arms-to-azerbaijan", "/embed/flows/crude-to-israel", "/embed/flows/corridor"])
  test(path, async ({ page }) => {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`), scheme).toEqual([]);
    }
  });
