import { test } from 'node:test';
import assert from 'node:assert/strict';
import { invocationsFromShell } from '../../../src/lint/extract/shell-commands.ts';
import { emptyEnv, type Env, type Invocation } from '../../../src/lint/model.ts';
import { SourceFile } from '../../../src/lint/source.ts';

/** Extracts `src` as a script file; `cronEnv` plays the variables a crontab set before it. */
function extract(src: string, cronEnv: Record<string, string> = {}, kind: Env['kind'] = 'complete'): Invocation[] {
  const file = new SourceFile('bin/job.sh', src);
  const env = emptyEnv(kind);
  for (const [k, v] of Object.entries(cronEnv)) env.vars.set(k, { value: v, source: 'crontab line 1' });
  return invocationsFromShell(src, undefined, { file, env, scheduler: null });
}

function argv(inv: Invocation | undefined): (string | null)[] {
  return inv ? inv.argv.map((w) => w.value) : [];
}

function written(src: string, inv: Invocation | undefined): string[] {
  return inv ? inv.argv.map((w) => src.slice(w.span.start.offset, w.span.end.offset)) : [];
}

function vars(inv: Invocation | undefined): Record<string, string | null> {
  return inv ? Object.fromEntries([...inv.env.vars].map(([k, v]) => [k, v.value])) : {};
}

function tootctl(invs: Invocation[]): Invocation | undefined {
  return invs.find((i) => i.tootctl);
}

test('sudo -u mastodon: the command after the options; the environment is reset, with a note', () => {
  const src = 'sudo -u mastodon -H /home/mastodon/live/bin/tootctl media remove --days 14';
  const inv = tootctl(extract(src, { RAILS_ENV: 'production' }));
  assert.deepEqual(argv(inv), ['/home/mastodon/live/bin/tootctl', 'media', 'remove', '--days', '14']);
  assert.deepEqual(written(src, inv), ['/home/mastodon/live/bin/tootctl', 'media', 'remove', '--days', '14']);
  assert.deepEqual(inv!.via, ['sudo -u mastodon']);
  assert.deepEqual(vars(inv), {});
  assert.equal(inv!.env.kind, 'complete');
  assert.deepEqual(inv!.env.notes, ['sudo resets the environment']);
});

test('sudo: -E and --preserve-env keep the environment; -i reads a login profile (opaque)', () => {
  const keep = tootctl(extract('sudo -E -u mastodon bin/tootctl media remove', { RAILS_ENV: 'production' }));
  assert.deepEqual(vars(keep), { RAILS_ENV: 'production' });
  const list = tootctl(extract('sudo --preserve-env=RAILS_ENV -u mastodon bin/tootctl media remove', { RAILS_ENV: 'production' }));
  assert.deepEqual(vars(list), { RAILS_ENV: 'production' });
  const login = tootctl(extract('sudo -u mastodon -i bin/tootctl media remove', { RAILS_ENV: 'production' }));
  assert.deepEqual(argv(login), ['bin/tootctl', 'media', 'remove']);
  assert.equal(login!.env.kind, 'opaque');
});

test('sudo: NAME=value before sudo is dropped, after it is kept; "--" ends the options', () => {
  const before = tootctl(extract('RAILS_ENV=production sudo -u mastodon bin/tootctl media remove'));
  assert.deepEqual(vars(before), {});
  const src = 'sudo -u mastodon RAILS_ENV=production bin/tootctl media remove';
  const after = tootctl(extract(src));
  assert.deepEqual(vars(after), { RAILS_ENV: 'production' });
  assert.equal(after!.env.vars.get('RAILS_ENV')?.source, 'sudo argument');
  const span = after!.env.vars.get('RAILS_ENV')!.span!;
  assert.equal(src.slice(span.start.offset, span.end.offset), 'RAILS_ENV=production');
  assert.deepEqual(argv(tootctl(extract('sudo -- bin/tootctl media remove'))), ['bin/tootctl', 'media', 'remove']);
});

