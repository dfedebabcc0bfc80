import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, isScalar, parseAllDocuments } from 'yaml';
import { brief, lintTree, spanText } from '../../helpers/lint.ts';
import { findTemplates, pairs, parseYaml, scalarText, MAX_YAML_BYTES } from '../../../src/lint/parse/yaml.ts';
import { SourceFile } from '../../../src/lint/source.ts';
import { emptyModel } from '../../../src/lint/model.ts';
import { extractYaml } from '../../../src/lint/extract/yaml.ts';

/** Every top-level `key: scalar` of a one-document file, with the value text and offsets. */
function scalars(text: string): Map<string, ReturnType<typeof scalarText>> {
  const yf = parseYaml(new SourceFile('x.yaml', text));
  const doc = yf.docs[0]!;
  const out = new Map<string, ReturnType<typeof scalarText>>();
  for (const p of pairs(doc, doc.contents)) {
    if (isScalar(p.key) && isScalar(p.value)) out.set(String(p.key.value), scalarText(p.value, yf.text));
  }
  return out;
}

/** Value characters that are written literally in the file must sit at their offset. */
function assertMapped(text: string, t: ReturnType<typeof scalarText>, literal: (ch: string) => boolean = (c) => c !== ' ' && c !== '\n'): void {
  assert.equal(t.offsets.length, t.value.length + 1);
  for (let k = 0; k < t.value.length; k++) {
    const ch = t.value[k]!;
    if (literal(ch)) assert.equal(text[t.offsets[k]!], ch, `char ${k} ${JSON.stringify(ch)} of ${JSON.stringify(t.value)}`);
  }
}

test('scalarText: plain, single- and double-quoted and literal block scalars map every character', () => {
  const text = [
    'plain: bin/tootctl media remove',
    'folded_plain: bin/tootctl media',
    '  remove   --days 30',
    '',
    '  next',
    "single: 'it''s a ''test''",
    "  second line'",
    'double: "tab\\there \\"q\\" \\u00e9 \\',
    '   joined  "',
    'literal: |',
    '  bin/tootctl media remove \\',
    '    --prune-profiles',
    'strip: |-',
    '    indented',
    '      more',
    'keep: |+',
    '  kept',
    '',
    'explicit: |2',
    '     three spaces kept',
    '    two',
    'empty: ""',
    'number: 30',
    '',
  ].join('\n');
  const s = scalars(text);
  const lib = parseAllDocuments(text)[0]!;
  // The values are the library's own.
  assert.ok(isMap(lib.contents));
  for (const p of lib.contents.items) {
    if (isScalar(p.key) && isScalar(p.value)) assert.equal(s.get(String(p.key.value))!.value, String(p.value.value), String(p.key.value));
  }
  for (const [k, t] of s) {
    assert.equal(t.exact, true, k);
    const escaped = k === 'double' ? (c: string) => !['\t', '"', 'é', ' ', '\n'].includes(c) : undefined;
    assertMapped(text, t, escaped);
  }
  const lit = s.get('literal')!;
  const i = lit.value.indexOf('--prune-profiles');
  assert.equal(text.slice(lit.offsets[i]!, lit.offsets[i + 16 - 1]! + 1), '--prune-profiles');
  // `\"` maps to the backslash of the escape; `''` to the first quote.
  const dq = s.get('double')!;
  assert.equal(text[dq.offsets[dq.value.indexOf('"')]!], '\\');
  const sq = s.get('single')!;
  assert.equal(text.slice(sq.offsets[sq.value.indexOf("'")]!, sq.offsets[sq.value.indexOf("'")]! + 2), "''");
});

test('scalarText: folded block scalars give the library value, with best-effort offsets', () => {
  const text = 'f: >\n  one\n  two\n\n    more\n  three\n';
  const t = scalars(text).get('f')!;
  assert.equal(t.value, 'one two\n\n  more\nthree\n');
  assert.equal(t.exact, false);
  assert.equal(text[t.offsets[t.value.indexOf('three')]!], 't');
});

test('scalarText: CRLF files and a byte-order mark keep offsets exact', () => {
  const text = '\ufeffa: |\r\n  bin/tootctl media remove\r\n  --prune-profiles\r\nb: x\r\n';
  const t = scalars(text).get('a')!;
  assert.equal(t.value, 'bin/tootctl media remove\n--prune-profiles\n');
  assertMapped(text, t);
});

test('findTemplates: Jinja and Helm markup, linear on unterminated input', () => {
  const text = 'a: "{{ x }}" {% if y %}b{% endif %} {#c#} {{ unterminated';
  assert.deepEqual(findTemplates(text).map(([s, e]) => text.slice(s, e)), ['{{ x }}', '{% if y %}', '{% endif %}', '{#c#}']);
  assert.deepEqual(findTemplates('{{'.repeat(200_000)), []);
});

