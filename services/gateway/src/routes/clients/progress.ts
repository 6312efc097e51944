export type ProgressColour = 'grey' | 'red' | 'green';

export interface Progress {
  /** Enrolments (prospect × campaign) in the client's RUNNING campaigns. */
  total: number;
  /** Share of those enrolments that completed at least one step, 0–100, rounded down. */
  percent: number;
  colour: ProgressColour;
}

export interface ProgressCounters {
  runningCampaigns: number;
  /** Enrolments in RUNNING campaigns that completed no step yet. */
  toBeContacted: number;
  /** Enrolments in RUNNING campaigns. */
  enrolments: number;
}

/** Below this share of enrolments left to contact, running campaigns are about to run dry. */
const RED_BELOW = 0.15;

/**
 * A client's campaign progress, as docs/product.md "Client accounts" defines it: percent = (total − toBeContacted) / total;
 * grey without running campaigns, red when less than 15 % of the enrolments are left to contact, green
 * otherwise. Running campaigns without any enrolment have nobody left to contact, so they are red.
 * Counters arrive from projections that may briefly disagree; toBeContacted is held within [0, total].
 */
export function progressOf(counters: ProgressCounters): Progress {
  const total = Math.max(0, counters.enrolments);
  const toBeContacted = Math.min(Math.max(0, counters.toBeContacted), total);
  const percent = total === 0 ? 0 : Math.floor(((total - toBeContacted) * 100) / total);
  let colour: ProgressColour;
  if (counters.runningCampaigns <= 0) colour = 'grey';
  else if (total === 0 || toBeContacted / total < RED_BELOW) colour = 'red';
  else colour = 'green';
  return { total, percent, colour };
}
