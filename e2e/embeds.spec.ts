import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";

const OIL = "/datasets/israel-oil-imports";

test("Embed gives an iframe for the chart as shown; the embed draws the same series, alone", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(OIL);
  const figure = page.locator("#chart-shares");
  await expect(figure.locator(".embed[data-ready]")).toBeAttached();
  // Hide one series first: the embed must carry that choice.
  const russia = figure.getByRole("button", { name: /^Russia · / });
  await russia.click();
  await expect(russia).toHaveAttribute("aria-pressed", "false");
  const pressed = async () =>
    figure
      .locator(".legend-item")
      .evaluateAll((items) =>
        items.map((b) => `${b.textContent}=${b.getAttribute("aria-pressed")}`),
      );
  const legend = await pressed();
  const title = await figure.getByRole("heading", { level: 3 }).textContent();

  await figure.getByRole("button", { name: "Embed" }).click();
  const snippet = await figure.getByRole("textbox").inputValue();
  expect(snippet).toMatch(
    /^<iframe data-flowledger src="[^"]+" title="[^"]+" width="100%" height="\d+"[^>]*><\/iframe>\n<script>/,
  );
  await figure.getByRole("button", { name: "Copy embed code" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, "&"));
  expect(src.pathname).toBe("/embed/datasets/israel-oil-imports/shares");
  expect(src.searchParams.get("series.shares")).toBe(
    new URL(page.url()).searchParams.get("series.shares"),
  );
  const height = Number(/height="(\d+)"/.exec(snippet)![1]);
  expect(height).toBeGreaterThanOrEqual(420);

  // The embed: the figure, no site header, the same legend state, a link back with the choice.
  const embed = page.locator("figure#chart-shares");
  await page.goto(src.pathname + src.search);
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(embed.getByRole("heading", { level: 1 })).toHaveText(title!);
  await expect(embed.locator(".chart-source")).toContainText("Source");
  await expect.poll(pressed).toEqual(legend);
  const back = page.getByRole("link", { name: /Open in Flowledger/ });
  expect(await back.getAttribute("href")).toBe(`${OIL}${src.search}#chart-shares`);
});

test("a page on another origin may frame an embed but not a dataset page", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  // A page served from another port (another origin) that frames one embed and one page.
  const article = `<!doctype html><title>An article</title>
    <iframe id="embed" src="${baseURL}/embed/flows/arms-to-azerbaijan?window=2015-2019" width="600" height="700"></iframe>
    <iframe id="page" src="${baseURL}${OIL}" width="600" height="700"></iframe>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(article);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  try {
    const { port } = server.address() as AddressInfo;
    const blocked: string[] = [];
    page.on("requestfailed", (r) => {
      if (r.failure()?.errorText === "net::ERR_BLOCKED_BY_RESPONSE") blocked.push(r.url());
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    const embed = page.frameLocator("#embed");
    await expect(embed.locator("figure#flow-arms-to-azerbaijan")).toBeVisible();
    await expect(embed.locator(".chart-subtitle")).toContainText("2015–19");
    await expect(embed.locator(".site-header")).toHaveCount(0);
    // The dataset page is refused: the browser says so and the frame never shows the page.
    await expect.poll(() => blocked).toEqual([`${baseURL}${OIL}`]);
    // The browser's refusal is the one console error expected here, and nothing else.
    expect(consoleErrors).toHaveLength(1);
    expect(consoleErrors[0]).toContain(`Framing '${baseURL}/' violates`);
    expect(consoleErrors[0]).toContain("frame-ancestors 'none'");
    consoleErrors.length = 0;
    await expect(page.frameLocator("#page").locator("#dataset-page")).toHaveCount(0);
  } finally {
    server.close();
  }
});

for (const width of [360, 800])
  test(`a pasted embed fits its content at ${width} px, and its links open outside the frame`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // The snippet exactly as the Embed button gives it, pasted into a page on another origin.
    await page.goto("/flows");
    const figure = page.locator("#flow-arms-to-azerbaijan");
    await expect(figure.locator(".embed[data-ready]")).toBeAttached();
    await figure.getByRole("button", { name: "Embed" }).click();
    const snippet = await figure.getByRole("textbox").inputValue();
    const server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><meta name="viewport" content="width=device-width"><title>An article</title><p>Before.</p>${snippet}<p>After.</p>`,
      );
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    try {
      const { port } = server.address() as AddressInfo;
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator("iframe[data-flowledger]");
      const back = frame.getByRole("link", { name: /Open in Flowledger/ });
      await expect(back).toBeAttached();
      // The frame takes the embed's own height: nothing is cut off, the way out included.
      const iframe = page.locator("iframe[data-flowledger]");
      await expect
        .poll(async () => {
          const inner = await frame.locator("html").evaluate((e) => e.scrollHeight);
          const outer = (await iframe.boundingBox())!.height;
          return Math.abs(inner - outer);
        })
        .toBeLessThanOrEqual(1);
      const frameBox = (await iframe.boundingBox())!;
      const backBox = (await back.boundingBox())!;
      expect(backBox.y + backBox.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
      await expect(frame.locator(".chart-source")).toBeAttached();
      // A flow's link opens its rows on Flowledger in a new tab; the frame stays where it is.
      const link = frame.locator("svg.sankey a.flow-link").first();
      const href = await link.getAttribute("href");
      const [popup] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
      await popup.waitForLoadState();
      expect(new URL(popup.url()).pathname).toBe(new URL(href!, baseURL).pathname);
      await popup.close();
      await expect(frame.locator("figure#flow-arms-to-azerbaijan")).toBeVisible();
    } finally {
      server.close();
    }
  });

test("embeds answer with frame-ancestors *, everything else refuses framing", async ({
  request,
}) => {
  for (const path of [
    "/embed/datasets/israel-oil-imports/shares",
    "/embed/flows/corridor",
    "/embed/flows/crude-to-israel?oil=2023",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors *");
    expect(res.headers()["x-frame-options"], path).toBeUndefined();
  }
  for (const path of [
    "/",
    OIL,
    "/flows",
    "/claims",
    "/embedded",
    "/datasets/israel-oil-imports/data.csv",
  ]) {
    const res = await request.get(path);
    expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(res.headers()["x-frame-options"], path).toBe("DENY");
  }
  expect((await request.get("/embed/flows/no-such-figure")).status()).toBe(404);
  expect((await request.get("/embed/datasets/israel-oil-imports/no-such-chart")).status()).toBe(
    404,
  );
});
