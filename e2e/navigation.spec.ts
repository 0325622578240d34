import type { Locator, Page } from "@playwright/test";
import { catalog, expect, test } from "./fixtures";

/**
 * The element's whole height is in the viewport and nothing sticky covers its top. (Wide table
 * rows scroll sideways in their own box, so only the vertical extent is asked for.)
 */
async function fullyVisible(page: Page, target: Locator) {
  await expect(target).toBeInViewport();
  const box = (await target.boundingBox())!;
  expect(box.y, "top in view").toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, "bottom in view").toBeLessThanOrEqual(page.viewportSize()!.height);
  // What the reader actually sees at the target's top-left corner is the target itself.
  const covered = await page.evaluate(
    ({ x, y, id }) => {
      const hit = document.elementFromPoint(x, y);
      return hit ? !document.getElementById(id)?.contains(hit) : true;
    },
    { x: box.x + 4, y: box.y + 2, id: (await target.getAttribute("id"))! },
  );
  expect(covered, "the target's top is covered").toBe(false);
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 800 },
  { name: "phone", width: 360, height: 740 },
]) {
  test.describe(viewport.name, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("a link to a claim lands with its quote and verdict in view", async ({ page }) => {
      await page.goto("/claims");
      const ids = await page
        .locator("article.claim-block")
        .evaluateAll((blocks) => blocks.map((b) => b.id));
      // A named claim from the issue, and the last one: furthest down, the hardest to land on.
      for (const id of ["p-jpost-2016-40", ids.at(-1)!]) {
        await page.goto(`/claims#${id}`);
        const block = page.locator(`article.claim-block[id="${id}"]`);
        await fullyVisible(page, block.locator("blockquote"));
        await expect(block.locator(".claim-verdict")).toBeInViewport();
      }
    });

    test("a link to a row on a later page opens that page with the row in view", async ({
      page,
    }) => {
      const d = (await catalog(page)).find((x) => x.rowCount > 50)!;
      const json = await (await page.request.get(d.json)).json();
      const id = String((json.rows as Record<string, unknown>[]).at(-1)!.id);
      await page.goto(`${d.page}#row-${encodeURIComponent(id)}`);
      await fullyVisible(page, page.locator(`tr[id="row-${id}"]`));
    });
  });
}

test("keyboard: a skip link reaches the table in a few presses, and Back after a footnote returns to it", async ({
  page,
}) => {
  const d = (await catalog(page)).find((x) => x.slug === "israel-oil-imports")!;
  await page.goto(d.page);
  // From the top: the page's own links come before the charts, so the table is a few presses away.
  let presses = 0;
  for (; presses < 12; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.textContent === "Skip to the table"))
      break;
  }
  expect(presses, "Tab presses to the skip link").toBeLessThan(12);
  await page.keyboard.press("Enter");
  await expect(page.locator("#table-heading")).toBeFocused();

  // Follow the first row's footnote, then come Back: focus returns to the marker left from.
  const marker = page.locator("table.dataset-rows tbody tr a.footnote-ref").first();
  await marker.focus();
  const label = await marker.getAttribute("aria-label");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#source-\d+$/);
  await page.goBack();
  await expect(page).not.toHaveURL(/#source-/);
  await expect(page.locator(":focus")).toHaveAttribute("aria-label", label!);
});
