import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  EXIT,
  SEVERITIES,
  UsageError,
  atOrAbove,
  defaultSettings,
  discoverConfig,
  loadConfig,
  severityRank,
  z
} from "./chunk-ZR2GA637.js";

// src/lint/reporters/text.ts
var C = { red: "\x1B[31m", yellow: "\x1B[33m", blue: "\x1B[34m", bold: "\x1B[1m", dim: "\x1B[2m", reset: "\x1B[0m" };
function paint(on, code, s) {
  return on ? `${code}${s}${C.reset}` : s;
}
function renderFinding(f, o) {
  const color = f.severity === "error" ? C.red : f.severity === "warning" ? C.yellow : C.blue;
  const head = `${paint(o.color, C.bold + color, `${f.severity}[${f.ruleId}]`)}${paint(o.color, C.bold, `: ${f.message}`)}`;
  const loc = `${f.span.file}:${f.span.start.line}:${f.span.start.column}`;
  const lineNo = String(f.span.start.line);
  const pad = " ".repeat(lineNo.length);
  const out = [head, `${pad}--> ${loc}`];
  const first = f.snippet.split("\n")[0];
  if (first !== void 0 && first !== "") {
    const startCol = f.span.start.column;
    const endCol = f.span.end.line === f.span.start.line ? f.span.end.column : first.length + 1;
    const width = Math.max(1, Math.min(endCol - startCol, first.length - startCol + 1));
    const shown = first.length > 200 ? first.slice(0, 200) + "\u2026" : first;
    out.push(`${pad} |`);
    out.push(`${lineNo} | ${shown.replace(/\t/g, " ")}`);
    if (startCol <= 201) out.push(`${pad} | ${" ".repeat(startCol - 1)}${paint(o.color, color, "^".repeat(Math.min(width, 201 - startCol + 1)))}`);
  }
  for (const r of f.related) out.push(`${pad} = note: ${r.message} at ${r.span.file}:${r.span.start.line}:${r.span.start.column}`);
  if (f.confidence === "low") out.push(`${pad} = note: based on a value that could not be fully resolved`);
  out.push(`${pad} = help: ${f.helpUri}`);
  return out.join("\n");
}
function summaryLine(r) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) n[f.severity]++;
  const parts = [`${n.error} error${n.error === 1 ? "" : "s"}`, `${n.warning} warning${n.warning === 1 ? "" : "s"}`, `${n.info} info`];
  const supp = r.suppressed ? `; ${r.suppressed} suppressed` : "";
  return `${parts.join(", ")} in ${r.filesParsed} relevant file${r.filesParsed === 1 ? "" : "s"} (${r.filesScanned} scanned)${supp}`;
}
function renderText(r, o) {
  const blocks = r.findings.map((f) => renderFinding(f, o));
  blocks.push(summaryLine(r));
  return blocks.join("\n\n") + "\n";
}

// src/lint/reporters/common.ts
var TOOL_NAME = "mastodon-ops";
var TOOL_URI = "https://github.com/mastodon-ops/mastodon-ops";
function reportPath(file, prefix) {
  const p = (prefix ?? "").replace(/\\/g, "/").replace(/^\.\/?/, "").replace(/\/+$/, "");
  return p ? `${p}/${file}` : file;
}
function countBySeverity(findings) {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}
function highestSeverity(r) {
  let best = "none";
  for (const f of r.findings) if (best === "none" || severityRank(f.severity) > severityRank(best)) best = f.severity;
  return best;
}
function bySeverity(items) {
  return items.map((item, i) => ({ item, i })).sort((a, b) => severityRank(b.item.severity) - severityRank(a.item.severity) || a.i - b.i).map((x) => x.item);
}
var SEVERITIES_DESC = [...SEVERITIES].sort((a, b) => severityRank(b) - severityRank(a));
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function lastLine(f) {
  const { start, end } = f.span;
  return end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
}
function highlightedText(f) {
  if (f.span.end.line !== f.span.start.line) return "";
  const first = f.snippet.split("\n")[0] ?? "";
  return first.slice(f.span.start.column - 1, f.span.end.column - 1);
}

