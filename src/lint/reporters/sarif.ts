// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers.
// - `tool.driver.rules` lists every rule of the registry (not only those that fired), so code
//   scanning can close alerts whose rule no longer fires.
// - URIs are relative (to `%SRCROOT%`, the repository in the Action) and the same on every run.
// - `partialFingerprints` do not include line numbers: a finding keeps its alert when lines move.
// - At most 25,000 results per run (GitHub's limit): the least severe are left out, and the run
//   says so in `properties` and a tool notification.

import { createHash } from 'node:crypto';
import type { LintResult } from '../engine.ts';
import type { Finding, Severity } from '../findings.ts';
import type { Rule } from '../rule.ts';
import type { Span } from '../source.ts';
import { TOOL_NAME, TOOL_URI, bySeverity, highlightedText, plural, reportPath } from './common.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_MAX_RESULTS = 25_000;
export const SRCROOT = '%SRCROOT%';
/** Key of our fingerprint in `partialFingerprints`; bump the suffix if the recipe changes. */
export const FINGERPRINT_KEY = 'mastodonOps/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return LEVEL[s];
}

export interface SarifOptions {
  version: string;
  pathPrefix?: string;
  /** Results per run; GitHub rejects more than 25,000. */
  maxResults?: number;
}

/** Tags by rule family (the id's hundreds digit). */
const FAMILY_TAGS: Record<string, string[]> = {
  '0': ['parse'],
  '1': ['scheduler', 'tootctl'],
  '2': ['env', 'object-storage'],
  '3': ['nginx'],
  '4': ['kubernetes', 'helm'],
};

function ruleTags(r: Rule): string[] {
  return ['mastodon', 'media', ...(FAMILY_TAGS[r.id.charAt(5)] ?? [])];
}

function sarifRule(r: Rule): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    helpUri: r.helpUri,
    help: {
      text: `${r.short}\n\n${r.full}\n\nSee ${r.helpUri}`,
      markdown: `**${r.short}**\n\n${r.full}\n\nSee [${r.id}](${r.helpUri}) for examples and how to fix it.`,
    },
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: { tags: ruleTags(r), precision: 'high' },
  };
}

function region(span: Span, snippet?: string): Record<string, unknown> {
  const reg: Record<string, unknown> = {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
  if (snippet) reg.snippet = { text: snippet };
  return reg;
}

function physicalLocation(span: Span, prefix: string | undefined, snippet?: string, context?: string): Record<string, unknown> {
  const loc: Record<string, unknown> = {
    artifactLocation: { uri: encodeUri(reportPath(span.file, prefix)), uriBaseId: SRCROOT },
    region: region(span, snippet),
  };
  // The context region (whole lines) must contain the region; snippets stop after 5 lines.
  const contextEnd = span.start.line + (context ?? '').split('\n').length - 1;
  const regionEnd = span.end.line > span.start.line && span.end.column === 1 ? span.end.line - 1 : span.end.line;
  if (context && contextEnd >= regionEnd) {
    loc.contextRegion = { startLine: span.start.line, endLine: contextEnd, snippet: { text: context } };
  }
  return loc;
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * `sha256(ruleId, uri, normalized snippet, underlined text)` plus an occurrence counter among
 * findings with the same hash. No line numbers and no message (messages may name other places), so
 * moving a block of lines keeps the alert; editing the offending line makes it a new one.
 */
export function fingerprints(findings: readonly Finding[], prefix: string | undefined): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const h = createHash('sha256')
      .update([f.ruleId, reportPath(f.span.file, prefix), normalize(f.snippet), normalize(highlightedText(f))].join('\u0000'))
      .digest('hex')
      .slice(0, 32);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}:${n}`;
  });
}

export function toSarif(r: LintResult, o: SarifOptions): Record<string, unknown> {
  const max = Math.max(0, o.maxResults ?? SARIF_MAX_RESULTS);
  const prefix = o.pathPrefix;
  const ruleIndex = new Map(r.rules.map((rule, i) => [rule.id, i]));
  // Fingerprints come from every finding, before truncation, so the counter does not depend on it.
  const prints = fingerprints(r.findings, prefix);
  const indexed = r.findings.map((f, i) => ({ f, severity: f.severity, print: prints[i] ?? '' }));
  const kept = new Set(bySeverity(indexed).slice(0, max));
  const dropped = indexed.length - kept.size;

  const results = indexed
    .filter((x) => kept.has(x))
    .map(({ f, print }) => {
      const res: Record<string, unknown> = { ruleId: f.ruleId };
      const idx = ruleIndex.get(f.ruleId);
      if (idx !== undefined) res.ruleIndex = idx;
      res.level = sarifLevel(f.severity);
      res.message = { text: f.message };
      res.locations = [{ physicalLocation: physicalLocation(f.span, prefix, highlightedText(f) || f.snippet, f.snippet) }];
      if (f.related.length) {
        res.relatedLocations = f.related.map((rel, i) => ({
          id: i + 1,
          physicalLocation: physicalLocation(rel.span, prefix),
          message: { text: rel.message },
        }));
      }
      res.partialFingerprints = { [FINGERPRINT_KEY]: print };
      res.properties = { confidence: f.confidence };
      return res;
    });

  const notifications: Record<string, unknown>[] = [];
  if (dropped > 0) {
    notifications.push({
      level: 'warning',
      message: {
        text:
          `${plural(dropped, 'finding')} left out: a SARIF run holds at most ${max} results, so the least severe were dropped; ` +
          'run mastodon-ops with --format text or json to see all of them',
      },
    });
  }
  for (const n of r.notices) {
    notifications.push({
      level: 'note',
      message: { text: n.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(reportPath(n.file, prefix)), uriBaseId: SRCROOT } } }],
    });
  }

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: o.version,
            semanticVersion: o.version,
            informationUri: TOOL_URI,
            rules: r.rules.map(sarifRule),
          },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
          totalFindings: r.findings.length,
          reportedFindings: results.length,
          truncated: dropped > 0,
          suppressedFindings: r.suppressed,
          filesScanned: r.filesScanned,
          filesParsed: r.filesParsed,
        },
      },
    ],
  };
}

export function renderSarif(r: LintResult, o: SarifOptions): string {
  return `${JSON.stringify(toSarif(r, o), null, 2)}\n`;
}
