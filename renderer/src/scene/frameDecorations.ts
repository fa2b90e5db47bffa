// What an exported image or video frame carries besides the map, so a slide needs no retouching:
// the title, the date shown, the legend (mode colours), an optional caption, and a source line
// (what produced the figures). Drawn on a 2D canvas at `scale` × the 1920-px layout.

export interface LegendEntry {
  label: string;
  color: string;
}

export interface FrameDecorations {
  title: string;
  date: string;
  legendTitle: string;
  legend: readonly LegendEntry[];
  source: string;
  caption?: string | undefined;
}

/** Where the legend sits in the 1920-px layout (top-left of its box), for tests and the video. */
export const LEGEND_BOX = { right: 32, bottom: 64, swatch: 22, row: 34, padding: 16 } as const;

function panel(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number): void {
  context.fillStyle = 'rgba(8, 14, 26, 0.82)';
  context.fillRect(x, y, w, h);
}

function drawLegend(context: CanvasRenderingContext2D, d: FrameDecorations, s: number): void {
  const { width, height } = context.canvas;
  const font = `${Math.round(20 * s)}px ${context.font.split('px ').pop() ?? 'sans-serif'}`;
  context.font = font;
  const textWidth = Math.max(
    context.measureText(d.legendTitle).width,
    ...d.legend.map((entry) => context.measureText(entry.label).width + (LEGEND_BOX.swatch + 12) * s),
  );
  const boxW = textWidth + LEGEND_BOX.padding * 2 * s;
  const boxH = (LEGEND_BOX.padding * 2 + LEGEND_BOX.row * (d.legend.length + 1)) * s;
  const x = width - LEGEND_BOX.right * s - boxW;
  const y = height - LEGEND_BOX.bottom * s - boxH;
  panel(context, x, y, boxW, boxH);
  context.fillStyle = '#f2f5f8';
  context.textBaseline = 'middle';
  context.fillText(
    d.legendTitle,
    x + LEGEND_BOX.padding * s,
    y + (LEGEND_BOX.padding + LEGEND_BOX.row / 2) * s,
  );
  d.legend.forEach((entry, i) => {
    const rowY = y + (LEGEND_BOX.padding + LEGEND_BOX.row * (i + 1.5)) * s;
    context.fillStyle = entry.color;
    context.fillRect(
      x + LEGEND_BOX.padding * s,
      rowY - (LEGEND_BOX.swatch / 2) * s,
      LEGEND_BOX.swatch * s,
      LEGEND_BOX.swatch * s,
    );
    context.fillStyle = '#f2f5f8';
    context.fillText(entry.label, x + (LEGEND_BOX.padding + LEGEND_BOX.swatch + 12) * s, rowY);
  });
}

/** Draws the title and date (top left), the caption (bottom left), legend and source line. */
export function drawDecorations(context: CanvasRenderingContext2D, d: FrameDecorations, s: number): void {
  const { width, height } = context.canvas;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  context.font = `700 ${Math.round(40 * s)}px ${family}`;
  const titleW = Math.max(context.measureText(d.title).width, context.measureText(d.date).width * 0.8);
  panel(context, 24 * s, 24 * s, titleW + 48 * s, 120 * s);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'top';
  context.fillText(d.title, 48 * s, 40 * s);
  context.font = `${Math.round(32 * s)}px ${family}`;
  context.fillStyle = '#ffd37a';
  context.fillText(d.date, 48 * s, 94 * s);
  context.font = `${Math.round(20 * s)}px ${family}`;
  drawLegend(context, d, s);
  if (d.caption) {
    context.font = `${Math.round(28 * s)}px ${family}`;
    const captionW = Math.min(width * 0.62, context.measureText(d.caption).width + 48 * s);
    panel(context, 24 * s, height - 150 * s, captionW, 80 * s);
    context.fillStyle = '#ffffff';
    context.textBaseline = 'middle';
    context.fillText(d.caption, 48 * s, height - 110 * s, captionW - 48 * s);
  }
  context.font = `${Math.round(18 * s)}px ${family}`;
  context.fillStyle = 'rgba(235, 240, 248, 0.85)';
  context.textBaseline = 'bottom';
  context.fillText(d.source, 24 * s, height - 18 * s, width - 48 * s);
}