// src/lint/reporters/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var LEVEL = { error: "error", warning: "warning", info: "notice" };
function annotationFor(f, prefix) {
  const endLine = lastLine(f);
  const properties = {
    title: f.ruleId,
    file: reportPath(f.span.file, prefix),
    startLine: f.span.start.line,
    endLine
  };
  if (endLine === f.span.start.line) {
    const start = f.span.start.column;
    const end = f.span.end.line === f.span.start.line ? f.span.end.column - 1 : (f.snippet.split("\n")[0] ?? "").length;
    properties.startColumn = start;
    properties.endColumn = Math.max(start, end);
  }
  const low = f.confidence === "low" ? " (low confidence: based on a value that could not be fully resolved)" : "";
  return { level: LEVEL[f.severity], message: `${f.message}${low} (${f.helpUri})`, properties, finding: f };
}
function selectAnnotations(findings, opts = {}) {
  const shown = [];
  const omitted = [];
  const keys = /* @__PURE__ */ new Set();
  for (const sev of SEVERITIES_DESC) {
    const perLevel = Math.max(0, opts.limits?.[LEVEL[sev]] ?? opts.perLevel ?? ANNOTATIONS_PER_LEVEL);
    let n = 0;
    for (const f of findings) {
      if (f.severity !== sev) continue;
      const a = annotationFor(f, opts.pathPrefix);
      const p = a.properties;
      const key = [a.level, p.file, p.startLine, p.title, a.message].join("\0");
      if (n >= perLevel || keys.has(key)) {
        omitted.push(f);
        continue;
      }
      keys.add(key);
      shown.push(a);
      n++;
    }
  }
  return { shown, omitted };
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(a) {
  const p = a.properties;
  const props = [
    ["file", p.file],
    ["line", p.startLine],
    ["endLine", p.endLine],
    ["col", p.startColumn],
    ["endColumn", p.endColumn],
    ["title", p.title]
  ];
  const shown = props.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${a.level} ${shown.join(",")}::${escapeData(a.message)}`;
}
function plainLine(f, prefix) {
  const loc = `${reportPath(f.span.file, prefix)}:${f.span.start.line}:${f.span.start.column}`;
  return `- ${loc}: ${f.severity}[${f.ruleId}]: ${f.message.replace(/[\r\n]+/g, " ")} (${f.helpUri})`;
}
function renderGithub(r, o) {
  const { shown, omitted } = selectAnnotations(r.findings, { perLevel: o.annotationLimit, pathPrefix: o.pathPrefix });
  const lines = shown.map(formatCommand);
  if (omitted.length) {
    lines.push(
      `${plural(omitted.length, "more finding")} not annotated (GitHub shows at most ${o.annotationLimit ?? ANNOTATIONS_PER_LEVEL} annotations per severity per step):`
    );
    for (const f of omitted) lines.push(plainLine(f, o.pathPrefix));
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/lint/reporters/markdown.ts
var MARKDOWN_MAX_BYTES = 1e6;
var HEADING = { error: "Errors", warning: "Warnings", info: "Info" };
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
function cell(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function location(f, o) {
  const path = reportPath(f.span.file, o.pathPrefix);
  const text = cell(`${path}:${f.span.start.line}:${f.span.start.column}`);
  const shown = text.includes("`") ? text : `\`${text}\``;
  if (!o.fileUrlBase) return shown;
  const url = `${o.fileUrlBase}${path.split("/").map(encodeURIComponent).join("/")}#L${f.span.start.line}`;
  return `[${shown}](${url})`;
}
function row(f, o) {
  const low = f.confidence === "low" ? " _(low confidence)_" : "";
  return `| [${f.ruleId}](${f.helpUri}) | ${location(f, o)} | ${cell(f.message)}${low} |
`;
}
var bytes = (s) => Buffer.byteLength(s, "utf8");
function moreLine(n) {
  return `
_\u2026 and ${plural(n, "more finding")} not shown: this report is size-limited; the full list is in the log and the SARIF file._
`;
}
function renderMarkdown(r, o) {
  const max = o.maxBytes ?? MARKDOWN_MAX_BYTES;
  const n = countBySeverity(r.findings);
  let out = `## mastodon-ops: ${plural(n.error, "error")}, ${plural(n.warning, "warning")}, ${n.info} info

`;
  const stats = `${plural(r.filesParsed, "relevant file")} checked (${r.filesScanned} scanned)` + (r.suppressed ? `; ${r.suppressed} suppressed` : "");
  out += r.findings.length ? `${stats}.
` : `No findings: ${stats}.
`;
  for (const note of o.notes ?? []) out += `
> [!NOTE]
> ${cell(note)}
`;
  const reserve = bytes(moreLine(r.findings.length));
  let size = bytes(out);
  let remaining = r.findings.length;
  let truncated = false;
  for (const sev of SEVERITIES_DESC) {
    if (truncated) break;
    const group = r.findings.filter((f) => f.severity === sev);
    if (!group.length) continue;
    const head = `
### ${ICON[sev]} ${HEADING[sev]} (${group.length})

| Rule | Location | Message |
| --- | --- | --- |
`;
    for (let i = 0; i < group.length; i++) {
      const f = group[i];
      if (!f) continue;
      const piece = (i === 0 ? head : "") + row(f, o);
      if (size + bytes(piece) + reserve > max) {
        truncated = true;
        break;
      }
      out += piece;
      size += bytes(piece);
      remaining--;
    }
  }
  if (truncated) {
    const more = moreLine(remaining);
    if (size + bytes(more) <= max) out += more;
    return clamp(out, max);
  }
  if (r.notices.length) {
    let notes = `
<details><summary>${plural(r.notices.length, "file")} skipped or partly read</summary>

`;
    for (const x of r.notices) notes += `- \`${cell(reportPath(x.file, o.pathPrefix)).replace(/`/g, "'")}\`: ${cell(x.message)}
`;
    notes += "\n</details>\n";
    if (size + bytes(notes) <= max) out += notes;
  }
  return clamp(out, max);
}
function clamp(s, max) {
  if (bytes(s) <= max) return s;
  const buf = Buffer.from(s, "utf8").subarray(0, Math.max(0, max));
  return buf.toString("utf8").replace(/\uFFFD$/, "");
}

