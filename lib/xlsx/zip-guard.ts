import { Unzip, UnzipInflate } from "fflate";

/**
 * Limits checked before a workbook is handed to the xlsx reader, which would otherwise inflate
 * and parse whatever it is given. The largest real input (an Energy Institute workbook) is
 * 3.7 MB zipped, about 15 MB of XML and 340,000 cells; the limits leave room for growth and
 * stop a zip bomb or a runaway sheet long before memory runs out.
 */
export const WORKBOOK_LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  uncompressedBytes: 256 * 1024 * 1024,
  cells: 2_000_000,
  rowsPerSheet: 100_000,
} as const;

export type ZipCheck =
  { ok: true; sheetPaths: Map<string, string> } | { ok: false; where?: string; message: string };

const SHEET_XML = /^xl\/worksheets\/[^/]+\.xml$/;
const PUSH_BYTES = 16 * 1024;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Streams through the zip once, counting inflated bytes, cells (`<c`) and rows (`<row`) per
 * sheet, and stops at the first limit passed. Returns each sheet part's sheet name (from
 * `xl/workbook.xml` and its relationships) so a problem can be located as `sheet!`.
 */
export function checkWorkbookZip(bytes: Uint8Array): ZipCheck {
  if (bytes.length > WORKBOOK_LIMITS.fileBytes)
    return {
      ok: false,
      message: `file is ${mb(bytes.length)}, over the ${mb(WORKBOOK_LIMITS.fileBytes)} limit`,
    };
  if (
    bytes.length < 4 ||
    bytes[0] !== 0x50 ||
    bytes[1] !== 0x4b ||
    bytes[2] !== 0x03 ||
    bytes[3] !== 0x04
  )
    return { ok: false, message: "not an xlsx workbook (not a zip file)" };
  if (!hasEndOfCentralDirectory(bytes))
    return { ok: false, message: "the zip file is truncated (no end of central directory)" };

  const parts = new Map<string, string>(); // small XML parts we need as text
  const counts = new Map<string, { rows: number; cells: number }>();
  let inflated = 0;
  let cells = 0;
  let failure: { where?: string; message: string } | undefined;
  const decoder = new TextDecoder();

  const unzip = new Unzip((file) => {
    const isSheet = SHEET_XML.test(file.name);
    const keepText = file.name === "xl/workbook.xml" || file.name === "xl/_rels/workbook.xml.rels";
    const count = { rows: 0, cells: 0 };
    if (isSheet) counts.set(file.name, count);
    let text = "";
    let tail = ""; // the end of the previous chunk, so a tag split across chunks is still counted
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = { message: `the zip file is damaged (${file.name}: ${err.message})` };
        return;
      }
      inflated += chunk.length;
      if (inflated > WORKBOOK_LIMITS.uncompressedBytes) {
        failure = {
          message: `more than ${mb(WORKBOOK_LIMITS.uncompressedBytes)} uncompressed (a zip bomb?)`,
        };
        file.terminate();
        return;
      }
      if (isSheet) {
        const piece = tail + decoder.decode(chunk, { stream: !final });
        const rows = countTags(piece, "<row");
        const c = countTags(piece, "<c");
        // Tags wholly inside `tail` were counted with the previous chunk.
        count.rows += rows - countTags(tail, "<row");
        count.cells += c - countTags(tail, "<c");
        cells += c - countTags(tail, "<c");
        tail = piece.slice(-8);
        if (count.rows > WORKBOOK_LIMITS.rowsPerSheet || cells > WORKBOOK_LIMITS.cells) {
          failure = {
            where: file.name,
            message:
              count.rows > WORKBOOK_LIMITS.rowsPerSheet
                ? `more than ${WORKBOOK_LIMITS.rowsPerSheet.toLocaleString("en-GB")} rows (the limit for a sheet)`
                : `the workbook has more than ${WORKBOOK_LIMITS.cells.toLocaleString("en-GB")} cells (the limit)`,
          };
          file.terminate();
        }
      } else if (keepText) text += decoder.decode(chunk, { stream: !final });
      if (final && keepText) parts.set(file.name, text);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Fed in small pieces, so no more than one piece's worth is inflated past a limit before
    // the check stops it: deflate expands at most about 1,000 times, so 16 KB in is at most about
    // 16 MB out, where one push of a whole 1 GB bomb inflated all of it first.
    for (let at = 0; at < bytes.length && !failure; at += PUSH_BYTES)
      unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
  } catch (e) {
    return {
      ok: false,
      message: `the zip file is damaged (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  const sheetPaths = sheetNamesByPath(parts);
  if (failure)
    return {
      ok: false,
      ...(failure.where ? { where: `${sheetPaths.get(failure.where) ?? failure.where}!` } : {}),
      message: failure.message,
    };
  if (!parts.has("xl/workbook.xml"))
    return { ok: false, message: "not an xlsx workbook (the zip holds no xl/workbook.xml)" };
  return { ok: true, sheetPaths };
}

/** `<c` followed by a space or `>` (so `<col` and `<cfRule` are not cells). */
function countTags(text: string, tag: string): number {
  let n = 0;
  for (let i = text.indexOf(tag); i !== -1; i = text.indexOf(tag, i + tag.length)) {
    const next = text[i + tag.length];
    if (next === " " || next === ">" || next === "/") n++;
  }
  return n;
}

function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const from = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= from; i--)
    if (
      bytes[i] === 0x50 &&
      bytes[i + 1] === 0x4b &&
      bytes[i + 2] === 0x05 &&
      bytes[i + 3] === 0x06
    )
      return true;
  return false;
}

function sheetNamesByPath(parts: Map<string, string>): Map<string, string> {
  const names = new Map<string, string>();
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const t = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const t = id ? target.get(id) : undefined;
    if (name && t) names.set(t, unescapeXml(name));
  }
  return names;
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!,
  );
