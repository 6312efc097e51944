#!/usr/bin/env node
// Puts the last `make faults` run into docs/reliability.md: one table row per scenario from the
// figures each scenario wrote to .run/faults/<scenario>.json, between the results markers.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dir = path.join(root, '.run/faults');
const doc = path.join(root, 'docs/reliability.md');
const BEGIN = '<!-- faults results -->';
const END = '<!-- /faults results -->';

const results = fs.existsSync(dir)
  ? fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')))
  : [];
if (results.length === 0) {
  console.error('No figures in .run/faults: run `make faults` first.');
  process.exit(1);
}

const cell = (text) => String(text).replace(/\|/g, '\\|');
const rows = results.map((result) => {
  const figures = Object.entries(result.figures)
    .map(([name, value]) => `${name}: **${cell(value)}**`)
    .join('<br>');
  return `| ${cell(result.title)} | ${figures} | ${result.passed ? 'passed' : '**failed**'} | ${result.finishedAt} |`;
});
const block = [
  BEGIN,
  '',
  `Last run on ${os.cpus().length} cores (${cell(os.cpus()[0]?.model ?? 'unknown CPU')}), load average ` +
    `${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(' / ')} when the report was written.`,
  '',
  '| scenario | figures | result | finished |',
  '| --- | --- | --- | --- |',
  ...rows,
  '',
  END,
].join('\n');

const text = fs.readFileSync(doc, 'utf8');
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${doc} has no ${BEGIN} … ${END} block to replace.`);
  process.exit(1);
}
// Formatted as `make lint` checks it: prettier aligns the table.
(async () => {
  const prettier = require('prettier');
  const options = { ...(await prettier.resolveConfig(doc)), filepath: doc };
  const next = text.slice(0, start) + block + text.slice(end + END.length);
  fs.writeFileSync(doc, await prettier.format(next, options));
  console.log(
    `docs/reliability.md: ${results.length} scenario(s), ${results.filter((r) => !r.passed).length} failed`,
  );
  process.exit(results.every((result) => result.passed) ? 0 : 1);
})();
