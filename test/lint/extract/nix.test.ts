import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { parseNix, stringValue } from '../../../src/lint/parse/nix.ts';
import type { Invocation, Word } from '../../../src/lint/model.ts';

function argv(inv: Invocation): (string | null)[] {
  return inv.argv.map((w) => w.value);
}
function text(files: Record<string, string>, w: Word): string {
  return (files[w.span.file] ?? '').slice(w.span.start.offset, w.span.end.offset);
}

test('services.mastodon.enable alone schedules the module media cleanup: daily, --days=30, no profile pruning', () => {
  const files = { 'configuration.nix': '{ config, pkgs, ... }:\n{\n  services.mastodon.enable = true;\n  services.mastodon.localDomain = "social.example";\n}\n' };
  const r = lintTree(files);
  assert.deepEqual(r.model.invocations.map(argv), [
    ['${cfg.package}/bin/tootctl', 'media', 'remove', '--days=30'],
    ['${cfg.package}/bin/tootctl', 'preview_cards', 'remove', '--days=30'],
  ]);
  const inv = r.model.invocations[0]!;
  assert.equal(inv.scheduler?.kind, 'nixos');
  assert.equal(inv.scheduler?.schedule?.kind, 'oncalendar');
  assert.equal(inv.scheduler?.schedule?.text, 'daily');
  assert.equal(text(files, inv.argv[0]!), 'services.mastodon.enable = true;');
  assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.equal(inv.tootctl?.options.get('days')?.value, 30);
  assert.equal(r.model.schedulers.length, 1);
  assert.deepEqual(brief(r.findings), []);
});

