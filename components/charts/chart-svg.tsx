import type { ChartData, ChartLayout } from "@/lib/charts/kinds";

/**
 * The <svg> a dataset chart is drawn in, sized by its layout and named by its title and
 * summary; `role` says whether it is one image or a group of links.
 */
export function ChartSvg({
  data,
  layout,
  role,
  children,
}: {
  data: ChartData;
  layout: ChartLayout;
  role: "img" | "group";
  children: React.ReactNode;
}) {
  return (
    <svg
      className="static-chart"
      width="100%"
      height="100%"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role={role}
      aria-label={`${data.title}. ${data.summary}`}
    >
      {children}
    </svg>
  );
}
