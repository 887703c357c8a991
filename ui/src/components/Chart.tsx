// A uPlot time-series chart: created once, updated with setData, destroyed on unmount, resized with its box.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export default function Chart({
  title,
  x,
  series,
  height = 180,
  format,
  range,
}: {
  title: string;
  /** The time range shown (epoch ms); default: the data's extent. */
  range?: [number, number];
  /** Epoch ms. */
  x: number[];
  series: ChartSeries[];
  height?: number;
  format?: (v: number) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const data: uPlot.AlignedData = [x.map((t) => t / 1000), ...series.map((s) => s.values)];
  const shape = series.map((s) => s.label).join('|');

  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilt only when the series set changes; data goes through setData
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: true },
      scales: range ? { x: { time: true, range: () => [range[0] / 1000, range[1] / 1000] } } : undefined,
      axes: [
        { stroke: 'currentColor', grid: { stroke: 'rgba(128,128,128,0.2)' } },
        {
          stroke: 'currentColor',
          grid: { stroke: 'rgba(128,128,128,0.2)' },
          size: 70,
          values: (_u, vals) => vals.map((v) => (format ? format(v) : String(v))),
        },
      ],
      series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, fill: `${s.color}22` }))],
    };
    plot.current = new uPlot(opts, data, el);
    const ro = new ResizeObserver(() => plot.current?.setSize({ width: Math.max(200, el.clientWidth), height }));
    ro.observe(el);
    return () => {
      ro.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [shape, height, range?.[0], range?.[1]]);

  useEffect(() => {
    plot.current?.setData(data);
  });

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} role="img" aria-label={`${title} chart`} />
    </figure>
  );
}
