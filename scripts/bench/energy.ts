import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { Zip, ZipDeflate, ZipPassThrough, strToU8 } from "fflate";
import { median, ms, ratio, results } from "./report";

const ENERGY = path.resolve("../shared/energy");
const EI = ["2023", "2024"].map((e) =>
  path.join(ENERGY, `ei-statistical-review/EI-Statistical-Review-${e}-edition.xlsx`),
);
const EU = [2013, 2014, 2015, 2016, 2017, 2018, 2019].map((y) =>
  path.join(ENERGY, `eu-crude-oil-import-register/Crude_Oil_Imports_Reporting_Country_${y}.xlsx`),
);
const RUNS = 3;

function timeProcess(args: string[]): number {
  const t = performance.now();
  execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  return performance.now() - t;
}

/**
 * Both energy imports as a reader runs them: `npm run import:ei` on the two Statistical Review
 * editions and `npm run import:eu-crude` on the seven register workbooks, each a fresh process
 * into a copy of data/, validation and atomic write included. Baseline, in the same run and
 * interleaved: fresh `node` processes that only read the same files with exceljs (the library
 * the importers use), one for the EI pair and one for the register.
 */
export async function benchEnergy() {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-bench-energy-"));
  await cp("data", dir, { recursive: true });
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const bare = (files: string[]) =>
    `const E = require("exceljs"); (async () => { for (const f of ${JSON.stringify(files)}) await new E.Workbook().xlsx.readFile(f); })();`;
  const times = {
    ei: [] as number[],
    eu: [] as number[],
    eiBare: [] as number[],
    euBare: [] as number[],
  };
  for (let i = 0; i < RUNS; i++) {
    const cmd = (which: string, files: string[]) => [
      tsx,
      "--conditions=react-server",
      "scripts/import-energy.ts",
      which,
      ...files,
      "--out",
      dir,
      "--accessed",
      "2026-11-30",
    ];
    times.ei.push(timeProcess(cmd("ei", EI)));
    times.eiBare.push(timeProcess(["-e", bare(EI)]));
    times.eu.push(timeProcess(cmd("eu-crude", EU)));
    times.euBare.push(timeProcess(["-e", bare(EU)]));
  }
  await rm(dir, { recursive: true, force: true });
  const [ei, eu, eiBare, euBare] = [times.ei, times.eu, times.eiBare, times.euBare].map(median) as [
    number,
    number,
    number,
    number,
  ];
  const section = "Energy imports (2 EI workbooks, 7.1 MB; 7 register workbooks, 1.9 MB)";
  results.push(
    {
      section,
      figure: `npm run import:ei, both editions, fresh process (median of ${RUNS})`,
      value: ms(ei),
      baseline: `${ms(eiBare)} (fresh node: exceljs reads both)`,
      ratio: ratio(ei, eiBare),
      target: "≤ 2×",
    },
    {
      section,
      figure: `npm run import:eu-crude, 2013–2019, fresh process (median of ${RUNS})`,
      value: ms(eu),
      baseline: `${ms(euBare)} (fresh node: exceljs reads all seven)`,
      ratio: ratio(eu, euBare),
      target: "≤ 2×",
    },
    {
      section,
      figure: "both commands together, as the issue asks",
      value: ms(ei + eu),
      baseline: `${ms(eiBare + euBare)} (the two bare reads)`,
      ratio: ratio(ei + eu, eiBare + euBare),
      target: "≤ 2×",
    },
  );
}

/** A 1 GB zip bomb in a workbook's clothes, about 1 MB on disk, written without holding it. */
function writeBomb(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(file);
    const zip = new Zip((err, data, final) => {
      if (err) return reject(err);
      out.write(data);
      if (final) out.end(resolve);
    });
    const part = (name: string, text: string) => {
      const f = new ZipPassThrough(name);
      zip.add(f);
      f.push(strToU8(text), true);
    };
    part("[Content_Types].xml", "<Types/>");
    part(
      "xl/workbook.xml",
      '<workbook><sheets><sheet name="Sheet1" r:id="rId1"/></sheets></workbook>',
    );
    const bomb = new ZipDeflate("xl/media/bomb.bin", { level: 9 });
    zip.add(bomb);
    const mb = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 1024; i++) bomb.push(mb, i === 1023);
    zip.end();
  });
}

/** The peak resident memory of one import as a fresh process (GNU time's maximum RSS), MB. */
function peakMb(args: string[]): { mb: number; status: number | null } {
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
    encoding: "utf8",
  });
  const kb = Number(/(\d+)\s*$/.exec(r.stderr.trim())?.[1]);
  return { mb: kb / 1024, status: r.status };
}

/**
 * A hostile workbook costs no more memory than a real one: the import of a 1 GB zip bomb is
 * refused with its peak memory measured beside the import of the largest real workbook (the
 * 2024 Review), each a fresh process into a copy of data/ (median of 3).
 */
export async function benchEnergyMemory() {
  const dir = await mkdtemp(path.join(tmpdir(), "flowledger-bench-bomb-"));
  await cp("data", dir, { recursive: true });
  const bomb = path.join(dir, "bomb.xlsx");
  await writeBomb(bomb);
  const run = (file: string) =>
    peakMb([
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/import-energy.ts",
      "ei",
      file,
      "--out",
      dir,
      "--accessed",
      "2026-11-30",
    ]);
  const real: number[] = [];
  const hostile: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = run(EI[1]!);
    const b = run(bomb);
    if (r.status !== 0 || b.status === 0)
      throw new Error("the bench expects the real import to pass and the bomb to be refused");
    real.push(r.mb);
    hostile.push(b.mb);
  }
  await rm(dir, { recursive: true, force: true });
  results.push({
    section: "Energy imports: memory",
    figure: `npm run import:ei on a 1 GB zip bomb (1 MB on disk): refused; peak RSS (median of ${RUNS})`,
    value: `${median(hostile).toFixed(0)} MB`,
    baseline: `${median(real).toFixed(0)} MB (the 2024 Review, the largest real workbook)`,
    ratio: ratio(median(hostile), median(real)),
    target: "≤ 1×",
  });
}
