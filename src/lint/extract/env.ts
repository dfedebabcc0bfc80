import { parseEnv } from '../parse/env.ts';
import type { Extractor } from './common.ts';

export const extractEnv: Extractor = (file, model) => {
  const env = parseEnv(file);
  model.envFiles.push(env);
  for (const p of env.problems) model.parseProblems.push({ ...p, severity: 'warning' });
};
