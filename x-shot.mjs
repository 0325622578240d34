import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking"] });
const [path, out, width="1200", height="2400"] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: +width, height: +height } });
const errors = []; p.on("console", m => { if (m.type() === "error") errors.push(m.text()); });
await p.goto("http://127.0.0.1:3200" + path, { waitUntil: "networkidle" });
await p.screenshot({ path: out, fullPage: false });
console.log("errors:", errors);
await b.close();
