// Scores and their 95 % confidence intervals as the lifecycle pages print them.
export const ci = (c: [number, number] | null | undefined) => (c ? `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]` : '—');
export const score = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(3));
