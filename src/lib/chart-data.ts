/** Rows for the site's charts, from claims: sourcing and rating breakdowns, coverage by outlet. */
import { statuses, type Status } from '../schema';
import { statusLabel, t } from './format';
import type { Claim, OutletIndex } from './index-corpus';
import type { RatingScale } from './rating';
import { notRated, offScaleColour, standingOf } from './standing';

export interface BarSegment {
  name: string;
  value: number;
  /** A CSS colour, or a `var(--…)` of the stylesheet so the chart follows light and dark mode. */
  fill: string;
}
export interface BarRow {
  label: string;
  segments: BarSegment[];
}

/** Bar colours of the statuses: the badge's text colour, which contrasts with the page in both modes. */
export const statusFill: Record<Status, string> = {
  corroborated: 'var(--ok-fg)',
  'single-source': 'var(--single-fg)',
  attributed: 'var(--attr-fg)',
  disputed: 'var(--dispute-fg)',
};

export function sourcingRows(claims: readonly Claim[]): BarRow[] {
  return statuses
    .map((status) => ({ status, n: claims.filter((c) => c.status === status).length }))
    .filter(({ n }) => n > 0)
    .map(({ status, n }) => ({ label: statusLabel(status), segments: [{ name: t.chart.claims, value: n, fill: statusFill[status] }] }));
}

/** One row per rating used, in the scale's order, then labels off the scale, then the unrated. */
export function ratingRows(claims: readonly Claim[], scale: RatingScale): BarRow[] {
  const counts = new Map<string, { n: number; fill: string }>();
  for (const claim of claims) {
    const standing = standingOf(claim, scale);
    const label = standing.kind === 'rating' ? standing.label : notRated;
    const fill = standing.kind === 'rating' ? standing.background : 'var(--muted)';
    counts.set(label, { n: (counts.get(label)?.n ?? 0) + 1, fill });
  }
  const order = [...scale.labels.map((l) => l.label), ...[...counts.keys()].filter((l) => l !== notRated && !scale.labels.some((s) => s.label === l)).sort(), notRated];
  return order.filter((label) => counts.has(label)).map((label) => ({ label, segments: [{ name: t.chart.claims, value: counts.get(label)!.n, fill: counts.get(label)!.fill ?? offScaleColour }] }));
}

/** Per outlet: claims also reported elsewhere, and claims only it reports. */
export function coverageRows(outlets: readonly OutletIndex[]): BarRow[] {
  return outlets.map((outlet) => {
    const shared = outlet.claims.filter((c) => c.outlets.length > 1).length;
    return {
      label: outlet.name,
      segments: [
        { name: t.chart.alsoElsewhere, value: shared, fill: 'var(--ok-fg)' },
        { name: t.chart.onlyThisOutlet, value: outlet.claims.length - shared, fill: 'var(--muted)' },
      ],
    };
  });
}

/** The day each claim refers to, else the day it was first reported. */
export const claimDay = (claim: Pick<Claim, 'date' | 'sources' | 'updated'>): string => claim.date ?? claim.sources.map((s) => s.published).filter(Boolean).sort()[0] ?? claim.updated;
