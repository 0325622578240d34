import { expect, test } from "./fixtures";

const PAGES = [
  "/",
  "/datasets/israel-oil-imports",
  "/datasets/israel-oil-imports/f1-36-azerbaijan-share-2025",
  "/countries/israel",
  "/flows",
  "/claims",
];

for (const path of PAGES)
  test(`a shared link to ${path} has a title, a description and a preview image`, async ({
    page,
    request,
  }) => {
    await page.goto(path);
    const meta = (selector: string) =>
      page.locator(`head meta[${selector}]`).first().getAttribute("content");
    const title = await meta('property="og:title"');
    expect(title).toBeTruthy();
    expect(await page.title()).toContain(title!);
    expect((await meta('property="og:description"'))!.length).toBeGreaterThan(20);
    expect(await meta('name="twitter:card"')).toBe("summary_large_image");
    const image = new URL((await meta('property="og:image"'))!);
    expect(await meta('name="twitter:image"')).toBe(image.href);
    expect(await meta('property="og:image:alt"')).toBeTruthy();
    // The image as a crawler fetches it (on this test server's origin), at its own address.
    const res = await request.get(image.pathname + image.search, { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/png");
    const png = await res.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height, big-endian, at bytes 16–23.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
