/**
 * A small time chart drawn by uPlot (canvas). The canvas is hidden from screen readers:
 * every chart sits beside a text alternative (a sentence and a table) that says the same.
 * Colours come from the app's CSS variables, read again when the colour scheme changes;
 * nothing animates.
 */
import { use, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { useLocale } from '../../ui/i18n/i18n';
import type { Locale } from '../../lib/i18n/locales';
import { regionalLocale } from '../../lib/i18n/regional';
import { chartDateNames } from './words';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** A CSS variable name such as '--accent'. */
  colour: string;
  /** 'line' joins the points; 'points' draws dots only. */
  style: 'line' | 'points';
}

interface Props {
  /** Times in seconds (uPlot's unit), one per value. */
  x: number[];
  series: ChartSeries[];
  yRange: [number, number];
  /** Labels for whole-number y values (e.g. lanes); numbers when absent. */
  yLabels?: Record<number, string>;
  height?: number;
}

type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };
let loading: Tracked<typeof uPlot> | undefined;

/**
 * uPlot, fetched the first time a chart is drawn (the view suspends until it is here), or
 * ahead of that by the app's idle preload. A loaded promise is marked fulfilled, so React's
 * use() reads it at once instead of suspending (and holding a fallback) on the first open.
 */
export function loadUPlot(): Promise<typeof uPlot> {
  if (!loading) {
    const next: Tracked<typeof uPlot> = import('uplot').then((m) => {
      next.status = 'fulfilled';
      next.value = m.default;
      return m.default;
    });
    next.catch(() => {
      if (loading === next) loading = undefined; // offline without a cache: try again later
    });
    loading = next;
  }
  return loading;
}

/**
 * Colours by scheme and variable name. Reading computed style forces a style pass over the
 * whole new view; the variables are set on :root, so each is read once per colour scheme
 * (one getComputedStyle for all of them), not once per series of every chart.
 */
const colours = new Map<string, string>();

function cssVars(element: Element, names: readonly string[]): Map<string, string> {
  const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  const key = (name: string) => `${dark ? 'dark' : 'light'} ${name}`;
  if (names.some((name) => !colours.has(key(name)))) {
    const style = getComputedStyle(element);
    for (const name of names) {
      const value = style.getPropertyValue(name).trim();
      if (value) colours.set(key(name), value); // not set yet (no stylesheet): ask again
    }
  }
  return new Map(names.map((name) => [name, colours.get(key(name)) ?? '#888']));
}

function useColourScheme(): string {
  const [scheme, setScheme] = useState('light');
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const update = () => setScheme(query.matches ? 'dark' : 'light');
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return scheme;
}

const DAY_SECONDS = 86_400;

/**
 * The time axis's labels. English keeps uPlot's own ("11/9"), as it always had; another
 * language names the day and month its own way ("9 nov"), or the month and year when the
 * ticks are a month or more apart, so a date is never read the wrong way round.
 */
function timeAxisValues(locale: Locale): uPlot.Axis.DynamicValues | null {
  if (locale === 'en') return null;
  const days = new Intl.DateTimeFormat(regionalLocale(locale), { day: 'numeric', month: 'short' });
  const months = new Intl.DateTimeFormat(regionalLocale(locale), {
    month: 'short',
    year: 'numeric',
  });
  return (_chart, splits, _axis, _space, step) =>
    splits.map((time) => (step >= 28 * DAY_SECONDS ? months : days).format(time * 1000));
}

export function TimeChart({ x, series, yRange, yLabels, height = 220 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const scheme = useColourScheme();
  const UPlot = use(loadUPlot());
  const locale = useLocale();

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const names = chartDateNames(locale);
    const timeValues = timeAxisValues(locale);
    const vars = cssVars(element, ['--text', '--line', ...series.map((s) => s.colour)]);
    const cssVar = (_: Element, name: string) => vars.get(name) as string;
    const text = cssVar(element, '--text');
    const line = cssVar(element, '--line');
    const axis = {
      stroke: text,
      grid: { stroke: line, width: 1 },
      ticks: { stroke: line, width: 1 },
    };
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 280),
      height,
      // The time axis names months and days in the language shown.
      fmtDate: (template) => UPlot.fmtDate(template, names),
      legend: { show: true, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: yRange } },
      axes: [
        timeValues ? { ...axis, values: timeValues } : axis,
        {
          ...axis,
          size: yLabels ? 96 : 40,
          splits: () => {
            const out: number[] = [];
            for (let v = Math.ceil(yRange[0]); v <= yRange[1]; v += 1) out.push(v);
            return out;
          },
          values: (_u, splits) => splits.map((v) => yLabels?.[v] ?? String(v)),
        },
      ],
      series: [
        {},
        ...series.map((s): uPlot.Series => {
          const colour = cssVar(element, s.colour);
          return s.style === 'line'
            ? { label: s.label, stroke: colour, width: 2, spanGaps: true, points: { show: false } }
            : {
                label: s.label,
                stroke: colour,
                width: 0,
                paths: () => null,
                points: { show: true, size: 9, fill: colour, stroke: colour },
              };
        }),
      ],
    };
    const chart = new UPlot(options, [x, ...series.map((s) => s.values)], element);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(element.clientWidth, 280), height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [UPlot, x, series, yRange, yLabels, height, scheme, locale]);

  return <div className="time-chart" ref={box} aria-hidden="true" />;
}
