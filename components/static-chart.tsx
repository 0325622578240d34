import type { ReactNode } from "react";
import type {
  BarsChartData,
  ChartData,
  EstimatesChartData,
  StackedChartData,
} from "@/lib/chart-data";
import { formatNumber } from "@/lib/format";
import { seriesColor, seriesShape, yearTicks } from "@/lib/palette";

/**
 * A chart drawn as plain SVG, on the server as well as in the browser: it is on the page at
 * once (no script needed, nothing moves when scripts arrive, it prints), every mark has a
 * <title> naming its value and source, and each estimate carries its row id. The interactive
 * Recharts version replaces it when the reader points at or focuses the chart.
 */

interface Props {
  data: ChartData;
  width: number;
  height: number;
  /** Index of a series in the full series list (colours stay put when some are hidden). */
  colorOf: (series: string) => number;
}

const M = { top: 12, right: 16, bottom: 28, left: 52 };
/** Coordinates to a tenth of a unit: finer than a screen shows, and a third of the page bytes. */
const px = (v: number) => Math.round(v * 10) / 10;
const TICK = { fontSize: 12, fill: "var(--axis)" } as const;

/** Round axis ticks from 0 to just above `max`: steps of 1, 2, 2.5 or 5 × 10^k. */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Math.round(t * 1e9) / 1e9);
  return ticks;
}

const SHAPES: Record<ReturnType<typeof seriesShape>, (x: number, y: number) => string> = {
  circle: (x, y) => `M${x - 4.5},${y}a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0`,
  square: (x, y) => `M${x - 4},${y - 4}h8v8h-8Z`,
  triangle: (x, y) => `M${x},${y - 5.5}l5,9h-10Z`,
  diamond: (x, y) => `M${x},${y - 5.5}l5.5,5.5l-5.5,5.5l-5.5,-5.5Z`,
  cross: (x, y) => `M${x - 1.8},${y - 5}h3.6v3.2h3.2v3.6h-3.2v3.2h-3.6v-3.2h-3.2v-3.6h3.2Z`,
  star: (x, y) =>
    `M${x},${y - 5.5}l1.6,3.6l3.9,.4l-2.9,2.6l.9,3.9l-3.5,-2l-3.5,2l.9,-3.9l-2.9,-2.6l3.9,-.4Z`,
  wye: (x, y) =>
    `M${x - 1.5},${y - 5.5}h3v3.5l3,-1.8l1.5,2.6l-3,1.7l3,1.7l-1.5,2.6l-3,-1.8v3.5h-3v-3.5l-3,1.8l-1.5,-2.6l3,-1.7l-3,-1.7l1.5,-2.6l3,1.8Z`,
};

function YAxis({ ticks, y, width }: { ticks: number[]; y: (v: number) => number; width: number }) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line
            x1={M.left}
            x2={width - M.right}
            y1={y(t)}
            y2={y(t)}
            stroke="var(--grid)"
            strokeDasharray="3 3"
          />
          <text x={M.left - 6} y={y(t)} dy="0.35em" textAnchor="end" {...TICK}>
            {formatNumber(t)}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={M.left} y1={M.top} y2={y(0)} stroke="var(--axis)" />
    </g>
  );
}

