import { randomBytes } from "node:crypto";
import { link, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
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
  const written: string[] = [];
  const backedUp: string[] = [];
  const created: string[] = [];
  const replaced: string[] = [];
  try {
    for (const name of names) {
      await writeFile(temp(name), files[name]!, "utf8");
      written.push(name);
    }
    for (const name of names) {
      const target = path.join(dir, name);
      if (await exists(target)) {
        await link(target, backup(name));
        backedUp.push(name);
      }
    }
    for (const [i, name] of names.entries()) {
      await hooks.beforeRename?.(name, i);
      await rename(temp(name), path.join(dir, name));
      (backedUp.includes(name) ? replaced : created).push(name);
    }
  } catch (error) {
    // Roll back: restore what was replaced, remove what was new, drop the temporaries.
    for (const name of replaced) await rename(backup(name), path.join(dir, name)).catch(() => {});
    for (const name of created) await rm(path.join(dir, name), { force: true });
    for (const name of written) await rm(temp(name), { force: true });
    for (const name of backedUp) await rm(backup(name), { force: true });
    throw error;
  }
  for (const name of backedUp) await rm(backup(name), { force: true });
}
