// Lintel's upstream simulator: speaks the OpenAI and Anthropic wire formats for tests, chaos runs,
// the quickstart and benchmarks. It is not a model; every answer is synthetic and labelled as such.

export { startSimulator } from './server.ts';
export type {
  ObservedRequest,
  SimBehavior,
  SimErrorStatus,
  SimFault,
  Simulator,
  SimulatorEvent,
  SimulatorOptions,
  SimulatorStats,
} from './types.ts';
