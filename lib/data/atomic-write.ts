import "server-only";
import { randomBytes } from "node:crypto";
import { linkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes several files into `dir` all or nothing. Every new file is first written in full next
 * to its target; only then are they renamed into place. If any step fails, files already
 * replaced are put back from hard-linked backups and the temporaries are removed, so `dir` is
 * left exactly as it was. `hooks.beforeRename` exists for tests that fail an import halfway.
 *
 * Synchronous on purpose: a command-line import has nothing else to do meanwhile, and a
 * handful of small files is written faster without a round trip through the thread pool for
 * each of some twenty file operations.
 */
export function writeFilesAtomically(
  dir: string,
  files: Record<string, string>,
  hooks: { beforeRename?: (name: string, index: number) => void } = {},
): void {
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const names = Object.keys(files).sort();
  const temp = (name: string) => path.join(dir, `.${name}.tmp-${tag}`);
  const backup = (name: string) => path.join(dir, `.${name}.bak-${tag}`);
  const backedUp: string[] = [];
  const created: string[] = [];
  const replaced: string[] = [];
  const removeAll = (paths: string[]) => {
    for (const p of paths) rmSync(p, { force: true });
  };
  try {
    for (const name of names) writeFileSync(temp(name), files[name]!, "utf8");
    // Back up each file about to be replaced; a target that does not exist yet needs none.
    for (const name of names) {
      try {
        linkSync(path.join(dir, name), backup(name));
        backedUp.push(name);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }
    for (const [i, name] of names.entries()) {
      hooks.beforeRename?.(name, i);
      renameSync(temp(name), path.join(dir, name));
      (backedUp.includes(name) ? replaced : created).push(name);
    }
  } catch (error) {
    // Roll back: restore what was replaced, remove what was new, drop the temporaries.
    for (const name of replaced) {
      try {
        renameSync(backup(name), path.join(dir, name));
      } catch {
        // keep restoring the others
      }
    }
    removeAll(created.map((name) => path.join(dir, name)));
    removeAll(names.map(temp));
    removeAll(backedUp.filter((name) => !replaced.includes(name)).map(backup));
    throw error;
  }
  removeAll(backedUp.map(backup));
}