// src/lint/reporters/json.ts
function location2(span, prefix) {
  return {
    file: reportPath(span.file, prefix),
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column
  };
}
function toJsonV1(r, o) {
  const n = countBySeverity(r.findings);
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: o.version },
    findings: r.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      ...location2(f.span, o.pathPrefix),
      message: f.message,
      helpUri: f.helpUri,
      confidence: f.confidence,
      snippet: f.snippet,
      related: f.related.map((rel) => ({ ...location2(rel.span, o.pathPrefix), message: rel.message }))
    })),
    summary: {
      total: r.findings.length,
      ...n,
      suppressed: r.suppressed,
      filesScanned: r.filesScanned,
      filesParsed: r.filesParsed
    },
    notices: r.notices.map((x) => ({ file: reportPath(x.file, o.pathPrefix), message: x.message }))
  };
}
function renderJson(r, o) {
  return `${JSON.stringify(toJsonV1(r, o), null, 2)}
`;
}

// src/lint/reporters/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SARIF_MAX_RESULTS = 25e3;
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "mastodonOps/v1";
var LEVEL2 = { error: "error", warning: "warning", info: "note" };
function sarifLevel(s) {
  return LEVEL2[s];
}
var FAMILY_TAGS = {
  "0": ["parse"],
  "1": ["scheduler", "tootctl"],
  "2": ["env", "object-storage"],
  "3": ["nginx"],
  "4": ["kubernetes", "helm"]
};
function ruleTags(r) {
  return ["mastodon", "media", ...FAMILY_TAGS[r.id.charAt(5)] ?? []];
}
function sarifRule(r) {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    helpUri: r.helpUri,
    help: {
      text: `${r.short}

${r.full}

See ${r.helpUri}`,
      markdown: `**${r.short}**

${r.full}

See [${r.id}](${r.helpUri}) for examples and how to fix it.`
    },
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: { tags: ruleTags(r), precision: "high" }
  };
}
function region(span, snippet) {
  const reg = {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column
  };
  if (snippet) reg.snippet = { text: snippet };
  return reg;
}
function physicalLocation(span, prefix, snippet, context) {
  const loc = {
    artifactLocation: { uri: encodeUri(reportPath(span.file, prefix)), uriBaseId: SRCROOT },
    region: region(span, snippet)
  };
  const contextEnd = span.start.line + (context ?? "").split("\n").length - 1;
  const regionEnd = span.end.line > span.start.line && span.end.column === 1 ? span.end.line - 1 : span.end.line;
  if (context && contextEnd >= regionEnd) {
    loc.contextRegion = { startLine: span.start.line, endLine: contextEnd, snippet: { text: context } };
  }
  return loc;
}
function encodeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function normalize(s) {
  return s.replace(/\s+/g, " ").trim();
}
function fingerprints(findings, prefix) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const h = createHash("sha256").update([f.ruleId, reportPath(f.span.file, prefix), normalize(f.snippet), normalize(highlightedText(f))].join("\0")).digest("hex").slice(0, 32);
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}:${n}`;
  });
}
function toSarif(r, o) {
  const max = Math.max(0, o.maxResults ?? SARIF_MAX_RESULTS);
  const prefix = o.pathPrefix;
  const ruleIndex = new Map(r.rules.map((rule, i) => [rule.id, i]));
  const prints = fingerprints(r.findings, prefix);
  const indexed = r.findings.map((f, i) => ({ f, severity: f.severity, print: prints[i] ?? "" }));
  const kept = new Set(bySeverity(indexed).slice(0, max));
  const dropped = indexed.length - kept.size;
  const results = indexed.filter((x) => kept.has(x)).map(({ f, print }) => {
    const res = { ruleId: f.ruleId };
    const idx = ruleIndex.get(f.ruleId);
    if (idx !== void 0) res.ruleIndex = idx;
    res.level = sarifLevel(f.severity);
    res.message = { text: f.message };
    res.locations = [{ physicalLocation: physicalLocation(f.span, prefix, highlightedText(f) || f.snippet, f.snippet) }];
    if (f.related.length) {
      res.relatedLocations = f.related.map((rel, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(rel.span, prefix),
        message: { text: rel.message }
      }));
    }
    res.partialFingerprints = { [FINGERPRINT_KEY]: print };
    res.properties = { confidence: f.confidence };
    return res;
  });
  const notifications = [];
  if (dropped > 0) {
    notifications.push({
      level: "warning",
      message: {
        text: `${plural(dropped, "finding")} left out: a SARIF run holds at most ${max} results, so the least severe were dropped; run mastodon-ops with --format text or json to see all of them`
      }
    });
  }
  for (const n of r.notices) {
    notifications.push({
      level: "note",
      message: { text: n.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(reportPath(n.file, prefix)), uriBaseId: SRCROOT } } }]
    });
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: o.version,
            semanticVersion: o.version,
            informationUri: TOOL_URI,
            rules: r.rules.map(sarifRule)
          }
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          totalFindings: r.findings.length,
          reportedFindings: results.length,
          truncated: dropped > 0,
          suppressedFindings: r.suppressed,
          filesScanned: r.filesScanned,
          filesParsed: r.filesParsed
        }
      }
    ]
  };
}
function renderSarif(r, o) {
  return `${JSON.stringify(toSarif(r, o), null, 2)}