test('YAML syntax errors are MSTDN001 at their position; the other documents are still read', () => {
  const files = {
    'k8s/jobs.yaml': [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: ok}',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  concurrencyPolicy: Forbid',
      '  jobTemplate: {spec: {template: {spec: {containers: [{name: t, command: [bin/tootctl, media, remove, --prune-profiles, --days, "45"]}]}}}}',
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: "broken',
      'spec: x',
      '',
    ].join('\n'),
  };
  const r = lintTree(files);
  const p = r.findings.filter((f) => f.ruleId === 'MSTDN001');
  assert.equal(p.length, 1);
  assert.equal(p[0]!.span.start.line, 12);
  assert.match(p[0]!.message, /^invalid YAML: /);
  assert.deepEqual(brief(r.findings, 'MSTDN101'), ['k8s/jobs.yaml:7:103-7:119 MSTDN101']);
  assert.equal(spanText(files, r.findings.find((f) => f.ruleId === 'MSTDN101')!), '--prune-profiles');
  assert.equal(spanText(files, p[0]!), '"');
});

test('Helm chart templates: broken-by-markup YAML is not reported, readable parts are, values there are unknown', () => {
  const files = {
    'chart/Chart.yaml': 'apiVersion: v2\nname: prune\nversion: 0.1.0\n',
    'chart/templates/cronjob.yaml': [
      '{{- if .Values.prune.enabled }}',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: {{ include "prune.fullname" . }}-prune',
      '  labels:',
      '    {{- include "prune.labels" . | nindent 4 }}',
      'spec:',
      '  schedule: {{ .Values.prune.schedule | quote }}',
      '  concurrencyPolicy: {{ .Values.prune.policy }}',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: prune',
      '              image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"',
      '              command: ["bin/tootctl", "media", "remove", "--prune-profiles", "--days", "{{ .Values.prune.days }}"]',
      '{{- end }}',
      '',
    ].join('\n'),
    'chart/templates/broken.yaml': '{{ if .Values.x }}\nkind: CronJob\nspec: {{ toYaml .Values.spec }}\n  bad: [tootctl\n{{ end }}\n',
  };
  const r = lintTree(files);
  assert.deepEqual(brief(r.findings, 'MSTDN001'), []);
  const f = r.findings.filter((x) => x.ruleId === 'MSTDN101');
  assert.equal(f.length, 1);
  assert.equal(spanText(files, f[0]!), '"--prune-profiles"');
  assert.equal(f[0]!.confidence, 'low'); // inside {{ if }}: only rendered when enabled
  assert.deepEqual(brief(r.findings, 'MSTDN106'), []); // --days is a template: unknown, not 7
  assert.deepEqual(brief(r.findings, 'MSTDN110'), []); // concurrencyPolicy is a template
  const s = r.model.schedulers.find((x) => x.kind === 'k8s-cronjob')!;
  assert.equal(s.schedule?.known, false);
});

test('the two modelled charts\' own templates are skipped: their CronJobs come from values', () => {
  const r = lintTree({
    'charts/magout/templates/cronjob.yaml': [
      '{{- if .Values.periodicMaintenance.enabled }}',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'spec:',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '          - command:',
      '            - bash',
      '            - -c',
      '            - |',
      '              {{- if .Values.periodicMaintenance.pruneProfileMedia.enabled }}',
      '              bin/tootctl media remove --prune-profiles',
      '              {{- end }}',
      '{{- end }}',
      '',
    ].join('\n'),
  });
  assert.deepEqual(r.model.invocations, []);
  assert.deepEqual(r.findings, []);
});

