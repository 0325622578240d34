import { writeCsv } from "@/lib/data/csv-write";
import { getCatalog } from "@/lib/catalog/load-data";
import { armsWorld, countriesTable } from "@/lib/pages/country-page";
import { cellTableRows, parseCellSort, searchCellRows, sortCellRows } from "@/lib/table/cells";

/** The /countries table as the reader sees it: the same search (`q`) and sort (`sort.countries`). */
export async function GET(request: Request) {
  const world = armsWorld(await getCatalog());
  if (!world) return new Response("Not found\n", { status: 404 });
  const params = new URL(request.url).searchParams;
  const table = countriesTable(world);
  const rows = sortCellRows(
    searchCellRows(table.rows, "name", params.get("q") ?? ""),
    parseCellSort(table, params.get("sort.countries")),
  );
  const { header, rows: cells } = cellTableRows({ ...table, rows });
  return new Response(writeCsv(header, cells, { neutraliseFormulae: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="countries.csv"',
    },
  });
}
