import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StaticChart } from "@/components/charts/static-chart";
import { ExternalLink } from "@/components/external-link";
import { SourceCitation } from "@/components/source-citation";
import { DataTable } from "@/components/table/data-table";
import type { EstimatesChartData } from "@/lib/charts/estimates/model";
import { layoutFigure } from "@/lib/charts/kinds";
import { tableModel } from "@/lib/table/table-model";
import { datasetOf, META } from "./helpers";

// Text from CSVs reaches pages only as text: React escapes it, and links are http(s) only.
const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe("rendering hostile text", () => {
  it("shows script and markup in a table cell as text", () => {
    const rows = [
      {
        id: "r1",
        start: "2020",
        end: "2020",
        name: hostile,
        value: 1,
        unit: "b/d",
        kind: "x",
        source_ids: ["src-a"],
      },
    ];
    const html = renderToStaticMarkup(
      <DataTable
        slug="t"
        caption="T"
        model={tableModel(datasetOf(META, rows))}
        rows={rows}
        total={1}
        footnotes={{ "src-a": { n: 1, label: "P", title: "T" } }}
      />,
    );
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("shows an empty dataset as 'no rows'", () => {
    const html = renderToStaticMarkup(
      <DataTable
        slug="t"
        caption="T"
        model={tableModel(datasetOf(META, []))}
        rows={[]}
        total={0}
        footnotes={{}}
      />,
    );
    expect(html).toContain("No rows: this dataset is empty.");
  });

  it("never renders a link that is not http(s), and opens outside links without an opener", () => {
    for (const href of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "JAVASCRIPT:alert(1)",
      "//evil.example",
      "/relative",
    ]) {
      expect(renderToStaticMarkup(<ExternalLink href={href}>x</ExternalLink>)).toBe("x");
    }
    expect(renderToStaticMarkup(<ExternalLink href="https://example.org">x</ExternalLink>)).toBe(
      '<a href="https://example.org" rel="noopener noreferrer" target="_blank">x<span class="visually-hidden"> (opens in a new tab)</span></a>',
    );
    const cite = renderToStaticMarkup(
      <SourceCitation
        source={{
          id: "s",
          title: hostile,
          publisher: hostile,
          url: "javascript:alert(1)",
          accessed: "2026-11-22",
          kind: "press",
        }}
      />,
    );
    expect(cite).not.toContain("javascript:");
    expect(cite).not.toContain("<script>");
  });

  it("keeps hostile series names out of the chart's markup", () => {
    const data: EstimatesChartData = {
      kind: "estimates",
      id: "c",
      title: hostile,
      yLabel: "%",
      series: [hostile],
      xDomain: [2020, 2021],
      summary: hostile,
      points: [
        {
          rowId: "r1",
          series: hostile,
          x: 2020.5,
          xErr: [0.5, 0.5],
          y: 10,
          yErr: [0, 0],
          period: "2020",
          valueText: "10%",
          source: hostile,
        },
      ],
    };
    const svg = renderToStaticMarkup(
      <StaticChart
        data={data}
        layout={layoutFigure(data, { width: 600, height: 300 }, () => ({ color: 0, shape: 0 }))}
      />,
    );
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});
