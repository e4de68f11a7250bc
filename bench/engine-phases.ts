/** The engine's phases as the benchmark times them, in the order checkSheet runs them. */
export const PHASES = ['read', 'classify', 'rules', 'hash', 'report', 'submission'] as const;
export type Phase = (typeof PHASES)[number];