function Estimates({ data, width, height, colorOf }: Props & { data: EstimatesChartData }) {
  const [x0, x1] = data.xDomain;
  const maxY = Math.max(1, ...data.points.map((p) => p.y + p.yErr[1]));
  const ticks = niceTicks(maxY);
  const top = ticks[ticks.length - 1]!;
  const x = (v: number) => px(M.left + ((v - x0) / (x1 - x0 || 1)) * (width - M.left - M.right));
  const y = (v: number) => px(height - M.bottom - (v / top) * (height - M.top - M.bottom));
  return (
    <>
      <YAxis ticks={ticks} y={y} width={width} />
      {yearTicks(data.xDomain).map((t) => (
        <g key={t}>
          <line
            x1={x(t)}
            x2={x(t)}
            y1={M.top}
            y2={y(0)}
            stroke="var(--grid)"
            strokeDasharray="3 3"
          />
          <text x={x(t)} y={y(0) + 18} textAnchor="middle" {...TICK}>
            {t}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="var(--axis)" />
      {data.points.map((p) => {
        const i = colorOf(p.series);
        const color = seriesColor(i);
        const cx = x(p.x);
        const cy = y(p.y);
        return (
          <g key={`${p.series}|${p.rowId}`} data-row-id={p.rowId} data-series={p.series}>
            <title>{`${p.series}: ${p.valueText}, ${p.period}. Source: ${p.source}`}</title>
            {p.xErr[0] + p.xErr[1] > 0 ? (
              <line
                x1={x(p.x - p.xErr[0])}
                x2={x(p.x + p.xErr[1])}
                y1={cy}
                y2={cy}
                stroke={color}
                strokeWidth={2}
              />
            ) : null}
            {p.yErr[1] > 0 ? (
              <line
                x1={cx}
                x2={cx}
                y1={cy}
                y2={y(p.y + p.yErr[1])}
                stroke={color}
                strokeWidth={2}
              />
            ) : null}
            <path
              d={SHAPES[seriesShape(i)](cx, cy)}
              fill={color}
              stroke="var(--bg)"
              strokeWidth={1}
            />
          </g>
        );
      })}
    </>
  );
}

function Bands({
  categories,
  width,
  height,
  max,
  percent,
  children,
}: {
  categories: string[];
  width: number;
  height: number;
  max: number;
  percent: boolean;
  children: (band: { x: (i: number) => number; w: number; y: (v: number) => number }) => ReactNode;
}) {
  const ticks = percent ? [0, 25, 50, 75, 100] : niceTicks(max);
  const top = ticks[ticks.length - 1]!;
  const bottom = categories.some((c) => c.length > 7) ? 64 : M.bottom;
  const plot = width - M.left - M.right;
  const step = plot / Math.max(1, categories.length);
  const w = px(Math.max(2, step * 0.78));
  const y = (v: number) => px(height - bottom - (v / top) * (height - M.top - bottom));
  const every = Math.ceil(categories.length / Math.max(1, Math.floor(plot / 44)));
  return (
    <>
      <YAxis ticks={ticks} y={y} width={width} />
      <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="var(--axis)" />
      {categories.map((c, i) =>
        i % every === 0 ? (
          <text
            key={c}
            x={px(M.left + step * (i + 0.5))}
            y={y(0) + 16}
            textAnchor={bottom > M.bottom ? "end" : "middle"}
            transform={
              bottom > M.bottom
                ? `rotate(-30 ${px(M.left + step * (i + 0.5))} ${y(0) + 16})`
                : undefined
            }
            {...TICK}
          >
            {c}
          </text>
        ) : null,
      )}
      {children({ x: (i) => px(M.left + step * i + (step - w) / 2), w, y })}
    </>
  );
}

function Bars({ data, width, height }: Props & { data: BarsChartData }) {
  return (
    <Bands
      categories={data.bars.map((b) => b.category)}
      width={width}
      height={height}
      max={Math.max(0, ...data.bars.map((b) => b.value))}
      percent={false}
    >
      {({ x, w, y }) =>
        data.bars.map((b, i) => (
          <rect
            key={b.rowId}
            data-row-id={b.rowId}
            x={x(i)}
            width={w}
            y={y(b.value)}
            height={px(y(0) - y(b.value))}
            fill={seriesColor(0)}
          >
            <title>{`${b.category}: ${b.valueText}. Source: ${b.source}`}</title>
          </rect>
        ))
      }
    </Bands>
  );
}

function Stacked({ data, width, height, colorOf }: Props & { data: StackedChartData }) {
  const totals = data.rows.map((r) => r.values.reduce((a, b) => a + b, 0));
  return (
    <Bands
      categories={data.rows.map((r) => r.category)}
      width={width}
      height={height}
      max={Math.max(0, ...totals)}
      percent={data.percent}
    >
      {({ x, w, y }) =>
        data.rows.map((r, i) => {
          let base = 0;
          return (
            <g key={r.category}>
              {r.values.map((v, j) => {
                if (!(v > 0)) return null;
                const name = data.series[j]!;
                const y0 = y(base);
                base += v;
                return (
                  <rect
                    key={name}
                    x={x(i)}
                    width={w}
                    y={y(base)}
                    height={px(Math.max(0, y0 - y(base)))}
                    fill={name === "All others" ? "var(--others)" : seriesColor(colorOf(name))}
                  >
                    <title>{`${r.category}, ${name}: ${data.percent ? `${v.toFixed(1)}%` : formatNumber(Math.round(v * 10) / 10)}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })
      }
    </Bands>
  );
}

export function StaticChart(props: Props) {
  const { data, width, height } = props;
  return (
    <svg
      className="static-chart"
      width="100%"
      height="100%"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${data.title}. ${data.summary}`}
    >
      {data.type === "estimates" ? (
        <Estimates {...props} data={data} />
      ) : data.type === "bars" ? (
        <Bars {...props} data={data} />
      ) : (
        <Stacked {...props} data={data} />
      )}
    </svg>
  );
}
