// `executeServerCommand('civic-fc')`: the fast-check settings of the model-based tests, from the
// environment of `npm test` (the browser cannot read it): CIVIC_FC_SEED to replay a failure,
// CIVIC_FC_RUNS for a longer local run. Absent or invalid: null (the test's fixed defaults).
const int = (v) => (v !== undefined && /^-?\d+$/.test(v.trim()) ? Number(v) : null);

export function fcPlugin() {
  return {
    name: 'civic-fc',
    executeCommand({ command }) {
      if (command !== 'civic-fc') return undefined;
      return { seed: int(process.env.CIVIC_FC_SEED), runs: int(process.env.CIVIC_FC_RUNS) };
    },
  };
}
