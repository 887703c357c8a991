// Writes the generated deployment files: Prometheus rules and the Grafana dashboard (npm run ops:render).
// deploy.test.ts fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../guardrails/data-path.ts';
import { renderAlertRules } from './alert-rules.ts';
import { renderDashboard } from './dashboard.ts';

export const GENERATED = {
  'deploy/prometheus/lintel-rules.yaml': () => renderAlertRules(),
  'deploy/grafana/lintel.json': () => `${JSON.stringify(renderDashboard(), null, 2)}\n`,
} as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [file, render] of Object.entries(GENERATED)) {
    writeFileSync(join(repoRoot(), file), render());
    console.log(`wrote ${file}`);
  }
}
