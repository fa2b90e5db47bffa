// uPlot plugins of the dashboard's charts.
import type uPlot from 'uplot';

/** Shades the time span [fromSeconds, toSeconds) (a disruption window) behind the series. */
export function shadeSpanPlugin(
  fromSeconds: number,
  toSeconds: number,
  color = 'rgba(255, 170, 0, 0.18)',
): uPlot.Plugin {
  return {
    hooks: {
      drawClear: (u) => {
        const left = u.valToPos(fromSeconds, 'x', true);
        const right = u.valToPos(toSeconds, 'x', true);
        const { ctx, bbox } = u;
        const x0 = Math.max(bbox.left, Math.min(left, right));
        const x1 = Math.min(bbox.left + bbox.width, Math.max(left, right));
        if (x1 <= x0) return;
        ctx.save();
        ctx.fillStyle = color;
        ctx.fillRect(x0, bbox.top, x1 - x0, bbox.height);
        ctx.restore();
      },
    },
  };
}