test('hostile input: alias bombs, deep nesting, huge and odd files finish fast and never throw', () => {
  const bomb = [
    'services: &s',
    '  web: &w',
    '    <<: [*w, *s]',
    '    command: *g',
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
    'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    'x: {command: *g, labels: *g, environment: *g, <<: *g}',
    '',
  ].join('\n');
  let deepMap = 'tootctl:\n';
  for (let i = 0; i < 1000; i++) deepMap += `${' '.repeat(i + 1)}k:\n`;
  let deepTasks = '';
  for (let i = 0; i < 600; i++) deepTasks += `${' '.repeat(i * 2)}- block:\n`;
  deepTasks += `${' '.repeat(1200)}- shell: tootctl media remove\n`;
  const big = 'x:\n' + '  - tootctl: "b"\n'.repeat(Math.ceil(MAX_YAML_BYTES / 16) + 10);
  const manyDocs = ('---\napiVersion: v1\nkind: ConfigMap\ndata:\n' + '  k: v\n'.repeat(100)).repeat(1500) +
    '---\napiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate: {spec: {template: {spec: {containers: [{command: [tootctl, media, remove, --prune-profiles]}]}}}}\n';
  // `<<` merge chains branch like an alias bomb (9^11 paths): each merged map must be read once.
  const letters = 'abcdefghijkl'.split('');
  let mergeBomb = 'a: &a {command: "bin/tootctl media remove --prune-profiles"}\n';
  for (let i = 1; i < letters.length; i++) mergeBomb += `${letters[i]}: &${letters[i]} {<<: [${Array(9).fill(`*${letters[i - 1]}`).join(', ')}], x${i}: 1}\n`;
  mergeBomb += 'services:\n  web:\n    <<: *l\n';
  const cases: [string, string][] = [
    ['docker-compose.yml', mergeBomb],
    ['bomb.yaml', bomb],
    ['deep-map.yaml', deepMap],
    ['deep-tasks.yml', deepTasks],
    ['deep-flow.yaml', 'mastodon: ' + '['.repeat(50_000)],
    ['big.yaml', big],
    ['many-docs.yaml', manyDocs],
    ['garbage.yaml', '\u0000\t:- [{"\'|>&*!%@` tootctl\n'.repeat(500)],
    ['weird.yml', '- cron: [1]\n- shell: {cmd: [a]}\n- command: {argv: tootctl}\n- cron: {job: {a: 1}, minute: [1]}\n- environment: 5\n  shell: tootctl\n- block: tootctl\n'],
    ['weird-k8s.yaml', 'apiVersion: v1\nkind: CronJob\nmetadata: 5\nspec: [tootctl]\n---\napiVersion: v1\nkind: List\nitems: tootctl\n---\napiVersion: v1\nkind: CronJob\nspec: {schedule: [1], concurrencyPolicy: {a: b}, jobTemplate: {spec: {template: {spec: {containers: [5, {command: 5, args: {a: tootctl}}]}}}}}\n'],
    ['values.yaml', 'image: x\nmastodon:\n  cron: {removeMedia: [1]}\n  s3: {enabled: {a: 1}, bucket: [x], permission: {a: b}}\n  extraEnvVars: {A: [1], B: ~, C: 3}\nperiodicMaintenance: {enabled: yes, env: 5, envFrom: {a: 1}, pruneProfileMedia: 5, schedule: [1]}\n'],
    ['compose.yml', 'services:\n  a:\n    labels: 5\n    environment: 5\n    command: [1, [tootctl], {a: b}]\n    entrypoint: {a: 1}\n  b:\n    labels: ["ofelia.job-exec.x.schedule", "=x", "ofelia.job-exec.x.command=tootctl media remove"]\n  c: 5\n'],
    ['jinja.yml', '- cron:\n    job: "{{ x tootctl media remove --prune-profiles"\n    minute: "{{ m }}"\n'],
    ['cycle.yml', '- &t\n  name: loop\n  block: [*t, *t, *t, {shell: bin/tootctl media remove}]\n  rescue: [*t, *t]\n'],
    ['empty.yaml', ''],
    ['nulls.yaml', '---\n---\n~\n---\n- ~\n- null\n# tootctl\n'],
  ];
  for (const [name, text] of cases) {
    const model = emptyModel('.');
    assert.doesNotThrow(() => extractYaml(new SourceFile(name, text), model), name);
  }
  const mb = emptyModel('.');
  extractYaml(new SourceFile('docker-compose.yml', mergeBomb), mb);
  assert.deepEqual(mb.invocations.map((i) => i.argv.map((w) => w.value).join(' ')), ['bin/tootctl media remove --prune-profiles']);
  // The relevant document of a large multi-document file is still read, at its real position.
  const model = emptyModel('.');
  extractYaml(new SourceFile('many-docs.yaml', manyDocs), model);
  const inv = model.invocations[0]!;
  assert.equal(manyDocs.slice(inv.argv[3]!.span.start.offset, inv.argv[3]!.span.end.offset), '--prune-profiles');
  // Too large to read: one warning, not silence.
  const m2 = emptyModel('.');
  extractYaml(new SourceFile('big.yaml', big), m2);
  assert.equal(m2.parseProblems.length, 1);
  assert.equal(m2.parseProblems[0]!.severity, 'warning');
  // Deep nesting is a problem, not a crash.
  const m3 = emptyModel('.');
  extractYaml(new SourceFile('deep-flow.yaml', 'mastodon: ' + '['.repeat(50_000)), m3);
  assert.equal(m3.parseProblems.length, 1);
});
