// A uPlot chart in React: created once per options object, fed new data without re-creating,
// resized with its box. A vertical line follows the playback week (drawn by uPlot from a ref, so
// the playback never re-renders React).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { currentWeekIndex, subscribeWeekIndex } from '../../state/mapBridge.ts';

export interface UPlotChartProps {
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  /** The x value (uPlot units) of each playback week, for the cursor line; omit for no line. */
  weekX?: ArrayLike<number> | undefined;
  height?: number;
  label: string;
}

function weekLinePlugin(weekX: { current: ArrayLike<number> | undefined }): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const week = currentWeekIndex();
        const x = week === undefined ? undefined : weekX.current?.[week];
        if (x === undefined) return;
        const left = Math.round(u.valToPos(x, 'x', true));
        const { ctx, bbox } = u;
        ctx.save();
        ctx.strokeStyle = '#d33';
        ctx.lineWidth = 2 * devicePixelRatio;
        ctx.beginPath();
        ctx.moveTo(left, bbox.top);
        ctx.lineTo(left, bbox.top + bbox.height);
        ctx.stroke();
        ctx.restore();
      },
    },
  };
}

/**
 * The axes drawn in the page's font family (the bundled Noto Sans and Noto Sans SC first), not
 * uPlot's default of system fonts, which names no CJK font: Chinese tick and axis labels showed
 * as empty boxes where none is installed. An axis's own font stays.
 */
export function withPageFont(axes: uPlot.Axis[] | undefined, family: string): uPlot.Axis[] {
  const fonts = { font: `12px ${family || 'sans-serif'}`, labelFont: `bold 12px ${family || 'sans-serif'}` };
  return (axes ?? [{}, {}]).map((axis) => ({ ...fonts, ...axis }));
}

export function UPlotChart({ options, data, weekX, height = 220, label }: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | undefined>(undefined);
  const weekXRef = useRef(weekX);
  const dataRef = useRef(data);
  useEffect(() => {
    weekXRef.current = weekX;
    dataRef.current = data;
    chart.current?.setData(data);
  }, [data, weekX]);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const width = Math.max(200, element.clientWidth);
    const plot = new uPlot(
      {
        ...options,
        axes: withPageFont(options.axes, getComputedStyle(element).fontFamily),
        width,
        height,
        plugins: [...(options.plugins ?? []), weekLinePlugin(weekXRef)],
      },
      dataRef.current,
      element,
    );
    // Canvas text drawn before its font piece has loaded keeps the fallback (boxes for Chinese
    // where no CJK font is installed): draw again once fonts have loaded.
    const redraw = (): void => plot.redraw(false, true);
    document.fonts?.addEventListener('loadingdone', redraw);
    chart.current = plot;
    const resize = new ResizeObserver(() =>
      plot.setSize({ width: Math.max(200, element.clientWidth), height }),
    );
    resize.observe(element);
    const unsubscribe = subscribeWeekIndex(() => plot.redraw(false, false));
    return () => {
      document.fonts?.removeEventListener('loadingdone', redraw);
      unsubscribe();
      resize.disconnect();
      plot.destroy();
      chart.current = undefined;
    };
  }, [options, height]);
  return <div ref={box} className="uplot-box" role="img" aria-label={label} />;
}
