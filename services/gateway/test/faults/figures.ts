import fs from 'node:fs';
import path from 'node:path';

/**
 * What one fault scenario measured, written to `.run/faults/<scenario>.json` as it ends, pass or fail,
 * so `tools/faults-report.js` can put the last run's table into docs/reliability.md.
 */
export interface ScenarioFigures {
  /** Stable and short, e.g. `nats-outage`: the file name and the table's row key. */
  scenario: string;
  /** One line a reader of docs/reliability.md understands without the code. */
  title: string;
  /** Figures in the order they should be read, e.g. { 'events sent': 10000, duplicates: 0 }. */
  figures: Record<string, number | string>;
  /** Every loss check of the scenario held. */
  passed: boolean;
}

export const FIGURES_DIR = path.resolve(__dirname, '../../../../.run/faults');

/** Writes the scenario's figures and prints them, so a run's log holds them too. */
export function recordFigures(result: ScenarioFigures): void {
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  const written = { ...result, finishedAt: new Date().toISOString() };
  fs.writeFileSync(
    path.join(FIGURES_DIR, `${result.scenario}.json`),
    `${JSON.stringify(written, null, 2)}\n`,
  );
  const lines = Object.entries(result.figures).map(([name, value]) => `  ${name}: ${value}`);
  process.stdout.write(
    `[faults] ${result.scenario} ${result.passed ? 'passed' : 'FAILED'}\n${lines.join('\n')}\n`,
  );
}
