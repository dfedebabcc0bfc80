// Three kinds of failure, never mixed: findings (exit 1), UsageError (exit 2: bad arguments or
// config, the message says what to do), InternalError (exit 3: a bug, naming rule and file).

export class UsageError extends Error {
  override name = 'UsageError';
}

export class InternalError extends Error {
  override name = 'InternalError';
}

export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;
