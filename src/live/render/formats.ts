/** The health report's output formats (a module of its own so the CLI can list them without loading the renderers). */
export const HEALTH_FORMATS = ['text', 'json', 'markdown', 'slack'] as const;
export type HealthFormat = (typeof HEALTH_FORMATS)[number];