test('sudo -iu mastodon: combined short options still take the user', () => {
  const inv = extract('sudo -iu mastodon /home/mastodon/live/bin/tootctl media remove --prune-profiles')[0];
  assert.deepEqual(argv(inv), ['/home/mastodon/live/bin/tootctl', 'media', 'remove', '--prune-profiles']);
  assert.deepEqual(inv?.via, ['sudo -u mastodon']);
  assert.equal(inv?.env.kind, 'opaque');
});

test('su - mastodon -c: the script string is lexed in place; a login shell makes the environment opaque', () => {
  const src = "su - mastodon -c 'cd /home/mastodon/live && bin/tootctl media remove --days 30'";
  const invs = extract(src, { RAILS_ENV: 'production' });
  assert.deepEqual(invs.map(argv), [['cd', '/home/mastodon/live'], ['bin/tootctl', 'media', 'remove', '--days', '30']]);
  assert.deepEqual(written(src, invs[1]), ['bin/tootctl', 'media', 'remove', '--days', '30']);
  assert.deepEqual(invs[1]!.via, ['su -c']);
  assert.equal(invs[1]!.env.kind, 'opaque');
  // Without "-" su keeps the caller's environment.
  const plain = tootctl(extract("su mastodon -c 'bin/tootctl media remove'", { RAILS_ENV: 'production' }));
  assert.deepEqual(vars(plain), { RAILS_ENV: 'production' });
  assert.equal(plain!.env.kind, 'complete');
  const runuser = tootctl(extract('runuser -u mastodon -- /home/mastodon/live/bin/tootctl media remove'));
  assert.deepEqual(runuser!.via, ['runuser']);
});

test('bash -c, -lc, -ec and sh -c: words inside single and double quotes map to the file', () => {
  const src = `bash -lc 'cd ~/live && RAILS_ENV=production bin/tootctl media remove --days 30'; sh -c "bin/tootctl media remove --prune-profiles"`;
  const invs = extract(src);
  const [lc, c] = invs.filter((i) => i.tootctl);
  assert.deepEqual(lc!.via, ['bash -lc']);
  assert.equal(lc!.env.kind, 'opaque');
  assert.deepEqual(vars(lc), { RAILS_ENV: 'production' });
  assert.deepEqual(written(src, lc), ['bin/tootctl', 'media', 'remove', '--days', '30']);
  assert.deepEqual(c!.via, ['sh -c']);
  assert.equal(c!.env.kind, 'complete');
  assert.deepEqual(written(src, c), ['bin/tootctl', 'media', 'remove', '--prune-profiles']);
  const ec = tootctl(extract("/bin/bash -ec 'bin/tootctl accounts cull'"));
  assert.deepEqual(ec!.via, ['bash -ec']);
});

test('bash script.sh is not unwrapped: the script is linted as its own file', () => {
  assert.deepEqual(extract('bash /home/mastodon/bin/prune.sh --days 3').map(argv), [['bash', '/home/mastodon/bin/prune.sh', '--days', '3']]);
});

test('nested bash -c strings unwrap to the innermost command', () => {
  const src = `bash -c "sudo -u mastodon bash -c 'cd live && bin/tootctl media remove --remove-headers'"`;
  const inv = tootctl(extract(src));
  assert.deepEqual(inv!.via, ['bash -c', 'sudo -u mastodon', 'bash -c']);
  assert.deepEqual(written(src, inv), ['bin/tootctl', 'media', 'remove', '--remove-headers']);
  const deep = `bash -c 'bash -c "bash -c \\"bash -c bin/tootctl\\""'`;
  assert.doesNotThrow(() => extract(deep));
  assert.doesNotThrow(() => extract(`${"bash -c '".repeat(200)}bin/tootctl media remove`));
});

