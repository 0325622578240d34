import { randomBytes } from "node:crypto";
import { link, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Runs `step` on every name at once (independent file operations: waiting for each in turn
 * would make the import wait on the disk a dozen times). Waits for all of them, even when one
 * fails, so a rollback never races an operation still in flight; then throws the first error.
 */
async function eachAtOnce(names: string[], step: (name: string) => Promise<void>) {
  const settled = await Promise.allSettled(names.map(step));
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * Writes several files into `dir` all or nothing. Every new file is first written in full next
 * to its target; only then are they renamed into place. If any step fails, files already
 * replaced are put back from hard-linked backups and the temporaries are removed, so `dir` is
 * left exactly as it was. `hooks.beforeRename` exists for tests that fail an import halfway.
 */
export async function writeFilesAtomically(
  dir: string,
  files: Record<string, string>,
  hooks: { beforeRename?: (name: string, index: number) => void | Promise<void> } = {},
): Promise<void> {
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const names = Object.keys(files).sort();
  const temp = (name: string) => path.join(dir, `.${name}.tmp-${tag}`);
  const backup = (name: string) => path.join(dir, `.${name}.bak-${tag}`);
  const backedUp: string[] = [];
  const created: string[] = [];
  const replaced: string[] = [];
  try {
    await eachAtOnce(names, (name) => writeFile(temp(name), files[name]!, "utf8"));
    // Back up each file about to be replaced; a target that does not exist yet needs none.
    await eachAtOnce(names, async (name) => {
      try {
        await link(path.join(dir, name), backup(name));
        backedUp.push(name);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    });
    // Renames one by one, so a failure knows exactly which files were already replaced.
    for (const [i, name] of names.entries()) {
      await hooks.beforeRename?.(name, i);
      await rename(temp(name), path.join(dir, name));
      (backedUp.includes(name) ? replaced : created).push(name);
    }
  } catch (error) {
    // Roll back: restore what was replaced, remove what was new, drop the temporaries.
    for (const name of replaced) await rename(backup(name), path.join(dir, name)).catch(() => {});
    await eachAtOnce(created, (name) => rm(path.join(dir, name), { force: true }));
    await eachAtOnce(names, (name) => rm(temp(name), { force: true }));
    await eachAtOnce(backedUp, (name) => rm(backup(name), { force: true }));
    throw error;
  }
  await eachAtOnce(backedUp, (name) => rm(backup(name), { force: true }));
}
