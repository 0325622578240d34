import {
  CHART_BOX,
  PREVIEW_COLORS as C,
  PREVIEW_SIZE,
  type LinkPreview,
} from "@/lib/pages/link-preview";

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

/**
 * A link preview as next/og draws it (flex boxes and text only): the kind of page, its title
 * and subtitle, the chart's marks or the headline number, and the source line.
 */
export function LinkPreviewImage({ preview }: { preview: LinkPreview }) {
  return (
    <div
      style={{
        width: PREVIEW_SIZE.width,
        height: PREVIEW_SIZE.height,
        display: "flex",
        flexDirection: "column",
        padding: 48,
        background: C.bg,
        color: C.fg,
        fontSize: 26,
      }}
    >
      <div style={{ display: "flex", color: C.muted, fontSize: 24 }}>
        Flowledger · {preview.kind}
      </div>
      <div
        style={{ display: "flex", fontSize: 50, fontWeight: 700, marginTop: 8, lineHeight: 1.15 }}
      >
        {cut(preview.title, 80)}
      </div>
      {preview.subtitle ? (
        <div style={{ display: "flex", color: C.muted, marginTop: 8, lineHeight: 1.3 }}>
          {cut(preview.subtitle, 150)}
        </div>
      ) : null}
      <div
        style={{
          display: "flex",
          position: "relative",
          flexGrow: 1,
          marginTop: 16,
          alignItems: "flex-end",
          borderBottom: `2px solid ${C.border}`,
        }}
      >
        {preview.axis ? (
          <div
            style={{
              display: "flex",
              position: "absolute",
              left: 0,
              top: 0,
              fontSize: 20,
              color: C.muted,
            }}
          >
            {cut(preview.axis, 90)}
          </div>
        ) : null}
        {preview.headline ? (
          <div
            style={{
              display: "flex",
              // Over a chart, the number stands above its marks rather than on them.
              fontSize: preview.shapes.length > 0 ? 52 : 68,
              lineHeight: 1.1,
              color: C.series[0],
              marginBottom: 12,
              alignSelf: preview.shapes.length > 0 ? "flex-start" : "flex-end",
            }}
          >
            {cut(preview.headline, 64)}
          </div>
        ) : null}
        {preview.shapes.length > 0 ? (
          <div
            style={{
              display: "flex",
              position: "absolute",
              left: 0,
              bottom: 0,
              width: CHART_BOX.width,
              height: CHART_BOX.height,
            }}
          >
            {preview.shapes.map((s, i) => (
              <div
                key={i}
                style={{
                  position: "absolute",
                  left: s.x,
                  top: s.y,
                  width: s.width,
                  height: s.height,
                  background: s.color,
                  borderRadius: s.round ? 999 : 0,
                }}
              />
            ))}
            {preview.shapes.map((s, i) =>
              s.label ? (
                <div
                  key={`label-${i}`}
                  style={{
                    position: "absolute",
                    display: "flex",
                    justifyContent: s.labelSide === "left" ? "flex-end" : "flex-start",
                    left: s.labelSide === "left" ? s.x - 408 : s.x + s.width + 8,
                    top: s.y + s.height / 2 - 13,
                    width: 400,
                    fontSize: 20,
                    color: C.fg,
                  }}
                >
                  {cut(s.label, 40)}
                </div>
              ) : null,
            )}
          </div>
        ) : null}
      </div>
      <div style={{ display: "flex", color: C.muted, fontSize: 22, marginTop: 14 }}>
        {cut(preview.source, 130)}
      </div>
    </div>
  );
}
