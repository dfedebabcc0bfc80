// Decides what a file is from its path (and, for scripts without an extension, its shebang), and
// whether its text can matter at all: the pre-filter that keeps a 10,000-file repo fast.

export type FileKind =
  | 'crontab' // user crontab: five fields then the command
  | 'cron.d' // /etc/crontab and /etc/cron.d: a user field before the command
  | 'cron-script' // /etc/cron.daily etc.: scripts run by run-parts
  | 'shell'
  | 'systemd-service'
  | 'systemd-timer'
  | 'yaml'
  | 'nix'
  | 'env'
  | 'terraform'
  | 'nginx'
  | 'json';

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i === -1 ? p : p.slice(i + 1);
}

const SHEBANG_SHELL = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:ba|da|k|z)?sh\b/;

/** Kinds by path alone; `head` is the start of the file, for shebangs. */
export function classify(path: string, head: string): FileKind | null {
  const name = basename(path);
  const lower = name.toLowerCase();
  const dirs = path.split('/').slice(0, -1);
  const parent = dirs[dirs.length - 1] ?? '';

  if (/^\.env($|\.)/.test(lower) || /\.env(\.(j2|jinja2?|tpl|tmpl|template|sample|example|erb))?$/.test(lower) || /^env\.production/.test(lower)) {
    return 'env';
  }
  if (lower === 'crontab' && parent === 'etc') return 'cron.d';
  if (parent === 'cron.d') return 'cron.d';
  if (/^cron\.(hourly|daily|weekly|monthly)$/.test(parent)) return 'cron-script';
  if (lower === 'crontab' || lower.endsWith('.crontab') || lower.endsWith('.cron') || parent === 'crontabs') return 'crontab';
  if (lower.endsWith('.service')) return 'systemd-service';
  if (lower.endsWith('.timer')) return 'systemd-timer';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  if (lower.endsWith('.nix')) return 'nix';
  if (lower.endsWith('.tf') || lower.endsWith('.tfvars')) return 'terraform';
  if (lower.endsWith('.json')) return 'json';
  // The Docker nginx image's envsubst templates.
  if (lower.endsWith('.conf.template') && dirs.includes('nginx')) return 'nginx';
  if (lower.endsWith('.conf') && (dirs.includes('nginx') || lower.includes('nginx') || /^(sites|conf)/.test(parent))) return 'nginx';
  if (parent.startsWith('sites-') || lower === 'nginx.conf') return 'nginx';
  if (/\.(sh|bash|zsh|ksh)$/.test(lower)) return 'shell';
  if (!name.includes('.') && SHEBANG_SHELL.test(head)) return 'shell';
  if (lower.endsWith('.j2') || lower.endsWith('.tpl')) {
    // Templates of the formats above: classify by the name without the template extension.
    const inner = path.replace(/\.(j2|tpl)$/i, '');
    if (inner !== path) return classify(inner, head);
  }
  return null;
}

/**
 * Words whose absence means a file cannot hold anything the rules look for. Env and crontab files
 * are always read: their own syntax is checked. The match is on bytes, before any parsing.
 */
const INTERESTING = /tootctl|mastodon|public\/system|s3cmd|rclone|aws\s+s3|\bmc\s+(rm|rb)\b|gsutil|mediaAutoRemove|periodicMaintenance|removeMedia|S3_|aws_s3|AWS::S3|proxy_pass|"(Rules|Statement|ObjectOwnership|BlockPublicAcls)"\s*:/i;

export function mayMatter(kind: FileKind, text: string): boolean {
  // Terraform variables and locals files give bucket names their values even without S3 words.
  if (kind === 'env' || kind === 'crontab' || kind === 'cron.d' || kind === 'terraform') return true;
  // An nginx.conf with only `http { resolver ...; include sites-enabled/*; }` gives its sites their context.
  if (kind === 'nginx') return /proxy_|resolver|include|server|mastodon/.test(text);
  return INTERESTING.test(text);
}
