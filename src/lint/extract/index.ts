// Which extractor reads which kind of file. Shell scripts are read last, by the engine, so that a
// script run by a scheduler inherits its schedule and environment.

import type { FileKind } from '../classify.ts';
import type { Extractor } from './common.ts';
import { extractCrontab } from './crontab.ts';
import { extractEnv } from './env.ts';
import { extractSystemd } from './systemd.ts';
import { extractYaml } from './yaml.ts';
import { extractNix } from './nix.ts';
import { extractTerraform } from './terraform.ts';
import { extractNginx } from './nginx.ts';
import { extractJson } from './json.ts';

export const EXTRACTORS: Partial<Record<FileKind, Extractor>> = {
  crontab: (f, m) => extractCrontab(f, m, false),
  'cron.d': (f, m) => extractCrontab(f, m, true),
  env: extractEnv,
  'systemd-service': extractSystemd,
  'systemd-timer': extractSystemd,
  yaml: extractYaml,
  nix: extractNix,
  terraform: extractTerraform,
  nginx: extractNginx,
  json: extractJson,
};
