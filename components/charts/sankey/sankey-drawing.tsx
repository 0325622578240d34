import { formatNumber } from "@/lib/data/format";
import type { SankeyData, SankeyLayout } from "@/lib/charts/sankey/model";
import { linkText } from "@/lib/flows/links";

/**
 * A Sankey drawn on the server from its layout: one band per link, each a link to the rows
 * behind it that announces its value, unit, period and source, and shows them on focus.
 */
export function SankeyDrawing({ data, layout }: { data: SankeyData; layout: SankeyLayout }) {
  // Colour by partner: the side with more nodes.
  const many = data.order.from.length >= data.order.to.length ? "from" : "to";
  const colorOf = (name: string) =>
    /^Others \(/.test(name)
      ? "var(--others)"
      : `var(--series-${(data.order[many].indexOf(name) % 8) + 1})`;
  return (
    <svg
      className="static-chart flow-svg sankey"
      viewBox={`0 -4 ${layout.width} ${layout.height + 8}`}
      role="group"
      aria-label={`${data.title}: ${data.summary}`}
    >
      {layout.links.map((m) => {
        const text = linkText(m.link, data.digits);
        return (
          <a
            key={m.link.id}
            href={m.link.href}
            className="flow-link"
            data-tip={text}
            data-link-id={m.link.id}
            aria-label={text}
          >
            <title>{text}</title>
            <path d={m.path} fill={colorOf(m.link[many])} />
          </a>
        );
      })}
      {layout.nodes.map((n) => {
        const left = n.side === "from";
        return (
          <g key={`${n.side}-${n.name}`} className="flow-node">
            <rect x={n.x} y={n.y} width={layout.nodeWidth} height={Math.max(n.height, 1)} />
            <text
              x={left ? n.x + layout.nodeWidth + 4 : n.x - 4}
              y={n.y + n.height / 2}
              textAnchor={left ? "start" : "end"}
              dominantBaseline="middle"
              className="flow-label"
            >
              {n.name} <tspan className="flow-value">{formatNumber(n.value, data.digits)}</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}