`;
}

// src/lint/reporters/index.ts
var FORMATS = ["text", "json", "json-v1", "sarif", "github", "markdown"];
var RENDERERS = {
  text: (r, o) => renderText(r, o),
  json: (r, o) => renderJson(r, o),
  "json-v1": (r, o) => renderJson(r, o),
  sarif: (r, o) => renderSarif(r, o),
  github: (r, o) => renderGithub(r, o),
  markdown: (r, o) => renderMarkdown(r, o)
};
function render(format, r, o) {
  const renderer = RENDERERS[format];
  if (!renderer) throw new Error(`unknown format ${String(format)}`);
  return renderer(r, o);
}

// src/lint/options.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
var UserOptions = z.object({
  paths: z._default(z.array(z.string().check(z.minLength(1))), ["."]),
  format: z._default(z.enum(FORMATS), "text"),
  config: z.optional(z.string()),
  failureThreshold: z.optional(z.enum([...SEVERITIES, "none"])),
  minSeverity: z.optional(z.enum(SEVERITIES)),
  ignores: z._default(z.boolean(), true)
});
function describe(issue, flagNames) {
  const key = String(issue.path[0] ?? "");
  const name = flagNames[key] ?? key;
  if (issue.code === "invalid_value") return `${name}: expected one of ${issue.values.map(String).join(", ")}`;
  return `${name}: ${issue.message}`;
}
function resolveOptions(input, flagNames = {}) {
  const parsed = UserOptions.safeParse(input);
  if (!parsed.success) throw new UsageError(describe(parsed.error.issues[0], flagNames));
  const o = parsed.data;
  const paths = o.paths.length ? o.paths : ["."];
  let root = process.cwd();
  if (paths.length === 1) {
    try {
      if (statSync(paths[0]).isDirectory()) root = resolve(paths[0]);
    } catch {
      throw new UsageError(`${paths[0]}: no such file or directory`);
    }
  }
  const configPath = o.config ? resolve(o.config) : discoverConfig(root);
  const settings = configPath ? loadConfig(configPath, root) : defaultSettings();
  if (o.failureThreshold) settings.failureThreshold = o.failureThreshold;
  if (o.minSeverity) settings.minSeverity = o.minSeverity;
  settings.applyIgnores = o.ignores;
  return { paths, root, format: o.format, settings };
}

// src/lint/exit.ts
function exitCode(r, threshold) {
  return r.findings.some((f) => atOrAbove(f.severity, threshold)) ? EXIT.findings : EXIT.ok;
}

export {
  summaryLine,
  highestSeverity,
  plural,
  selectAnnotations,
  MARKDOWN_MAX_BYTES,
  render,
  resolveOptions,
  exitCode
};
