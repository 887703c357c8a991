// For tests of role-play setups: whether either default detector (injection or harmful request) flags a
// user message, as the gateway's input guards would see it.
import { createInjectionDetector } from '../detectors/injection/index.ts';
import { createHarmfulDetector } from '../detectors/topics/index.ts';
import { createTextView } from '../normalize/view.ts';

const inj = createInjectionDetector();
const harm = createHarmfulDetector();

export function eitherGuardFlags(text: string): boolean {
  const input = { view: createTextView(text), stage: 'input' as const, ctx: {} };
  return inj.detect(input).length + harm.detect(input).length > 0;
}
