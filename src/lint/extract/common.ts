import type { Env, Invocation, ProjectModel, Scheduler } from '../model.ts';
import type { SourceFile } from '../source.ts';
import { invocationsFromShell } from './shell-commands.ts';

/** An extractor reads one kind of file into the model. It never throws on bad input. */
export type Extractor = (file: SourceFile, model: ProjectModel) => void;

/**
 * Adds a scheduler entry that runs `command` (shell text at file offsets `offsets`): its
 * invocations, and the scripts it calls so their commands inherit the schedule.
 */
export function addScheduledShell(
  model: ProjectModel,
  file: SourceFile,
  scheduler: Scheduler,
  command: string,
  offsets: number[] | undefined,
  env: Env,
  confidence: 'high' | 'low' = 'high',
  reportSyntax = true,
): Invocation[] {
  model.schedulers.push(scheduler);
  const invs = invocationsFromShell(command, offsets, { file, env, scheduler, confidence, problems: reportSyntax ? model.parseProblems : undefined });
  addInvocations(model, invs);
  return invs;
}

export function addInvocations(model: ProjectModel, invs: Invocation[]): void {
  for (const inv of invs) {
    model.invocations.push(inv);
    const head = inv.argv[0]?.value;
    if (inv.scheduler && head && !inv.tootctl && /\//.test(head) && !head.endsWith('/tootctl')) {
      model.scriptCalls.push({ path: head, scheduler: inv.scheduler, env: inv.env });
    } else if (inv.scheduler && head && /\.(sh|bash)$/.test(head)) {
      model.scriptCalls.push({ path: head, scheduler: inv.scheduler, env: inv.env });
    }
    // `bash /path/script.sh` and `sh script.sh`
    const second = inv.argv[1]?.value;
    if (inv.scheduler && head && /(^|\/)(ba|da|z)?sh$/.test(head) && second && !second.startsWith('-')) {
      model.scriptCalls.push({ path: second, scheduler: inv.scheduler, env: inv.env });
    }
  }
}

/** Offsets of `text` taken verbatim from `start` in the file. */
export function straightOffsets(start: number, length: number): number[] {
  const a = new Array<number>(length + 1);
  for (let i = 0; i <= length; i++) a[i] = start + i;
  return a;
}
