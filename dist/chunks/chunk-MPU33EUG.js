import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  redactReport
} from "./chunk-HIL6MOFH.js";

// src/live/render/slack.ts
var EMOJI = {
  ok: ":white_check_mark:",
  warn: ":warning:",
  fail: ":x:",
  error: ":octagonal_sign:",
  skipped: ":fast_forward:",
  pending: ":hourglass_flowing_sand:"
};
var MAX_BLOCKS = 50;
var MAX_TEXT = 3e3;
function mrkdwnEscape(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function clip(s, n) {
  if (s.length <= n) return s;
  let cut = n - 1;
  const amp = s.lastIndexOf("&", cut);
  if (amp !== -1 && amp > cut - 6 && s.indexOf(";", amp) >= cut) cut = amp;
  return `${s.slice(0, cut)}\u2026`;
}
function section(text) {
  return { type: "section", text: { type: "mrkdwn", text: clip(text, MAX_TEXT) } };
}
function checkLine(c) {
  const lines = [`${EMOJI[c.status]} *${c.id}*: ${mrkdwnEscape(c.summary)}`];
  for (const d of c.details.slice(0, 5)) lines.push(`    \u2022 ${mrkdwnEscape(d)}`);
  if (c.details.length > 5) lines.push(`    \u2022 \u2026 ${c.details.length - 5} more`);
  if (c.fix && c.status !== "ok" && c.status !== "skipped") lines.push(`    _fix:_ ${mrkdwnEscape(c.fix)}`);
  return lines.join("\n");
}
function renderHealthSlack(report, o = {}) {
  const r = redactReport(report);
  const worst = r.checks.some((c) => c.status === "fail") ? "fail" : r.checks.some((c) => c.status === "error") ? "error" : r.checks.some((c) => c.status === "warn") ? "warn" : "ok";
  const running = o.pending?.length ?? 0;
  const title = running ? `Mastodon health: ${r.instance} (running, ${running} left)` : `Mastodon health: ${r.instance}`;
  const blocks = [{ type: "header", text: { type: "plain_text", text: clip(title, 150) } }];
  if (!running && r.diagnosis.length) {
    for (const d of r.diagnosis) {
      const body = [`${d.severity === "fail" ? ":x:" : d.severity === "warn" ? ":warning:" : ":information_source:"} *${mrkdwnEscape(d.title)}*`];
      for (const e of d.evidence) body.push(`\u2022 ${mrkdwnEscape(e)}`);
      body.push("*Next:*");
      d.next.forEach((n, i) => body.push(`${i + 1}. ${mrkdwnEscape(n)}`));
      blocks.push(section(body.join("\n")));
    }
    blocks.push({ type: "divider" });
  }
  for (const c of r.checks) blocks.push(section(checkLine(c)));
  for (const p of o.pending ?? []) blocks.push(section(`${EMOJI.pending} *${p.id}*: ${mrkdwnEscape(p.title)}\u2026`));
  const ctx = [`${(r.durationMs / 1e3).toFixed(1)} s`, r.startedAt];
  if (o.executionId) ctx.push(`execution ${o.executionId}`);
  const context = { type: "context", elements: [{ type: "mrkdwn", text: ctx.join(" \xB7 ") }] };
  if (blocks.length + 1 > MAX_BLOCKS) {
    const kept = blocks.slice(0, MAX_BLOCKS - 2);
    kept.push(section(`\u2026 ${blocks.length - kept.length} more results: run \`mastodon-ops health\` for the full report`));
    blocks.length = 0;
    blocks.push(...kept);
  }
  blocks.push(context);
  const text = mrkdwnEscape(running ? title : `Mastodon health for ${r.instance}: ${worst}${r.diagnosis[0] ? `: ${r.diagnosis[0].title}` : ""}`);
  return { text: clip(text, 3e3), blocks };
}

// src/live/render/text.ts
var MARK = { ok: "ok  ", warn: "WARN", fail: "FAIL", error: "ERR ", skipped: "skip" };
function renderHealthText(report) {
  const r = redactReport(report);
  const out = [`mastodon-ops health: ${r.instance} (${(r.durationMs / 1e3).toFixed(1)} s)`, ""];
  for (const c of r.checks) {
    out.push(`[${MARK[c.status]}] ${c.id.padEnd(16)} ${c.summary}`);
    for (const d of c.details) out.push(`        ${d}`);
    if (c.fix && c.status !== "ok") out.push(`        fix: ${c.fix}`);
  }
  if (r.diagnosis.length) {
    out.push("", "Diagnosis:");
    for (const d of r.diagnosis) {
      out.push(`- [${d.severity}] ${d.title}`);
      for (const e of d.evidence) out.push(`    because: ${e}`);
      d.next.forEach((n, i) => out.push(`    ${i + 1}. ${n}`));
    }
  }
  return out.join("\n") + "\n";
}

// src/live/render/markdown.ts
var ICON = { ok: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C", error: "\u{1F6D1}", skipped: "\u23ED\uFE0F" };
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, " ");
}
function renderHealthMarkdown(report) {
  const r = redactReport(report);
  const out = [`## Mastodon health: ${r.instance}`, "", `_${r.startedAt} \xB7 ${(r.durationMs / 1e3).toFixed(1)} s_`, ""];
  if (r.diagnosis.length) {
    out.push("### Diagnosis", "");
    for (const d of r.diagnosis) {
      out.push(`**${d.severity === "fail" ? "\u274C" : d.severity === "warn" ? "\u26A0\uFE0F" : "\u2139\uFE0F"} ${d.title}**`, "");
      for (const e of d.evidence) out.push(`- ${e}`);
      out.push("", "Next:", "");
      d.next.forEach((n, i) => out.push(`${i + 1}. ${n}`));
      out.push("");
    }
  }
  out.push("### Checks", "", "| | Check | Result | Fix |", "|---|---|---|---|");
  for (const c of r.checks) out.push(`| ${ICON[c.status]} | \`${c.id}\` | ${cell(c.summary)} | ${c.status === "ok" ? "" : cell(c.fix ?? "")} |`);
  const details = r.checks.filter((c) => c.details.length);
  if (details.length) {
    out.push("", "<details><summary>Details</summary>", "");
    for (const c of details) {
      out.push(`**${c.id}**`, "");
      for (const d of c.details) out.push(`- ${d}`);
      out.push("");
    }
    out.push("</details>");
  }
  return out.join("\n") + "\n";
}

// src/live/render/index.ts
var HEALTH_FORMATS = ["text", "json", "markdown", "slack"];
var RENDERERS = {
  text: renderHealthText,
  json: (r) => `${JSON.stringify(redactReport(r), null, 2)}
`,
  markdown: renderHealthMarkdown,
  slack: (r) => `${JSON.stringify(renderHealthSlack(r), null, 2)}
`
};
function renderHealth(format, r) {
  return RENDERERS[format](r);
}

export {
  mrkdwnEscape,
  renderHealthSlack,
  HEALTH_FORMATS,
  renderHealth
};