test('env: assignments, -i, -u and -S', () => {
  const set = tootctl(extract('env RAILS_ENV=production /home/mastodon/live/bin/tootctl media remove'));
  assert.deepEqual(vars(set), { RAILS_ENV: 'production' });
  assert.deepEqual(set!.via, ['env']);
  const cleared = tootctl(extract('env -i PATH=/usr/bin bin/tootctl media remove', { RAILS_ENV: 'production' }));
  assert.deepEqual(vars(cleared), { PATH: '/usr/bin' });
  const unset = tootctl(extract('env -u RAILS_ENV bin/tootctl media remove', { RAILS_ENV: 'production' }));
  assert.deepEqual(vars(unset), {});
  const split = tootctl(extract("env -S 'RAILS_ENV=production bin/tootctl media remove'"));
  assert.deepEqual(vars(split), { RAILS_ENV: 'production' });
});

test('docker compose exec, docker exec, podman and kubectl exec: the command in the container', () => {
  const cases: [string, string, string[]][] = [
    ['docker compose exec -T web tootctl media remove --days 14', 'docker compose exec', ['tootctl', 'media', 'remove', '--days', '14']],
    ['docker-compose -f /opt/mastodon/docker-compose.yml exec web bin/tootctl media remove', 'docker-compose exec', ['bin/tootctl', 'media', 'remove']],
    ['docker compose run --rm web bin/tootctl accounts cull', 'docker compose run', ['bin/tootctl', 'accounts', 'cull']],
    ['docker exec -i -u mastodon mastodon_web_1 bin/tootctl media remove', 'docker exec', ['bin/tootctl', 'media', 'remove']],
    ['podman exec mastodon-web tootctl media remove', 'podman exec', ['tootctl', 'media', 'remove']],
    ['kubectl -n mastodon exec deploy/mastodon-web -c web -- bin/tootctl media remove', 'kubectl exec', ['bin/tootctl', 'media', 'remove']],
  ];
  for (const [src, via, want] of cases) {
    const inv = tootctl(extract(src, { RAILS_ENV: 'development' }));
    assert.deepEqual(argv(inv), want, src);
    assert.deepEqual(inv!.via, [via], src);
    // The container's environment is the image's, not the caller's.
    assert.equal(inv!.env.kind, 'container', src);
    assert.deepEqual(vars(inv), {}, src);
  }
  const e = tootctl(extract('docker compose exec -e RAILS_ENV=development web tootctl media remove'));
  assert.deepEqual(vars(e), { RAILS_ENV: 'development' });
  const file = tootctl(extract('docker compose exec --env-file prod.env web tootctl media remove'));
  assert.equal(file!.env.kind, 'opaque');
});

test('bundle exec, ruby and process wrappers', () => {
  const src = 'cd /home/mastodon/live && RAILS_ENV=production /home/mastodon/.rbenv/shims/bundle exec bin/tootctl media remove';
  const inv = tootctl(extract(src));
  assert.deepEqual(argv(inv), ['bin/tootctl', 'media', 'remove']);
  assert.deepEqual(inv!.via, ['bundle exec']);
  assert.deepEqual(vars(inv), { RAILS_ENV: 'production' });
  assert.deepEqual(argv(tootctl(extract('ruby bin/tootctl media remove'))), ['bin/tootctl', 'media', 'remove']);
  const wrapped = tootctl(extract('timeout 2h flock -n /tmp/prune.lock chronic ionice -c3 nice -n 19 bin/tootctl media remove'));
  assert.deepEqual(wrapped!.via, ['timeout', 'flock', 'chronic', 'ionice', 'nice']);
  assert.deepEqual(argv(wrapped), ['bin/tootctl', 'media', 'remove']);
});

test('only a command that runs tootctl is parsed as tootctl', () => {
  const invs = extract('echo tootctl media remove --prune-profiles\ngrep tootctl /etc/crontab\nlogger "bin/tootctl media remove"');
  assert.equal(invs.length, 3);
  assert.ok(invs.every((i) => !i.tootctl));
});

