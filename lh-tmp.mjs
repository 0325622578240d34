import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: ["--headless=new","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
for (const p of process.argv.slice(2)) {
  const r = await lighthouse("http://127.0.0.1:3200" + p, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["accessibility"] });
  const failing = Object.values(r.lhr.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "manual");
  console.log(JSON.stringify(r.lhr.audits["target-size"].details?.items?.slice(0,3), null, 1)); console.log(p, Math.round(r.lhr.categories.accessibility.score*100), failing.map(a => a.id + ": " + JSON.stringify((a.details?.items ?? []).slice(0,5).map(i => i.node?.selector ?? i.node?.snippet))));
}
await chrome.kill();
