import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const NEXT = path.resolve("node_modules/next/dist/bin/next");

export const CHROME =
  process.env.CHROMIUM_PATH ??
  process.env.CHROME_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "chromium");

export interface Server {
  url: string;
  proc: ChildProcess;
  stop: () => void;
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`server at ${url} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Runs a command in its own process group, so stopping it also stops next-server's child. */
export async function startProcess(
  cmd: string,
  args: string[],
  url: string,
  readyPath: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const proc = spawn(cmd, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Keep the last output for error messages (and keep the pipes drained).
  let log = "";
  const keep = (d: Buffer) => (log = (log + String(d)).slice(-4000));
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  let stopping = false;
  proc.on("exit", (code) => {
    if (code && !stopping) console.error(`${cmd} ${args.join(" ")} exited with ${code}:\n${log}`);
  });

  const stop = () => {
    stopping = true;
    try {
      process.kill(-proc.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  await waitFor(`${url}${readyPath}`);
  return { url, proc, stop };
}

/** `npm start`'s own command line, without npm in between (so the process is the server). */
function startArgs(): string[] {
  const start = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } })
    .scripts.start;
  const [node, ...args] = start.split(/\s+/);
  if (node !== "node") throw new Error(`npm start is not a node command: ${start}`);
  return args;
}

/** The production server as `npm start` runs it (scripts/serve.mjs: one process). */
export function startNext(
  port: number,
  distDir?: string,
  env: Record<string, string> = {},
): Promise<Server> {
  const url = `http://127.0.0.1:${port}`;
  return startProcess(
    process.execPath,
    [...startArgs(), "-p", String(port), "-H", "127.0.0.1"],
    url,
    "/api/datasets",
    { ...(distDir ? { FLOWLEDGER_DIST_DIR: distDir } : {}), ...env },
  );
}

/** `next build` of this project, optionally on another data folder into another dist folder. */
export function buildNext(env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [NEXT, "build"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    p.stderr.on("data", (d) => (err += String(d)));
    p.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed: ${err.slice(-2000)}`)),
    );
  });
}