test('variables: shell assignments and ${VAR:-default} resolve; unknown words stay null with their text', () => {
  const src = 'DAYS=45\nbin/tootctl media remove --days $DAYS\nbin/tootctl media remove --days ${KEEP:-7}\nbin/tootctl media remove --days "$1"';
  const invs = extract(src);
  assert.deepEqual(invs.map(argv), [
    ['bin/tootctl', 'media', 'remove', '--days', '45'],
    ['bin/tootctl', 'media', 'remove', '--days', '7'],
    ['bin/tootctl', 'media', 'remove', '--days', null],
  ]);
  assert.equal(invs[0]!.argv[4]!.text, '45');
  assert.equal(invs[2]!.argv[4]!.text, '"$1"');
  assert.deepEqual(written(src, invs[1]).at(-1), '${KEEP:-7}');
  // A default does not override a value the crontab set.
  const fromCron = extract('bin/tootctl media remove --days ${KEEP:-7}', { KEEP: '60' });
  assert.deepEqual(argv(fromCron[0]).at(-1), '60');
});

test('export, declare -x and set -a set the environment; source makes it opaque', () => {
  assert.deepEqual(vars(tootctl(extract('export RAILS_ENV=production\nbin/tootctl media remove'))), { RAILS_ENV: 'production' });
  assert.deepEqual(vars(tootctl(extract('declare -x RAILS_ENV=production\nbin/tootctl media remove'))), { RAILS_ENV: 'production' });
  const allexport = tootctl(extract('set -a\nRAILS_ENV=production\nset +a\nbin/tootctl media remove'));
  assert.equal(allexport!.env.vars.get('RAILS_ENV')?.value, 'production');
  for (const src of ['. /home/mastodon/live/.env.production\nbin/tootctl media remove', 'source ~/.profile\nbin/tootctl media remove']) {
    const inv = tootctl(extract(src));
    assert.equal(inv!.env.kind, 'opaque', src);
    assert.match(inv!.env.notes.join(' '), /is sourced/, src);
  }
  // A sourced file cannot reach into a container.
  assert.equal(tootctl(extract('source /etc/profile\ndocker compose exec web tootctl media remove'))!.env.kind, 'container');
});

test('a heredoc fed to a shell runs its body as commands; one fed to cat does not', () => {
  const src = "bash <<'EOF'\ncd /home/mastodon/live\nbin/tootctl media remove --days 30\nEOF\ncat <<EOF > /tmp/note\nbin/tootctl media remove --prune-profiles\nEOF\n";
  const invs = extract(src);
  assert.deepEqual(invs.map((i) => argv(i)[0]), ['bash', 'cd', 'bin/tootctl', 'cat']);
  const inv = tootctl(invs)!;
  assert.deepEqual(argv(inv), ['bin/tootctl', 'media', 'remove', '--days', '30']);
  assert.deepEqual(written(src, inv), ['bin/tootctl', 'media', 'remove', '--days', '30']);
  assert.equal(inv.argv[0]!.span.start.line, 3);
});

test('a heredoc fed to "sudo -u mastodon bash" gets the environment sudo leaves', () => {
  const src = "export RAILS_ENV=production\nsudo -u mastodon bash <<'EOF'\ncd /home/mastodon/live\nbin/tootctl media remove --days 30\nEOF\n";
  const inv = tootctl(extract(src));
  assert.deepEqual(argv(inv), ['bin/tootctl', 'media', 'remove', '--days', '30']);
  assert.deepEqual(vars(inv), {}); // not RAILS_ENV=production: sudo dropped it
  assert.deepEqual(inv!.env.notes, ['sudo resets the environment']);
  assert.deepEqual(inv!.via, ['sudo -u mastodon', 'bash <<heredoc']);
});

test('commands inside $(...) are extracted too', () => {
  const src = 'removed=$(bin/tootctl media remove --prune-profiles --days 90)\necho "$removed" | mail -s prune ops@example.org';
  const inv = tootctl(extract(src));
  assert.deepEqual(written(src, inv), ['bin/tootctl', 'media', 'remove', '--prune-profiles', '--days', '90']);
});