test('mediaAutoRemove options: olderThanDays is --days with the span of its value, startAt is the schedule', () => {
  const files = {
    'mastodon.nix': [
      '{ lib, ... }: {',
      '  services = {',
      '    mastodon = {',
      '      enable = lib.mkDefault true;',
      '      mediaAutoRemove = { olderThanDays = 7; startAt = "Sun 04:00"; };',
      '    };',
      '  };',
      '}',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const inv = r.model.invocations[0]!;
  assert.equal(inv.argv[3]!.value, '--days=7');
  assert.equal(text(files, inv.argv[3]!), '7');
  assert.equal(inv.scheduler?.schedule?.text, 'Sun 04:00');
  const s = inv.scheduler!.schedule!;
  assert.equal(files['mastodon.nix'].slice(s.span.start.offset, s.span.end.offset), 'Sun 04:00');
});

test('mediaAutoRemove.enable = false, or no services.mastodon.enable, schedules nothing', () => {
  assert.equal(lintTree({ 'a.nix': '{ services.mastodon = { enable = true; mediaAutoRemove.enable = false; }; }\n' }).model.invocations.length, 0);
  assert.equal(lintTree({ 'a.nix': '{ services.mastodon.localDomain = "x"; }\n' }).model.invocations.length, 0);
});

test('an olderThanDays that is an expression is unknown, not guessed', () => {
  const r = lintTree({ 'a.nix': 'let d = 14; in { services.mastodon.enable = true; services.mastodon.mediaAutoRemove.olderThanDays = d; }\n' });
  const inv = r.model.invocations[0]!;
  assert.deepEqual(argv(inv).slice(3), ['--days', null]);
  assert.equal(inv.tootctl?.options.get('days')?.value, null);
});

test('a script for mastodon-media-auto-remove adds to the module script, or replaces it under mkForce', () => {
  const script = "''\n    ${cfg.package}/bin/tootctl media remove --prune-profiles --days=60\n  ''";
  const added = lintTree({ 'a.nix': `{ services.mastodon.enable = true;\n  systemd.services.mastodon-media-auto-remove.script = ${script};\n}\n` });
  assert.equal(added.model.invocations.length, 3);
  const files = { 'a.nix': `{ lib, ... }: { services.mastodon.enable = true;\n  systemd.services.mastodon-media-auto-remove.script = lib.mkForce ${script};\n}\n` };
  const forced = lintTree(files);
  assert.equal(forced.model.invocations.length, 1);
  assert.equal(forced.model.invocations[0]!.scheduler?.label, 'NixOS services.mastodon.mediaAutoRemove');
  const f = forced.findings.filter((x) => x.ruleId === 'MSTDN101');
  assert.deepEqual(brief(f), ['a.nix:3:45-3:61 MSTDN101']);
  assert.equal(spanText(files, f[0]!), '--prune-profiles');
});

test('systemd.services.<name>.script with startAt: indented string, store-path antiquotation, unknown antiquotation', () => {
  const files = {
    'host.nix': [
      '{ config, pkgs, ... }:',
      'let days = 3; in {',
      '  systemd.services.mastodon-prune = {',
      '    environment.RAILS_ENV = "production";',
      "    script = ''",
      '      cd ${config.services.mastodon.package}',
      '      ${config.services.mastodon.package}/bin/tootctl media remove \\',
      '        --prune-profiles --days=${toString days}',
      "    '';",
      '    startAt = "weekly";',
      '  };',
      '}',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const inv = r.model.invocations.find((i) => i.tootctl)!;
  assert.deepEqual(argv(inv), ['${config.services.mastodon.package}/bin/tootctl', 'media', 'remove', '--prune-profiles', null]);
  assert.equal(text(files, inv.argv[0]!), '${config.services.mastodon.package}/bin/tootctl');
  assert.equal(text(files, inv.argv[4]!), '--days=${toString days}');
  assert.equal(inv.scheduler?.label, 'NixOS systemd.services.mastodon-prune.startAt');
  assert.equal(inv.scheduler?.schedule?.text, 'weekly');
  assert.equal(inv.env.vars.get('RAILS_ENV')?.value, 'production');
  assert.deepEqual(brief(r.findings, 'MSTDN101'), ['host.nix:8:9-8:25 MSTDN101']);
});

test('serviceConfig.ExecStart is a systemd command line; systemd.timers.<name> schedules it', () => {
  const files = {
    'host.nix': [
      '{ pkgs, ... }: {',
      '  systemd.services.refresh.serviceConfig.ExecStart = "${pkgs.mastodon}/bin/tootctl accounts refresh --all";',
      '  systemd.timers.refresh = { wantedBy = [ "timers.target" ]; timerConfig.OnCalendar = "daily"; };',
      '}',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const inv = r.model.invocations[0]!;
  assert.deepEqual(argv(inv), ['${pkgs.mastodon}/bin/tootctl', 'accounts', 'refresh', '--all']);
  assert.equal(inv.scheduler?.label, 'NixOS systemd.timers.refresh');
  assert.equal(text(files, inv.argv[3]!), '--all');
});

test('a heredoc inside an indented string works once the indentation is stripped', () => {
  const r = lintTree({
    'a.nix': "{\n  systemd.services.x = {\n    startAt = \"daily\";\n    script = ''\n      bash <<EOF\n      tootctl media remove --days 9\n      EOF\n    '';\n  };\n}\n",
  });
  const inv = r.model.invocations.find((i) => i.tootctl);
  assert.equal(inv?.tootctl?.options.get('days')?.value, 9);
});

test('modules inside a flake and config = mkIf ... are found', () => {
  const r = lintTree({
    'flake.nix': [
      '{',
      '  outputs = { nixpkgs, ... }: {',
      '    nixosConfigurations.social = nixpkgs.lib.nixosSystem {',
      '      modules = [ ({ lib, config, ... }: { config = lib.mkIf true { services.mastodon.enable = true; }; }) ];',
      '    };',
      '  };',
      '}',
      '',
    ].join('\n'),
  });
  assert.equal(r.model.invocations.length, 2);
});

test('bad Nix is a positioned warning and the rest of the file is still read', () => {
  const r = lintTree({ 'a.nix': '{\n  broken = ;\n  services.mastodon.enable = true;\n}\n' });
  assert.equal(r.model.parseProblems.length, 1);
  assert.equal(r.model.parseProblems[0]!.span.start.line, 2);
  assert.equal(r.model.invocations.length, 2);
});

test('parseNix: strings, escapes and indentation', () => {
  const src = "{ a = \"x\\\"y\\${z}\"; b = ''\n    one\n      two ''${x} '''q\n  ''; }";
  const p = parseNix(src);
  assert.equal(p.problems.length, 0);
  assert.equal(p.root.type, 'attrs');
  if (p.root.type !== 'attrs') return;
  const vals = p.root.bindings.map((b) => (b.kind === 'attr' ? stringValue(b.value) : null));
  assert.deepEqual(vals, ['x"y${z}', "one\n  two ${x} ''q\n"]);
  for (const input of ['{ a = ', '{ a = "unterminated', "''", '{ a = { b = 1; ', ')))', 'let in', '{ x = a: b: ; }']) {
    assert.doesNotThrow(() => parseNix(input));
    assert.ok(parseNix(input).problems.length > 0, input);
  }
});
