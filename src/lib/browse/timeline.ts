/**
 * The timeline of meetings: how many meetings each year, with which counterparts, as numbers (for a table)
 * and as the geometry of a stacked bar chart (for an SVG drawn at build time). The busiest counterparts get a
 * series each; the rest are summed as "other" so the chart stays readable with dozens of countries.
 */
import type { Lang } from '../../schemas/common.ts';
import type { Archive } from '../model/archive.ts';
import { t } from '../i18n/index.ts';

export const MAX_SERIES = 5;

export interface TimelineSeries {
  /** Country code, or `other`. */
  key: string;
  label: string;
  /** Position in the palette (CSS classes `series-0` …). */
  index: number;
}

export interface TimelineData {
  years: string[];
  series: TimelineSeries[];
  /** counts[year][series key]; a meeting with two counterparts counts for each. */
  counts: Record<string, Record<string, number>>;
  /** Meetings per year (each meeting once). */
  totals: Record<string, number>;
}

/** Every year from the first meeting to the last (empty years included, so gaps show), oldest first. */
export function timelineData(archive: Archive, lang: Lang): TimelineData {
  const meetings = archive.input.meetings;
  if (!meetings.length) return { years: [], series: [], counts: {}, totals: {} };
  const byCountry = new Map<string, number>();
  for (const m of meetings) for (const c of m.counterparts) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  const ranked = [...byCountry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const shown = ranked.slice(0, ranked.length > MAX_SERIES ? MAX_SERIES - 1 : MAX_SERIES).map(([c]) => c);
  const series: TimelineSeries[] = shown.map((c, index) => ({ key: c, label: archive.country(c).name[lang], index }));
  if (ranked.length > shown.length) series.push({ key: 'other', label: t(lang).timeline.other, index: series.length });

  const dates = meetings.map((m) => Number(m.date.slice(0, 4)));
  const first = Math.min(...dates);
  const last = Math.max(...dates);
  const years = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const counts: TimelineData['counts'] = Object.fromEntries(years.map((y) => [y, Object.fromEntries(series.map((s) => [s.key, 0]))]));
  const totals: TimelineData['totals'] = Object.fromEntries(years.map((y) => [y, 0]));
  for (const m of meetings) {
    const y = m.date.slice(0, 4);
    totals[y]!++;
    for (const c of m.counterparts) counts[y]![shown.includes(c) ? c : 'other']!++;
  }
  return { years, series, counts, totals };
}

export interface Bar {
  year: string;
  x: number;
  width: number;
  segments: { key: string; index: number; y: number; height: number; count: number }[];
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  /** Horizontal grid lines with their values. */
  ticks: { value: number; y: number }[];
  /** Year labels, thinned so they do not overlap. */
  labels: { year: string; x: number }[];
}

/** The stacked bars' rectangles in an SVG coordinate space of the given size. */
export function chartGeometry(data: TimelineData, width = 720, height = 260): ChartGeometry {
  const plot = { left: 36, top: 10, width: width - 46, height: height - 40 };
  const stackTotal = (y: string) => Object.values(data.counts[y] ?? {}).reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...data.years.map(stackTotal));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const slot = data.years.length ? plot.width / data.years.length : 0;
  const barWidth = Math.max(1, slot * 0.7);
  const scale = (n: number) => (n / top) * plot.height;
  const bars = data.years.map((year, i) => {
    let base = plot.top + plot.height;
    const segments = data.series
      .map((s) => ({ s, count: data.counts[year]?.[s.key] ?? 0 }))
      .filter(({ count }) => count > 0)
      .map(({ s, count }) => {
        const h = scale(count);
        base -= h;
        return { key: s.key, index: s.index, y: round(base), height: round(h), count };
      });
    return { year, x: round(plot.left + i * slot + (slot - barWidth) / 2), width: round(barWidth), segments };
  });
  const ticks = Array.from({ length: Math.floor(top / step) + 1 }, (_, k) => ({ value: k * step, y: round(plot.top + plot.height - scale(k * step)) }));
  const every = Math.max(1, Math.ceil(data.years.length / Math.floor(plot.width / 40)));
  const labels = data.years
    .filter((_, i) => i % every === 0 || i === data.years.length - 1)
    .map((year) => ({ year, x: round(plot.left + data.years.indexOf(year) * slot + slot / 2) }));
  return { width, height, plot, bars, ticks, labels };
}

function niceStep(max: number): number {
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const n = raw / power;
  return Math.max(1, (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power);
}

const round = (n: number) => Math.round(n * 10) / 10;
