import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  InternalError,
  UsageError,
  compareFindings,
  defaultSettings,
  require_dist,
  severityRank
} from "./chunk-ZR2GA637.js";
import {
  actionMatches,
  entry,
  envGet,
  get,
  has,
  indexEntries,
  isPublicAcl,
  items,
  lifecycleRuleFromApi,
  lifecycleRuleFromCfn,
  newBucketConfig,
  ownershipFromDoc,
  ownershipValue,
  parseEnv,
  parseJson,
  policyFromDoc,
  publicAccessBlockFromDoc,
  respan,
  str
} from "./chunk-ZHF7QFZJ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-NL7GRAD7.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object2, key, value) => {
      Object.defineProperty(object2, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index2 = start + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index2 + 1] === ":") {
          const nameStart = index2 + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index2 = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH && index2 + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index2, index2 + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out += char;
          index2++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index2, str4) => index2 + 6 < str4.length ? str4.slice(index2 + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range3, close) => `\\[${range3}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run.length && !run[index2].wildcard; index2++) {
        separator += run[index2].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index2 = 0;
      while (index2 < length) {
        const char = source[index2];
        if (source.startsWith(WILDCARD, index2)) {
          tokens.push({ wildcard: true });
          index2 += WILDCARD.length;
        } else if (char === "[") {
          let end = index2 + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index2, end) });
          index2 = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index2, index2 + 2) });
          index2 += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index2;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index2, end) });
          index2 = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index2++;
        } else {
          tokens.push({ single: char });
          index2++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index2) => sources[index2]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index2 = body.indexOf(SLASH);
      return index2 < 0 || index2 === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index2 = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index2 < 0 ? path : path.slice(index2 + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str4 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str4, "i") : new RegExp(str4);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str4) => {
      let count = 0;
      while (str4[str4.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index2) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index2
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored2 = false;
        let unignored = false;
        let matchedRule;
        for (let index2 = rules.length - 1; index2 >= 0; index2--) {
          const rule = rules[index2];
          if (rule.checkRegex.test(path)) {
            ignored2 = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored: ignored2,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index2 = length - 1; index2 >= 0; index2--) {
          const rule = rules[index2];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str4) => /^\\\\\?\\/.test(str4) || /["<>|\u0000-\u001F]+/u.test(str4) ? str4 : str4.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/lint/classify.ts
function basename(p) {
  const i = p.lastIndexOf("/");
  return i === -1 ? p : p.slice(i + 1);
}
var SHEBANG_SHELL = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:ba|da|k|z)?sh\b/;
function classify(path, head) {
  const name = basename(path);
  const lower2 = name.toLowerCase();
  const dirs = path.split("/").slice(0, -1);
  const parent = dirs[dirs.length - 1] ?? "";
  if (/^\.env($|\.)/.test(lower2) || /\.env(\.(j2|jinja2?|tpl|tmpl|template|sample|example|erb))?$/.test(lower2) || /^env\.production/.test(lower2)) {
    return "env";
  }
  if (lower2 === "crontab" && parent === "etc") return "cron.d";
  if (parent === "cron.d") return "cron.d";
  if (/^cron\.(hourly|daily|weekly|monthly)$/.test(parent)) return "cron-script";
  if (lower2 === "crontab" || lower2.endsWith(".crontab") || lower2.endsWith(".cron") || parent === "crontabs") return "crontab";
  if (lower2.endsWith(".service")) return "systemd-service";
  if (lower2.endsWith(".timer")) return "systemd-timer";
  if (lower2.endsWith(".yml") || lower2.endsWith(".yaml")) return "yaml";
  if (lower2.endsWith(".nix")) return "nix";
  if (lower2.endsWith(".tf") || lower2.endsWith(".tfvars")) return "terraform";
  if (lower2.endsWith(".json")) return "json";
  if (lower2.endsWith(".conf.template") && dirs.includes("nginx")) return "nginx";
  if (lower2.endsWith(".conf") && (dirs.includes("nginx") || lower2.includes("nginx") || /^(sites|conf)/.test(parent))) return "nginx";
  if (parent.startsWith("sites-") || lower2 === "nginx.conf") return "nginx";
  if (/\.(sh|bash|zsh|ksh)$/.test(lower2)) return "shell";
  if (!name.includes(".") && SHEBANG_SHELL.test(head)) return "shell";
  if (lower2.endsWith(".j2") || lower2.endsWith(".tpl")) {
    const inner = path.replace(/\.(j2|tpl)$/i, "");
    if (inner !== path) return classify(inner, head);
  }
  return null;
}
var INTERESTING = /tootctl|mastodon|public\/system|s3cmd|rclone|aws\s+s3|\bmc\s+(rm|rb)\b|gsutil|mediaAutoRemove|periodicMaintenance|removeMedia|S3_|aws_s3|AWS::S3|proxy_pass|"(Rules|Statement|ObjectOwnership|BlockPublicAcls)"\s*:/i;
function mayMatter(kind, text) {
  if (kind === "env" || kind === "crontab" || kind === "cron.d" || kind === "terraform") return true;
  if (kind === "nginx") return /proxy_|resolver|include|server|mastodon/.test(text);
  return INTERESTING.test(text);
}

// src/lint/discover.ts
var import_ignore = __toESM(require_ignore(), 1);
import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync, readdirSync, readSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/lint/source.ts
var SourceFile = class {
  constructor(path, text, absPath) {
    this.path = path;
    this.text = text;
    this.absPath = absPath;
  }
  path;
  text;
  absPath;
  lineStarts;
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    let i = t.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = t.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
  position(offset) {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (starts[lo] ?? 0) + 1, offset: o };
  }
  span(start, end) {
    return { file: this.path, start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** Offset of the first character of a 1-based line. */
  lineOffset(line) {
    const starts = this.starts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  }
  /** The text of a 1-based line, without its newline. */
  lineText(line) {
    const starts = this.starts();
    const s = starts[line - 1];
    if (s === void 0) return "";
    const e = starts[line] ?? this.text.length + 1;
    return this.text.slice(s, e - 1).replace(/\r$/, "");
  }
  get lineCount() {
    return this.starts().length;
  }
};
function normalizeRepoPath(p) {
  const out = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/");
}

// src/lint/discover.ts
var MAX_FILE_BYTES = 8 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".venv", "__pycache__"]);
function toRel(root, abs) {
  const r = relative(root, abs);
  return sep === "/" ? r : r.split(sep).join("/");
}
function inGitWorkTree(dir) {
  let d = resolve(dir);
  for (; ; ) {
    if (existsSync(join(d, ".git"))) return true;
    const up = dirname(d);
    if (up === d) return false;
    d = up;
  }
}
function discover(paths, root) {
  const files = [];
  const notices = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const abs = resolve(p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`${p}: no such file or directory`);
    }
    if (st.isFile()) {
      if (!seen.has(abs)) {
        seen.add(abs);
        files.push({ rel: toRel(root, abs) || abs, abs });
      }
      continue;
    }
    const git = inGitWorkTree(abs);
    walk(abs, toRel(root, abs), root, git ? [] : null, files, notices, seen);
  }
  return { root, files, notices };
}
function child(dir, name) {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function inside(relDir) {
  return relDir === "" || !(relDir.startsWith("..") || isAbsolute(relDir));
}
function walk(dir, relDir, root, scopes, out, notices, seen) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    notices.push({ file: toRel(root, dir) || ".", message: `skipped: directory cannot be read (${e.code ?? "error"})` });
    return;
  }
  let localScopes = scopes;
  if (scopes) {
    const gi = join(dir, ".gitignore");
    if (entries.some((e) => e.name === ".gitignore" && e.isFile())) {
      try {
        localScopes = [...scopes, { prefix: child(dir, ""), ig: (0, import_ignore.default)().add(readFileSync(gi, "utf8")) }];
      } catch {
      }
    }
  }
  const fast = inside(relDir);
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    const abs = child(dir, e.name);
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue;
      if (localScopes && ignored(localScopes, abs, true)) continue;
      walk(abs, fast ? relDir ? `${relDir}/${e.name}` : e.name : toRel(root, abs), root, localScopes, out, notices, seen);
    } else if (e.isFile()) {
      if (localScopes && ignored(localScopes, abs, false)) continue;
      if (seen.has(abs)) continue;
      seen.add(abs);
      out.push({ rel: fast ? relDir ? `${relDir}/${e.name}` : e.name : toRel(root, abs), abs });
    }
  }
}
function ignored(scopes, abs, isDir) {
  for (const s of scopes) {
    const tail = abs.slice(s.prefix.length);
    const r = sep === "/" ? tail : tail.split(sep).join("/");
    if (!r || r.startsWith("..")) continue;
    if (s.ig.ignores(isDir ? `${r}/` : r)) return true;
  }
  return false;
}
var decoder = new TextDecoder("utf-8", { fatal: false });
var strictDecoder = new TextDecoder("utf-8", { fatal: true });
function readSource(rel, abs) {
  let fd;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (st.isDirectory()) return { notice: { file: rel, message: "skipped: cannot be read (EISDIR)" } };
    if (!st.isFile()) return { notice: { file: rel, message: "skipped: not a regular file" } };
    const size = st.size;
    if (size > MAX_FILE_BYTES) {
      return { notice: { file: rel, message: `skipped: ${(size / 1048576).toFixed(1)} MiB is over the ${MAX_FILE_BYTES / 1048576} MiB limit` } };
    }
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, buf, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    const data = buf.subarray(0, got);
    if (data.subarray(0, 8e3).includes(0)) return { notice: { file: rel, message: "skipped: binary file" } };
    let text;
    let notice;
    try {
      text = strictDecoder.decode(data);
    } catch {
      text = decoder.decode(data);
      notice = { file: rel, message: "not valid UTF-8: read with replacement characters" };
    }
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { file: new SourceFile(rel, text, abs), notice };
  } catch (e) {
    return { notice: { file: rel, message: `skipped: cannot be read (${e.code ?? "error"})` } };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

// src/lint/model.ts
function emptyEnv(kind = "complete") {
  return { vars: /* @__PURE__ */ new Map(), kind, notes: [] };
}
function cloneEnv(env) {
  return { vars: new Map(env.vars), kind: env.kind, notes: [...env.notes] };
}
function emptyModel(root) {
  return { root, files: [], invocations: [], schedulers: [], scriptCalls: [], envFiles: [], buckets: [], unparsedBuckets: 0, nginx: [], parseProblems: [], liveBucketNotes: [] };
}

// src/lint/parse/shell.ts
var KEYWORDS_SKIP = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "time", "{", "}", "esac"]);
function identity(n) {
  const a = new Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
function parseShell(input, offsets, depth = 0) {
  const lx = new Lexer(input, offsets ?? identity(input.length + 1), depth);
  lx.run();
  return { commands: lx.commands, problems: lx.problems };
}
var OPERATOR_CHARS = /* @__PURE__ */ new Set([";", "&", "|", "(", ")", "<", ">", "\n"]);
var Lexer = class {
  constructor(s, off, depth) {
    this.s = s;
    this.off = off;
    this.depth = depth;
    if (this.off.length < s.length + 1) {
      const last = this.off.length ? this.off[this.off.length - 1] ?? 0 : 0;
      for (let k = this.off.length; k <= s.length; k++) this.off.push(last + (k - this.off.length + 1));
    }
  }
  s;
  off;
  depth;
  commands = [];
  problems = [];
  i = 0;
  cur = null;
  pendingHeredocs = [];
  /** Words of a `for`/`case` header are not a command. */
  skipUntil = null;
  fo(i) {
    return this.off[Math.min(i, this.s.length)] ?? 0;
  }
  run() {
    const s = this.s;
    let guard = 0;
    while (this.i < s.length) {
      if (++guard > s.length * 4 + 16) break;
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\r") {
        this.i++;
        continue;
      }
      if (c === "\\" && s[this.i + 1] === "\n") {
        this.i += 2;
        continue;
      }
      if (c === "\\" && s[this.i + 1] === "\r" && s[this.i + 2] === "\n") {
        this.i += 3;
        continue;
      }
      if (c === "#") {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
        continue;
      }
      if (c === "\n") {
        this.endCommand();
        this.i++;
        this.readHeredocs();
        this.skipUntil = this.skipUntil === "newline" ? null : this.skipUntil;
        continue;
      }
      if (OPERATOR_CHARS.has(c) && !(c === "<" || c === ">")) {
        this.operator();
        continue;
      }
      if (c === "<" || c === ">" || /[0-9]/.test(c) && this.isRedirectAhead()) {
        this.redirect();
        continue;
      }
      const w = this.word();
      if (w) this.addWord(w);
    }
    this.endCommand();
    if (this.pendingHeredocs.length) {
      const h = this.pendingHeredocs[0];
      this.problems.push({ start: h.cmd.start, end: h.cmd.end, message: `heredoc "${h.delim}" is not terminated` });
    }
  }
  isRedirectAhead() {
    let j = this.i;
    while (j < this.s.length && /[0-9]/.test(this.s[j])) j++;
    return this.s[j] === "<" || this.s[j] === ">";
  }
  operator() {
    const s = this.s;
    const c = s[this.i];
    const two = s.slice(this.i, this.i + 2);
    if (two === "&&" || two === "||" || two === ";;" || two === "|&" || two === "&>") {
      if (two === "&>") {
        this.redirect();
        return;
      }
      this.i += 2;
    } else {
      this.i += 1;
    }
    if (c === ";" && this.skipUntil === "newline") this.skipUntil = null;
    this.endCommand();
  }
  redirect() {
    const s = this.s;
    const start = this.i;
    while (this.i < s.length && /[0-9]/.test(s[this.i])) this.i++;
    let op = "";
    const three = s.slice(this.i, this.i + 3);
    const two = s.slice(this.i, this.i + 2);
    if (three === "<<<" || three === "<<-" || three === "&>>") op = three;
    else if (["<<", ">>", ">&", "<&", "&>", "<>", ">|"].includes(two)) op = two;
    else op = s[this.i] ?? "";
    this.i += op.length;
    if ((op === ">&" || op === "<&") && /[0-9-]/.test(s[this.i] ?? "")) {
      while (this.i < s.length && /[0-9-]/.test(s[this.i])) this.i++;
      this.ensureCommand(start).redirects.push({ op });
      return;
    }
    while (this.i < s.length && (s[this.i] === " " || s[this.i] === "	")) this.i++;
    const target = this.word();
    const cmd2 = this.ensureCommand(start);
    cmd2.redirects.push({ op, target: target ?? void 0 });
    if ((op === "<<" || op === "<<-") && target) {
      const quoted = /['"\\]/.test(target.raw);
      const delim = target.parts.map((p) => p.kind === "lit" ? p.text : "").join("");
      this.pendingHeredocs.push({ delim, strip: op === "<<-", quoted, cmd: cmd2 });
    }
    if (target) cmd2.end = target.end;
  }
  readHeredocs() {
    const s = this.s;
    while (this.pendingHeredocs.length) {
      const h = this.pendingHeredocs.shift();
      const bodyStart = this.i;
      let found = false;
      while (this.i < s.length) {
        let e = s.indexOf("\n", this.i);
        if (e === -1) e = s.length;
        let line = s.slice(this.i, e).replace(/\r$/, "");
        if (h.strip) line = line.replace(/^\t+/, "");
        if (line === h.delim) {
          const text = s.slice(bodyStart, this.i);
          h.cmd.heredocs.push({ text, offsets: this.off.slice(bodyStart, this.i + 1), quoted: h.quoted });
          this.i = Math.min(s.length, e + 1);
          found = true;
          break;
        }
        this.i = e + 1;
      }
      if (!found) {
        this.problems.push({ start: this.fo(bodyStart), end: this.fo(s.length), message: `heredoc "${h.delim}" is not terminated` });
        h.cmd.heredocs.push({ text: s.slice(bodyStart), offsets: this.off.slice(bodyStart), quoted: h.quoted });
        this.i = s.length;
      }
    }
  }
  ensureCommand(start) {
    if (!this.cur) {
      this.cur = { assignments: [], words: [], redirects: [], heredocs: [], start: this.fo(start), end: this.fo(start) };
    }
    return this.cur;
  }
  addWord(w) {
    const raw = w.raw;
    if (this.skipUntil) {
      if (this.skipUntil === "in" && raw === "in") this.skipUntil = "newline";
      return;
    }
    if (!this.cur || this.cur.words.length === 0 && this.cur.assignments.length === 0) {
      if (KEYWORDS_SKIP.has(raw)) return;
      if (raw === "for" || raw === "select") {
        this.skipUntil = "newline";
        return;
      }
      if (raw === "case") {
        this.skipUntil = "in";
        return;
      }
      if (raw === "function") return;
    }
    const cmd2 = this.cur ?? this.ensureCommandAt(w.start);
    if (cmd2.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*\+?=/.test(raw)) cmd2.assignments.push(w);
    else cmd2.words.push(w);
    cmd2.end = Math.max(cmd2.end, w.end);
  }
  ensureCommandAt(fileOffset) {
    this.cur = { assignments: [], words: [], redirects: [], heredocs: [], start: fileOffset, end: fileOffset };
    return this.cur;
  }
  endCommand() {
    const c = this.cur;
    this.cur = null;
    if (!c) return;
    if (c.words.length || c.assignments.length || c.redirects.length) this.commands.push(c);
  }
  /** Reads one word at `this.i`; returns null when there is none. */
  word() {
    const s = this.s;
    const start = this.i;
    const parts = [];
    let lit = "";
    let litOff = [];
    const flush = () => {
      if (lit) parts.push({ kind: "lit", text: lit, offsets: litOff });
      lit = "";
      litOff = [];
    };
    const push = (ch, at) => {
      lit += ch;
      litOff.push(this.fo(at));
    };
    let rawChars = "";
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\n" || c === "\r" || OPERATOR_CHARS.has(c)) break;
      if (c === "\\") {
        const n = s[this.i + 1];
        if (n === "\n") {
          this.i += 2;
          continue;
        }
        if (n === void 0) {
          rawChars += c;
          push(c, this.i);
          this.i++;
          break;
        }
        rawChars += c + n;
        push(n, this.i + 1);
        this.i += 2;
        continue;
      }
      if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        const end = close === -1 ? s.length : close;
        if (close === -1) this.problems.push({ start: this.fo(this.i), end: this.fo(s.length), message: "unterminated single quote" });
        for (let k = this.i + 1; k < end; k++) push(s[k], k);
        rawChars += s.slice(this.i, end + 1);
        this.i = end + 1;
        continue;
      }
      if (c === '"') {
        rawChars += c;
        this.i++;
        let closed = false;
        while (this.i < s.length) {
          const d = s[this.i];
          if (d === '"') {
            closed = true;
            rawChars += d;
            this.i++;
            break;
          }
          if (d === "\\") {
            const n = s[this.i + 1];
            if (n === "\n") {
              this.i += 2;
              continue;
            }
            if (n !== void 0 && '$`"\\'.includes(n)) {
              push(n, this.i + 1);
              rawChars += d + n;
              this.i += 2;
              continue;
            }
            push(d, this.i);
            rawChars += d;
            this.i++;
            continue;
          }
          if (d === "$" || d === "`") {
            const before = this.i;
            flush();
            this.expansion(parts);
            rawChars += s.slice(before, this.i);
            continue;
          }
          push(d, this.i);
          rawChars += d;
          this.i++;
        }
        if (!closed) this.problems.push({ start: this.fo(start), end: this.fo(s.length), message: "unterminated double quote" });
        continue;
      }
      if (c === "$" || c === "`") {
        const before = this.i;
        if (c === "$" && s[this.i + 1] === "'") {
          const close = s.indexOf("'", this.i + 2);
          const end = close === -1 ? s.length : close;
          for (let k = this.i + 2; k < end; k++) push(s[k], k);
          rawChars += s.slice(this.i, end + 1);
          this.i = end + 1;
          continue;
        }
        flush();
        this.expansion(parts);
        rawChars += s.slice(before, this.i);
        continue;
      }
      rawChars += c;
      push(c, this.i);
      this.i++;
    }
    flush();
    if (this.i === start) return null;
    return { parts, start: this.fo(start), end: this.fo(this.i), raw: rawChars };
  }
  /** At `$` or a backtick: reads one expansion into `parts`, collecting nested commands. */
  expansion(parts) {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === "`") {
      let j = this.i + 1;
      while (j < s.length && s[j] !== "`") j += s[j] === "\\" ? 2 : 1;
      this.nested(this.i + 1, Math.min(j, s.length));
      this.i = Math.min(j + 1, s.length);
      parts.push({ kind: "unknown", start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    const n = s[this.i + 1];
    if (n === "(") {
      const arithmetic = s[this.i + 2] === "(";
      const close = this.matchParen(this.i + 1);
      if (!arithmetic) this.nested(this.i + 2, close);
      this.i = Math.min(close + 1, s.length);
      parts.push({ kind: "unknown", start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    if (n === "{") {
      const close = s.indexOf("}", this.i + 2);
      const end = close === -1 ? s.length : close;
      const inner = s.slice(this.i + 2, end);
      this.i = Math.min(end + 1, s.length);
      const m2 = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(inner);
      if (m2 && (m2[2] === void 0 || !/[$`'"\\]/.test(m2[3] ?? ""))) {
        parts.push({ kind: "var", name: m2[1], fallback: m2[2] ? m2[3] ?? "" : void 0, start: this.fo(start), end: this.fo(this.i) });
      } else {
        parts.push({ kind: "unknown", start: this.fo(start), end: this.fo(this.i) });
      }
      return;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(s.slice(this.i + 1, this.i + 200));
    if (m) {
      this.i += 1 + m[0].length;
      if (/^[A-Za-z_]/.test(m[0])) parts.push({ kind: "var", name: m[0], start: this.fo(start), end: this.fo(this.i) });
      else parts.push({ kind: "unknown", start: this.fo(start), end: this.fo(this.i) });
      return;
    }
    parts.push({ kind: "lit", text: "$", offsets: [this.fo(this.i)] });
    this.i++;
  }
  /** Index of the `)` matching the `(` at `open`, honouring quotes; s.length when unmatched. */
  matchParen(open) {
    const s = this.s;
    let depth = 0;
    for (let j = open; j < s.length; j++) {
      const c = s[j];
      if (c === "\\") {
        j++;
        continue;
      }
      if (c === "'") {
        const k = s.indexOf("'", j + 1);
        if (k === -1) return s.length;
        j = k;
        continue;
      }
      if (c === '"') {
        let k = j + 1;
        while (k < s.length && s[k] !== '"') k += s[k] === "\\" ? 2 : 1;
        j = k;
        continue;
      }
      if (c === "(") depth++;
      else if (c === ")") {
        depth--;
        if (depth === 0) return j;
      }
    }
    this.problems.push({ start: this.fo(open), end: this.fo(s.length), message: 'unterminated "$("' });
    return s.length;
  }
  nested(from, to) {
    if (this.depth > 8 || to <= from) return;
    const inner = parseShell(this.s.slice(from, to), this.off.slice(from, to + 1), this.depth + 1);
    for (const c of inner.commands) this.commands.push({ ...c, substitution: true });
  }
};

// src/mastodon/tootctl-spec.ts
function sig(params) {
  const parts = params.split(",").map((p) => p.trim()).filter((p) => p !== "");
  let min = 0;
  let max = 0;
  const names = [];
  for (const p of parts) {
    if (p.startsWith("*")) {
      max = null;
      names.push(p.slice(1).replace(/s$/, "").toUpperCase());
    } else if (p.includes("=")) {
      if (max !== null) max++;
      names.push(p.split("=")[0].trim().toUpperCase());
    } else {
      min++;
      if (max !== null) max++;
      names.push(p.toUpperCase());
    }
  }
  const args = max === 0 ? "none" : min > 0 ? "some" : "any";
  return { args, minArgs: min, maxArgs: max, argNames: names };
}
function cmd(params, options, extra = {}) {
  return { ...sig(params), options, ...extra };
}
var concurrency = { name: "concurrency", type: "numeric", default: 5, aliases: ["c"] };
var verbose = { name: "verbose", type: "boolean", default: false, aliases: ["v"] };
var dryRun = { name: "dry-run", type: "boolean", default: false };
var bool = (name, extra = {}) => ({ name, type: "boolean", ...extra });
var str2 = (name, extra = {}) => ({ name, type: "string", ...extra });
var TOOTCTL = {
  // accounts.rb
  accounts: {
    rotate: cmd("username = nil", [bool("all")], { since: "2.5.0" }),
    create: cmd("username", [str2("email", { required: true }), bool("confirmed"), str2("role"), bool("reattach"), bool("force"), bool("approve")], { since: "2.6.0" }),
    modify: cmd(
      "username",
      [
        str2("role"),
        bool("remove-role", { since: "4.0.0" }),
        str2("email"),
        bool("confirm"),
        bool("enable"),
        bool("disable"),
        bool("disable-2fa"),
        bool("approve"),
        bool("reset-password", { since: "3.1.2" })
      ],
      { since: "2.6.0" }
    ),
    delete: cmd("username = nil", [str2("email"), dryRun], { since: "2.6.0" }),
    merge: cmd("from_acct, to_acct", [bool("force", { aliases: ["f"] })], { since: "3.3.0", argNames: ["FROM", "TO"] }),
    "fix-duplicates": cmd("", [dryRun]),
    backup: cmd("username", [], { since: "2.6.0" }),
    cull: cmd("*domains", [concurrency, bool("dry-run", { since: "2.8.0" })], {
      since: "2.6.0",
      summary: "deletes remote accounts whose server answers 404 or 410"
    }),
    refresh: cmd("*usernames", [bool("all"), str2("domain"), concurrency, verbose, dryRun], {
      since: "2.6.0",
      summary: "re-downloads avatars and headers of remote accounts from their stored URLs"
    }),
    follow: cmd("username", [concurrency, verbose], { since: "2.7.0" }),
    unfollow: cmd("acct", [concurrency, verbose], { since: "2.7.0" }),
    "reset-relationships": cmd("username", [bool("follows", { default: false }), bool("followers", { default: false })], { since: "2.8.0" }),
    approve: cmd("username = nil", [{ name: "number", type: "numeric", aliases: ["n"] }, bool("all")], { since: "2.8.0" }),
    prune: cmd("", [concurrency, dryRun], { summary: "deletes remote accounts no local account interacted with" }),
    migrate: cmd("username", [bool("force"), bool("replay"), str2("target")])
  },
  // cache.rb
  cache: {
    clear: cmd("", [], { since: "2.8.1" }),
    recount: cmd("type", [concurrency, verbose], { since: "3.0.0" })
  },
  // canonical_email_blocks.rb
  canonical_email_blocks: {
    find: cmd("email", []),
    remove: cmd("email", [])
  },
  // domains.rb
  domains: {
    purge: cmd(
      "*domains",
      [
        concurrency,
        verbose,
        dryRun,
        bool("limited-federation-mode", { since: "3.2.0" }),
        bool("by-uri", { since: "3.5.0" }),
        bool("include-subdomains"),
        bool("purge-domain-blocks")
      ],
      { since: "2.6.0", summary: "deletes every account of the given domains without a trace" }
    ),
    crawl: cmd(
      "start = nil",
      [
        { name: "concurrency", type: "numeric", default: 50, aliases: ["c"] },
        str2("format", { default: "summary", aliases: ["f"] }),
        bool("exclude-suspended", { default: false, aliases: ["x"], since: "3.0.0" })
      ],
      { since: "2.7.0" }
    )
  },
  // email_domain_blocks.rb. `only_blocked` and `allow_with_approval` are declared with the typo
  // `defaut: false`, so Thor sees no default (nil), which reads as false.
  email_domain_blocks: {
    list: cmd("", [bool("only-blocked"), bool("only-with-approval", { default: false })], { since: "3.2.0" }),
    add: cmd("*domains", [bool("with-dns-records"), bool("allow-with-approval")], { since: "3.2.0" }),
    remove: cmd("*domains", [], { since: "3.2.0" })
  },
  // emoji.rb
  emoji: {
    import: cmd("path", [str2("prefix"), str2("suffix"), bool("overwrite"), bool("unlisted"), str2("category")], { since: "2.5.0" }),
    export: cmd("path", [str2("category"), bool("overwrite")], { since: "3.1.4" }),
    purge: cmd("", [bool("remote-only", { since: "3.1.0" })], { since: "2.8.0" })
  },
  // feeds.rb. `skip-filled-timelines` is inferred: PrecomputeFeedService#call takes
  // `skip_filled_timelines:` from v4.4 on, but the feeds.rb that passes it was not available to read.
  feeds: {
    build: cmd("username = nil", [bool("all", { default: false }), concurrency, verbose, dryRun, bool("skip-filled-timelines", { default: false, since: "4.4.0" })], {
      since: "2.6.0"
    }),
    clear: cmd("", [], { since: "2.6.0" }),
    vacuum: cmd("", [])
  },
  // ip_blocks.rb; severities from app/models/ip_block.rb `enum :severity`.
  ip_blocks: {
    add: cmd(
      "*addresses",
      [
        str2("severity", { required: true, enum: ["sign_up_requires_approval", "sign_up_block", "no_access"] }),
        str2("comment", { aliases: ["c"] }),
        { name: "duration", type: "numeric", aliases: ["d"] },
        bool("force", { aliases: ["f"] })
      ],
      { argNames: ["IP"] }
    ),
    remove: cmd("*addresses", [bool("force", { aliases: ["f"] })], { argNames: ["IP"] }),
    export: cmd("", [str2("format", { aliases: ["f"], enum: ["plain", "nginx"] })])
  },
  // maintenance.rb
  maintenance: {
    "fix-duplicates": cmd("", [], { since: "3.3.0" })
  },
  // media.rb; `remove` options as in shared/reference/mastodon.md section 3.
  media: {
    remove: cmd(
      "",
      [
        { name: "days", type: "numeric", default: 7, aliases: ["d"] },
        bool("prune-profiles", { default: false, since: "4.1.0" }),
        bool("remove-headers", { default: false, since: "4.1.0" }),
        bool("include-follows", { default: false, since: "4.1.0" }),
        concurrency,
        verbose,
        dryRun,
        bool("keep-interacted", { default: false, since: "4.6.0" })
      ],
      { since: "2.5.0", summary: "removes cached remote media, or with profile flags remote avatars and headers" }
    ),
    "remove-orphans": cmd("", [str2("start-after"), str2("prefix", { since: "3.1.3" }), bool("fix-permissions", { default: false, since: "3.3.0" }), dryRun], {
      since: "3.1.0",
      summary: "deletes stored files that no record points to"
    }),
    refresh: cmd(
      "",
      [
        str2("account"),
        str2("domain"),
        { name: "status", type: "numeric" },
        { name: "days", type: "numeric", since: "4.0.0" },
        concurrency,
        verbose,
        dryRun,
        bool("force", { default: false, since: "3.0.1" })
      ],
      { since: "3.0.0" }
    ),
    usage: cmd("", [], { since: "3.0.1" }),
    lookup: cmd("url", [], { since: "3.1.0" })
  },
  // preview_cards.rb
  preview_cards: {
    remove: cmd("", [{ name: "days", type: "numeric", default: 180 }, concurrency, verbose, dryRun, bool("link", { default: false })], { since: "3.0.0" })
  },
  // search.rb
  search: {
    deploy: cmd(
      "",
      [
        concurrency,
        { name: "batch-size", type: "numeric", default: 100, aliases: ["b"], since: "3.5.0" },
        { name: "only", type: "array", enum: ["instances", "accounts", "tags", "statuses", "public_statuses"] },
        bool("import", { default: true, since: "3.5.3" }),
        bool("clean", { default: true, since: "3.5.3" }),
        bool("reset-chewy", { default: false, since: "4.2.0" })
      ],
      { since: "2.8.0" }
    )
  },
  // settings.rb: `settings` has one subcommand, `registrations`, itself a Thor group.
  settings: {
    registrations: cmd("", [], {
      subcommands: {
        open: cmd("", [], { since: "2.6.0" }),
        // `aliases: [:require_invite_text]` becomes `-require_invite_text`, which no switch pattern
        // matches, so that alias cannot be typed.
        approved: cmd("", [bool("require-reason", { aliases: ["require_invite_text"] })], { since: "3.5.2" }),
        close: cmd("", [], { since: "2.6.0" })
      }
    })
  },
  // statuses.rb
  statuses: {
    remove: cmd(
      "",
      [
        { name: "days", type: "numeric", default: 90 },
        { name: "batch-size", type: "numeric", default: 1e3, aliases: ["b"] },
        bool("continue", { default: false }),
        bool("clean-followed", { default: false }),
        bool("skip-status-remove", { default: false }),
        bool("skip-media-remove", { default: false, since: "3.1.3" }),
        bool("compress-database", { default: false })
      ],
      { since: "2.8.0" }
    )
  },
  // upgrade.rb
  upgrade: {
    "storage-schema": cmd("", [dryRun, verbose], { since: "3.1.4" })
  }
};
var TOOTCTL_TOP_LEVEL = {
  version: cmd("", [], { since: "2.7.0" }),
  "self-destruct": cmd("", [], { since: "2.8.0" }),
  help: cmd("command = nil, subcommand = false", [])
};
var TOOTCTL_TOP_LEVEL_MAP = {
  "-h": "help",
  "-?": "help",
  "--help": "help",
  "-D": "help",
  "--version": "version",
  "-v": "version"
};
var GROUP_HELP = cmd("command = nil, subcommand = true", []);

// src/mastodon/tootctl.ts
function isTootctl(w) {
  const v2 = w?.value;
  if (!v2) return false;
  return v2 === "tootctl" || v2.endsWith("/tootctl");
}
function parseTootctl(argv) {
  if (!isTootctl(argv[0])) return null;
  const program = argv[0];
  const rest = argv.slice(1);
  const call = {
    program,
    command: [],
    commandWords: [],
    spec: null,
    options: /* @__PURE__ */ new Map(),
    positionals: [],
    problems: [],
    hasUnknownWords: rest.some((w) => w.value === null)
  };
  try {
    dispatchMain(call, rest);
  } catch {
  }
  for (const p of call.problems) {
    if (rest.some((w) => w.value === null && w.span.start.offset < p.word.span.start.offset)) p.uncertain = true;
  }
  return call;
}
var HELP_MAP = { "-h": "help", "-?": "help", "--help": "help", "-D": "help" };
var MAIN = { commands: TOOTCTL_TOP_LEVEL, groups: TOOTCTL, map: TOOTCTL_TOP_LEVEL_MAP };
var groupClasses = /* @__PURE__ */ new WeakMap();
function groupClass(commands) {
  let cls = groupClasses.get(commands);
  if (!cls) groupClasses.set(commands, cls = { commands: { ...commands, help: GROUP_HELP }, groups: {}, map: HELP_MAP });
  return cls;
}
var method = (key) => key.replace(/-/g, "_");
var commandNames = /* @__PURE__ */ new WeakMap();
function resolveCommand(cls, typed) {
  let cached = commandNames.get(cls);
  if (!cached) {
    const keys = [...Object.keys(cls.groups), ...Object.keys(cls.commands)];
    const byMethod2 = new Map(keys.map((k) => [method(k), k]));
    commandNames.set(cls, cached = { byMethod: byMethod2, names: [...byMethod2.keys(), ...Object.keys(cls.map)] });
  }
  const { byMethod, names } = cached;
  const possibilities = names.filter((n) => n.startsWith(typed)).sort();
  const unique = [...new Set(possibilities.map((k) => cls.map[k] ?? k))];
  let found;
  if (possibilities.includes(typed)) found = [typed];
  else if (unique.length === 1) found = unique;
  else found = possibilities;
  if (found.length > 1) return { ambiguous: found.map((m2) => byMethod.get(m2) ?? m2) };
  let m;
  if (found.length === 0) m = typed;
  else if (cls.map[typed]) m = cls.map[typed];
  else m = found[0];
  const key = byMethod.get(method(m));
  return key === void 0 ? { unknown: true } : { key };
}
function dispatchMain(call, words) {
  const first = words[0];
  if (!first || first.value === null) return;
  const typed = first.value;
  if (typed.startsWith("-") && !MAIN.map[typed]) {
    call.problems.push({
      kind: "unknown-command",
      word: first,
      // After `--` help gets the command words as its arguments and prints that group's help;
      // after any other switch it gets the switch and fails.
      message: typed === "--" ? `"--" before the command makes tootctl print help instead of running it, so the job does nothing; remove "--"` : `tootctl expects a command before "${typed}", so it exits 1 without running anything; put the command (e.g. "media remove") first`
    });
    return;
  }
  const r = resolveCommand(MAIN, typed);
  if (!("key" in r)) {
    commandProblem(call, MAIN, first, typed, r, "tootctl");
    return;
  }
  call.command = [r.key];
  call.commandWords = [first];
  const group = TOOTCTL[r.key];
  if (group) {
    dispatchGroup(call, groupClass(group), words.slice(1));
    return;
  }
  const spec = TOOTCTL_TOP_LEVEL[r.key];
  call.spec = spec;
  runCommand(call, spec, words.slice(1));
}
function dispatchGroup(call, cls, after) {
  const dd = after.findIndex((w) => w.value === "--");
  const words = dd === -1 ? after : [...after.slice(0, dd), ...after.slice(dd + 1)];
  const [leading, opts] = split(words);
  const help = opts.some((w) => w.value === "--help" || w.value === "-h");
  const label = `tootctl ${call.command.join(" ")}`;
  const sub2 = leading[0];
  if (!sub2) {
    const o = opts[0];
    if (help) call.help = true;
    else if (o && o.value !== null) {
      call.problems.push({
        kind: "unknown-subcommand",
        word: o,
        message: `"${label}" needs a subcommand before "${o.value}", so tootctl exits 1 and the job does nothing; put the subcommand first`
      });
    }
    return;
  }
  if (sub2.value === null) return;
  const r = resolveCommand(cls, sub2.value);
  if (!("key" in r)) {
    commandProblem(call, cls, sub2, sub2.value, r, label);
    return;
  }
  call.command = [...call.command, r.key];
  call.commandWords = [...call.commandWords, sub2];
  const spec = cls.commands[r.key];
  if (spec.subcommands) {
    if (help) call.help = true;
    else dispatchGroup(call, groupClass(spec.subcommands), [...leading.slice(1), ...opts]);
    return;
  }
  call.spec = spec;
  if (help) {
    call.help = true;
    return;
  }
  parseArgs(call, spec, leading.slice(1), opts);
}
function commandProblem(call, cls, word, typed, r, label) {
  const names = [...Object.keys(cls.groups), ...Object.keys(cls.commands)];
  if ("ambiguous" in r) {
    const list2 = r.ambiguous.map((n) => `"${n}"`).join(", ");
    call.problems.push({
      kind: "ambiguous-command",
      word,
      message: `"${typed}" could be any of ${list2} in "${label}", so tootctl exits 1 with "Ambiguous command" and the job does nothing; write the full name`
    });
    return;
  }
  const starts = names.filter((n) => method(n).startsWith(method(typed)));
  const suggestion = starts.length === 1 ? starts[0] : closest(typed, names);
  const top = label === "tootctl";
  call.problems.push({
    kind: top ? "unknown-command" : "unknown-subcommand",
    word,
    suggestion,
    message: `${top ? `tootctl has no command "${typed}", so it` : `"${label}" has no subcommand "${typed}", so tootctl`} exits 1 with "Could not find command" and the job does nothing; ` + (suggestion ? `use "${suggestion}"` : `run "${label} help" for the list`)
  });
}
function split(words) {
  const i = words.findIndex((w) => w.value !== null && w.value.startsWith("-"));
  return i === -1 ? [words, []] : [words.slice(0, i), words.slice(i)];
}
function runCommand(call, spec, words) {
  const [leading, opts] = split(words);
  parseArgs(call, spec, leading, opts);
}
var LONG_RE = /^(--\w+(?:-\w+)*)$/;
var SHORT_RE = /^(-[a-z])$/i;
var EQ_RE = /^(--\w+(?:-\w+)*|-[a-z])=(.*)$/i;
var SHORT_SQ_RE = /^-([a-z]{2,})$/i;
var SHORT_NUM = /^(-[a-z])[-+]?(\d*\.\d+|\d+)$/i;
var NUMERIC = /^[-+]?(\d*\.\d+|\d+)$/;
var TRUE = /* @__PURE__ */ new Set(["true", "TRUE", "t", "T"]);
var FALSE = /* @__PURE__ */ new Set(["false", "FALSE", "f", "F"]);
var OptionsParser = class {
  constructor(call, spec, opts) {
    this.call = call;
    this.spec = spec;
    this.pile = [...opts];
    for (const o of spec.options) {
      this.switches.set(`--${o.name}`, o);
      for (const a of o.aliases ?? []) if (!this.shorts.has(`-${a}`)) this.shorts.set(`-${a}`, `--${o.name}`);
    }
  }
  call;
  spec;
  pile;
  isValue = false;
  // @is_treated_as_value
  parsing = true;
  // @parsing_options
  extra = [];
  origin = /* @__PURE__ */ new Map();
  assigned = /* @__PURE__ */ new Map();
  switches = /* @__PURE__ */ new Map();
  shorts = /* @__PURE__ */ new Map();
  /** `Options#peek`: `--` while parsing options ends them and is dropped. */
  peek() {
    if (this.parsing && this.pile[0]?.value === "--") {
      this.shift();
      this.parsing = false;
    }
    return this.pile[0];
  }
  shift() {
    this.isValue = false;
    return this.pile.shift();
  }
  unshift(words, isValue = false) {
    this.isValue = isValue;
    this.pile = [...words, ...this.pile];
  }
  parsingOptions() {
    this.peek();
    return this.parsing;
  }
  last() {
    return this.pile.length === 0;
  }
  /** `normalize_switch`: an alias becomes its option's switch; `_` reads as `-`. */
  normalize(arg) {
    return (this.shorts.get(arg) ?? arg).replace(/_/g, "-");
  }
  switchOption(arg) {
    const m = noOrSkip(arg);
    return m !== null ? this.switches.get(arg) ?? this.switches.get(`--${m}`) : this.switches.get(arg);
  }
  isSwitch(arg) {
    return this.switchOption(this.normalize(arg)) !== void 0;
  }
  /** `current_is_switch?`: [looks like a switch, is a declared one]. */
  currentIsSwitch() {
    if (this.isValue) return [false, false];
    const v2 = this.peek()?.value;
    if (v2 === void 0 || v2 === null) return [false, false];
    const m = LONG_RE.exec(v2) ?? SHORT_RE.exec(v2) ?? EQ_RE.exec(v2) ?? SHORT_NUM.exec(v2);
    if (m) return [true, this.isSwitch(m[1])];
    const sq = SHORT_SQ_RE.exec(v2);
    if (sq) return [true, [...sq[1]].some((f) => this.isSwitch(`-${f}`))];
    return [false, false];
  }
  currentIsSwitchFormatted() {
    if (this.isValue) return false;
    const v2 = this.peek()?.value;
    if (v2 === void 0 || v2 === null) return false;
    return LONG_RE.test(v2) || SHORT_RE.test(v2) || EQ_RE.test(v2) || SHORT_NUM.test(v2) || SHORT_SQ_RE.test(v2);
  }
  /** Options' `current_is_value?` over Arguments' (`peek.to_s !~ /^-{1,2}\S+/`). */
  currentIsValue() {
    if (this.isValue) return true;
    const p = this.peek();
    if (!p) return false;
    if (!this.parsingOptions()) return true;
    return p.value === null || !/^-{1,2}\S+/.test(p.value);
  }
  parse() {
    while (this.peek() !== void 0) {
      if (!this.parsingOptions()) {
        this.extra.push(this.shift());
        continue;
      }
      const [match, isSwitch] = this.currentIsSwitch();
      const shifted = this.shift();
      if (isSwitch) {
        const v2 = shifted.value;
        let sw;
        let swWord;
        let m;
        if (m = SHORT_SQ_RE.exec(v2)) {
          this.unshift([...m[1]].map((f, i) => ({ ...subWord(shifted, i + 1, i + 2), value: `-${f}`, text: `-${f}`, offsets: void 0 })));
          continue;
        } else if (m = EQ_RE.exec(v2)) {
          const n = m[1].length;
          this.unshift([subWord(shifted, n + 1, v2.length)], true);
          sw = m[1];
          swWord = subWord(shifted, 0, n);
        } else if (m = SHORT_NUM.exec(v2)) {
          this.unshift([subWord(shifted, v2.length - m[2].length, v2.length)]);
          sw = m[1];
          swWord = subWord(shifted, 0, 2);
        } else {
          sw = v2;
          swWord = shifted;
        }
        sw = this.normalize(sw);
        const option = this.switchOption(sw);
        this.parsePeek(sw, option, swWord);
      } else if (match) {
        this.extra.push(shifted);
        this.origin.set(shifted, { kind: "unknown-switch" });
        for (let p = this.peek(); p && !(p.value ?? "").startsWith("-"); p = this.peek()) {
          const w = this.shift();
          this.extra.push(w);
          this.origin.set(w, { kind: "swallowed" });
        }
      } else {
        this.extra.push(shifted);
      }
    }
  }
  assign(option, swWord, valueWords, value) {
    const words = [swWord, ...valueWords];
    const lastWord = words[words.length - 1];
    this.assigned.set(option.name, { spec: option, value, words, span: joinSpans(swWord.span, lastWord.span) });
  }
  problem(p) {
    this.call.problems.push(p);
  }
  /** `parse_peek`: is there a value to read, and read it by type. */
  parsePeek(sw, option, swWord) {
    if (this.parsingOptions() && (this.currentIsSwitchFormatted() || this.last())) {
      if (option.type === "boolean") {
      } else if (noOrSkip(sw) !== null) {
        this.assign(option, swWord, [], null);
        if (option.default !== void 0) {
          this.problem({
            kind: "bad-value",
            word: swWord,
            message: `"${swWord.text}" sets "--${option.name}" to nothing instead of its default ${JSON.stringify(option.default)}, so the command fails when it reads it; remove "${swWord.text}"`
          });
        }
        return;
      } else if (option.type === "string" && !option.required) {
        const value = typeof option.default === "string" ? option.default : option.name.replace(/-/g, "_");
        this.assign(option, swWord, [], value);
        this.problem({
          kind: "missing-value",
          word: swWord,
          message: `"${swWord.text}" has no value, so Thor uses "${value}" as its value and the command works on the wrong input; give it a value or remove it`
        });
        return;
      } else {
        this.assign(option, swWord, [], null);
        this.problem({
          kind: "missing-value",
          word: swWord,
          message: `"${swWord.text}" has no value, so tootctl exits 1 with "No value provided for option" and the job does nothing; give it ${option.type === "numeric" ? "a number" : "a value"}`
        });
        return;
      }
    }
    switch (option.type) {
      case "boolean":
        return this.parseBoolean(sw, option, swWord);
      case "numeric":
        return this.parseNumeric(sw, option, swWord);
      case "array":
        return this.parseArray(option, swWord);
      case "hash":
        return this.parseHash(option, swWord);
      default:
        return this.parseString(sw, option, swWord);
    }
  }
  /** `parse_boolean`: a following true/false word is its value; the negation applies only without one. */
  parseBoolean(sw, option, swWord) {
    const fallback = this.switches.has(sw) || noOrSkip(sw) === null;
    if (this.currentIsValue()) {
      const p = this.peek();
      if (p.value !== null && (TRUE.has(p.value) || FALSE.has(p.value))) {
        this.shift();
        this.assign(option, swWord, [p], TRUE.has(p.value));
        return;
      }
      if (this.isValue) this.origin.set(p, { kind: "boolean-value", option: swWord.text });
    }
    this.assign(option, swWord, [], fallback);
  }
  /** `parse_numeric`: the whole value must match NUMERIC; `.` makes it a Float. */
  parseNumeric(sw, option, swWord) {
    const p = this.peek();
    if (!p) {
      this.assign(option, swWord, [], null);
      this.problem({
        kind: "bad-value",
        word: swWord,
        message: `"${swWord.text}" is missing its number, so tootctl exits 1 with "Expected numeric value" and the job does nothing; give it a number`
      });
      return;
    }
    this.shift();
    if (p.value === null) return this.assign(option, swWord, [p], null);
    if (!NUMERIC.test(p.value)) {
      this.assign(option, swWord, [p], null);
      this.problem({
        kind: "bad-value",
        word: p,
        message: `"${sw}" needs a number but got "${p.value}", so tootctl exits 1 with "Expected numeric value" and the job does nothing; write the number in digits`
      });
      return;
    }
    this.assign(option, swWord, [p], Number(p.value));
  }
  /** `parse_string`: `--no-x` gives nil without reading a value; `enum:` is checked. */
  parseString(sw, option, swWord) {
    if (noOrSkip(sw) !== null) return this.assign(option, swWord, [], null);
    const p = this.shift();
    if (!p) return this.assign(option, swWord, [], null);
    this.assign(option, swWord, [p], p.value);
    if (p.value !== null) this.checkEnum(option, sw, p, p.value);
  }
  /** `parse_array`: every following word that is not a switch. */
  parseArray(option, swWord) {
    const words = [];
    while (this.currentIsValue()) {
      const p = this.shift();
      words.push(p);
      if (p.value) this.checkEnum(option, `--${option.name}`, p, p.value);
    }
    const value = words.some((w) => w.value === null) ? null : words.map((w) => w.value ?? "");
    this.assign(option, swWord, words, value);
  }
  /** `parse_hash`: following `key:value` words. No tootctl option is a hash. */
  parseHash(option, swWord) {
    const words = [];
    for (let p = this.peek(); p && this.currentIsValue() && (p.value ?? "").includes(":"); p = this.peek()) words.push(this.shift());
    this.assign(option, swWord, words, null);
  }
  /** `validate_enum_value!`. */
  checkEnum(option, sw, word, value) {
    if (!option.enum || option.enum.includes(value)) return;
    this.problem({
      kind: "bad-value",
      word,
      message: `"${sw}" must be one of ${option.enum.map((e) => `"${e}"`).join(", ")} but got "${value}", so tootctl exits 1 with "Expected '${sw}' to be one of" and the job does nothing; use one of those`
    });
  }
};
function noOrSkip(arg) {
  const m = /^--(no|skip)-([-\w]+)$/.exec(arg);
  return m ? m[2] : null;
}
function parseArgs(call, spec, leading, opts) {
  const parser2 = new OptionsParser(call, spec, opts);
  parser2.parse();
  call.options = parser2.assigned;
  const positionals2 = [...leading, ...parser2.extra];
  call.positionals = positionals2;
  const label = `tootctl ${call.command.join(" ")}`;
  const lastWord = call.commandWords[call.commandWords.length - 1] ?? call.program;
  const unknown = call.hasUnknownWords;
  if (!unknown) {
    for (const o of spec.options) {
      if (!o.required || parser2.assigned.has(o.name)) continue;
      call.problems.push({
        kind: "missing-option",
        word: lastWord,
        message: `"${label}" needs "--${o.name}", so tootctl exits 1 with "No value provided for required options" and the job does nothing; add "--${o.name}"${o.enum ? ` with one of ${o.enum.map((e) => `"${e}"`).join(", ")}` : " with a value"}`
      });
    }
  }
  const count = positionals2.length;
  const overflow = !unknown && spec.maxArgs !== null && count > spec.maxArgs;
  const underflow = !unknown && count < spec.minArgs;
  const explained = /* @__PURE__ */ new Set();
  positionals2.forEach((w, i) => {
    const o = parser2.origin.get(w);
    if (!o || o.kind === "swallowed") return;
    const typed = w.value ?? w.text;
    const argName = spec.argNames[Math.min(i, spec.argNames.length - 1)];
    const subject = o.kind === "unknown-switch" ? "it" : `"${typed}"`;
    const effect = overflow ? `so Thor passes ${subject} to the command as an argument and tootctl exits 1 with "was called with arguments" without doing anything` : unknown || !argName ? `so Thor passes ${subject} to the command as an argument instead` : `so Thor passes ${subject} to the command as a ${argName} argument instead and the job runs as if it were not there`;
    if (o.kind === "unknown-switch") {
      const name = EQ_RE.exec(typed)?.[1] ?? typed;
      const suggestion = suggestOption(name, spec);
      call.problems.push({
        kind: "unknown-option",
        word: w,
        suggestion,
        message: `"${label}" has no option "${name}", ${effect}; ${suggestion ? `use "${suggestion}"` : "remove it"}`
      });
    } else {
      call.problems.push({
        kind: "bad-value",
        word: w,
        message: `"${o.option}" takes no value but got "${typed}", ${effect}; write "${o.option}" alone, or "${o.option}=false" to turn it off`
      });
    }
    explained.add(w);
    for (let j = i + 1; j < positionals2.length && parser2.origin.get(positionals2[j])?.kind === "swallowed"; j++) explained.add(positionals2[j]);
  });
  if (overflow) {
    const max = spec.maxArgs ?? 0;
    for (const w of positionals2.slice(max)) {
      if (explained.has(w)) continue;
      call.problems.push({
        kind: "unexpected-argument",
        word: w,
        message: `"${label}" takes ${max === 0 ? "no arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`} but got "${w.value ?? w.text}", so tootctl exits 1 with "was called with arguments" and the job does nothing; remove it`
      });
    }
  }
  if (underflow) {
    const missing = spec.argNames.slice(count, spec.minArgs);
    call.problems.push({
      kind: "missing-argument",
      word: lastWord,
      message: `"${label}" needs ${missing.map((n) => `a ${n}`).join(" and ")} argument${missing.length === 1 ? "" : "s"}, so tootctl exits 1 with "was called with ${count === 0 ? "no arguments" : "arguments"}" and the job does nothing; add ${missing.length === 1 ? "it" : "them"}`
    });
  }
}
function suggestOption(typed, spec) {
  const longs = spec.options.map((o) => `--${o.name}`);
  const near = closest(typed, longs);
  if (near) return near;
  if (typed.startsWith("--")) {
    const starts = longs.filter((l) => l.startsWith(typed));
    if (starts.length === 1) return starts[0];
  }
  if (/^-[a-z]$/i.test(typed)) {
    const o = spec.options.find((x) => x.aliases?.includes(typed.slice(1).toLowerCase()));
    if (o) return `-${typed.slice(1).toLowerCase()}`;
  }
  return void 0;
}
function subWord(w, from, to) {
  const value = (w.value ?? "").slice(from, to);
  return { value, text: value, span: subSpan(w, from, to), offsets: w.offsets?.slice(from, to) };
}
function subSpan(w, from, to) {
  const offs = w.offsets;
  const { start, end } = w.span;
  if (!offs || to <= from || start.line !== end.line) return w.span;
  const s = offs[from];
  const ends = w.ends;
  const endOf = (k) => ends ? ends[k] : (offs[k] ?? -2) + 1;
  const e = endOf(to - 1);
  if (s === void 0 || e === void 0 || s < start.offset || e > end.offset) return w.span;
  for (let k = from + 1; k < to; k++) {
    const prevEnd = endOf(k - 1);
    const same = offs[k] === offs[k - 1] && endOf(k) === prevEnd;
    if (offs[k] !== prevEnd && !same) return w.span;
  }
  return {
    file: w.span.file,
    start: { line: start.line, column: start.column + (s - start.offset), offset: s },
    end: { line: start.line, column: start.column + (e - start.offset), offset: e }
  };
}
function joinSpans(a, b) {
  const start = b.start.offset < a.start.offset ? b.start : a.start;
  const end = b.end.offset > a.end.offset ? b.end : a.end;
  return { file: a.file, start, end };
}
function optionValue(call, name) {
  const o = call.options.get(name);
  if (o) return o.value;
  const spec = call.spec?.options.find((x) => x.name === name);
  return spec?.default;
}
function flag(call, name) {
  const o = call.options.get(name);
  if (o) return o.value === null ? null : o.value === true;
  return call.hasUnknownWords ? null : false;
}
function isCommand(call, ...path) {
  return call.command.length === path.length && path.every((p, i) => call.command[i] === p);
}
function closest(input, candidates) {
  const limit = Math.max(2, Math.floor(input.length / 3));
  const lower2 = input.toLowerCase();
  let best;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - lower2.length) >= bestD) continue;
    const d = distance(lower2, c.toLowerCase(), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : void 0;
}
var distanceRow = new Int32Array(64);
function distance(a, b, bound = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  if (distanceRow.length <= b.length) distanceRow = new Int32Array(b.length + 1);
  const row = distanceRow;
  for (let j = 0; j <= b.length; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      const v2 = Math.min(tmp + 1, row[j - 1] + 1, prev + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      row[j] = v2;
      prev = tmp;
      if (v2 < rowMin) rowMin = v2;
    }
    if (rowMin > bound) return bound + 1;
  }
  return row[b.length];
}

// src/lint/extract/shell-commands.ts
function resolveWord(w, file, vars) {
  let value = "";
  const offsets = [];
  const ends = [];
  let expanded = false;
  for (const p of w.parts) {
    if (p.kind === "lit") {
      if (value !== null) {
        value += p.text;
        for (const o of p.offsets) {
          offsets.push(o);
          ends.push(o + 1);
        }
      }
    } else if (p.kind === "var") {
      const known = vars.get(p.name);
      const v2 = known && known.value !== null ? known.value : known === void 0 && p.fallback !== void 0 ? p.fallback : null;
      if (v2 === null || value === null) value = null;
      else {
        value += v2;
        expanded = true;
        for (let k = 0; k < v2.length; k++) {
          offsets.push(p.start);
          ends.push(p.end);
        }
      }
    } else value = null;
  }
  return {
    value,
    text: value ?? w.raw,
    span: file.span(w.start, w.end),
    offsets: value === null ? void 0 : offsets,
    ends: value === null || !expanded ? void 0 : ends
  };
}
function invocationsFromShell(text, offsets, ctx) {
  const parsed = parseShell(text, offsets);
  for (const p of parsed.problems) {
    ctx.problems?.push({ span: ctx.file.span(p.start, Math.max(p.start + 1, Math.min(p.end, p.start + 1))), message: `${p.message}: the shell fails to run this command` });
  }
  const out = [];
  const env = cloneEnv(ctx.env);
  let allExport = false;
  for (const cmd2 of parsed.commands) {
    if (cmd2.words.length === 0) {
      for (const a of cmd2.assignments) assign(a, ctx.file, env, allExport ? "exported variable" : "shell variable");
      continue;
    }
    const words = cmd2.words.map((w) => resolveWord(w, ctx.file, env.vars));
    const head = words[0]?.value;
    if (head === "export" || head === "declare" || head === "typeset" || head === "readonly") {
      const exporting = head === "export" || cmd2.words.some((w) => /^-[a-z]*x/.test(w.raw));
      for (const w of cmd2.words.slice(1)) {
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w.raw)) assign(w, ctx.file, env, exporting ? "export" : "shell variable");
        else if (exporting && /^[A-Za-z_][A-Za-z0-9_]*$/.test(w.raw)) {
          const v2 = env.vars.get(w.raw);
          if (v2) env.vars.set(w.raw, { ...v2, exported: true });
        }
      }
      continue;
    }
    if (head === "set" && (words.some((w) => /^-[a-z]*a[a-z]*$/.test(w.value ?? "")) || words.some((w) => w.value === "allexport"))) {
      allExport = true;
      continue;
    }
    if (head === "source" || head === ".") {
      env.kind = env.kind === "container" ? "container" : "opaque";
      env.notes.push(`"${words[1]?.text ?? ""}" is sourced`);
      continue;
    }
    const cmdEnv = cloneEnv(env);
    for (const a of cmd2.assignments) assign(a, ctx.file, cmdEnv, "inline assignment");
    const invs = fromArgv(words, cmdEnv, cmd2, ctx, []);
    for (const item of invs) out.push(item);
    const shell = invs.find((i) => SHELLS.test(i.argv[0]?.value ?? ""));
    if (cmd2.heredocs.length && shell) {
      const label = base(shell.argv[0]?.value ?? "sh");
      for (const h of cmd2.heredocs) {
        for (const inner of invocationsFromShell(h.text, h.offsets, { ...ctx, env: shell.env, depth: (ctx.depth ?? 0) + 1 })) {
          out.push({ ...inner, via: [...shell.via, `${label} <<heredoc`, ...inner.via] });
        }
      }
    }
  }
  return out;
}
function assign(w, file, env, source) {
  const eq = w.raw.indexOf("=");
  const name = w.raw.slice(0, eq).replace(/\+$/, "");
  const valueWord = { ...w, parts: [] };
  let skip = eq + 1;
  for (const p of w.parts) {
    if (skip > 0 && p.kind === "lit") {
      const n = Math.min(skip, p.text.length);
      skip -= n;
      if (p.text.length > n) valueWord.parts.push({ kind: "lit", text: p.text.slice(n), offsets: p.offsets.slice(n) });
    } else valueWord.parts.push(p);
  }
  const r = resolveWord(valueWord, file, env.vars);
  const was = env.vars.get(name);
  const exported = source === "shell variable" ? was?.exported ?? (was ? true : false) : true;
  env.vars.set(name, { value: r.value, span: file.span(w.start, w.end), source, exported });
}
var SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|k|z)?sh$/;
function base(v2) {
  if (v2 === null) return "";
  const i = v2.lastIndexOf("/");
  return i === -1 ? v2 : v2.slice(i + 1);
}
function fromArgv(argv, env, cmd2, ctx, via) {
  let i = 0;
  const depth = ctx.depth ?? 0;
  const nested = (w, label, e) => {
    if (!w) return [];
    if (w.value === null || !w.offsets || depth > 6) return null;
    const end = (w.offsets[w.offsets.length - 1] ?? w.span.end.offset - 1) + 1;
    return invocationsFromShell(w.value, [...w.offsets, end], { ...ctx, env: e, depth: depth + 1 }).map((inv) => ({
      ...inv,
      via: [...via, label, ...inv.via]
    }));
  };
  for (let guard = 0; guard < 32 && i < argv.length; guard++) {
    const name = base(argv[i]?.value ?? null);
    const rest = argv.slice(i + 1);
    if (name === "sudo") {
      let j = 0;
      let preserve = false;
      let login = false;
      let user = "root";
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (v2 === "--") {
          j++;
          break;
        }
        if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v2)) {
          const k = v2.indexOf("=");
          env = cloneEnv(env);
          env.vars.set(v2.slice(0, k), { value: v2.slice(k + 1), span: rest[j].span, source: "sudo argument" });
          continue;
        }
        if (!v2.startsWith("-")) break;
        if (v2.startsWith("--")) {
          if (v2.startsWith("--preserve-env")) preserve = true;
          else if (v2 === "--login") login = true;
          else if (v2 === "--user" || v2 === "--group" || v2 === "--prompt" || v2 === "--chdir") {
            if (v2 === "--user") user = rest[j + 1]?.text ?? user;
            j++;
          } else if (v2.startsWith("--user=")) user = v2.slice(7);
          continue;
        }
        for (let k = 1; k < v2.length; k++) {
          const c = v2[k];
          if (c === "E") preserve = true;
          else if (c === "i") login = true;
          else if ("ugpCDhrtTU".includes(c)) {
            const inline = v2.slice(k + 1);
            const val = inline || rest[j + 1]?.text;
            if (!inline) j++;
            if (c === "u" && val) user = val;
            break;
          }
        }
      }
      if (!preserve) {
        const kept = new Map([...env.vars].filter(([, ev]) => ev.source === "sudo argument"));
        env = { vars: kept, kind: login ? "opaque" : env.kind === "container" ? "container" : "complete", notes: [...env.notes, `sudo resets the environment${login ? " and -i reads the login profile" : ""}`] };
      } else if (login) env = { ...cloneEnv(env), kind: "opaque" };
      via = [...via, `sudo -u ${user}`];
      i += 1 + j;
      continue;
    }
    if (name === "su" || name === "runuser") {
      let login = false;
      let script;
      let j = 0;
      let dashdash = false;
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (v2 === "-" || v2 === "-l" || v2 === "--login") login = true;
        else if (v2 === "-c" || v2 === "--command") script = rest[++j];
        else if (v2 === "-s" || v2 === "--shell" || v2 === "-u" || v2 === "-g" || v2 === "--user") j++;
        else if (v2 === "--") {
          dashdash = true;
          j++;
          break;
        } else if (v2.startsWith("--command=")) script = { ...rest[j], value: v2.slice(10), offsets: rest[j].offsets?.slice(10) };
      }
      const e = login ? { vars: /* @__PURE__ */ new Map(), kind: "opaque", notes: [...env.notes, `${name} - starts a login shell`] } : env;
      if (script) {
        const r = nested(script, `${name} -c`, e);
        if (r) return r;
        return [mkInvocation([script], e, cmd2, ctx, [...via, `${name} -c`], "low")];
      }
      if (dashdash && name === "runuser") {
        via = [...via, name];
        env = e;
        i += 1 + j;
        continue;
      }
      return [];
    }
    if (SHELLS.test(argv[i]?.value ?? "")) {
      let j = 0;
      let login = false;
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (!v2.startsWith("-") || v2 === "--") break;
        if (/^-[a-z]*l/.test(v2) || v2 === "--login") login = true;
        if (/^-[a-z]*c[a-z]*$/.test(v2)) {
          const e = login ? { ...cloneEnv(env), kind: env.kind === "container" ? "container" : "opaque" } : env;
          const r = nested(rest[j + 1], `${name} ${v2}`, e);
          if (r) return r;
          return rest[j + 1] ? [mkInvocation([rest[j + 1]], e, cmd2, ctx, [...via, `${name} ${v2}`], "low")] : [];
        }
      }
      break;
    }
    if (name === "env") {
      let j = 0;
      env = cloneEnv(env);
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (v2 === "-i" || v2 === "--ignore-environment" || v2 === "-") env.vars.clear();
        else if (v2 === "-u") env.vars.delete(rest[++j]?.value ?? "");
        else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v2)) {
          const k = v2.indexOf("=");
          env.vars.set(v2.slice(0, k), { value: v2.slice(k + 1), span: rest[j].span, source: "env argument" });
        } else if (v2 === "-S" || v2 === "--split-string") {
          const r = nested(rest[j + 1], "env -S", env);
          return r ?? [];
        } else if (!v2.startsWith("-")) break;
      }
      via = [...via, "env"];
      i += 1 + j;
      continue;
    }
    const skipOpts = SIMPLE_WRAPPERS[name];
    if (skipOpts) {
      let j = 0;
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (v2 === "--") {
          j++;
          break;
        }
        if (!v2.startsWith("-")) break;
        if (skipOpts.valued.includes(v2)) j++;
      }
      j += skipOpts.positional;
      via = [...via, name];
      i += 1 + j;
      continue;
    }
    if (name === "bundle" && argv[i + 1]?.value === "exec") {
      via = [...via, "bundle exec"];
      i += 2;
      continue;
    }
    if (name === "ruby" && /tootctl$/.test(argv[i + 1]?.value ?? "")) {
      i += 1;
      continue;
    }
    const container2 = containerWrapper(argv, i);
    if (container2) {
      env = { vars: new Map(container2.env), kind: container2.envFile ? "opaque" : "container", notes: [...env.notes] };
      via = [...via, container2.label];
      i = container2.next;
      continue;
    }
    break;
  }
  const inner = argv.slice(i);
  if (inner.length === 0) return [];
  return [mkInvocation(inner, env, cmd2, ctx, via, ctx.confidence ?? "high")];
}
var SIMPLE_WRAPPERS = {
  nice: { valued: ["-n", "--adjustment"], positional: 0 },
  ionice: { valued: ["-c", "-n", "-p", "--class", "--classdata"], positional: 0 },
  timeout: { valued: ["-k", "-s", "--kill-after", "--signal"], positional: 1 },
  flock: { valued: ["-w", "-E", "--timeout", "--conflict-exit-code"], positional: 1 },
  nohup: { valued: [], positional: 0 },
  exec: { valued: ["-a"], positional: 0 },
  command: { valued: [], positional: 0 },
  time: { valued: ["-f", "-o"], positional: 0 },
  chronic: { valued: [], positional: 0 },
  cronic: { valued: [], positional: 0 },
  "systemd-cat": { valued: ["-t", "-p", "--identifier", "--priority"], positional: 0 },
  setsid: { valued: [], positional: 0 },
  stdbuf: { valued: ["-i", "-o", "-e"], positional: 0 },
  chpst: { valued: ["-u", "-U", "-e", "-n", "-l", "-L"], positional: 0 },
  setlock: { valued: [], positional: 1 },
  "run-one": { valued: [], positional: 0 }
};
function containerWrapper(argv, i) {
  const v2 = (k) => argv[k]?.value ?? null;
  const name = base(v2(i));
  let j = i + 1;
  let label = "";
  if ((name === "docker" || name === "podman") && (v2(j) === "compose" || v2(j) === "container")) {
    label = `${name} ${v2(j)}`;
    j++;
  } else if (name === "docker-compose" || name === "podman-compose") label = name;
  else if (name === "docker" || name === "podman" || name === "kubectl" || name === "oc") label = name;
  else return null;
  while (v2(j)?.startsWith("-")) j += ["-f", "--file", "-p", "--project-name", "-n", "--namespace", "--context", "--env-file", "-H", "--host"].includes(v2(j)) ? 2 : 1;
  const sub2 = v2(j);
  if (sub2 !== "exec" && sub2 !== "run") return null;
  label += ` ${sub2}`;
  j++;
  const env = /* @__PURE__ */ new Map();
  let envFile = false;
  const valued = ["-e", "--env", "-u", "--user", "-w", "--workdir", "--name", "-v", "--volume", "--entrypoint", "--index", "-c", "--container", "-n", "--namespace", "--network", "-l", "--label", "--env-file", "-p", "--publish"];
  let positional = name === "kubectl" || name === "oc" ? 0 : 1;
  for (; j < argv.length; j++) {
    const o = v2(j) ?? "";
    if (o === "--") {
      j++;
      break;
    }
    if (o.startsWith("-")) {
      if (o === "-e" || o === "--env") {
        const kv = v2(j + 1) ?? "";
        const k = kv.indexOf("=");
        if (k > 0) env.set(kv.slice(0, k), { value: kv.slice(k + 1), span: argv[j + 1].span, source: `${label} -e` });
      }
      if (o === "--env-file") envFile = true;
      if (valued.includes(o)) j++;
      continue;
    }
    if (positional > 0) {
      positional--;
      continue;
    }
    if (name === "kubectl" || name === "oc") {
      positional = -1;
      continue;
    }
    break;
  }
  return { label, env, envFile, next: j };
}
function mkInvocation(argv, env, cmd2, ctx, via, confidence) {
  const inv = {
    file: ctx.file,
    argv,
    env,
    scheduler: ctx.scheduler,
    span: ctx.file.span(cmd2.start, cmd2.end),
    via,
    confidence
  };
  const t = parseTootctl(argv);
  if (t) inv.tootctl = t;
  return inv;
}

// src/lint/extract/common.ts
function addScheduledShell(model, file, scheduler, command, offsets, env, confidence = "high", reportSyntax = true) {
  model.schedulers.push(scheduler);
  const invs = invocationsFromShell(command, offsets, { file, env, scheduler, confidence, problems: reportSyntax ? model.parseProblems : void 0 });
  addInvocations(model, invs);
  return invs;
}
function addInvocations(model, invs) {
  for (const inv of invs) {
    model.invocations.push(inv);
    const head = inv.argv[0]?.value;
    if (inv.scheduler && head && !inv.tootctl && /\//.test(head) && !head.endsWith("/tootctl")) {
      model.scriptCalls.push({ path: head, scheduler: inv.scheduler, env: inv.env });
    } else if (inv.scheduler && head && /\.(sh|bash)$/.test(head)) {
      model.scriptCalls.push({ path: head, scheduler: inv.scheduler, env: inv.env });
    }
    const second = inv.argv[1]?.value;
    if (inv.scheduler && head && /(^|\/)(ba|da|z)?sh$/.test(head) && second && !second.startsWith("-")) {
      model.scriptCalls.push({ path: second, scheduler: inv.scheduler, env: inv.env });
    }
  }
}

// src/lint/extract/crontab.ts
var NICKNAMES = /* @__PURE__ */ new Set(["@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"]);
function extractCrontab(file, model, withUser) {
  const text = file.text;
  const env = emptyEnv();
  let pos = 0;
  let continued = false;
  while (pos <= text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    const lineStart = pos;
    let line = text.slice(pos, eol);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    pos = eol + 1;
    const lead = line.length - line.trimStart().length;
    const body = line.trimStart();
    if (body === "" || body.startsWith("#")) {
      continued = false;
      if (eol === text.length) break;
      continue;
    }
    if (continued) {
      continued = /\\$/.test(body.trimEnd());
      model.parseProblems.push({
        span: file.span(lineStart + lead, lineStart + line.length),
        message: "cron reads this line as a separate entry, not as the continuation of the line above, and rejects it: the job runs without these arguments"
      });
      if (eol === text.length) break;
      continue;
    }
    const envm = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(body);
    if (envm && !/^[0-9*@]/.test(body)) {
      let v2 = envm[2].trimEnd();
      if (v2.startsWith('"') && v2.endsWith('"') && v2.length >= 2 || v2.startsWith("'") && v2.endsWith("'") && v2.length >= 2) v2 = v2.slice(1, -1);
      env.vars.set(envm[1], { value: v2, span: file.span(lineStart + lead, lineStart + line.length), source: `crontab line ${file.position(lineStart).line}` });
    } else {
      continued = entry2(file, model, body, lineStart + lead, withUser, env);
    }
    if (eol === text.length) break;
  }
}
function entry2(file, model, body, start, withUser, env) {
  const fields = [];
  const want = (body.startsWith("@") ? 1 : 5) + (withUser ? 1 : 0);
  let i = 0;
  while (fields.length < want && i < body.length) {
    while (i < body.length && (body[i] === " " || body[i] === "	")) i++;
    const s = i;
    while (i < body.length && body[i] !== " " && body[i] !== "	") i++;
    if (i > s) fields.push({ text: body.slice(s, i), start: start + s, end: start + i });
  }
  while (i < body.length && (body[i] === " " || body[i] === "	")) i++;
  const lineEnd = start + body.length;
  const schedFields = withUser ? fields.slice(0, -1) : fields;
  const first = schedFields[0];
  const last = schedFields[schedFields.length - 1];
  const schedSpan = file.span(first?.start ?? start, last?.end ?? lineEnd);
  const schedText = schedFields.map((f) => f.text).join(" ");
  const user = withUser ? fields[fields.length - 1]?.text : void 0;
  const scheduler = {
    kind: withUser ? "cron.d" : "crontab",
    label: withUser ? `cron entry (user ${user ?? "?"})` : "crontab entry",
    span: file.span(start, lineEnd),
    schedule: {
      kind: body.startsWith("@") ? "special" : "cron",
      text: schedText,
      known: true,
      span: schedSpan
    }
  };
  if (body.startsWith("@") && !NICKNAMES.has(first?.text ?? "")) scheduler.schedule.kind = "special";
  const cmdStart = start + i;
  const raw = body.slice(i);
  let cmd2 = "";
  const offsets = [];
  let cutAt = -1;
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (c === "\\" && raw[k + 1] === "%") {
      cmd2 += "%";
      offsets.push(cmdStart + k + 1);
      k++;
      continue;
    }
    if (c === "%") {
      cutAt = cmdStart + k;
      break;
    }
    cmd2 += c;
    offsets.push(cmdStart + k);
  }
  offsets.push((offsets[offsets.length - 1] ?? cmdStart - 1) + 1);
  const trimmed = cmd2.trimEnd();
  const continues = /(^|[^\\])\\$/.test(trimmed);
  if (continues) {
    const at = offsets[trimmed.length - 1] ?? lineEnd - 1;
    model.parseProblems.push({
      span: file.span(at, at + 1),
      message: 'cron has no line continuations: this "\\" is passed to the command and the next line is read as a separate entry; put the entry on one line or in a script'
    });
    cmd2 = cmd2.slice(0, trimmed.length - 1);
  }
  if (cmd2.trim() === "") {
    model.parseProblems.push({ span: file.span(start, lineEnd), message: "crontab entry has no command" });
    model.schedulers.push(scheduler);
    return continues;
  }
  const brokenByPercent = cutAt !== -1 && parseShell(cmd2, offsets).problems.length > 0;
  if (brokenByPercent) {
    model.parseProblems.push({
      span: file.span(cutAt, cutAt + 1),
      message: 'cron ends the command at this unescaped "%" and feeds the rest to it as input, which leaves the command broken; escape it as "\\%"'
    });
  }
  addScheduledShell(model, file, scheduler, cmd2, offsets, cloneEnv(env), "high", !brokenByPercent);
  return continues;
}

// src/lint/extract/env.ts
var extractEnv = (file, model) => {
  const env = parseEnv(file);
  model.envFiles.push(env);
  for (const p of env.problems) model.parseProblems.push({ ...p, severity: "warning" });
};

// src/lint/extract/systemd.ts
import { readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";

// src/lint/parse/systemd.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function parseUnit(text) {
  const out = { entries: [], sections: [], problems: [] };
  let section2 = null;
  let ignoredSection = false;
  let chars = "";
  let offs = [];
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  let guard = 0;
  while (pos < text.length) {
    if (++guard > text.length + 8) break;
    let eol = text.indexOf("\n", pos);
    if (eol === -1) eol = text.length;
    let lineEnd = eol;
    if (lineEnd > pos && text[lineEnd - 1] === "\r") lineEnd--;
    const line = text.slice(pos, lineEnd);
    const lineStart = pos;
    pos = eol + 1;
    const first = /\S/.exec(line);
    if (first && (first[0] === "#" || first[0] === ";")) continue;
    for (let k = 0; k < line.length; k++) {
      chars += line[k];
      offs.push(lineStart + k);
    }
    let escaped = false;
    for (let k = 0; k < chars.length; k++) escaped = escaped ? false : chars[k] === "\\";
    if (escaped) {
      chars = `${chars.slice(0, -1)} `;
      continue;
    }
    logicalLine(chars, offs);
    chars = "";
    offs = [];
  }
  if (chars !== "") logicalLine(chars, offs);
  return out;
  function logicalLine(l, o) {
    let a = 0;
    let b = l.length;
    while (a < b && WS.has(l[a])) a++;
    while (b > a && WS.has(l[b - 1])) b--;
    if (a === b) return;
    const start = o[a] ?? 0;
    const end = (o[b - 1] ?? start) + 1;
    if (l[a] === "[") {
      if (l[b - 1] !== "]") {
        out.problems.push({ start, end, message: `invalid section header "${l.slice(a, b)}": it must end with "]", and systemd refuses to load the unit`, severity: "error" });
        section2 = null;
        ignoredSection = true;
        return;
      }
      section2 = l.slice(a + 1, b - 1);
      ignoredSection = false;
      out.sections.push({ name: section2, start, end });
      return;
    }
    if (section2 === null) {
      if (!ignoredSection) out.problems.push({ start, end, message: "assignment outside of a [Section]: systemd ignores it", severity: "warning" });
      return;
    }
    const eq = l.indexOf("=", a);
    if (eq === -1 || eq >= b) {
      out.problems.push({ start, end, message: `missing "=" in "${l.slice(a, b)}": systemd ignores this line`, severity: "warning" });
      return;
    }
    if (eq === a) {
      out.problems.push({ start, end, message: 'missing key name before "=": systemd ignores this line', severity: "warning" });
      return;
    }
    let ke = eq;
    while (ke > a && WS.has(l[ke - 1])) ke--;
    let vs = eq + 1;
    while (vs < b && WS.has(l[vs])) vs++;
    const valueOffsets = o.slice(vs, b);
    valueOffsets.push(b > vs ? (o[b - 1] ?? 0) + 1 : (o[eq] ?? 0) + 1);
    out.entries.push({
      section: section2,
      key: l.slice(a, ke),
      keyStart: start,
      keyEnd: (o[ke - 1] ?? start) + 1,
      value: l.slice(vs, b),
      offsets: valueOffsets,
      start,
      end
    });
  }
}
var SIMPLE_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", s: " ", "\\": "\\", '"': '"', "'": "'" };
function splitWords(value, offsets, from = 0, commandLine = false) {
  const words = [];
  const fo = (i2) => offsets[Math.min(i2, offsets.length - 1)] ?? 0;
  let i = from;
  const n = value.length;
  while (i < n) {
    while (i < n && WS.has(value[i])) i++;
    if (i >= n) break;
    if (commandLine) {
      if (value[i] === ";" && (i + 1 >= n || WS.has(value[i + 1]))) {
        i++;
        while (i < n && WS.has(value[i])) i++;
        return { words, next: i, semicolon: true };
      }
      if (value[i] === "\\" && value[i + 1] === ";" && (i + 2 >= n || WS.has(value[i + 2]))) {
        words.push({ text: ";", offsets: [fo(i + 1)], start: fo(i), end: fo(i + 1) + 1, raw: "\\;" });
        i += 2;
        continue;
      }
    }
    const start = i;
    let text = "";
    const wo = [];
    let quote = null;
    for (; i < n; i++) {
      const c = value[i];
      if (!quote && WS.has(c)) break;
      if (quote && c === quote) {
        quote = null;
        continue;
      }
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        continue;
      }
      if (c === "{" && value[i + 1] === "{") {
        const close = value.indexOf("}}", i + 2);
        const stop = close === -1 ? n : close + 2;
        for (; i < stop; i++) {
          text += value[i];
          wo.push(fo(i));
        }
        i--;
        continue;
      }
      if (c === "\\") {
        const e = unescape(value, i + 1);
        if (!e) return { words, next: n, semicolon: false, error: { at: i, message: 'a "\\" at the end of the value escapes nothing' } };
        text += e.ch;
        wo.push(fo(i + 1));
        i = e.next - 1;
        continue;
      }
      text += c;
      wo.push(fo(i));
    }
    if (quote) return { words, next: n, semicolon: false, error: { at: start, message: `unterminated ${quote === '"' ? "double" : "single"} quote` } };
    words.push({ text, offsets: wo, start: fo(start), end: fo(i - 1) + 1, raw: value.slice(start, i) });
  }
  return { words, next: n, semicolon: false };
}
function unescape(s, i) {
  const c = s[i];
  if (c === void 0) return null;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== void 0) return { ch: simple, next: i + 1 };
  if (c === "x") {
    const m = /^[0-9a-fA-F]{2}/.exec(s.slice(i + 1));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 16)), next: i + 3 };
  }
  if (c === "u" || c === "U") {
    const len = c === "u" ? 4 : 8;
    const m = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(s.slice(i + 1));
    if (m) {
      const cp = parseInt(m[0], 16);
      if (cp <= 1114111) return { ch: String.fromCodePoint(cp), next: i + 1 + len };
    }
  }
  if (/[0-7]/.test(c)) {
    const m = /^[0-7]{3}/.exec(s.slice(i));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 8)), next: i + 3 };
  }
  return { ch: c, next: i + 1 };
}
function parseExec(value, offsets, specifier) {
  const res = { commands: [], problems: [] };
  const fo = (i) => offsets[Math.min(i, offsets.length - 1)] ?? 0;
  let from = 0;
  for (let guard = 0; guard < 64 && from < value.length; guard++) {
    const split2 = splitWords(value, offsets, from, true);
    if (split2.error) {
      res.problems.push({ start: fo(split2.error.at), end: fo(value.length), message: `${split2.error.message}: systemd cannot parse this command line and refuses to load the unit` });
      return res;
    }
    const words = split2.words;
    const first = words[0];
    if (first) {
      let k = 0;
      let bangs = 0;
      const seen = /* @__PURE__ */ new Set();
      for (; ; ) {
        const c = first.text[k];
        if (c === void 0) break;
        if ((c === "-" || c === "@" || c === ":") && !seen.has(c)) seen.add(c);
        else if (c === "+" && !seen.has("+") && bangs === 0) seen.add(c);
        else if (c === "!" && !seen.has("+") && bangs < 2) bangs++;
        else break;
        k++;
      }
      const prefixes = first.text.slice(0, k);
      const program = { ...first, text: first.text.slice(k), offsets: first.offsets.slice(k), start: first.offsets[k] ?? first.end };
      const expand = !prefixes.includes(":");
      const argv = [toArg(program, specifier, expand)];
      const rest = prefixes.includes("@") ? words.slice(2) : words.slice(1);
      for (const w of rest) argv.push(toArg(w, specifier, expand));
      if (program.text === "") {
        res.problems.push({ start: first.start, end: first.end, message: "the command line has no program after its prefixes: systemd refuses to load the unit" });
      } else if (!program.text.startsWith("/") && program.text.includes("/") && !/[%$]/.test(program.text)) {
        res.problems.push({
          start: program.start,
          end: first.end,
          message: `"${program.text}" is neither an absolute path nor a plain command name, so systemd refuses to load the unit (WorkingDirectory= does not apply to it); write the absolute path`
        });
      }
      res.commands.push({ prefixes, argv, start: first.start, end: words[words.length - 1].end });
    }
    if (!split2.semicolon) break;
    from = split2.next;
  }
  return res;
}
function toArg(w, specifier, expand) {
  const segs = [];
  let lit = "";
  let lo = [];
  const flush = () => {
    if (lit) segs.push({ kind: "lit", text: lit, offsets: lo });
    lit = "";
    lo = [];
  };
  const t = w.text;
  const o = w.offsets;
  const end = (i) => (o[i] ?? w.end - 1) + 1;
  if (expand && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    return { segments: [{ kind: "var", name: t.slice(1), split: true, start: w.start, end: w.end }], start: w.start, end: w.end, raw: w.raw };
  }
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === "{" && t[i + 1] === "{") {
      const close = t.indexOf("}}", i + 2);
      const stop = close === -1 ? t.length : close + 2;
      flush();
      segs.push({ kind: "unknown", text: t.slice(i, stop), start: o[i] ?? w.start, end: end(stop - 1) });
      i = stop - 1;
      continue;
    }
    if (c === "%") {
      const s = t[i + 1];
      if (s === void 0) {
        lit += c;
        lo.push(o[i] ?? 0);
        continue;
      }
      const v2 = s === "%" ? "%" : specifier(s);
      if (v2 === null) {
        flush();
        segs.push({ kind: "unknown", text: `%${s}`, start: o[i] ?? w.start, end: end(i + 1) });
      } else {
        for (const ch of v2) {
          lit += ch;
          lo.push(o[i] ?? 0);
        }
      }
      i++;
      continue;
    }
    if (expand && c === "$") {
      if (t[i + 1] === "$") {
        lit += "$";
        lo.push(o[i] ?? 0);
        i++;
        continue;
      }
      if (t[i + 1] === "{") {
        const close = t.indexOf("}", i + 2);
        const name = close === -1 ? "" : t.slice(i + 2, close);
        if (close !== -1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          flush();
          segs.push({ kind: "var", name, split: false, start: o[i] ?? w.start, end: end(close) });
          i = close;
          continue;
        }
        if (close !== -1 && !(i === 0 && t[close + 1] === "/")) {
          flush();
          segs.push({ kind: "unknown", text: t.slice(i, close + 1), start: o[i] ?? w.start, end: end(close) });
          i = close;
          continue;
        }
      }
    }
    lit += c;
    lo.push(o[i] ?? 0);
  }
  flush();
  return { segments: segs, start: w.start, end: w.end, raw: w.raw };
}
function parseEnvironment(value, offsets) {
  const split2 = splitWords(value, offsets);
  const out = [];
  for (const w of split2.words) {
    const eq = w.text.indexOf("=");
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq))) continue;
    out.push({ name: w.text.slice(0, eq), value: w.text.slice(eq + 1), start: w.start, end: w.end, valueOffsets: w.offsets.slice(eq + 1) });
  }
  return out;
}

// src/lint/extract/systemd.ts
var EXEC_KEYS = ["ExecCondition", "ExecStartPre", "ExecStart", "ExecStartPost", "ExecStop", "ExecStopPost"];
var MONOTONIC_KEYS = ["OnActiveSec", "OnBootSec", "OnStartupSec", "OnUnitActiveSec", "OnUnitInactiveSec"];
var STATES = /* @__PURE__ */ new WeakMap();
function stateOf(model) {
  let s = STATES.get(model);
  if (!s) {
    s = { handled: /* @__PURE__ */ new Set(), services: [], timers: [] };
    STATES.set(model, s);
  }
  return s;
}
function unitName(path) {
  const base3 = path.slice(path.lastIndexOf("/") + 1);
  return base3.replace(/\.(j2|jinja2?|tpl)$/i, "");
}
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}
var extractSystemd = (file, model) => {
  const st = stateOf(model);
  if (st.handled.has(file.path)) {
    const i = model.files.findIndex((f) => f.path === file.path && f !== file);
    if (i !== -1) model.files.splice(i, 1);
    return;
  }
  st.handled.add(file.path);
  const unit = unitName(file.path);
  if (unit.endsWith(".timer")) extractTimer(file, model, st);
  else extractService(file, model, st);
};
function problems(file, model, unit) {
  for (const p of unit.problems) model.parseProblems.push({ span: file.span(p.start, p.end), message: p.message, severity: p.severity });
}
function section(file, unit, dropIns, name) {
  const out = unit.entries.filter((e) => e.section === name).map((e) => ({ e, file, dropIn: false }));
  for (const d of dropIns) for (const e of d.unit.entries) if (e.section === name) out.push({ e, file: d.file, dropIn: true });
  return out;
}
function readDropIns(file, name, model, st) {
  if (!file.absPath) return [];
  const dir = dirOf(file.path);
  const template = name.replace(/@[^.]+\./, "@.");
  const found = /* @__PURE__ */ new Map();
  for (const d of template === name ? [name] : [template, name]) {
    let list2;
    try {
      list2 = readdirSync2(join2(dirname2(file.absPath), `${d}.d`));
    } catch {
      continue;
    }
    for (const f of list2) {
      if (!/\.conf(\.j2)?$/i.test(f)) continue;
      const rel = `${dir ? `${dir}/` : ""}${d}.d/${f}`;
      found.set(f.replace(/\.j2$/i, ""), { rel, abs: join2(dirname2(file.absPath), `${d}.d`, f) });
    }
  }
  const out = [];
  for (const key of [...found.keys()].sort()) {
    const { rel, abs } = found.get(key);
    const f = readUnitFile(rel, abs, st);
    if (!f) continue;
    model.files.push(f);
    const unit = parseUnit(f.text);
    problems(f, model, unit);
    out.push({ file: f, unit });
  }
  return out;
}
function extractTimer(file, model, st) {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name = unitName(file.path);
  let triggers = [];
  let target = name.replace(/\.timer$/, ".service");
  for (const t of section(file, unit, readDropIns(file, name, model, st), "Timer")) {
    const e = t.e;
    if (e.key === "OnCalendar" || MONOTONIC_KEYS.includes(e.key)) {
      if (e.value === "") triggers = [];
      else triggers.push(t);
    } else if (e.key === "Unit" && e.value !== "") target = e.value;
  }
  if (triggers.length === 0) {
    const where = unit.sections.find((s) => s.name === "Timer");
    model.parseProblems.push({
      span: where ? file.span(where.start, where.end) : file.span(0, Math.max(0, file.text.indexOf("\n"))),
      message: `timer "${name}" has no OnCalendar= or OnBootSec=-style trigger, so systemd refuses to load it and its service is never started`
    });
    return;
  }
  const dir = dirOf(file.path);
  let first = null;
  for (const { e, file: f } of triggers) {
    const valueSpan2 = f.span(e.offsets[0] ?? e.start, e.offsets[e.offsets.length - 1] ?? e.end);
    const schedule = e.key === "OnCalendar" ? { kind: "oncalendar", text: e.value, known: !/\{\{|\{%|%[^%]/.test(e.value.replace(/%%/g, "")), span: valueSpan2 } : { kind: "unknown", text: `${e.key}=${e.value}`, known: true, span: f.span(e.start, e.end) };
    const s = { kind: "systemd-timer", label: `systemd timer ${name}`, span: f.span(e.start, e.end), schedule };
    model.schedulers.push(s);
    first ??= s;
  }
  const timer = { unit: name, dir, target, scheduler: first };
  st.timers.push(timer);
  const service = findUnit(st.services, target, dir);
  if (service) {
    bind(model, service, timer.scheduler);
    return;
  }
  const partner = readPartner(file, target, st);
  if (partner) {
    model.files.push(partner);
    extractService(partner, model, st);
  }
}
function findUnit(list2, name, dir) {
  const template = name.replace(/@[^.]+\./, "@.");
  const named2 = list2.filter((u) => u.unit === name || u.unit === template);
  return named2.find((u) => u.dir === dir) ?? named2[0];
}
function readPartner(file, name, st) {
  if (!file.absPath || name.includes("/")) return null;
  const dir = dirOf(file.path);
  const template = name.replace(/@[^.]+\./, "@.");
  const names = [name, `${name}.j2`, template, `${template}.j2`];
  for (const n of names) {
    const f = readUnitFile(dir ? `${dir}/${n}` : n, join2(dirname2(file.absPath), n), st);
    if (f) return f;
  }
  return null;
}
function readUnitFile(rel, abs, st) {
  if (st.handled.has(rel)) return null;
  const { file } = readSource(rel, abs);
  if (!file) return null;
  st.handled.add(rel);
  return file;
}
function bind(model, service, scheduler) {
  if (service.bound) return;
  service.bound = true;
  const mine = new Set(service.invocations);
  model.invocations = model.invocations.filter((i) => !mine.has(i));
  for (const inv of service.invocations) inv.scheduler = scheduler;
  addInvocations(model, service.invocations);
}
function extractService(file, model, st) {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name = unitName(file.path);
  const dir = dirOf(file.path);
  const entries = section(file, unit, readDropIns(file, name, model, st), "Service");
  const env = serviceEnv(name, entries);
  const activates = (t) => t.target === name || t.target.replace(/@[^.]+\./, "@.") === name;
  const timers = st.timers.filter(activates);
  let timer = timers.find((t) => t.dir === dir) ?? timers[0];
  if (!timer) {
    const partner = readPartner(file, name.replace(/\.service$/, ".timer"), st);
    if (partner) {
      model.files.push(partner);
      extractTimer(partner, model, st);
      timer = st.timers.find((t) => t.unit === unitName(partner.path) && activates(t));
    }
  }
  const scheduler = timer?.scheduler ?? null;
  const specifier = specifiers(name);
  const invocations = [];
  for (const key of EXEC_KEYS) {
    let lines = [];
    for (const t of entries) {
      if (t.e.key !== key) continue;
      if (t.e.value === "") lines = [];
      else lines.push(t);
    }
    for (const { e, file: f } of lines) {
      const parsed = parseExec(e.value, e.offsets, specifier);
      for (const p of parsed.problems) model.parseProblems.push({ span: f.span(p.start, p.end), message: p.message });
      for (const cmd2 of parsed.commands) for (const item of commandInvocations(f, cmd2, env, scheduler)) invocations.push(item);
    }
  }
  addInvocations(model, invocations);
  st.services.push({ unit: name, dir, invocations, bound: scheduler !== null });
}
function specifiers(unit) {
  const dot = unit.lastIndexOf(".");
  const prefixFull = dot === -1 ? unit : unit.slice(0, dot);
  const at = prefixFull.indexOf("@");
  const prefix = at === -1 ? prefixFull : prefixFull.slice(0, at);
  const instance = at === -1 ? "" : prefixFull.slice(at + 1);
  return (c) => {
    switch (c) {
      case "n":
        return unit;
      case "N":
        return prefixFull;
      case "p":
        return prefix;
      case "i":
        return instance;
      default:
        return null;
    }
  };
}
function serviceEnv(unit, entries) {
  const env = emptyEnv("complete");
  env.notes.push("systemd starts the service with only its Environment= settings");
  for (const { e, file, dropIn } of entries) {
    const line = file.position(e.start).line;
    const where = dropIn ? `${unit} (drop-in ${file.path.slice(file.path.lastIndexOf("/") + 1)})` : unit;
    if (e.key === "Environment") {
      if (e.value === "") {
        for (const [k, v2] of env.vars) if (v2.source.startsWith("Environment=")) env.vars.delete(k);
        continue;
      }
      for (const a of parseEnvironment(e.value, e.offsets)) {
        env.vars.set(a.name, { value: a.value, span: file.span(a.start, a.end), source: `Environment= in ${where} line ${line}` });
      }
    } else if (e.key === "EnvironmentFile" && e.value !== "") {
      env.kind = "opaque";
      env.notes.push(`EnvironmentFile=${e.value} adds variables`);
    } else if (e.key === "PassEnvironment" && e.value !== "") {
      for (const name of e.value.split(/\s+/)) {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) env.vars.set(name, { value: null, span: file.span(e.start, e.end), source: `PassEnvironment= in ${where} line ${line}` });
      }
    } else if (e.key === "UnsetEnvironment") {
      for (const name of e.value.split(/\s+/)) env.vars.delete(name.split("=")[0] ?? name);
    } else if (e.key === "User" && e.value !== "") {
      const user = /^[%{]/.test(e.value) ? null : e.value;
      for (const k of ["USER", "LOGNAME"]) env.vars.set(k, { value: user, span: file.span(e.start, e.end), source: `User= in ${where}` });
      env.vars.set("HOME", { value: null, span: file.span(e.start, e.end), source: `User= in ${where}` });
    }
  }
  return env;
}
function commandInvocations(file, cmd2, env, scheduler) {
  const { text, offsets } = execToShell(cmd2.argv, env.vars);
  if (text.trim() === "") return [];
  return invocationsFromShell(text, offsets, { file, env, scheduler });
}
var SAFE = /^[A-Za-z0-9_/.,:=+@%^-]+$/;
var SHELL_KEYWORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time", "for", "select", "case", "esac", "function", "in"]);
function execToShell(argv, vars) {
  let text = "";
  const offsets = [];
  const emit = (s, at) => {
    for (let k = 0; k < s.length; k++) {
      text += s[k];
      offsets.push(typeof at === "number" ? at : at[k] ?? at[at.length - 1] ?? 0);
    }
  };
  const literal = (s, at, bare) => {
    if (s === "") return;
    if (bare && SAFE.test(s)) {
      emit(s, at);
      return;
    }
    emit("'", at[0] ?? 0);
    for (let k = 0; k < s.length; k++) {
      if (s[k] === "'") emit("'\\''", at[k] ?? 0);
      else emit(s[k], at[k] ?? 0);
    }
    emit("'", at[s.length - 1] ?? 0);
  };
  for (const arg of argv) {
    const only = arg.segments[0];
    if (arg.segments.length === 1 && only?.kind === "var" && only.split) {
      const v2 = vars.get(only.name);
      if (v2 && v2.value !== null) {
        for (const field of v2.value.split(/[ \t\n]+/).filter(Boolean)) {
          literal(field, new Array(field.length).fill(only.start), false);
          emit(" ", only.end);
        }
      } else {
        emit(`\${${only.name}}`, only.start);
        emit(" ", only.end);
      }
      continue;
    }
    let first = true;
    for (const seg of arg.segments) {
      if (seg.kind === "lit") {
        const bare = !(first && (/^[#~]/.test(seg.text) || arg.segments.length === 1 && SHELL_KEYWORDS.has(seg.text)));
        literal(seg.text, seg.offsets, bare);
      } else if (seg.kind === "var") {
        emit(`\${${seg.name}}`, seg.start);
      } else {
        emit(`\${${seg.text.replace(/[}'"`\\$\s]/g, "")}?}`, seg.start);
      }
      first = false;
    }
    if (arg.segments.length === 0) emit("''", arg.start);
    emit(" ", arg.end);
  }
  offsets.push(offsets[offsets.length - 1] ?? 0);
  return { text, offsets };
}

// src/lint/extract/yaml.ts
var import_yaml13 = __toESM(require_dist(), 1);

// src/lint/parse/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_BYTES = 2 * 1024 * 1024;
var TRIM_ABOVE = 256 * 1024;
var MAX_PROBLEMS = 5;
var RELEVANT = /tootctl|mastodon|periodicMaintenance|removeMedia|S3_|ofelia|chadburn|deck-chores|swarm\.cronjob|mediaAutoRemove|public\/system|s3cmd|rclone|aws\s+s3|gsutil/i;
var TEMPLATE_DIR = /(^|\/)templates\//;
var TEMPLATE_EXT = /\.(j2|jinja2?|tpl|gotmpl|tmpl)$/i;
function isTemplatePath(path) {
  return TEMPLATE_DIR.test(path) || TEMPLATE_EXT.test(path);
}
function findTemplates(text) {
  const out = [];
  let i = 0;
  for (; ; ) {
    const a = text.indexOf("{{", i);
    const b = text.indexOf("{%", i);
    const c = text.indexOf("{#", i);
    let s = -1;
    let close = "";
    for (const [pos, cl] of [[a, "}}"], [b, "%}"], [c, "#}"]]) {
      if (pos !== -1 && (s === -1 || pos < s)) {
        s = pos;
        close = cl;
      }
    }
    if (s === -1) break;
    const e = text.indexOf(close, s + 2);
    if (e === -1) break;
    if (close === "#}" && text.slice(s, e).includes("\n")) {
      i = s + 2;
      continue;
    }
    out.push([s, e + 2]);
    i = e + 2;
  }
  return out;
}
function overlaps(ranges, start, end) {
  if (ranges.length === 0) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ranges[mid][1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r[1] > start && r[0] < Math.max(end, start + 1);
}
function inside2(ranges, offset) {
  return overlaps(ranges, offset, offset + 1);
}
var BLOCK_OPEN = /^\{\{-?\s*(if|with|range)\b|^\{%-?\s*(if|for)\b/;
var BLOCK_CLOSE = /^\{\{-?\s*end\b|^\{%-?\s*end(if|for)\b/;
function neutralize(text, templates) {
  const stripped = text.split("");
  for (const [s, e] of templates) for (let k = s; k < e; k++) if (stripped[k] !== "\n") stripped[k] = " ";
  const chars = text.split("");
  const conditional = [];
  const open = [];
  for (const [s, e] of templates) {
    const inner = text.slice(s, e);
    if (BLOCK_OPEN.test(inner)) open.push(e);
    else if (BLOCK_CLOSE.test(inner)) {
      const from = open.pop();
      if (from !== void 0 && open.length === 0) conditional.push([from, s]);
    }
    const ls = text.lastIndexOf("\n", s - 1) + 1;
    let le = text.indexOf("\n", e);
    if (le === -1) le = text.length;
    let alone = true;
    for (let k = ls; k < le && alone; k++) if (stripped[k] !== " " && stripped[k] !== "	" && stripped[k] !== "\r" && stripped[k] !== "\n") alone = false;
    const fill = alone || inner.includes("\n") ? " " : "_";
    for (let k = s; k < e; k++) if (chars[k] !== "\n" && chars[k] !== "\r") chars[k] = fill;
  }
  if (open.length) conditional.push([open[0], text.length]);
  conditional.sort((x, y) => x[0] - y[0]);
  return { text: chars.join(""), conditional: mergeRanges(conditional) };
}
function mergeRanges(rs) {
  const out = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
function splitDocuments(text) {
  const out = [];
  const re = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > start) out.push([start, at]);
    start = at;
  }
  out.push([start, text.length]);
  return out;
}
function lowerFirst(s) {
  return s ? s[0].toLowerCase() + s.slice(1) : s;
}
function parseYaml(file) {
  const original = file.text;
  const isTemplate2 = isTemplatePath(file.path) && /\{\{|\{%/.test(original);
  const templates = /\{\{|\{%|\{#/.test(original) ? findTemplates(original) : [];
  let text = original;
  let conditional = [];
  if (isTemplate2) ({ text, conditional } = neutralize(original, templates));
  const out = { file, text, docs: [], problems: [], templates, conditional, isTemplate: isTemplate2 };
  if (text.charCodeAt(0) === 65279) text = `
${text.slice(1)}`;
  out.text = text;
  let chunks = [[0, text.length]];
  if (text.length > TRIM_ABOVE) {
    chunks = splitDocuments(text).filter(([s, e]) => RELEVANT.test(text.slice(s, e)));
    const relevant = chunks.reduce((n, [s, e]) => n + e - s, 0);
    if (relevant > MAX_YAML_BYTES) {
      out.problems.push({
        span: file.span(0, Math.max(0, file.text.indexOf("\n")) || Math.min(1, file.text.length)),
        message: `this YAML file has ${(relevant / 1048576).toFixed(1)} MiB of relevant documents, over the ${MAX_YAML_BYTES / 1048576} MiB mastodon-ops reads, so it was not checked; split it into smaller files`,
        severity: "warning"
      });
      return out;
    }
  }
  let reported = 0;
  for (const [from, to] of chunks) {
    const whole = from === 0 && to === text.length;
    let parsed;
    try {
      parsed = (0, import_yaml.parseAllDocuments)(whole ? text : text.slice(from, to), { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, logLevel: "silent", strict: false });
    } catch (e) {
      if (!isTemplate2) out.problems.push({ span: file.span(from, Math.min(from + 1, text.length)), message: `the YAML parser gave up on this file (${lowerFirst(e.message)}), so it was not checked` });
      continue;
    }
    const docs = Array.isArray(parsed) ? parsed : [];
    for (const d of docs) {
      if (from > 0) shiftDocument(d, from);
      const range3 = d.range ?? [from, from, from];
      const broken = d.errors.length > 0;
      if (broken && !isTemplate2 && reported < MAX_PROBLEMS) {
        const err = d.errors[0];
        let [s, e] = err.pos;
        let msg = err.message.split("\n")[0].replace(/\.$/, "");
        const open = err.code === "MISSING_CHAR" && /quote/.test(msg) ? openingQuote(d.contents, s) : -1;
        if (open !== -1) {
          [s, e] = [open, open + 1];
          msg = "this quote is never closed";
        }
        const start = Math.max(0, Math.min(s, text.length));
        const end = Math.min(text.length, Math.max(e, start + 1));
        const deep = err.code === "RESOURCE_EXHAUSTION" || /call stack/i.test(msg);
        out.problems.push({
          span: file.span(start, end),
          message: deep ? "this YAML nests too deeply to read, so mastodon-ops skipped this document; flatten it" : `invalid YAML: ${lowerFirst(msg)}; the program reading this file rejects it, and mastodon-ops skipped this document`
        });
        reported++;
      }
      out.docs.push({ index: out.docs.length, contents: d.contents ?? null, start: range3[0], end: range3[2], broken, anchors: null });
    }
  }
  return out;
}
function openingQuote(contents, at) {
  let best = -1;
  const stack = [contents];
  let guard = 0;
  while (stack.length && guard++ < 1e5) {
    const n = stack.pop();
    if ((0, import_yaml.isScalar)(n)) {
      const r = n.range;
      if (r && (n.type === "QUOTE_DOUBLE" || n.type === "QUOTE_SINGLE") && r[0] <= at && r[1] >= at && r[0] > best) best = r[0];
    } else if ((0, import_yaml.isMap)(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if ((0, import_yaml.isSeq)(n)) for (const it of n.items) stack.push(it);
  }
  return best;
}
function shiftDocument(d, by) {
  const dr = d.range;
  if (dr) d.range = [dr[0] + by, dr[1] + by, dr[2] + by];
  for (const e of d.errors) e.pos = [e.pos[0] + by, e.pos[1] + by];
  const stack = [d.contents];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== "object") continue;
    if ((0, import_yaml.isScalar)(n) || (0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n) || (0, import_yaml.isAlias)(n)) {
      const r = n.range;
      if (r) n.range = [r[0] + by, r[1] + by, r[2] + by];
      if (n.srcToken?.type === "block-scalar") n.srcToken.offset += by;
    }
    if ((0, import_yaml.isMap)(n)) for (const p of n.items) stack.push(p.key, p.value);
    else if ((0, import_yaml.isSeq)(n)) for (const it of n.items) stack.push(it);
  }
}
var MAX_ALIAS_DEPTH = 16;
var MAX_ANCHOR_SCAN = 2e5;
var MAX_MERGED_MAPS = 64;
function anchorsOf(doc) {
  if (doc.anchors) return doc.anchors;
  const map = /* @__PURE__ */ new Map();
  const stack = doc.contents ? [doc.contents] : [];
  let seen = 0;
  while (stack.length && seen++ < MAX_ANCHOR_SCAN) {
    const n = stack.pop();
    if ((0, import_yaml.isScalar)(n) || (0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n)) {
      if (n.anchor) {
        const list2 = map.get(n.anchor) ?? [];
        list2.push(n);
        map.set(n.anchor, list2);
      }
      if ((0, import_yaml.isMap)(n)) {
        for (let i = n.items.length - 1; i >= 0; i--) {
          const p = n.items[i];
          stack.push(p.value, p.key);
        }
      } else if ((0, import_yaml.isSeq)(n)) {
        for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
      }
    }
  }
  for (const list2 of map.values()) list2.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
  doc.anchors = map;
  return map;
}
function deref(doc, node) {
  let n = node;
  for (let depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
    if (!(0, import_yaml.isAlias)(n)) return (0, import_yaml.isScalar)(n) || (0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n) ? n : null;
    const at = n.range?.[0] ?? Infinity;
    const list2 = anchorsOf(doc).get(n.source) ?? [];
    let found = null;
    for (const c of list2) {
      const r = c.range;
      if (r && r[0] < at && !(at < r[2])) found = c;
    }
    if (!found) return null;
    n = found;
  }
  return null;
}
function pairs(doc, node) {
  const map = deref(doc, node);
  if (!(0, import_yaml.isMap)(map)) return [];
  const seen = /* @__PURE__ */ new Set([map]);
  const own = [];
  const keys = /* @__PURE__ */ new Set();
  let level = [map];
  for (let depth = 0; level.length && depth <= MAX_ALIAS_DEPTH; depth++) {
    const next = [];
    for (const m of level) {
      if (!(0, import_yaml.isMap)(m)) continue;
      for (const p of m.items) {
        const k = keyString(p);
        if (k === "<<") {
          const v2 = deref(doc, p.value);
          for (const src of (0, import_yaml.isSeq)(v2) ? v2.items : [p.value]) {
            const target = deref(doc, src);
            if (target && !seen.has(target) && seen.size < MAX_MERGED_MAPS) {
              seen.add(target);
              next.push(target);
            }
          }
          continue;
        }
        if (depth > 0 && (k === null || keys.has(k))) continue;
        keys.add(k);
        own.push(p);
      }
    }
    level = next;
  }
  return own;
}
function keyString(p) {
  const k = p.key;
  if ((0, import_yaml.isScalar)(k)) return scalarSource(k);
  return null;
}
function pair(doc, node, key) {
  let found;
  for (const p of pairs(doc, node)) if (keyString(p) === key) found = p;
  return found;
}
function get2(doc, node, key) {
  const p = pair(doc, node, key);
  return p ? deref(doc, p.value) : null;
}
function getPath(doc, node, ...keys) {
  let n = deref(doc, node);
  for (const k of keys) {
    if (!n) return null;
    n = get2(doc, n, k);
  }
  return n;
}
function items2(doc, node) {
  const seq = deref(doc, node);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  const out = [];
  for (const it of seq.items) {
    const n = deref(doc, it);
    if (n) out.push(n);
  }
  return out;
}
function scalarSource(n) {
  if (!(0, import_yaml.isScalar)(n)) return null;
  const s = n.source;
  if (typeof s === "string") return s;
  return n.value === null || n.value === void 0 ? "" : String(n.value);
}
function str3(doc, node) {
  return scalarSource(deref(doc, node));
}
var Acc = class {
  s = "";
  o = [];
  push(ch, off) {
    this.s += ch;
    this.o.push(off);
  }
  pushStr(str4, off) {
    for (let k = 0; k < str4.length; k++) this.push(str4[k], off + k);
  }
};
function scalarText(node, text) {
  const range3 = node.range ?? [0, 0, 0];
  const expect = scalarSource(node) ?? "";
  let acc = null;
  let exact = true;
  let end = range3[1];
  try {
    switch (node.type) {
      case "PLAIN":
        acc = unfold(text, range3[0], range3[1]);
        break;
      case "QUOTE_SINGLE":
        acc = singleQuoted(text, range3[0], range3[1]);
        end = range3[1] - 1;
        break;
      case "QUOTE_DOUBLE":
        acc = doubleQuoted(text, range3[0], range3[1]);
        end = range3[1] - 1;
        break;
      case "BLOCK_LITERAL":
      case "BLOCK_FOLDED": {
        const tok = node.srcToken;
        if (tok && tok.type === "block-scalar") {
          acc = blockScalar(tok, node.type === "BLOCK_FOLDED");
          exact = node.type === "BLOCK_LITERAL";
        }
        break;
      }
      default:
        acc = null;
    }
  } catch {
    acc = null;
  }
  if (!acc || acc.s !== expect) {
    const o = [];
    const span2 = Math.max(0, range3[1] - range3[0]);
    for (let k = 0; k < expect.length; k++) o.push(range3[0] + Math.min(k, Math.max(0, span2 - 1)));
    o.push(range3[1]);
    return { value: expect, offsets: o, exact: false };
  }
  const last = acc.o[acc.o.length - 1];
  acc.o.push(last === void 0 ? end : last + 1);
  return { value: acc.s, offsets: acc.o, exact };
}
function unfold(text, from, to) {
  const acc = new Acc();
  const src = text.slice(from, to);
  const lines = [];
  let p = 0;
  for (; ; ) {
    const nl = src.indexOf("\n", p);
    if (nl === -1) {
      lines.push({ s: p, e: src.length });
      break;
    }
    lines.push({ s: p, e: nl > p && src[nl - 1] === "\r" ? nl - 1 : nl });
    p = nl + 1;
  }
  if (lines.length === 1) {
    acc.pushStr(src, from);
    return acc;
  }
  const isWs = (c) => c === " " || c === "	";
  const l0 = lines[0];
  let e0 = l0.e;
  while (e0 > l0.s && isWs(src[e0 - 1])) e0--;
  acc.pushStr(src.slice(l0.s, e0), from + l0.s);
  let sep3 = " ";
  let sepOff = from + l0.e;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    let s = l.s;
    let e = l.e;
    const lastLine = i === lines.length - 1;
    while (s < e && isWs(src[s])) s++;
    if (!lastLine) while (e > s && isWs(src[e - 1])) e--;
    if (lastLine) {
      for (const ch of sep3) acc.push(ch, sepOff);
      acc.pushStr(src.slice(s, l.e === src.length ? src.length : l.e), from + s);
      break;
    }
    if (s === e) {
      if (sep3 === "\n") acc.push("\n", from + l.e);
      else {
        sep3 = "\n";
        sepOff = from + l.e;
      }
    } else {
      for (const ch of sep3) acc.push(ch, sepOff);
      acc.pushStr(src.slice(s, e), from + s);
      sep3 = " ";
      sepOff = from + l.e;
    }
  }
  return acc;
}
function singleQuoted(text, from, to) {
  const inner = unfold(text, from + 1, to - 1);
  const acc = new Acc();
  for (let k = 0; k < inner.s.length; k++) {
    acc.push(inner.s[k], inner.o[k]);
    if (inner.s[k] === "'" && inner.s[k + 1] === "'") k++;
  }
  return acc;
}
var ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
};
function doubleQuoted(text, from, to) {
  const acc = new Acc();
  const src = text.slice(from, to);
  for (let i = 1; i < src.length - 1; ++i) {
    const ch = src[i];
    if (ch === "\r" && src[i + 1] === "\n") continue;
    if (ch === "\n") {
      let fold = "";
      let j = i;
      let c = src[j + 1];
      while (c === " " || c === "	" || c === "\n" || c === "\r") {
        if (c === "\r" && src[j + 2] !== "\n") break;
        if (c === "\n") fold += "\n";
        j += 1;
        c = src[j + 1];
      }
      if (!fold) fold = " ";
      for (const f of fold) acc.push(f, from + i);
      i = j;
    } else if (ch === "\\") {
      const at = i;
      let next = src[++i];
      const cc = next === void 0 ? void 0 : ESCAPES[next];
      if (cc) acc.push(cc, from + at);
      else if (next === "\n") {
        next = src[i + 1];
        while (next === " " || next === "	") next = src[++i + 1];
      } else if (next === "\r" && src[i + 1] === "\n") {
        next = src[++i + 1];
        while (next === " " || next === "	") next = src[++i + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const len = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = src.substr(i + 1, len);
        const code = hex.length === len && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
        let out;
        try {
          out = String.fromCodePoint(code);
        } catch {
          out = src.substr(i - 1, len + 2);
        }
        for (const u of out.split("")) acc.push(u, from + at);
        i += len;
      } else {
        acc.pushStr(src.substr(at, 2), from + at);
      }
    } else if (ch === " " || ch === "	") {
      const ws = i;
      let next = src[i + 1];
      while (next === " " || next === "	") next = src[++i + 1];
      if (next !== "\n" && !(next === "\r" && src[i + 2] === "\n")) {
        if (i > ws) acc.pushStr(src.slice(ws, i + 1), from + ws);
        else acc.push(ch, from + ws);
      }
    } else acc.push(ch, from + i);
  }
  return acc;
}
function blockScalar(tok, folded) {
  const acc = new Acc();
  const header = tok.props[0];
  if (!header || header.type !== "block-scalar-header") return acc;
  let hIndent = 0;
  let chomp = "";
  for (const ch of header.source.slice(1)) {
    if (!chomp && (ch === "-" || ch === "+")) chomp = ch;
    else if (!hIndent && Number(ch)) hIndent = Number(ch);
  }
  let headerLen = 0;
  for (const p of tok.props) headerLen += p.source?.length ?? 0;
  const base3 = tok.offset + headerLen;
  const source = tok.source ?? "";
  const lines = [];
  {
    let p = 0;
    for (; ; ) {
      const nl = source.indexOf("\n", p);
      const raw = nl === -1 ? source.slice(p) : source.slice(p, nl);
      const m = /^ */.exec(raw)[0];
      lines.push({ indent: m, content: raw.slice(m.length), at: base3 + p });
      if (nl === -1) break;
      p = nl + 1;
    }
  }
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const c = lines[i].content;
    if (c === "" || c === "\r") chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === "+" && lines.length > 0) for (let k = 0; k < Math.max(1, lines.length - 1); k++) acc.push("\n", base3);
    return acc;
  }
  let trimIndent = tok.indent + hIndent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const { indent, content } = lines[i];
    if (content === "" || content === "\r") {
      if (hIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (hIndent === 0) trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i].indent.length > trimIndent) chompStart = i + 1;
  const nlAfter = (i) => {
    const l = lines[i];
    return l.at + l.indent.length + l.content.length - (l.content.endsWith("\r") ? 1 : 0);
  };
  for (let i = 0; i < contentStart; ++i) {
    const l = lines[i];
    acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
    acc.push("\n", l.at + l.indent.length + l.content.length);
  }
  let sep3 = "";
  let sepOff = base3;
  let prevMore = false;
  for (let i = contentStart; i < chompStart; ++i) {
    const l = lines[i];
    let indent = l.indent;
    let content = l.content;
    if (content.endsWith("\r")) content = content.slice(0, -1);
    if (content && indent.length < trimIndent) indent = "";
    const indentAt = l.at + Math.min(trimIndent, l.indent.length);
    const contentAt = l.at + l.indent.length;
    const pushSep = () => {
      for (const ch of sep3) acc.push(ch, sepOff);
    };
    if (!folded) {
      pushSep();
      acc.pushStr(indent.slice(trimIndent), indentAt);
      acc.pushStr(content, contentAt);
      sep3 = "\n";
    } else if (indent.length > trimIndent || content[0] === "	") {
      if (sep3 === " ") sep3 = "\n";
      else if (!prevMore && sep3 === "\n") sep3 = "\n\n";
      pushSep();
      acc.pushStr(indent.slice(trimIndent), indentAt);
      acc.pushStr(content, contentAt);
      sep3 = "\n";
      prevMore = true;
    } else if (content === "") {
      if (sep3 === "\n") acc.push("\n", nlAfter(i));
      else sep3 = "\n";
    } else {
      pushSep();
      acc.pushStr(content, contentAt);
      sep3 = " ";
      prevMore = false;
    }
    sepOff = nlAfter(i);
  }
  if (chomp === "+") {
    for (let i = chompStart; i < lines.length; ++i) {
      acc.push("\n", sepOff);
      const l = lines[i];
      acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
      sepOff = nlAfter(i);
    }
    if (acc.s[acc.s.length - 1] !== "\n") acc.push("\n", sepOff);
  } else if (chomp !== "-") acc.push("\n", sepOff);
  return acc;
}

// src/lint/extract/yaml/ansible.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/lint/extract/yaml/words.ts
var import_yaml2 = __toESM(require_dist(), 1);
function textOf(yf, doc, node) {
  const n = deref(doc, node);
  if (!(0, import_yaml2.isScalar)(n) || !n.range) return null;
  const t = scalarText(n, yf.text);
  return { value: t.value, offsets: t.offsets, start: n.range[0], end: n.range[1] };
}
function sub(t, from, to) {
  const offsets = t.offsets.slice(from, to);
  offsets.push(t.offsets[to] ?? (offsets.length ? offsets[offsets.length - 1] + 1 : t.end));
  return { value: t.value.slice(from, to), offsets, start: t.offsets[from] ?? t.start, end: offsets[offsets.length - 1] };
}
function hasTemplate(yf, t) {
  if (yf.templates.length === 0) return false;
  if (!overlaps(yf.templates, t.start, Math.max(t.end, t.start + 1))) return false;
  for (let k = 0; k < t.value.length; k++) if (inside2(yf.templates, t.offsets[k])) return true;
  return false;
}
function withUnknown(yf, extra) {
  if (extra.length === 0) return yf;
  const all = [...yf.templates, ...extra].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const r of all) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return { ...yf, templates: merged };
}
function displayText(yf, start, end) {
  const t = yf.file.text.slice(start, end).replace(/\s*\n\s*/g, " ");
  return t.length > 80 ? `${t.slice(0, 79)}\u2026` : t;
}
function wordOf(yf, doc, node) {
  const n = deref(doc, node);
  const r = node?.range ?? n?.range;
  if (!r) return null;
  const span2 = yf.file.span(r[0], Math.max(r[0], r[1]));
  const t = textOf(yf, doc, node);
  if (!t || hasTemplate(yf, t)) return { value: null, text: displayText(yf, r[0], r[1]), span: span2 };
  return { value: t.value, text: t.value, span: span2, offsets: t.offsets.slice(0, t.value.length) };
}
function syntheticWord(value, span2) {
  return { value, text: value, span: span2 };
}
function shellText(yf, t) {
  if (!hasTemplate(yf, t)) return { text: t.value, offsets: t.offsets, templated: false };
  let out = "";
  let k = 0;
  const v2 = t.value;
  while (k < v2.length) {
    if (inside2(yf.templates, t.offsets[k])) {
      let j = k;
      while (j < v2.length && inside2(yf.templates, t.offsets[j])) j++;
      const n = j - k;
      out += n === 1 ? "_" : `$${"_".repeat(n - 1)}`;
      k = j;
    } else {
      out += v2[k];
      k++;
    }
  }
  return { text: out, offsets: t.offsets, templated: true };
}
function argItem(yf, doc, node) {
  const n = node;
  const r = n?.range;
  if (!r) return null;
  const t = textOf(yf, doc, node);
  if (!t || hasTemplate(yf, t)) return { value: null, start: r[0], end: r[1] };
  return { value: t.value, offsets: t.offsets, start: r[0], end: r[1] };
}
function argvShell(args) {
  let text = "";
  const offsets = [];
  const add = (s, off) => {
    text += s;
    for (let k = 0; k < s.length; k++) offsets.push(off);
  };
  args.forEach((a, idx) => {
    if (idx > 0) add(" ", args[idx - 1].end);
    if (a.value === null || !a.offsets) {
      add("$_", a.start);
      return;
    }
    add("'", a.start);
    for (let k = 0; k < a.value.length; k++) {
      const ch = a.value[k];
      const off = a.offsets[k] ?? a.start;
      if (ch === "'") {
        add("'\\''", off);
      } else add(ch, off);
    }
    add("'", Math.max(a.start, a.end - 1));
  });
  const last = args[args.length - 1];
  offsets.push(last ? last.end : 0);
  return { text, offsets };
}
function shellInvocations(yf, text, offsets, ctx) {
  const invs = invocationsFromShell(text, offsets, {
    file: yf.file,
    env: cloneEnv(ctx.env),
    scheduler: ctx.scheduler,
    confidence: ctx.confidence ?? "high"
  });
  return invs.map((inv) => finishInvocation(yf, inv, ctx));
}
function finishInvocation(yf, inv, ctx) {
  let changed = false;
  let templated = false;
  const argv = inv.argv.map((w, idx) => {
    const s = w.span.start.offset;
    const e = w.span.end.offset;
    if (!overlaps(yf.templates, s, Math.max(e, s + 1))) {
      if (w.value === null && w.text.startsWith("$_")) {
        changed = true;
        return { ...w, text: displayText(yf, s, e) };
      }
      return w;
    }
    const touches = w.offsets ? w.offsets.some((o) => inside2(yf.templates, o)) : true;
    if (!touches && w.value !== null) return w;
    templated = true;
    changed = true;
    const raw = displayText(yf, s, e);
    if (idx === 0 && /\/tootctl$/.test(raw.replace(/["']/g, "")) && !inside2(yf.templates, e - 1)) {
      return { value: raw.replace(/["']/g, ""), text: raw, span: w.span };
    }
    return { value: null, text: raw, span: w.span };
  });
  for (const [name, ev] of inv.env.vars) {
    if (ev.value !== null && ev.span && overlaps(yf.templates, ev.span.start.offset, ev.span.end.offset)) {
      inv.env.vars.set(name, { ...ev, value: null });
    }
  }
  if (changed) {
    inv.argv = argv;
    const t = parseTootctl(argv);
    if (t) inv.tootctl = t;
    else delete inv.tootctl;
  }
  if (templated || inConditional(yf, inv)) inv.confidence = "low";
  if (ctx.via?.length) inv.via = [...ctx.via, ...inv.via];
  return inv;
}
function inConditional(yf, inv) {
  return yf.conditional.length > 0 && overlaps(yf.conditional, inv.span.start.offset, Math.max(inv.span.end.offset, inv.span.start.offset + 1));
}
function addRun(model, scheduler, invs) {
  if (scheduler && !model.schedulers.includes(scheduler)) model.schedulers.push(scheduler);
  addInvocations(model, invs);
}
function chartInvocation(yf, argv, env, scheduler, via, confidence) {
  const first = argv[0].span;
  const last = argv[argv.length - 1].span;
  const inv = {
    file: yf.file,
    argv,
    env: cloneEnv(env),
    scheduler,
    span: first.start.offset <= last.start.offset ? { file: first.file, start: first.start, end: last.end.offset >= first.end.offset ? last.end : first.end } : first,
    via,
    confidence
  };
  const t = parseTootctl(argv);
  if (t) {
    t.problems = [];
    inv.tootctl = t;
  }
  return inv;
}
function truthy(v2) {
  if (v2 === null || v2 === void 0) return null;
  const s = v2.trim().toLowerCase();
  if (["true", "yes", "on", "1", "y", "t"].includes(s)) return true;
  if (["false", "no", "off", "0", "n", "f", ""].includes(s)) return false;
  return null;
}
function containerEnv(yf, doc, envList, envFrom, source) {
  const env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
  for (const e of items2(doc, envList)) {
    const nameT = textOf(yf, doc, get2(doc, e, "name"));
    if (!nameT || hasTemplate(yf, nameT)) continue;
    const valuePair = pair(doc, e, "value");
    const t = valuePair ? textOf(yf, doc, valuePair.value) : null;
    const known = valuePair ? t && !hasTemplate(yf, t) ? t.value : null : pair(doc, e, "valueFrom") ? null : "";
    const r = e.range ?? [nameT.start, nameT.end, nameT.end];
    env.vars.set(nameT.value, { value: known, span: yf.file.span(r[0], Math.max(r[0], r[1])), source });
  }
  if (items2(doc, envFrom).length) env.notes.push("envFrom adds variables from a ConfigMap or Secret");
  else if (envFrom && !(0, import_yaml2.isSeq)(deref(doc, envFrom))) env.notes.push("envFrom is set from a template");
  return env;
}

// src/lint/extract/yaml/ansible.ts
var CRON = /* @__PURE__ */ new Set(["cron", "ansible.builtin.cron", "ansible.legacy.cron", "community.general.cron"]);
var SHELL = /* @__PURE__ */ new Set(["shell", "ansible.builtin.shell", "ansible.legacy.shell", "raw", "ansible.builtin.raw", "ansible.legacy.raw"]);
var COMMAND = /* @__PURE__ */ new Set(["command", "ansible.builtin.command", "ansible.legacy.command"]);
var DOCKER_EXEC = /* @__PURE__ */ new Set(["community.docker.docker_container_exec", "docker_container_exec"]);
var K8S_EXEC = /* @__PURE__ */ new Set(["kubernetes.core.k8s_exec", "k8s_exec", "community.kubernetes.k8s_exec"]);
var RAW_PARAMS = /* @__PURE__ */ new Set(["chdir", "creates", "removes", "executable", "warn", "stdin", "stdin_add_newline", "strip_empty_ends", "expand_argument_vars"]);
var PLAY_LISTS = ["pre_tasks", "tasks", "post_tasks", "handlers"];
var BLOCK_LISTS = ["block", "rescue", "always"];
var MAX_DEPTH = 64;
function looksLikeAnsible(doc) {
  const c = deref(doc, doc.contents);
  return (0, import_yaml4.isSeq)(c) && c.items.length > 0 && items2(doc, c).some((n) => (0, import_yaml4.isMap)(n));
}
function extractAnsible(yf, doc, model) {
  const a = new Ansible(yf, doc, model);
  a.run();
}
var Ansible = class {
  constructor(yf, doc, model) {
    this.yf = yf;
    this.doc = doc;
    this.model = model;
  }
  yf;
  doc;
  model;
  cronEnv = /* @__PURE__ */ new Map();
  pending = [];
  run() {
    const root = { vars: /* @__PURE__ */ new Map(), opaque: null, become: null, depth: 0 };
    for (const item of items2(this.doc, this.doc.contents)) {
      if (!(0, import_yaml4.isMap)(item)) continue;
      if (pair(this.doc, item, "hosts") || PLAY_LISTS.some((k) => pair(this.doc, item, k)) && !pair(this.doc, item, "block")) {
        const scope = this.scope(item, root);
        for (const k of PLAY_LISTS) for (const t of items2(this.doc, get2(this.doc, item, k))) this.task(t, scope);
      } else this.task(item, root);
    }
    for (const p of this.pending) {
      const env = emptyEnv("complete");
      for (const [k, v2] of this.cronEnv.get(p.key) ?? []) env.vars.set(k, v2);
      const sh = shellText(this.yf, p.job);
      const cut = cronCommand(sh.text, sh.offsets);
      if (cut.text.trim() === "") continue;
      const invs = shellInvocations(this.yf, cut.text, cut.offsets, { env, scheduler: p.scheduler, confidence: p.confidence });
      addRun(this.model, p.scheduler, invs);
    }
  }
  span(start, end) {
    return this.yf.file.span(start, Math.max(start, end));
  }
  /** The scope of a play, block or task: `environment:` and `become_user` on top of the parent's. */
  scope(node, parent) {
    const s = { vars: new Map(parent.vars), opaque: parent.opaque, become: parent.become, depth: parent.depth + 1 };
    const envPair = pair(this.doc, node, "environment");
    if (envPair) {
      const v2 = deref(this.doc, envPair.value);
      const maps = (0, import_yaml4.isSeq)(v2) ? items2(this.doc, v2) : [v2];
      for (const m of maps) {
        if (!(0, import_yaml4.isMap)(m)) {
          const r = m?.range;
          s.opaque = r ? `"environment: ${displayText(this.yf, r[0], r[1])}" sets variables mastodon-ops cannot see` : s.opaque;
          continue;
        }
        for (const p of pairs(this.doc, m)) {
          const name = keyString(p);
          if (!name) continue;
          const t = textOf(this.yf, this.doc, p.value);
          const start = p.key.range?.[0] ?? 0;
          const end = p.value?.range?.[1] ?? p.key.range?.[1] ?? start;
          s.vars.set(name, {
            value: t && !hasTemplate(this.yf, t) ? t.value : null,
            span: this.span(start, end),
            source: "Ansible environment"
          });
        }
      }
    }
    const become = textOf(this.yf, this.doc, get2(this.doc, node, "become_user"));
    if (become) s.become = hasTemplate(this.yf, become) ? displayText(this.yf, become.start, become.end) : become.value;
    return s;
  }
  task(node, parent) {
    if (!(0, import_yaml4.isMap)(node) || parent.depth > MAX_DEPTH) return;
    const scope = this.scope(node, parent);
    let isBlock = false;
    for (const k of BLOCK_LISTS) {
      const list2 = get2(this.doc, node, k);
      if (!list2) continue;
      isBlock = true;
      for (const t of items2(this.doc, list2)) this.task(t, scope);
    }
    if (isBlock) return;
    const taskName = textOf(this.yf, this.doc, get2(this.doc, node, "name"));
    for (const p of pairs(this.doc, node)) {
      const k = keyString(p);
      if (!k) continue;
      if (CRON.has(k)) this.cron(node, p, taskName);
      else if (SHELL.has(k) || COMMAND.has(k)) this.command(node, p, scope);
      else if (DOCKER_EXEC.has(k) || K8S_EXEC.has(k)) this.exec(node, p, scope, k);
      else if (k === "action" || k === "local_action") this.action(node, p, scope, taskName);
    }
  }
  /** `action: cron job=... minute=0` / `action: {module: shell, cmd: ...}`. */
  action(node, p, scope, taskName) {
    const v2 = deref(this.doc, p.value);
    if ((0, import_yaml4.isMap)(v2)) {
      const mod = textOf(this.yf, this.doc, get2(this.doc, v2, "module"))?.value ?? "";
      const params = this.mapParams(v2);
      params.delete("module");
      if (CRON.has(mod)) this.cronWith(params, p.key.range ?? [0, 0, 0], taskName);
      else if (SHELL.has(mod) || COMMAND.has(mod)) this.commandWith(node, params, null, scope);
      return;
    }
    const t = textOf(this.yf, this.doc, v2);
    if (!t) return;
    const m = /^\s*(\S+)\s*/.exec(t.value);
    if (!m) return;
    const rest = sub(t, m[0].length, t.value.length);
    if (CRON.has(m[1])) this.cronWith(this.withArgs(node, kvParams(rest).params), p.key.range ?? [0, 0, 0], taskName);
    else if (SHELL.has(m[1]) || COMMAND.has(m[1])) {
      const kv = kvParams(rest);
      this.commandWith(node, this.withArgs(node, kv.params), kv.raw, scope);
    }
  }
  mapParams(m) {
    const out = /* @__PURE__ */ new Map();
    for (const p of pairs(this.doc, m)) {
      const k = keyString(p);
      if (!k) continue;
      const kr = p.key.range ?? [0, 0, 0];
      const vr = p.value?.range ?? [kr[1], kr[1], kr[1]];
      out.set(k, { text: textOf(this.yf, this.doc, p.value), keyStart: kr[0], keyEnd: kr[1], start: vr[0], end: vr[1] });
    }
    return out;
  }
  /** The module's arguments: a dict, or a free-form `k=v` string; plus the task's `args:`. */
  params(node, p) {
    const v2 = deref(this.doc, p.value);
    if ((0, import_yaml4.isMap)(v2)) return { params: this.withArgs(node, this.mapParams(v2)), raw: null };
    const t = textOf(this.yf, this.doc, p.value);
    if (!t) return { params: this.withArgs(node, /* @__PURE__ */ new Map()), raw: null };
    const kv = kvParams(t);
    return { params: this.withArgs(node, kv.params), raw: kv.raw };
  }
  withArgs(node, params) {
    const args = get2(this.doc, node, "args");
    if ((0, import_yaml4.isMap)(args)) {
      for (const [k, v2] of this.mapParams(args)) if (!params.has(k)) params.set(k, v2);
    }
    return params;
  }
  cron(node, p, taskName) {
    const { params } = this.params(node, p);
    this.cronWith(params, p.key.range ?? [0, 0, 0], taskName);
  }
  cronWith(params, moduleRange, taskName) {
    let confidence = "high";
    const val = (k, ...aliases) => {
      for (const n of [k, ...aliases]) {
        const v2 = params.get(n);
        if (v2) return v2;
      }
      return void 0;
    };
    const known = (prm) => prm?.text && !hasTemplate(this.yf, prm.text) ? prm.text.value : null;
    const state = val("state");
    if (state) {
      const s = known(state);
      if (s === "absent") return;
      if (s === null) confidence = "low";
    }
    const disabled = val("disabled");
    if (disabled) {
      const d = truthy(known(disabled));
      if (d === true) return;
      if (d === null) confidence = "low";
    }
    const name = val("name");
    const job = val("job", "value");
    const user = val("user");
    const cronFile = val("cron_file");
    const key = cronFile?.text ? `file:${cronFile.text.value}` : user?.text ? `user:${user.text.value}` : "user:";
    const env = val("env");
    if (env && truthy(known(env)) === true) {
      if (!name?.text || hasTemplate(this.yf, name.text)) return;
      const vars = this.cronEnv.get(key) ?? /* @__PURE__ */ new Map();
      vars.set(name.text.value, {
        value: job?.text && !hasTemplate(this.yf, job.text) ? job.text.value : job ? null : "",
        span: this.span(name.keyStart, job ? job.end : name.end),
        source: "Ansible cron env task"
      });
      this.cronEnv.set(key, vars);
      return;
    }
    if (!job?.text) return;
    const label = (taskName ?? name?.text)?.value;
    const special = val("special_time");
    const fields = [val("minute"), val("hour"), val("day", "dom"), val("month"), val("weekday", "dow")];
    const present2 = fields.filter((f) => f !== void 0);
    const modSpan = this.span(moduleRange[0], moduleRange[1]);
    let schedule;
    if (special?.text) {
      schedule = {
        kind: "ansible",
        text: `@${special.text.value}`,
        known: !hasTemplate(this.yf, special.text),
        span: this.span(special.start, special.end)
      };
    } else {
      const texts = fields.map((f) => f?.text ? f.text.value : f ? displayText(this.yf, f.start, f.end) : "*");
      const first = present2.reduce((a, b) => !a || b.keyStart < a.keyStart ? b : a, void 0);
      const last = present2.reduce((a, b) => !a || b.end > a.end ? b : a, void 0);
      schedule = {
        kind: "ansible",
        text: texts.join(" "),
        known: present2.every((f) => f.text !== null && !hasTemplate(this.yf, f.text)),
        span: present2.length === 1 ? this.span(first.start, first.end) : first && last ? this.span(first.keyStart, last.end) : modSpan
      };
    }
    const scheduler = {
      kind: "ansible-cron",
      label: label ? `Ansible cron task "${label}"` : "Ansible cron task",
      span: modSpan,
      schedule
    };
    this.pending.push({ key, scheduler, job: job.text, confidence });
  }
  command(node, p, scope) {
    const { params, raw } = this.params(node, p);
    this.commandWith(node, params, raw, scope);
  }
  commandWith(node, params, raw, scope, via = [], env) {
    const e = env ?? this.taskEnv(scope);
    const ctx = { env: e, scheduler: null, via: [...this.becomeVia(scope), ...via] };
    const argvNode = this.argvNode(node, params);
    if (argvNode) {
      const args = items2(this.doc, argvNode).map((n) => argItem(this.yf, this.doc, n)).filter((a) => a !== null);
      if (args.length === 0) return;
      const sh2 = argvShell(args);
      addRun(this.model, null, shellInvocations(this.yf, sh2.text, sh2.offsets, ctx));
      return;
    }
    const cmd2 = raw ?? params.get("cmd")?.text ?? params.get("command")?.text;
    if (!cmd2 || cmd2.value.trim() === "") return;
    const sh = shellText(this.yf, cmd2);
    addRun(this.model, null, shellInvocations(this.yf, sh.text, sh.offsets, ctx));
  }
  argvNode(node, params) {
    if (!params.has("argv")) return null;
    for (const p of pairs(this.doc, node)) {
      const k = keyString(p);
      if (!k) continue;
      const v2 = deref(this.doc, p.value);
      if ((0, import_yaml4.isMap)(v2) && (SHELL.has(k) || COMMAND.has(k) || DOCKER_EXEC.has(k) || k === "args" || k === "action")) {
        const a = get2(this.doc, v2, "argv");
        if ((0, import_yaml4.isSeq)(a)) return a;
      }
    }
    return null;
  }
  exec(node, p, scope, module) {
    const { params } = this.params(node, p);
    const target = params.get(DOCKER_EXEC.has(module) ? "container" : "pod")?.text;
    const where = target ? hasTemplate(this.yf, target) ? displayText(this.yf, target.start, target.end) : target.value : "?";
    const env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
    const envNode = get2(this.doc, deref(this.doc, p.value), "env");
    if ((0, import_yaml4.isMap)(envNode)) {
      for (const ep of pairs(this.doc, envNode)) {
        const name = keyString(ep);
        const t = textOf(this.yf, this.doc, ep.value);
        if (name) env.vars.set(name, { value: t && !hasTemplate(this.yf, t) ? t.value : null, span: this.span(ep.key.range?.[0] ?? 0, ep.value?.range?.[1] ?? 0), source: `${module} env` });
      }
    }
    const label = DOCKER_EXEC.has(module) ? `docker_container_exec ${where}` : `k8s_exec ${where}`;
    this.commandWith(node, params, null, { ...scope, become: null }, [label], env);
  }
  taskEnv(scope) {
    const env = { vars: new Map(scope.vars), kind: "opaque", notes: ["Ansible runs the command with the remote user's environment"] };
    if (scope.opaque) env.notes.push(scope.opaque);
    return env;
  }
  becomeVia(scope) {
    return scope.become ? [`ansible become_user ${scope.become}`] : [];
  }
};
function kvParams(t) {
  const v2 = t.value;
  const params = /* @__PURE__ */ new Map();
  const tokens = [];
  let i = 0;
  while (i < v2.length) {
    while (i < v2.length && /\s/.test(v2[i])) i++;
    if (i >= v2.length) break;
    const s = i;
    let q = null;
    while (i < v2.length) {
      const c = v2[i];
      if (q) {
        if (c === "\\" && i + 1 < v2.length) i++;
        else if (c === q) q = null;
        i++;
        continue;
      }
      if (c === '"' || c === "'") {
        q = c;
        i++;
        continue;
      }
      if (c === "{" && (v2[i + 1] === "{" || v2[i + 1] === "%")) {
        const close = v2.indexOf(v2[i + 1] === "{" ? "}}" : "%}", i + 2);
        i = close === -1 ? v2.length : close + 2;
        continue;
      }
      if (/\s/.test(c)) break;
      i++;
    }
    tokens.push([s, i]);
  }
  const rawChars = v2.split("");
  let anyRaw = false;
  for (const [s, e] of tokens) {
    const tok = v2.slice(s, e);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(tok);
    if (!m) {
      anyRaw = true;
      continue;
    }
    const key = m[1];
    let vs = s + m[0].length;
    let ve = e;
    const first = v2[vs];
    if ((first === '"' || first === "'") && ve - vs >= 2 && v2[ve - 1] === first) {
      vs++;
      ve--;
    }
    const text = sub(t, vs, ve);
    params.set(key, { text, keyStart: t.offsets[s] ?? t.start, keyEnd: t.offsets[s + key.length] ?? t.start, start: t.offsets[s + m[0].length] ?? t.start, end: t.offsets[e] ?? t.end });
    if (RAW_PARAMS.has(key)) for (let k = s; k < e; k++) rawChars[k] = " ";
    else anyRaw = true;
  }
  const raw = anyRaw ? { ...t, value: rawChars.join("") } : null;
  return { params, raw };
}
function cronCommand(text, offsets) {
  let out = "";
  const o = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "\\" && text[k + 1] === "%") {
      out += "%";
      o.push(offsets[k + 1]);
      k++;
      continue;
    }
    if (c === "%") {
      o.push(offsets[k]);
      return { text: out, offsets: o };
    }
    out += c;
    o.push(offsets[k]);
  }
  o.push(offsets[text.length] ?? (o.length ? o[o.length - 1] + 1 : 0));
  return { text: out, offsets: o };
}

// src/lint/extract/yaml/k8s.ts
var import_yaml8 = __toESM(require_dist(), 1);

// src/lint/extract/yaml/ignores.ts
var IGNORES = /* @__PURE__ */ new WeakMap();
var IGNORE_ANNOTATION = /^ignore-check\.mastodon-(?:ops|lint)\.dev\/(MSTDN\d{3}|ALL)$/i;
function recordIgnores(s, ignores) {
  if (ignores.size) IGNORES.set(s, ignores);
}
function ignoredRules(s) {
  return (s && IGNORES.get(s)) ?? /* @__PURE__ */ new Map();
}
function isIgnored(s, ruleId) {
  const m = ignoredRules(s);
  return m.has(ruleId.toUpperCase()) || m.has("ALL");
}

// src/lint/extract/yaml/helm.ts
var import_yaml6 = __toESM(require_dist(), 1);
var OFFICIAL_CHILDREN = /* @__PURE__ */ new Set([
  "cron",
  "s3",
  "secrets",
  "sidekiq",
  "web",
  "streaming",
  "local_domain",
  "web_domain",
  "persistence",
  "smtp",
  "extraEnvVars",
  "createAdmin",
  "hooks",
  "singleUserMode",
  "authorizedFetch",
  "limitedFederationMode",
  "locale",
  "alternate_domains",
  "deepl",
  "hcaptcha",
  "metrics",
  "otel",
  "cacheBuster",
  "preparedStatements",
  "logLevel"
]);
var MAGOUT_TOGGLES = [
  { key: "removeStatuses", on: false, argv: ["bin/tootctl", "statuses", "remove"] },
  { key: "pruneAccounts", on: true, argv: ["bin/tootctl", "accounts", "prune"] },
  { key: "cullAccounts", on: true, argv: ["bin/tootctl", "accounts", "cull"] },
  { key: "removeMedia", on: true, argv: ["bin/tootctl", "media", "remove"] },
  { key: "pruneProfileMedia", on: false, argv: ["bin/tootctl", "media", "remove", "--prune-profiles"] },
  { key: "removePreviewCards", on: false, argv: ["bin/tootctl", "preview_cards", "remove"] },
  { key: "removeOrphanMedia", on: false, argv: ["bin/tootctl", "media", "remove-orphans"] },
  { key: "refreshAccounts", on: false, argv: ["bin/tootctl", "accounts", "refresh", "--all"] }
];
function isOfficialValues(doc, root) {
  const m = get2(doc, root, "mastodon");
  if (!(0, import_yaml6.isMap)(m)) return false;
  return pairs(doc, m).some((p) => OFFICIAL_CHILDREN.has(keyString(p) ?? ""));
}
function isMagoutValues(doc, root) {
  const pm = get2(doc, root, "periodicMaintenance");
  if (!(0, import_yaml6.isMap)(pm)) return false;
  return pairs(doc, pm).some((p) => {
    const k = keyString(p) ?? "";
    return k === "enabled" || k === "schedule" || MAGOUT_TOGGLES.some((t) => t.key === k);
  });
}
function extractHelmValues(yf, doc, root, model, prefix = "", officialChart = true) {
  if (officialChart && isOfficialValues(doc, root)) official(yf, doc, root, model, prefix);
  if (isMagoutValues(doc, root)) magout(yf, doc, root, model, prefix);
}
function keySpanOf(yf, p) {
  const r = p?.key?.range;
  return r ? yf.file.span(r[0], r[1]) : null;
}
function valueSpanOf(yf, p) {
  const r = p?.value?.range;
  return r ? yf.file.span(r[0], Math.max(r[0], r[1])) : null;
}
function enabled(yf, doc, block, dflt) {
  const p = block ? pair(doc, block, "enabled") : void 0;
  if (!p) return { on: dflt };
  const t = textOf(yf, doc, p.value);
  if (!t) return { on: null, pair: p };
  if (hasTemplate(yf, t)) return { on: null, pair: p };
  return { on: truthy(t.value), pair: p };
}
function official(yf, doc, root, model, prefix) {
  const mPair = pair(doc, root, "mastodon");
  const m = deref(doc, mPair.value);
  const extra = get2(doc, m, "extraEnvVars");
  const env = extraEnv(yf, doc, extra);
  helmEnvFile(yf, doc, m, extra, model);
  const cronPair = pair(doc, m, "cron");
  const rmPair = cronPair ? pair(doc, deref(doc, cronPair.value), "removeMedia") : void 0;
  const rm = rmPair ? deref(doc, rmPair.value) : null;
  const en = enabled(yf, doc, rm, true);
  if (en.on === false) return;
  const anchor = keySpanOf(yf, rmPair) ?? keySpanOf(yf, cronPair) ?? keySpanOf(yf, mPair);
  const schedPair = rm ? pair(doc, rm, "schedule") : void 0;
  const schedT = schedPair ? textOf(yf, doc, schedPair.value) : null;
  const schedKnown = !schedT || !hasTemplate(yf, schedT);
  const schedText = schedT ? schedKnown ? schedT.value : displayText(yf, schedT.start, schedT.end) : "0 0 * * 0";
  const scheduler = {
    kind: "helm-values",
    label: `the chart's media-remove CronJob (${prefix}mastodon.cron.removeMedia)`,
    span: anchor,
    schedule: { kind: schedText.trim().startsWith("@") ? "special" : "cron", text: schedText, known: schedKnown, span: valueSpanOf(yf, schedPair) ?? anchor },
    k8s: { name: "media-remove", concurrencyPolicy: null, objectSpan: anchor }
  };
  const argv = ["bin/tootctl", "media", "remove"].map((v2) => syntheticWord(v2, anchor));
  const inv = chartInvocation(yf, argv, env, scheduler, ["Helm chart mastodon/chart"], en.on === null ? "low" : "high");
  addRun(model, scheduler, [inv]);
}
function extraEnv(yf, doc, extra) {
  const env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
  for (const p of pairs(doc, extra)) {
    const k = keyString(p);
    if (!k) continue;
    const t = textOf(yf, doc, p.value);
    const kr = p.key.range ?? [0, 0, 0];
    const vr = p.value?.range ?? kr;
    env.vars.set(k, { value: t && !hasTemplate(yf, t) ? t.value : null, span: yf.file.span(kr[0], Math.max(kr[0], vr[1])), source: "mastodon.extraEnvVars" });
  }
  return env;
}
function helmEnvFile(yf, doc, m, extra, model) {
  const entries = [];
  const file = yf.file;
  const add = (key, value, keySpan, valueSpan2, template, quote) => {
    const start = keySpan.start.offset <= valueSpan2.start.offset ? keySpan : valueSpan2;
    const end = valueSpan2.end.offset >= keySpan.end.offset ? valueSpan2 : keySpan;
    entries.push({ key, keySpan, value, valueSpan: valueSpan2, span: { file: file.path, start: start.start, end: end.end }, quote, exported: false, template, line: keySpan.start.line });
  };
  const s3Pair = m ? pair(doc, m, "s3") : void 0;
  const s3 = s3Pair ? deref(doc, s3Pair.value) : null;
  const s3Key = keySpanOf(yf, s3Pair);
  const en = enabled(yf, doc, s3, false);
  if (s3Key && en.on !== false) {
    const keys = [
      ["S3_BUCKET", "bucket", "", true],
      ["S3_ENDPOINT", "endpoint", "", true],
      ["S3_HOSTNAME", "hostname", "", true],
      ["S3_PROTOCOL", "protocol", "https", true],
      ["S3_PERMISSION", "permission", "", false],
      ["S3_REGION", "region", "", false],
      ["S3_ALIAS_HOST", "alias_host", "", false],
      ["S3_MULTIPART_THRESHOLD", "multipart_threshold", "", false],
      ["S3_OVERRIDE_PATH_STYLE", "override_path_style", "", false]
    ];
    const enKey = en.pair ? keySpanOf(yf, en.pair) : s3Key;
    const enVal = en.pair ? valueSpanOf(yf, en.pair) ?? enKey : s3Key;
    const enTemplate = en.on === null;
    add("S3_ENABLED", "true", enKey, enVal, enTemplate, '"');
    for (const [name, vkey, dflt, always] of keys) {
      const p = pair(doc, s3, vkey);
      const t = p ? textOf(yf, doc, p.value) : null;
      const template = Boolean(t && hasTemplate(yf, t)) || Boolean(p && !t && !isNull(doc, p));
      const value = p ? t ? t.value : "" : dflt;
      if (!always && value === "" && !template) continue;
      const ks = keySpanOf(yf, p) ?? s3Key;
      add(name, value, ks, (p && valueSpanOf(yf, p)) ?? ks, template, null);
    }
  }
  for (const p of pairs(doc, extra)) {
    const k = keyString(p);
    if (!k) continue;
    const t = textOf(yf, doc, p.value);
    const ks = keySpanOf(yf, p);
    add(k, t ? t.value : "", ks, valueSpanOf(yf, p) ?? ks, Boolean(t && hasTemplate(yf, t)) || !t && !isNull(doc, p), '"');
  }
  if (entries.length === 0) return;
  const env = { file, entries, problems: [], isTemplate: false, origin: "helm", byKey: indexEntries(entries) };
  model.envFiles.push(env);
}
function isNull(doc, p) {
  const v2 = deref(doc, p.value);
  return v2 === null || str3(doc, v2) === "";
}
function magout(yf, doc, root, model, prefix) {
  const pmPair = pair(doc, root, "periodicMaintenance");
  const pm = deref(doc, pmPair.value);
  const en = enabled(yf, doc, pm, false);
  if (en.on === false) return;
  const pmKey = keySpanOf(yf, pmPair);
  const schedPair = pair(doc, pm, "schedule");
  const schedT = schedPair ? textOf(yf, doc, schedPair.value) : null;
  const schedKnown = !schedT || !hasTemplate(yf, schedT);
  const schedText = schedT ? schedKnown ? schedT.value : displayText(yf, schedT.start, schedT.end) : "0 0 * * *";
  const forbid = syntheticWord("Forbid", pmKey);
  const scheduler = {
    kind: "helm-values",
    label: `the magout maintenance CronJob (${prefix}periodicMaintenance)`,
    span: pmKey,
    schedule: { kind: schedText.trim().startsWith("@") ? "special" : "cron", text: schedText, known: schedKnown, span: valueSpanOf(yf, schedPair) ?? pmKey },
    k8s: { name: "maint", concurrencyPolicy: forbid, objectSpan: pmKey }
  };
  const env = containerEnv(yf, doc, get2(doc, pm, "env"), get2(doc, pm, "envFrom"), "periodicMaintenance.env");
  const invs = [];
  for (const t of MAGOUT_TOGGLES) {
    const togglePair = pair(doc, pm, t.key);
    const toggle = togglePair ? deref(doc, togglePair.value) : null;
    const on = enabled(yf, doc, toggle, t.on);
    if (on.on === false) continue;
    const at = keySpanOf(yf, togglePair) ?? (en.pair ? keySpanOf(yf, en.pair) : pmKey);
    const argv = t.argv.map((v2) => syntheticWord(v2, at));
    invs.push(chartInvocation(yf, argv, env, scheduler, ["magout chart", "bash -xeu -c"], on.on === null || en.on === null ? "low" : "high"));
  }
  model.schedulers.push(scheduler);
  addRun(model, scheduler, invs);
}

// src/lint/extract/yaml/k8s.ts
var POD_OWNERS = /* @__PURE__ */ new Set(["Job", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"]);
function looksLikeK8s(doc) {
  const c = deref(doc, doc.contents);
  return (0, import_yaml8.isMap)(c) && Boolean(pair(doc, c, "kind")) && Boolean(pair(doc, c, "apiVersion"));
}
function extractK8s(yf, doc, model) {
  object(yf, doc, deref(doc, doc.contents), model, 0);
}
function object(yf, doc, obj, model, depth) {
  if (!(0, import_yaml8.isMap)(obj) || depth > 4) return;
  const kind = str3(doc, get2(doc, obj, "kind"));
  if (kind === "List" || kind?.endsWith("List")) {
    for (const it of items2(doc, get2(doc, obj, "items"))) object(yf, doc, it, model, depth + 1);
    return;
  }
  if (kind === "CronJob") cronJob(yf, doc, obj, model);
  else if (kind === "Pod") pod(yf, doc, get2(doc, obj, "spec"), null, model);
  else if (kind && POD_OWNERS.has(kind)) pod(yf, doc, getPath(doc, obj, "spec", "template", "spec"), null, model);
  else if (kind === "HelmRelease") {
    const values = getPath(doc, obj, "spec", "values");
    if ((0, import_yaml8.isMap)(values)) extractHelmValues(yf, doc, values, model, "spec.values.");
  } else if (kind === "Application") {
    const values = getPath(doc, obj, "spec", "source", "helm", "valuesObject");
    if ((0, import_yaml8.isMap)(values)) extractHelmValues(yf, doc, values, model, "spec.source.helm.valuesObject.");
  }
}
function spanOf(yf, n) {
  const r = n?.range;
  return r ? yf.file.span(r[0], Math.max(r[0], r[1])) : null;
}
function cronJob(yf, doc, obj, model) {
  const specPair = pair(doc, obj, "spec");
  const spec = specPair ? deref(doc, specPair.value) : null;
  const kindPair = pair(doc, obj, "kind");
  const kindSpan = spanOf(yf, kindPair.value) ?? spanOf(yf, kindPair.key);
  const suspend = get2(doc, spec, "suspend");
  if (suspend) {
    const t = textOf(yf, doc, suspend);
    if (t && !hasTemplate(yf, t) && truthy(t.value) === true) return;
  }
  const nameNode = getPath(doc, obj, "metadata", "name");
  const nameWord = nameNode ? wordOf(yf, doc, nameNode) : null;
  const name = nameWord ? nameWord.value ?? nameWord.text : null;
  const schedPair = spec ? pair(doc, spec, "schedule") : void 0;
  const sched = schedPair ? wordOf(yf, doc, schedPair.value) : null;
  const policyPair = spec ? pair(doc, spec, "concurrencyPolicy") : void 0;
  const policy = policyPair ? wordOf(yf, doc, policyPair.value) : null;
  const objectSpan = (specPair && spanOf(yf, specPair.key)) ?? kindSpan;
  const scheduler = {
    kind: "k8s-cronjob",
    label: name ? `Kubernetes CronJob "${name}"` : "Kubernetes CronJob",
    span: nameWord?.span ?? kindSpan,
    k8s: { name, concurrencyPolicy: policy, objectSpan }
  };
  if (sched) {
    const text = sched.value ?? sched.text;
    scheduler.schedule = { kind: text.trim().startsWith("@") ? "special" : "cron", text, known: sched.value !== null, span: sched.span };
  }
  const ignores = /* @__PURE__ */ new Map();
  for (const p of pairs(doc, getPath(doc, obj, "metadata", "annotations"))) {
    const m = IGNORE_ANNOTATION.exec(keyString(p) ?? "");
    if (m) ignores.set(m[1].toUpperCase(), str3(doc, p.value) ?? "");
  }
  recordIgnores(scheduler, ignores);
  model.schedulers.push(scheduler);
  pod(yf, doc, getPath(doc, spec, "jobTemplate", "spec", "template", "spec"), scheduler, model);
}
function pod(yf, doc, spec, scheduler, model) {
  if (!(0, import_yaml8.isMap)(spec)) return;
  for (const key of ["initContainers", "containers"]) {
    for (const c of items2(doc, get2(doc, spec, key))) container(yf, doc, c, scheduler, model);
  }
}
function container(yf, doc, c, scheduler, model) {
  if (!(0, import_yaml8.isMap)(c)) return;
  const args = [];
  for (const key of ["command", "args"]) {
    const n = deref(doc, get2(doc, c, key));
    if (!n) continue;
    if ((0, import_yaml8.isSeq)(n)) {
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args.push(a);
      }
    } else {
      const a = argItem(yf, doc, n);
      if (a) args.push(a);
    }
  }
  if (args.length === 0) return;
  const env = containerEnv(yf, doc, get2(doc, c, "env"), get2(doc, c, "envFrom"), `container env`);
  const sh = argvShell(args);
  addRun(model, null, shellInvocations(yf, sh.text, sh.offsets, { env, scheduler }));
}

// src/lint/extract/yaml/compose.ts
var import_yaml10 = __toESM(require_dist(), 1);
var SCHEDULER_LABEL = /^(ofelia|chadburn)\.(job-exec|job-run|job-local|job-service-run)\.([^.]+)\.([a-z-]+)$/;
var DECK_CHORES_LABEL = /^deck-chores\.([^.]+)\.([a-z_-]+)$/;
var NICKNAMES2 = /* @__PURE__ */ new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly", "@reboot"]);
function looksLikeCompose(doc) {
  const services = get2(doc, doc.contents, "services");
  return (0, import_yaml10.isMap)(services) && pairs(doc, services).some((p) => (0, import_yaml10.isMap)(deref(doc, p.value)));
}
function interpolations(text, from, to) {
  const out = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== "$") continue;
    const n = text[i + 1];
    if (n === "$") {
      i++;
      continue;
    }
    if (n === "{") {
      const close = text.indexOf("}", i + 2);
      if (close === -1 || close >= to) continue;
      out.push([i, close + 1]);
      i = close;
    } else if (n !== void 0 && /[A-Za-z_]/.test(n)) {
      let j = i + 1;
      while (j < to && /[A-Za-z0-9_]/.test(text[j])) j++;
      out.push([i, j]);
      i = j - 1;
    }
  }
  return out;
}
function unescapeDollars(t) {
  if (!t.value.includes("$$")) return t;
  let value = "";
  const offsets = [];
  for (let k = 0; k < t.value.length; k++) {
    value += t.value[k];
    offsets.push(t.offsets[k]);
    if (t.value[k] === "$" && t.value[k + 1] === "$") k++;
  }
  offsets.push(t.offsets[t.value.length]);
  return { ...t, value, offsets };
}
function extractCompose(yfIn, doc, model) {
  const yf = withUnknown(yfIn, interpolations(yfIn.text, doc.start, doc.end));
  const servicesNode = get2(doc, doc.contents, "services");
  const services = [];
  for (const p of pairs(doc, servicesNode)) {
    const name = keyString(p);
    const node = deref(doc, p.value);
    if (!name || !(0, import_yaml10.isMap)(node)) continue;
    services.push({ name, node, env: serviceEnv2(yf, doc, node), containerName: textOf(yf, doc, get2(doc, node, "container_name"))?.value ?? null });
  }
  const jobs = [];
  for (const svc of services) {
    const labels = [...labelsOf(yf, doc, get2(doc, svc.node, "labels")), ...labelsOf(yf, doc, get2(doc, get2(doc, svc.node, "deploy"), "labels"))];
    const byJob = /* @__PURE__ */ new Map();
    let swarmEnable = null;
    let swarmSchedule = null;
    for (const l of labels) {
      const m = SCHEDULER_LABEL.exec(l.key);
      const d = DECK_CHORES_LABEL.exec(l.key);
      if (m) {
        const id = `${m[1]}.${m[2]}.${m[3]}`;
        const job = byJob.get(id) ?? { owner: svc, kind: m[2], name: m[3], fields: /* @__PURE__ */ new Map(), family: m[1] };
        job.fields.set(m[4], l);
        byJob.set(id, job);
      } else if (d && d[1] !== "options") {
        const id = `deck-chores.${d[1]}`;
        const job = byJob.get(id) ?? { owner: svc, kind: "job-exec", name: d[1], fields: /* @__PURE__ */ new Map(), family: "deck-chores" };
        job.fields.set(d[2] === "cron" || d[2] === "interval" || d[2] === "date" ? "schedule" : d[2], l);
        byJob.set(id, job);
      } else if (l.key === "swarm.cronjob.enable") swarmEnable = truthy(hasTemplate(yf, l.text) ? null : l.text.value);
      else if (l.key === "swarm.cronjob.schedule") swarmSchedule = l;
    }
    for (const item of byJob.values()) jobs.push(item);
    let scheduler = null;
    if (swarmEnable === true && swarmSchedule) {
      scheduler = {
        kind: "compose",
        label: `swarm-cronjob service "${svc.name}"`,
        span: yf.file.span(swarmSchedule.keyStart, swarmSchedule.end),
        schedule: scheduleOf(yf, swarmSchedule.text)
      };
    }
    runService(yf, doc, svc, scheduler, model);
  }
  for (const job of jobs) runJob(yf, job, services, model);
}
function scheduleOf(yf, t) {
  const text = t.value.trim();
  const span2 = yf.file.span(t.start, t.end);
  const known = !hasTemplate(yf, t);
  if (text.startsWith("@")) return { kind: NICKNAMES2.has(text) ? "special" : "unknown", text, known, span: span2 };
  const fields = text.split(/\s+/).filter(Boolean);
  return { kind: fields.length === 5 ? "cron" : "unknown", text, known, span: span2 };
}
function labelsOf(yf, doc, node) {
  const out = [];
  if ((0, import_yaml10.isMap)(node)) {
    for (const p of pairs(doc, node)) {
      const key = keyString(p);
      const t = textOf(yf, doc, p.value);
      const kr = p.key.range;
      if (!key || !t || !kr) continue;
      out.push({ key, text: unescapeDollars(t), keyStart: kr[0], end: t.end });
    }
  } else if ((0, import_yaml10.isSeq)(node)) {
    for (const it of items2(doc, node)) {
      const t = textOf(yf, doc, it);
      if (!t) continue;
      const eq = t.value.indexOf("=");
      if (eq <= 0) continue;
      out.push({ key: t.value.slice(0, eq).trim(), text: unescapeDollars(sub(t, eq + 1, t.value.length)), keyStart: t.offsets[0] ?? t.start, end: t.end });
    }
  }
  return out;
}
function serviceEnv2(yf, doc, svc) {
  const env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
  const e = get2(doc, svc, "environment");
  if ((0, import_yaml10.isMap)(e)) {
    for (const p of pairs(doc, e)) {
      const k = keyString(p);
      if (!k) continue;
      const t = textOf(yf, doc, p.value);
      const kr = p.key.range ?? [0, 0, 0];
      const vr = p.value?.range ?? kr;
      const value = t && t.value !== "" && !hasTemplate(yf, t) ? unescapeDollars(t).value : t && t.value === "" && deref(doc, p.value) && !isNullish(doc, p.value) ? "" : null;
      env.vars.set(k, { value, span: yf.file.span(kr[0], Math.max(kr[0], vr[1])), source: "compose environment" });
    }
  } else if ((0, import_yaml10.isSeq)(e)) {
    for (const it of items2(doc, e)) {
      const t = textOf(yf, doc, it);
      if (!t) continue;
      const eq = t.value.indexOf("=");
      const k = eq === -1 ? t.value.trim() : t.value.slice(0, eq);
      const v2 = eq === -1 ? null : sub(t, eq + 1, t.value.length);
      env.vars.set(k, { value: v2 && !hasTemplate(yf, v2) ? unescapeDollars(v2).value : null, span: yf.file.span(t.start, t.end), source: "compose environment" });
    }
  }
  if (get2(doc, svc, "env_file")) env.notes.push("env_file adds variables");
  return env;
}
function isNullish(doc, n) {
  const v2 = deref(doc, n);
  return !v2 || v2.value === null;
}
function commandText(yf, doc, svc) {
  const parts = [];
  for (const key of ["entrypoint", "command"]) {
    const n = deref(doc, get2(doc, svc, key));
    if (!n) continue;
    if ((0, import_yaml10.isSeq)(n)) {
      const args = [];
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args.push(dollars(a));
      }
      if (args.length) parts.push(argvShell(args));
    } else {
      const t = textOf(yf, doc, n);
      if (t && t.value.trim()) parts.push(shellText(yf, unescapeDollars(t)));
    }
  }
  if (parts.length === 0) return null;
  let text = "";
  const offsets = [];
  parts.forEach((p, i) => {
    if (i > 0) {
      text += " ";
      offsets.push(parts[i - 1].offsets[parts[i - 1].text.length] ?? 0);
    }
    text += p.text;
    for (const item of p.offsets.slice(0, p.text.length)) offsets.push(item);
  });
  const last = parts[parts.length - 1];
  offsets.push(last.offsets[last.text.length] ?? 0);
  return { text, offsets };
}
function dollars(a) {
  if (a.value === null || !a.offsets) return a;
  const t = unescapeDollars({ value: a.value, offsets: a.offsets, start: a.start, end: a.end });
  return { ...a, value: t.value, offsets: t.offsets };
}
function runService(yf, doc, svc, scheduler, model) {
  const cmd2 = commandText(yf, doc, svc.node);
  if (!cmd2) return;
  let sched = scheduler;
  if (!sched && /\b(while|until|for)\b/.test(cmd2.text) && /\bsleep\b/.test(cmd2.text)) {
    const first = cmd2.offsets[0] ?? 0;
    const span2 = yf.file.span(first, cmd2.offsets[cmd2.offsets.length - 1] ?? first);
    const m = /\bsleep\s+([^\s;&|]+)/.exec(cmd2.text);
    sched = {
      kind: "compose",
      label: `compose service "${svc.name}" (a sleep loop)`,
      span: span2,
      schedule: { kind: "unknown", text: m ? `loop with sleep ${m[1]}` : "loop with sleep", known: false, span: span2 }
    };
  }
  if (sched) model.schedulers.push(sched);
  addRun(model, null, shellInvocations(yf, cmd2.text, cmd2.offsets, { env: svc.env, scheduler: sched }));
}
function runJob(yf, job, services, model) {
  const command = job.fields.get("command");
  const schedule = job.fields.get("schedule");
  if (!command || !schedule) return;
  let env;
  let where = `service "${job.owner.name}"`;
  if (job.kind === "job-exec") {
    const target = job.fields.get("container")?.text.value;
    let svc = job.owner;
    if (target) {
      svc = services.find((s) => s.containerName === target) ?? services.find((s) => s.name === target) ?? services.find((s) => target.includes(s.name));
      where = svc ? `service "${svc.name}"` : `container "${target}"`;
    }
    env = svc ? cloneEnv(svc.env) : { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
  } else if (job.kind === "job-local") {
    env = { vars: /* @__PURE__ */ new Map(), kind: "opaque", notes: [`${job.family} job-local runs on the scheduler's host`] };
    where = `the ${job.family} host`;
  } else {
    env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
    where = "a new container";
  }
  const scheduler = {
    kind: "compose",
    label: `${job.family} job "${job.name}" (${where})`,
    span: yf.file.span(schedule.keyStart, schedule.end),
    schedule: scheduleOf(yf, schedule.text)
  };
  model.schedulers.push(scheduler);
  const sh = shellText(yf, command.text);
  addRun(model, null, shellInvocations(yf, sh.text, sh.offsets, { env, scheduler, via: [`${job.family} ${job.kind}`] }));
}

// src/lint/extract/cloudformation.ts
var import_yaml12 = __toESM(require_dist(), 1);
var INTRINSICS = [
  "Ref",
  "Sub",
  "GetAtt",
  "Join",
  "If",
  "Select",
  "Split",
  "FindInMap",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Equals",
  "And",
  "Or",
  "Not",
  "Condition",
  "Transform",
  "Length",
  "ToJsonString"
];
var CFN_TAGS = INTRINSICS.flatMap((n) => [
  { tag: `!${n}`, resolve: (s) => s },
  { tag: `!${n}`, collection: "seq", resolve: (v2) => v2 },
  { tag: `!${n}`, collection: "map", resolve: (v2) => v2 }
]);
var MAX_DEPTH2 = 128;
var CFN_HINT = /AWSTemplateFormatVersion|\bAWS::[A-Za-z0-9]+::/;
function extractCloudFormationYaml(file, model, doc) {
  if (!CFN_HINT.test(file.text)) return false;
  let d = doc;
  if (!d) {
    if (flowDepth(file.text) > MAX_DEPTH2) return false;
    try {
      d = (0, import_yaml12.parseDocument)(file.text, { customTags: CFN_TAGS, uniqueKeys: false, prettyErrors: false });
    } catch {
      return false;
    }
  }
  if (d.errors.length > 0 || !d.contents) return false;
  const root = yamlToDoc(file, d.contents, 0);
  if (!isTemplate(root)) return false;
  for (const item of cfnBuckets(root, file)) model.buckets.push(item);
  return true;
}
function flowDepth(text) {
  let depth = 0;
  let max = 0;
  let q = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === "\\" && q === '"') i++;
      else if (c === q) q = null;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === "[" || c === "{") max = Math.max(max, ++depth);
    else if ((c === "]" || c === "}") && depth > 0) depth--;
    else if (c === "\n") q = null;
  }
  return max;
}
function yamlSpan(file, n) {
  const r = n.range;
  return r ? file.span(r[0], r[1]) : file.span(0, 0);
}
function yamlToDoc(file, n, depth, ignoreTag = false) {
  const node = n;
  const span2 = yamlSpan(file, node);
  if (depth > MAX_DEPTH2) return { kind: "fn", name: "too-deep", arg: null, span: span2 };
  if (!ignoreTag && typeof node.tag === "string" && node.tag.startsWith("!") && !node.tag.startsWith("!!")) {
    const short = node.tag.slice(1);
    const name = short === "Ref" || short === "Condition" ? short : `Fn::${short}`;
    return { kind: "fn", name, arg: yamlToDoc(file, n, depth + 1, true), span: span2 };
  }
  if ((0, import_yaml12.isScalar)(node)) {
    const v2 = node.value;
    return { kind: "scalar", value: typeof v2 === "string" || typeof v2 === "number" || typeof v2 === "boolean" || v2 === null ? v2 : String(v2), span: span2 };
  }
  if ((0, import_yaml12.isSeq)(node)) return { kind: "seq", items: node.items.map((i) => yamlToDoc(file, i, depth + 1)), span: span2 };
  if ((0, import_yaml12.isMap)(node)) {
    const entries = [];
    for (const p of node.items) {
      const k = p.key;
      if (!k || !(0, import_yaml12.isScalar)(k)) continue;
      entries.push({
        key: String(k.value),
        keySpan: yamlSpan(file, k),
        value: p.value ? yamlToDoc(file, p.value, depth + 1) : { kind: "scalar", value: null, span: yamlSpan(file, k) }
      });
    }
    return { kind: "map", entries, span: span2 };
  }
  if ((0, import_yaml12.isAlias)(node)) return { kind: "fn", name: "alias", arg: null, span: span2 };
  return { kind: "scalar", value: null, span: span2 };
}
function intrinsic(n) {
  if (!n) return null;
  if (n.kind === "fn") return { name: n.name, arg: n.arg };
  if (n.kind === "map" && n.entries.length === 1) {
    const e = n.entries[0];
    if (e && (e.key === "Ref" || e.key === "Condition" || e.key.startsWith("Fn::"))) return { name: e.key, arg: e.value };
  }
  return null;
}
function isTemplate(root) {
  if (root.kind !== "map") return false;
  if (get(root, "AWSTemplateFormatVersion")) return true;
  const res = get(root, "Resources");
  if (!res || res.kind !== "map") return false;
  return res.entries.some((e) => /^AWS::/.test(str(get(e.value, "Type")) ?? ""));
}
function cfnBuckets(root, file) {
  const params = /* @__PURE__ */ new Map();
  const pnode = get(root, "Parameters");
  if (pnode?.kind === "map") {
    for (const e of pnode.entries) {
      const d = str(get(e.value, "Default"));
      if (d !== null) params.set(e.key, d);
    }
  }
  const res = get(root, "Resources");
  if (!res || res.kind !== "map") return [];
  const out = [];
  const byLogical = /* @__PURE__ */ new Map();
  const value = (n) => {
    if (!n) return null;
    if (n.kind === "scalar") return str(n);
    const fn = intrinsic(n);
    if (!fn) return null;
    if (fn.name === "Ref") {
      const p = str(fn.arg);
      return p !== null ? params.get(p) ?? null : null;
    }
    if (fn.name === "Fn::Sub" && fn.arg?.kind === "scalar" && typeof fn.arg.value === "string") {
      let unknown = false;
      const s = fn.arg.value.replace(/\$\{([^}!]+)\}/g, (_m, name) => {
        const v2 = params.get(name.trim());
        if (v2 === void 0) unknown = true;
        return v2 ?? "";
      });
      return unknown ? null : s;
    }
    return null;
  };
  const text = (span2) => file.text.slice(span2.start.offset, span2.end.offset);
  for (const e of res.entries) {
    if (str(get(e.value, "Type")) !== "AWS::S3::Bucket") continue;
    const props = get(e.value, "Properties");
    const nameNode = get(props, "BucketName");
    const name = value(nameNode);
    const cfg = newBucketConfig({
      source: "cloudformation",
      kind: "bucket",
      name,
      nameSpan: nameNode?.span ?? e.keySpan,
      nameText: name !== null ? JSON.stringify(name) : nameNode ? text(nameNode.span) : e.key,
      label: e.key,
      span: e.value.span
    });
    cfg.ownership = ownershipFromDoc(get(get(props, "OwnershipControls"), "Rules"));
    const pab = get(props, "PublicAccessBlockConfiguration");
    if (pab?.kind === "map") cfg.publicAccessBlock = publicAccessBlockFromDoc(pab);
    else if (pab) {
      const unknown = { value: null, span: pab.span };
      cfg.publicAccessBlock = { blockPublicAcls: unknown, ignorePublicAcls: unknown, blockPublicPolicy: unknown, restrictPublicBuckets: unknown, span: pab.span };
    }
    for (const r of items(get(get(props, "LifecycleConfiguration"), "Rules"))) {
      if (r.kind === "map") cfg.lifecycleRules.push(lifecycleRuleFromCfn(r));
    }
    const acl = get(props, "AccessControl");
    if (acl) cfg.acl = { value: value(acl), span: acl.span };
    byLogical.set(e.key, cfg);
    out.push(cfg);
  }
  for (const e of res.entries) {
    if (str(get(e.value, "Type")) !== "AWS::S3::BucketPolicy") continue;
    const props = get(e.value, "Properties");
    const bucketNode = get(props, "Bucket");
    const ref = intrinsic(bucketNode);
    let cfg;
    if (ref?.name === "Ref") {
      const logical = str(ref.arg);
      if (logical !== null) cfg = byLogical.get(logical);
    }
    if (!cfg) {
      const name = ref?.name === "Ref" && byLogical.has(str(ref.arg) ?? "") ? null : value(bucketNode);
      cfg = out.find((c) => c.kind === "bucket" && name !== null && c.name === name);
      if (!cfg) {
        cfg = newBucketConfig({
          source: "cloudformation",
          kind: "fragment",
          name,
          nameSpan: bucketNode?.span ?? e.keySpan,
          nameText: name !== null ? JSON.stringify(name) : bucketNode ? text(bucketNode.span) : e.key,
          label: e.key,
          span: e.value.span
        });
        out.push(cfg);
      }
    }
    const doc = get(props, "PolicyDocument");
    const policy = doc?.kind === "map" ? policyFromDoc(doc) : { statements: [], complete: false, span: doc?.span ?? e.value.span };
    cfg.policy = cfg.policy ? { statements: [...cfg.policy.statements, ...policy.statements], complete: cfg.policy.complete && policy.complete, span: policy.span } : policy;
  }
  return out;
}

// src/lint/extract/yaml.ts
var MODELLED_CHART_TEMPLATE = /\.Values\.(periodicMaintenance\b|mastodon\.cron\.removeMedia\b)/;
var ANSIBLE_VARS_PATH = /(^|\/)(group_vars|host_vars|vars|defaults)\//;
var CHART_TOP_KEYS = /^(image|ingress|httproute|elasticsearch|postgresql|redis|service|serviceAccount|externalAuth|jobLabels|jobAnnotations|podSecurityContext|securityContext|resources|nodeSelector|tolerations|affinity|timezone|revisionHistoryLimit|volumeMounts|volumes|global)$/;
function looksLikeValuesFile(path, doc) {
  if (ANSIBLE_VARS_PATH.test(path)) return false;
  const base3 = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (base3.includes("values") || /(^|\/)(helm|charts?|helmfile[^/]*)\//i.test(path)) return true;
  const root = deref(doc, doc.contents);
  if (!(0, import_yaml13.isMap)(root)) return false;
  return root.items.some((p) => {
    const k = p.key?.source;
    return typeof k === "string" && CHART_TOP_KEYS.test(k);
  });
}
var extractYaml = (file, model) => {
  if (extractCloudFormationYaml(file, model)) return;
  const yf = parseYaml(file);
  for (const item of yf.problems) model.parseProblems.push(item);
  if (yf.isTemplate && MODELLED_CHART_TEMPLATE.test(file.text)) return;
  for (const doc of yf.docs) {
    if (doc.broken || !doc.contents) continue;
    if (looksLikeAnsible(doc)) extractAnsible(yf, doc, model);
    else if (looksLikeK8s(doc)) extractK8s(yf, doc, model);
    else if (looksLikeCompose(doc)) extractCompose(yf, doc, model);
    else {
      const root = deref(doc, doc.contents);
      if (!root || !(0, import_yaml13.isMap)(root)) continue;
      const official2 = isOfficialValues(doc, root) && looksLikeValuesFile(file.path, doc);
      if (official2 || isMagoutValues(doc, root)) extractHelmValues(yf, doc, root, model, "", official2);
    }
  }
};

// src/lint/parse/nix.ts
var Fail = class extends Error {
  constructor(at, message) {
    super(message);
    this.at = at;
  }
  at;
};
var ID_START = /[A-Za-z_]/;
var ID_CHAR = /[A-Za-z0-9_'-]/;
var KEYWORDS = /* @__PURE__ */ new Set(["let", "in", "with", "assert", "if", "then", "else", "rec", "inherit", "or"]);
var PATH_CHAR = /[A-Za-z0-9._+\-/]/;
var SEARCH_PATH = /<[A-Za-z0-9._+\-/]+>/y;
var NUMBER = /\d+\.\d*(?:[eE][+-]?\d+)?|\d+/y;
var URI = /[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9%/?:@&=+$,\-_.!~*']+/y;
function matchAt(re, s, at) {
  re.lastIndex = at;
  return re.exec(s)?.[0] ?? null;
}
function parseNix(text) {
  const p = new Parser(text);
  return p.parseFile();
}
var Parser = class _Parser {
  constructor(s) {
    this.s = s;
  }
  s;
  problems = [];
  i = 0;
  depth = 0;
  parseFile() {
    let root;
    try {
      root = this.expr();
      this.ws();
      if (this.i < this.s.length) this.problems.push({ start: this.i, end: this.s.length, message: `unexpected "${this.s.slice(this.i, this.i + 20).split("\n")[0]}" after the expression` });
    } catch (e) {
      if (!(e instanceof Fail)) throw e;
      this.problems.push({ start: e.at, end: Math.min(this.s.length, e.at + 1), message: e.message });
      root = { type: "error", start: 0, end: this.s.length };
    }
    return { root, problems: this.problems };
  }
  // ---- lexical helpers
  ws() {
    const s = this.s;
    for (; ; ) {
      const c = s[this.i];
      if (c === " " || c === "	" || c === "\n" || c === "\r") this.i++;
      else if (c === "#") {
        while (this.i < s.length && s[this.i] !== "\n") this.i++;
      } else if (c === "/" && s[this.i + 1] === "*") {
        const e = s.indexOf("*/", this.i + 2);
        this.i = e === -1 ? s.length : e + 2;
      } else return;
    }
  }
  peek(str4) {
    this.ws();
    return this.s.startsWith(str4, this.i);
  }
  eat(str4) {
    if (this.peek(str4)) {
      this.i += str4.length;
      return true;
    }
    return false;
  }
  expect(str4) {
    if (!this.eat(str4)) throw new Fail(this.i, `expected "${str4}"${this.i < this.s.length ? ` before "${this.s.slice(this.i, this.i + 12).split("\n")[0]}"` : " at the end of the file"}`);
  }
  peekIdent() {
    this.ws();
    const s = this.s;
    if (!ID_START.test(s[this.i] ?? "")) return null;
    let j = this.i + 1;
    while (j < s.length && ID_CHAR.test(s[j])) j++;
    return s.slice(this.i, j);
  }
  keyword(k) {
    if (this.peekIdent() === k) {
      this.i += k.length;
      return true;
    }
    return false;
  }
  // ---- expressions
  expr() {
    if (++this.depth > 200) throw new Fail(this.i, "expression nested too deeply");
    try {
      return this.exprInner();
    } finally {
      this.depth--;
    }
  }
  exprInner() {
    this.ws();
    const start = this.i;
    const id = this.peekIdent();
    if (id === "let" && !this.s.startsWith("{", this.afterWs(this.i + 3))) {
      this.i += 3;
      const bindings = this.bindings("in");
      if (!this.keyword("in")) throw new Fail(this.i, 'expected "in" after the let bindings');
      const body = this.expr();
      return { type: "let", bindings, body, start, end: body.end };
    }
    if (id === "with") {
      this.i += 4;
      const scope = this.expr();
      this.expect(";");
      const body = this.expr();
      return { type: "with", scope, body, start, end: body.end };
    }
    if (id === "assert") {
      this.i += 6;
      const cond = this.expr();
      this.expect(";");
      const body = this.expr();
      return { type: "assert", cond, body, start, end: body.end };
    }
    if (id === "if") {
      this.i += 2;
      const cond = this.expr();
      if (!this.keyword("then")) throw new Fail(this.i, 'expected "then"');
      const then = this.expr();
      if (!this.keyword("else")) throw new Fail(this.i, 'expected "else"');
      const els = this.expr();
      return { type: "if", cond, then, else: els, start, end: els.end };
    }
    if (id && !KEYWORDS.has(id)) {
      const after = this.afterWs(this.i + id.length);
      if (this.s[after] === ":" && !/[A-Za-z0-9%/?:@&=+$,\-_.!~*']/.test(this.s[after + 1] ?? " ")) {
        this.i = after + 1;
        const body = this.expr();
        return { type: "lambda", body, start, end: body.end };
      }
      if (this.s[after] === "@") {
        this.i = after + 1;
        this.formals();
        this.expect(":");
        const body = this.expr();
        return { type: "lambda", body, start, end: body.end };
      }
    }
    if (this.s[this.i] === "{") {
      const save = this.i;
      const saveProblems = this.problems.length;
      try {
        this.formals();
        if (this.eat("@")) this.ident();
        if (this.eat(":")) {
          const body = this.expr();
          return { type: "lambda", body, start, end: body.end };
        }
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
      }
      this.i = save;
      this.problems.length = saveProblems;
    }
    return this.binary(0);
  }
  afterWs(j) {
    const save = this.i;
    this.i = j;
    this.ws();
    const r = this.i;
    this.i = save;
    return r;
  }
  ident() {
    const id = this.peekIdent();
    if (!id) throw new Fail(this.i, "expected a name");
    this.i += id.length;
    return id;
  }
  formals() {
    this.expect("{");
    for (let guard = 0; guard < 1e4; guard++) {
      if (this.eat("}")) return;
      if (this.eat("...")) {
        this.eat(",");
        continue;
      }
      this.ident();
      if (this.eat("?")) this.expr();
      if (!this.eat(",")) {
        this.expect("}");
        return;
      }
    }
  }
  static LEVELS = [
    { ops: ["->"], right: true },
    { ops: ["||"] },
    { ops: ["&&"] },
    { ops: ["==", "!="] },
    { ops: ["<=", ">=", "<", ">"] },
    { ops: ["//"], right: true },
    { ops: ["+", "-"] },
    { ops: ["*", "/"] },
    { ops: ["++"], right: true }
  ];
  binary(level) {
    if (level >= _Parser.LEVELS.length) return this.unary();
    if (level === 6 && this.peek("!") && this.s[this.i + 1] !== "=") {
      const start = this.i;
      this.i++;
      const e = this.binary(6);
      return { type: "unop", op: "!", expr: e, start, end: e.end };
    }
    const { ops, right } = _Parser.LEVELS[level];
    let left = this.binary(level + 1);
    for (let guard = 0; guard < 1e5; guard++) {
      this.ws();
      const op = ops.find((o) => this.s.startsWith(o, this.i) && !(o === "/" && (this.s[this.i + 1] === "/" || this.s[this.i + 1] === "*")) && !(o === "+" && this.s[this.i + 1] === "+") && !(o === "-" && this.s[this.i + 1] === ">") && !(o === "<" && /[A-Za-z]/.test(this.s[this.i + 1] ?? "") && this.s.indexOf(">", this.i) > 0 && matchAt(SEARCH_PATH, this.s, this.i) !== null));
      if (!op) return left;
      this.i += op.length;
      const r = right ? this.binary(level) : this.binary(level + 1);
      left = { type: "binop", op, left, right: r, start: left.start, end: r.end };
      if (right) return left;
    }
    return left;
  }
  unary() {
    this.ws();
    if (this.s[this.i] === "-" && this.s[this.i + 1] !== ">") {
      const start = this.i;
      this.i++;
      const e2 = this.unary();
      return { type: "unop", op: "-", expr: e2, start, end: e2.end };
    }
    const e = this.application();
    if (this.peek("?")) {
      this.i++;
      const path = this.attrPath();
      const last = path[path.length - 1];
      return { type: "binop", op: "?", left: e, right: { type: "ident", name: path.map((k) => k.name ?? "").join("."), start: path[0]?.start ?? this.i, end: last?.end ?? this.i }, start: e.start, end: last?.end ?? this.i };
    }
    return e;
  }
  application() {
    const fn = this.select();
    const args = [];
    for (let guard = 0; guard < 1e5 && this.startsPrimary(); guard++) args.push(this.select());
    if (!args.length) return fn;
    return { type: "apply", fn, args, start: fn.start, end: args[args.length - 1].end };
  }
  startsPrimary() {
    this.ws();
    const c = this.s[this.i];
    if (c === void 0) return false;
    if (c === '"' || c === "(" || c === "[" || c === "{" || /[0-9]/.test(c)) return true;
    if (c === "'" && this.s[this.i + 1] === "'") return true;
    if (c === "." && (this.s[this.i + 1] === "/" || this.s[this.i + 1] === "." && this.s[this.i + 2] === "/")) return true;
    if (c === "/" && PATH_CHAR.test(this.s[this.i + 1] ?? "") && this.s[this.i + 1] !== "/") return true;
    if (c === "~" && this.s[this.i + 1] === "/") return true;
    if (c === "<" && matchAt(SEARCH_PATH, this.s, this.i) !== null) return true;
    const id = this.peekIdent();
    return id !== null && !KEYWORDS.has(id);
  }
  select() {
    const e = this.primary();
    if (this.s[this.afterWs(this.i)] === "." && this.s[this.afterWs(this.i) + 1] !== ".") {
      this.ws();
      this.i++;
      const path = this.attrPath();
      let fallback = null;
      if (this.keyword("or")) fallback = this.select();
      const last = path[path.length - 1];
      return { type: "select", expr: e, path, fallback, start: e.start, end: fallback?.end ?? last?.end ?? this.i };
    }
    return e;
  }
  attrPath() {
    const path = [this.attrKey()];
    for (let guard = 0; guard < 1e3; guard++) {
      if (this.s[this.afterWs(this.i)] !== ".") break;
      this.ws();
      this.i++;
      path.push(this.attrKey());
    }
    return path;
  }
  attrKey() {
    this.ws();
    const start = this.i;
    if (this.s[this.i] === '"') {
      const str4 = this.string();
      const name = str4.type === "string" && str4.parts.every((p) => p.kind === "lit") ? str4.parts.map((p) => p.kind === "lit" ? p.text : "").join("") : null;
      return { name, start, end: this.i };
    }
    if (this.s.startsWith("${", this.i)) {
      this.i += 2;
      this.expr();
      this.expect("}");
      return { name: null, start, end: this.i };
    }
    const id = this.ident();
    return { name: id, start, end: start + id.length };
  }
  primary() {
    this.ws();
    const s = this.s;
    const start = this.i;
    const c = s[this.i];
    if (c === void 0) throw new Fail(this.i, "unexpected end of file");
    if (c === '"' || c === "'" && s[this.i + 1] === "'") return this.string();
    if (c === "(") {
      this.i++;
      const e = this.expr();
      this.expect(")");
      return { ...e, start, end: this.i };
    }
    if (c === "[") {
      if (++this.depth > 200) throw new Fail(this.i, "expression nested too deeply");
      try {
        this.i++;
        const items3 = [];
        for (let guard = 0; guard < 1e5; guard++) {
          if (this.eat("]")) return { type: "list", items: items3, start, end: this.i };
          if (!this.startsPrimary()) throw new Fail(this.i, 'expected "]"');
          items3.push(this.select());
        }
        throw new Fail(this.i, "list too long");
      } finally {
        this.depth--;
      }
    }
    if (c === "{") {
      this.i++;
      const bindings = this.bindings("}");
      this.expect("}");
      return { type: "attrs", rec: false, bindings, start, end: this.i };
    }
    if (/[0-9]/.test(c)) {
      const m = matchAt(NUMBER, s, this.i) ?? "0";
      this.i += Math.max(1, m.length);
      return m.includes(".") ? { type: "float", value: Number(m), start, end: this.i } : { type: "int", value: Number(m), start, end: this.i };
    }
    if (c === "<") {
      const m = matchAt(SEARCH_PATH, s, this.i);
      if (m) {
        this.i += m.length;
        return { type: "path", text: m, start, end: this.i };
      }
    }
    if (c === "." || c === "/" || c === "~") {
      let j = this.i;
      while (j < s.length && PATH_CHAR.test(s[j])) j++;
      if (c === "~") j = Math.max(j, this.i + 2);
      if (j > this.i + 1 || c !== ".") {
        this.i = j;
        while (s.startsWith("${", this.i)) {
          this.i += 2;
          this.expr();
          this.expect("}");
          while (this.i < s.length && PATH_CHAR.test(s[this.i])) this.i++;
        }
        return { type: "path", text: s.slice(start, this.i), start, end: this.i };
      }
    }
    const id = this.peekIdent();
    if (id === "rec" && this.s[this.afterWs(this.i + 3)] === "{") {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings("}");
      this.expect("}");
      return { type: "attrs", rec: true, bindings, start, end: this.i };
    }
    if (id === "let" && this.s[this.afterWs(this.i + 3)] === "{") {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings("}");
      this.expect("}");
      return { type: "attrs", rec: true, bindings, start, end: this.i };
    }
    if (id && !KEYWORDS.has(id)) {
      const uri = s[this.i + id.length] === ":" ? matchAt(URI, s, this.i) : null;
      if (uri && uri.length > id.length + 1) {
        this.i += uri.length;
        return { type: "string", parts: [{ kind: "lit", text: uri, offsets: range(start, uri.length) }], indented: false, start, end: this.i };
      }
      this.i += id.length;
      return { type: "ident", name: id, start, end: this.i };
    }
    throw new Fail(this.i, `unexpected "${s.slice(this.i, this.i + 12).split("\n")[0]}"`);
  }
  /** Bindings until `close` (`}` or `in`); a broken binding is skipped to its `;`. */
  bindings(close) {
    const out = [];
    for (let guard = 0; guard < 1e5; guard++) {
      this.ws();
      if (this.i >= this.s.length) return out;
      if (close === "}" ? this.s[this.i] === "}" : this.peekIdent() === "in") return out;
      const start = this.i;
      try {
        if (this.keyword("inherit")) {
          let from = null;
          if (this.peek("(")) {
            this.i++;
            from = this.expr();
            this.expect(")");
          }
          const names = [];
          while (!this.peek(";") && this.i < this.s.length) names.push(this.attrKey());
          this.expect(";");
          out.push({ kind: "inherit", names, from, start, end: this.i });
          continue;
        }
        const path = this.attrPath();
        this.expect("=");
        const value = this.expr();
        this.expect(";");
        out.push({ kind: "attr", path, value, start, end: this.i });
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.problems.push({ start: e.at, end: Math.min(this.s.length, e.at + 1), message: e.message });
        this.recover(start);
      }
    }
    return out;
  }
  /** Skips to just after the next `;` at this nesting level (or before a closing `}`). */
  recover(from) {
    const s = this.s;
    let depth = 0;
    let j = Math.max(from, this.i);
    if (j === from) j++;
    for (; j < s.length; j++) {
      const c = s[j];
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === "}" || c === ")" || c === "]") {
        if (depth === 0) break;
        depth--;
      } else if (c === ";" && depth === 0) {
        j++;
        break;
      } else if (c === '"') {
        j++;
        while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      }
    }
    this.i = Math.min(j, s.length);
  }
  // ---- strings
  string() {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === '"') {
      this.i++;
      const parts2 = [];
      let text2 = "";
      let offs2 = [];
      const flush = () => {
        if (text2) parts2.push({ kind: "lit", text: text2, offsets: offs2 });
        text2 = "";
        offs2 = [];
      };
      for (; ; ) {
        const c = s[this.i];
        if (c === void 0) throw new Fail(start, "unterminated string");
        if (c === '"') {
          this.i++;
          break;
        }
        if (c === "\\") {
          const n = s[this.i + 1];
          if (n === void 0) throw new Fail(start, "unterminated string");
          text2 += n === "n" ? "\n" : n === "t" ? "	" : n === "r" ? "\r" : n;
          offs2.push(this.i + 1);
          this.i += 2;
          continue;
        }
        if (c === "$" && s[this.i + 1] === "$" && s[this.i + 2] === "{") {
          text2 += "$${";
          offs2.push(this.i, this.i + 1, this.i + 2);
          this.i += 3;
          continue;
        }
        if (c === "$" && s[this.i + 1] === "{") {
          flush();
          parts2.push(this.interp());
          continue;
        }
        text2 += c;
        offs2.push(this.i);
        this.i++;
      }
      flush();
      return { type: "string", parts: parts2, indented: false, start, end: this.i };
    }
    this.i += 2;
    const els = [];
    for (; ; ) {
      const c = s[this.i];
      if (c === void 0) throw new Fail(start, "unterminated indented string");
      if (c === "'" && s[this.i + 1] === "'") {
        const n = s[this.i + 2];
        if (n === "'") {
          els.push({ ch: "'", off: this.i, esc: true }, { ch: "'", off: this.i + 1, esc: true });
          this.i += 3;
          continue;
        }
        if (n === "$") {
          els.push({ ch: "$", off: this.i + 2, esc: true });
          this.i += 3;
          continue;
        }
        if (n === "\\") {
          const e = s[this.i + 3];
          if (e === void 0) throw new Fail(start, "unterminated indented string");
          els.push({ ch: e === "n" ? "\n" : e === "t" ? "	" : e === "r" ? "\r" : e, off: this.i + 3, esc: true });
          this.i += 4;
          continue;
        }
        this.i += 2;
        break;
      }
      if (c === "$" && s[this.i + 1] === "{") {
        els.push({ interp: this.interp() });
        continue;
      }
      if (c === "$" && s[this.i + 1] === "$" && s[this.i + 2] === "{") {
        els.push({ ch: "$", off: this.i, esc: true }, { ch: "$", off: this.i + 1, esc: true }, { ch: "{", off: this.i + 2, esc: true });
        this.i += 3;
        continue;
      }
      els.push({ ch: c, off: this.i, esc: false });
      this.i++;
    }
    const lines = [[]];
    for (const e of els) {
      lines[lines.length - 1].push(e);
      if ("ch" in e && e.ch === "\n" && !e.esc) lines.push([]);
    }
    const isSpace2 = (e) => "ch" in e && e.ch === " " && !e.esc;
    const isBlank = (l) => l.every((e) => isSpace2(e) || "ch" in e && e.ch === "\n" && !e.esc);
    let min = Infinity;
    for (const l of lines) {
      if (isBlank(l)) continue;
      let n = 0;
      while (n < l.length && isSpace2(l[n])) n++;
      min = Math.min(min, n);
    }
    if (!Number.isFinite(min)) min = 0;
    const kept = [];
    lines.forEach((l, k) => {
      if (k === 0 && isBlank(l) && lines.length > 1) return;
      let n = 0;
      while (n < min && n < l.length && isSpace2(l[n])) n++;
      let rest = l.slice(n);
      if (k === lines.length - 1 && rest.every(isSpace2)) rest = [];
      for (const item of rest) kept.push(item);
    });
    const parts = [];
    let text = "";
    let offs = [];
    for (const e of kept) {
      if ("interp" in e) {
        if (text) parts.push({ kind: "lit", text, offsets: offs });
        text = "";
        offs = [];
        parts.push(e.interp);
      } else {
        text += e.ch;
        offs.push(e.off);
      }
    }
    if (text) parts.push({ kind: "lit", text, offsets: offs });
    return { type: "string", parts, indented: true, start, end: this.i };
  }
  interp() {
    const start = this.i;
    this.i += 2;
    const expr = this.expr();
    this.expect("}");
    return { kind: "interp", expr, start, end: this.i };
  }
};
function range(start, n) {
  const a = [];
  for (let k = 0; k < n; k++) a.push(start + k);
  return a;
}
function stringValue(n) {
  if (n.type !== "string") return null;
  let out = "";
  for (const p of n.parts) {
    if (p.kind !== "lit") return null;
    out += p.text;
  }
  return out;
}

// src/lint/extract/nix.ts
var WRAPPERS = /* @__PURE__ */ new Set(["mkIf", "mkDefault", "mkForce", "mkOverride", "mkBefore", "mkAfter", "mkOrder", "mkMerge", "mkOptionDefault"]);
function fnName(n) {
  if (n.type === "ident") return n.name;
  if (n.type === "select") return n.path[n.path.length - 1]?.name ?? null;
  return null;
}
function unwrap(n) {
  let force = false;
  for (let guard = 0; guard < 16; guard++) {
    if (n.type !== "apply") break;
    const name = fnName(n.fn);
    if (name === "mkIf" || name === "mkOverride" || name === "mkOrder") {
      if (name === "mkOverride") force = true;
      const last = n.args[n.args.length - 1];
      if (!last || n.args.length < 2) break;
      n = last;
    } else if (name === "mkForce" || name === "mkDefault" || name === "mkBefore" || name === "mkAfter" || name === "mkOptionDefault") {
      if (name === "mkForce") force = true;
      const a = n.args[0];
      if (!a || n.args.length !== 1) break;
      n = a;
    } else break;
  }
  return { value: n, force };
}
function collect(root) {
  const out = [];
  const walk2 = (n, prefix, keys, depth) => {
    if (depth > 64) return;
    switch (n.type) {
      case "attrs":
        for (const b of n.bindings) {
          if (b.kind !== "attr") continue;
          const path = [...prefix, ...b.path.map((k) => k.name)];
          const allKeys = [...keys, ...b.path];
          const u = unwrap(b.value);
          out.push({ path, keys: allKeys, value: u.value, force: u.force, start: b.start, end: b.end });
          walk2(b.value, path, allKeys, depth + 1);
        }
        return;
      case "let":
        walk2(n.body, prefix, keys, depth + 1);
        return;
      case "lambda":
      case "with":
      case "assert":
        walk2(n.body, prefix, keys, depth + 1);
        return;
      case "if":
        walk2(n.then, prefix, keys, depth + 1);
        walk2(n.else, prefix, keys, depth + 1);
        return;
      case "binop":
        if (n.op === "//") {
          walk2(n.left, prefix, keys, depth + 1);
          walk2(n.right, prefix, keys, depth + 1);
        }
        return;
      case "list":
        for (const item of n.items) walk2(item, [], [], depth + 1);
        return;
      case "apply": {
        const name = fnName(n.fn);
        if (name === "mkMerge") {
          const list2 = n.args[0];
          if (list2?.type === "list") for (const item of list2.items) walk2(item, prefix, keys, depth + 1);
          return;
        }
        if (name && WRAPPERS.has(name)) {
          walk2(unwrap(n).value, prefix, keys, depth + 1);
          return;
        }
        for (const a of n.args) walk2(a, [], [], depth + 1);
        return;
      }
      default:
        return;
    }
  };
  walk2(root, [], [], 0);
  for (const d of out) if (d.path[0] === "config") d.path = d.path.slice(1);
  return out;
}
function is(path, ...want) {
  return path.length === want.length && want.every((w, i) => w === "*" || path[i] === w);
}
function boolOf(n) {
  if (n.type === "ident" && (n.name === "true" || n.name === "false")) return n.name === "true";
  return null;
}
var extractNix = (file, model) => {
  const parsed = parseNix(file.text);
  for (const p of parsed.problems) {
    model.parseProblems.push({ span: file.span(p.start, Math.max(p.end, p.start + 1)), message: `Nix syntax: ${p.message}`, severity: "warning" });
  }
  const defs = collect(parsed.root);
  const get3 = (...path) => {
    const found = defs.filter((d) => is(d.path, ...path));
    return found[found.length - 1];
  };
  const serviceNames = /* @__PURE__ */ new Set();
  for (const d of defs) if (d.path[0] === "systemd" && d.path[1] === "services" && typeof d.path[2] === "string") serviceNames.add(d.path[2]);
  const autoName = "mastodon-media-auto-remove";
  const overrideScript = get3("systemd", "services", autoName, "script");
  mediaAutoRemove(file, model, defs, get3, overrideScript);
  for (const name of serviceNames) {
    if (name === autoName && get3("services", "mastodon", "enable")) continue;
    const svc = (...rest) => get3("systemd", "services", name, ...rest);
    const scheduler = serviceScheduler(file, model, name, svc("startAt"), get3("systemd", "timers", name, "timerConfig", "OnCalendar"));
    const env = nixEnv(file, name, defs, false);
    serviceCommands(file, model, svc, scheduler, env);
  }
};
function span(file, start, end) {
  return file.span(start, end);
}
function valueSpan(file, n) {
  if (n.type === "string") {
    const q = n.indented ? 2 : 1;
    return file.span(n.start + q, Math.max(n.start + q, n.end - q));
  }
  return file.span(n.start, n.end);
}
function scheduleOf2(file, n, fallback) {
  if (!n) return { kind: "oncalendar", text: fallback.text, known: true, span: fallback.span };
  const v2 = n.type === "list" && n.items[0] ? n.items[0] : n;
  const text = stringValue(v2);
  return { kind: "oncalendar", text: text ?? file.text.slice(v2.start, v2.end), known: text !== null, span: valueSpan(file, v2) };
}
function serviceScheduler(file, model, name, startAt, onCalendar) {
  const d = startAt ?? onCalendar;
  if (!d) return null;
  const values = d.value.type === "list" ? d.value.items : [d.value];
  let first = null;
  for (const v2 of values) {
    const label = startAt ? `NixOS systemd.services.${name}.startAt` : `NixOS systemd.timers.${name}`;
    const s = { kind: "nixos", label, span: span(file, d.start, d.end), schedule: scheduleOf2(file, v2, { text: "", span: span(file, d.start, d.end) }) };
    model.schedulers.push(s);
    first ??= s;
  }
  return first;
}
function nixEnv(file, name, defs, module) {
  const env = emptyEnv("complete");
  env.notes.push("systemd starts the service with only its environment settings");
  for (const d of defs) {
    if (d.path[0] !== "systemd" || d.path[1] !== "services" || d.path[2] !== name) continue;
    const rest = d.path.slice(3);
    if (rest[0] === "environment" && rest.length === 2 && typeof rest[1] === "string") {
      env.vars.set(rest[1], { value: stringValue(d.value), span: span(file, d.start, d.end), source: `systemd.services.${name}.environment` });
    } else if (rest[0] === "environment" && rest.length === 1 && d.value.type !== "attrs") {
      env.kind = "opaque";
      env.notes.push(`systemd.services.${name}.environment is computed`);
    } else if (rest[0] === "serviceConfig" && rest[1] === "EnvironmentFile") {
      env.kind = "opaque";
      env.notes.push("EnvironmentFile= adds variables");
    } else if (rest[0] === "serviceConfig" && rest.length === 1 && d.value.type !== "attrs" && !(d.value.type === "binop" && d.value.op === "//")) {
      env.kind = "opaque";
    }
  }
  if (module) {
    if (!env.vars.has("RAILS_ENV")) env.vars.set("RAILS_ENV", { value: "production", source: "NixOS services.mastodon module" });
    env.kind = "opaque";
    env.notes.push("the NixOS module adds EnvironmentFile=/var/lib/mastodon/.secrets_env");
  }
  return env;
}
function serviceCommands(file, model, svc, scheduler, env) {
  const invs = [];
  for (const key of ["preStart", "script", "postStart"]) {
    const d = svc(key);
    if (!d || d.value.type !== "string") continue;
    const { text, offsets } = nixStringToShell(file, d.value.parts);
    for (const item of invocationsFromShell(text, offsets, { file, env, scheduler })) invs.push(item);
  }
  for (const key of ["ExecStartPre", "ExecStart", "ExecStartPost"]) {
    const d = svc("serviceConfig", key);
    if (!d) continue;
    const values = d.value.type === "list" ? d.value.items : [d.value];
    for (const v2 of values) {
      if (v2.type !== "string") continue;
      const { text, offsets } = nixStringToSystemd(file, v2.parts);
      const parsed = parseExec(text, offsets, () => null);
      for (const p of parsed.problems) model.parseProblems.push({ span: file.span(p.start, p.end), message: p.message });
      for (const cmd2 of parsed.commands) {
        const sh = execToShell(cmd2.argv, env.vars);
        for (const item of invocationsFromShell(sh.text, sh.offsets, { file, env, scheduler })) invs.push(item);
      }
    }
  }
  addInvocations(model, invs);
}
function mediaAutoRemove(file, model, defs, get3, overrideScript) {
  const enable = get3("services", "mastodon", "enable");
  const autoEnable = get3("services", "mastodon", "mediaAutoRemove", "enable");
  const mastodonOn = enable ? boolOf(enable.value) : null;
  const autoOn = autoEnable ? boolOf(autoEnable.value) : true;
  if (autoOn === false) return;
  if (mastodonOn !== true && !(autoEnable && autoOn === true)) return;
  const trigger = autoEnable ?? enable;
  const triggerSpan = file.span(trigger.start, trigger.end);
  const confidence = autoOn === null ? "low" : "high";
  const svcStartAt = get3("systemd", "services", "mastodon-media-auto-remove", "startAt");
  const startAtDef = svcStartAt?.force ? svcStartAt : get3("services", "mastodon", "mediaAutoRemove", "startAt");
  const schedule = scheduleOf2(file, startAtDef?.value, { text: "daily", span: triggerSpan });
  const scheduler = {
    kind: "nixos",
    label: "NixOS services.mastodon.mediaAutoRemove",
    span: startAtDef ? file.span(startAtDef.start, startAtDef.end) : triggerSpan,
    schedule
  };
  model.schedulers.push(scheduler);
  const env = nixEnv(file, "mastodon-media-auto-remove", defs, true);
  const invs = [];
  if (!overrideScript?.force) {
    const days = get3("services", "mastodon", "mediaAutoRemove", "olderThanDays");
    const daysValue = days ? days.value.type === "int" ? String(days.value.value) : null : "30";
    const daysSpan = days ? valueSpan(file, days.value) : triggerSpan;
    const word = (value, at, text) => ({ value, text: value ?? text ?? "", span: at });
    for (const cmd2 of [["media", "remove"], ["preview_cards", "remove"]]) {
      const argv = [word("${cfg.package}/bin/tootctl", triggerSpan), ...cmd2.map((c) => word(c, triggerSpan))];
      if (daysValue !== null) argv.push(word(`--days=${daysValue}`, daysSpan));
      else argv.push(word("--days", daysSpan), word(null, daysSpan, file.text.slice(days.value.start, days.value.end)));
      const inv = { file, argv, env, scheduler, span: triggerSpan, via: ["NixOS mastodon-media-auto-remove service"], confidence };
      const t = parseTootctl(argv);
      if (t) inv.tootctl = t;
      invs.push(inv);
    }
  }
  if (overrideScript && overrideScript.value.type === "string") {
    const { text, offsets } = nixStringToShell(file, overrideScript.value.parts);
    for (const item of invocationsFromShell(text, offsets, { file, env, scheduler, confidence })) invs.push(item);
  }
  addInvocations(model, invs);
}
function pathPrefix(parts, k, before) {
  const next = parts[k + 1];
  return next?.kind === "lit" && next.text.startsWith("/") && (before === "" || /[\s"'=(]$/.test(before));
}
function antiquoteText(file, p) {
  return file.text.slice(p.start + 2, p.end - 1).replace(/[{}'"`\\$\n]/g, "").trim();
}
function nixStringToShell(file, parts) {
  let text = "";
  const offsets = [];
  let quote = null;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    if (p.kind === "lit") {
      for (let j = 0; j < p.text.length; j++) {
        const c = p.text[j];
        text += c;
        offsets.push(p.offsets[j] ?? 0);
        if (quote === "'") {
          if (c === "'") quote = null;
        } else if (c === "\\") {
          const n = p.text[j + 1];
          if (n !== void 0) {
            text += n;
            offsets.push(p.offsets[j + 1] ?? 0);
            j++;
          }
        } else if (quote === '"') {
          if (c === '"') quote = null;
        } else if (c === "'" || c === '"') quote = c;
      }
      continue;
    }
    const inner = antiquoteText(file, p);
    let s;
    if (pathPrefix(parts, k, text)) s = quote === "'" ? `\${${inner}}` : `\\\${${inner}}`;
    else s = /^[A-Za-z_][A-Za-z0-9_]*$/.test(inner) ? `\${${inner}?}` : `\${${inner || "?"}}`;
    for (let j = 0; j < s.length; j++) {
      text += s[j];
      offsets.push(j < 2 ? p.start : Math.min(p.end - 1, p.start + j));
    }
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : 0);
  return { text, offsets };
}
function nixStringToSystemd(file, parts) {
  let text = "";
  const offsets = [];
  for (const p of parts) {
    if (p.kind === "lit") {
      text += p.text;
      for (const item of p.offsets) offsets.push(item);
      continue;
    }
    const s = `\${${antiquoteText(file, p) || "?"}}`;
    for (let j = 0; j < s.length; j++) {
      text += s[j];
      offsets.push(j < 2 ? p.start : Math.min(p.end - 1, p.start + j));
    }
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : 0);
  return { text, offsets };
}

// src/lint/parse/hcl.ts
import { createRequire } from "node:module";
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
var MAX_DEPTH3 = 200;
var PARSE_BUDGET_MS = 1e4;
var MAX_HCL_BYTES = 1024 * 1024;
var parser = null;
var loadError = "";
function wasmPath(spec, name) {
  const here = import.meta.url;
  try {
    const p = createRequire(here).resolve(spec);
    if (existsSync2(p)) return p;
  } catch {
  }
  for (const rel of [`./wasm/${name}`, `../wasm/${name}`]) {
    const p = fileURLToPath(new URL(rel, here));
    if (existsSync2(p)) return p;
  }
  throw new Error(`${name} not found in node_modules nor in a wasm/ directory beside the bundle`);
}
var loading = null;
function loadHclParser() {
  loading ??= (async () => {
    try {
      const { Language, Parser: Parser2 } = await import("./web-tree-sitter-DFX6UZTJ.js");
      const runtime = readFileSync2(wasmPath("web-tree-sitter/web-tree-sitter.wasm", "web-tree-sitter.wasm"));
      const grammar = readFileSync2(wasmPath("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm", "tree-sitter-terraform.wasm"));
      await Parser2.init({ wasmBinary: runtime });
      const wasm = globalThis.WebAssembly;
      const lang = Language.loadSync(new wasm.Module(grammar));
      const p = new Parser2();
      p.setLanguage(lang);
      parser = p;
    } catch (e) {
      loadError = e.message;
    }
  })();
  return loading;
}
function parseHcl(file) {
  const empty = { attributes: [], blocks: [] };
  const firstLine2 = file.span(0, Math.max(0, file.text.indexOf("\n") === -1 ? file.text.length : file.text.indexOf("\n")));
  if (!parser) {
    const why = loadError || "loadHclParser() was not awaited before parsing";
    return { body: empty, problems: [{ span: firstLine2, message: `the HCL parser could not be loaded (${why}), so this Terraform file was not checked` }] };
  }
  const bytes = file.text.length > MAX_HCL_BYTES / 3 ? Buffer.byteLength(file.text) : file.text.length;
  if (bytes > MAX_HCL_BYTES) {
    return { body: empty, problems: [{ span: firstLine2, message: `this Terraform file is ${(bytes / 1048576).toFixed(1)} MiB, over the ${MAX_HCL_BYTES / 1048576} MiB mastodon-ops parses, so it was not checked; split it into smaller files` }] };
  }
  const started = Date.now();
  let tree;
  try {
    tree = parser.parse(file.text, null, { progressCallback: () => Date.now() - started > PARSE_BUDGET_MS });
  } catch (e) {
    return { body: empty, problems: [{ span: firstLine2, message: `the HCL parser failed: ${e.message}` }] };
  }
  if (!tree) {
    parser.reset();
    return { body: empty, problems: [{ span: firstLine2, message: `parsing took longer than ${PARSE_BUDGET_MS / 1e3} s, so this Terraform file was not checked` }] };
  }
  try {
    const conv = new Converter(file);
    const root = tree.rootNode;
    const problems2 = [];
    if (root.hasError) {
      const bad = firstError(root);
      if (bad) problems2.push(bad.isMissing ? { span: conv.span(bad), message: `syntax error: missing ${JSON.stringify(bad.type)}` } : { span: conv.errorSpan(bad), message: "syntax error" });
    }
    const bodyNode = root.namedChildren.find((c) => c?.type === "body");
    return { body: bodyNode ? conv.body(bodyNode, 0) : empty, problems: problems2 };
  } finally {
    tree.delete();
  }
}
function firstError(root) {
  const c = root.walk();
  try {
    for (; ; ) {
      const n = c.currentNode;
      if (n.isError || n.isMissing) return n;
      if (n.hasError && c.gotoFirstChild()) continue;
      while (!c.gotoNextSibling()) {
        if (!c.gotoParent()) return null;
      }
    }
  } finally {
    c.delete();
  }
}
function named(n) {
  return n.namedChildren.filter((c) => c !== null && c.type !== "comment");
}
var Converter = class {
  constructor(file) {
    this.file = file;
  }
  file;
  span(n) {
    return this.file.span(n.startIndex, n.endIndex);
  }
  /** An error node can cover the rest of the file: underline its first line only. */
  errorSpan(n) {
    const nl = this.file.text.indexOf("\n", n.startIndex);
    const end = nl === -1 || nl > n.endIndex ? n.endIndex : Math.max(nl, n.startIndex + 1);
    return this.file.span(n.startIndex, end);
  }
  text(n) {
    return this.file.text.slice(n.startIndex, n.endIndex);
  }
  body(n, depth) {
    const out = { attributes: [], blocks: [] };
    for (const c of named(n)) {
      if (c.type === "attribute") {
        const [id, ex] = named(c);
        if (!id || id.type !== "identifier") continue;
        out.attributes.push({ name: this.text(id), nameSpan: this.span(id), expr: ex ? this.expr(ex, depth + 1) : { kind: "other", span: this.span(c) }, span: this.span(c) });
      } else if (c.type === "block") {
        if (depth >= MAX_DEPTH3) continue;
        const parts = named(c);
        const id = parts[0];
        if (!id || id.type !== "identifier") continue;
        const labels = [];
        let inner = { attributes: [], blocks: [] };
        for (const p of parts.slice(1)) {
          if (p.type === "string_lit") labels.push({ value: this.stringLit(p) ?? "", span: this.span(p) });
          else if (p.type === "identifier") labels.push({ value: this.text(p), span: this.span(p) });
          else if (p.type === "body") inner = this.body(p, depth + 1);
        }
        out.blocks.push({ type: this.text(id), typeSpan: this.span(id), labels, body: inner, span: this.span(c) });
      }
    }
    return out;
  }
  /** The decoded value of a string_lit (quoted string without interpolation). */
  stringLit(n) {
    let out = "";
    for (const c of named(n)) {
      if (c.type === "template_literal") out += decodeLiteral(this.text(c));
      else if (c.type !== "quoted_template_start" && c.type !== "quoted_template_end") return null;
    }
    return out;
  }
  expr(n, depth) {
    const span2 = this.span(n);
    if (depth > MAX_DEPTH3) return { kind: "other", span: span2 };
    const kids = named(n);
    switch (n.type) {
      case "expression": {
        const first = kids[0];
        if (!first) return { kind: "other", span: span2 };
        if (kids.length === 1 && first.type === "expression") return this.expr(first, depth + 1);
        if (first.type === "variable_expr") return this.traversal(n, kids, span2, depth);
        if (kids.length !== 1) return { kind: "other", span: span2 };
        return this.expr(first, depth + 1);
      }
      case "literal_value": {
        const v2 = kids[0];
        if (!v2) return { kind: "other", span: span2 };
        if (v2.type === "string_lit") {
          const s = this.stringLit(v2);
          return s === null ? { kind: "other", span: span2 } : { kind: "literal", value: s, span: span2 };
        }
        if (v2.type === "numeric_lit") {
          const num = Number(this.text(v2));
          return Number.isFinite(num) ? { kind: "literal", value: num, span: span2 } : { kind: "other", span: span2 };
        }
        if (v2.type === "bool_lit") return { kind: "literal", value: this.text(v2) === "true", span: span2 };
        if (v2.type === "null_lit") return { kind: "literal", value: null, span: span2 };
        return { kind: "other", span: span2 };
      }
      case "template_expr": {
        const t = kids[0];
        if (!t) return { kind: "other", span: span2 };
        return t.type === "heredoc_template" ? this.heredoc(t, span2, depth) : this.template(t, span2, depth, false);
      }
      case "collection_value": {
        const c = kids[0];
        return c ? this.expr(c, depth + 1) : { kind: "other", span: span2 };
      }
      case "tuple":
        return { kind: "tuple", items: kids.filter((k) => k.type === "expression").map((k) => this.expr(k, depth + 1)), span: span2 };
      case "object": {
        const items3 = [];
        for (const e of kids) {
          if (e.type !== "object_elem") continue;
          const [k, v2] = named(e).filter((x) => x.type === "expression");
          if (!k || !v2) continue;
          items3.push({ key: this.objectKey(k), keySpan: this.span(k), value: this.expr(v2, depth + 1) });
        }
        return { kind: "object", items: items3, span: span2 };
      }
      case "function_call": {
        const id = kids[0];
        if (!id || id.type !== "identifier") return { kind: "other", span: span2 };
        const args = kids.find((k) => k.type === "function_arguments");
        const list2 = args ? named(args) : [];
        if (list2.some((a) => a.type === "ellipsis")) return { kind: "call", name: this.text(id), args: [], span: span2 };
        return { kind: "call", name: this.text(id), args: list2.filter((a) => a.type === "expression").map((a) => this.expr(a, depth + 1)), span: span2 };
      }
      default:
        return { kind: "other", span: span2 };
    }
  }
  /** An object key: a bare name or a literal string. `(expr)` keys are computed. */
  objectKey(k) {
    const e = this.expr(k, MAX_DEPTH3 - 1);
    if (e.kind === "traversal" && e.steps.length === 0) return e.root;
    if (e.kind === "literal" && typeof e.value === "string") return e.value;
    return null;
  }
  traversal(n, kids, span2, depth) {
    const root = kids[0];
    if (!root) return { kind: "other", span: span2 };
    const steps = [];
    for (const s of kids.slice(1)) {
      if (s.type === "get_attr") {
        const id = named(s).find((x) => x.type === "identifier");
        steps.push(id ? this.text(id) : null);
      } else if (s.type === "index") {
        const inner = named(s)[0];
        const ex = inner ? named(inner).find((x) => x.type === "expression") : void 0;
        if (inner?.type === "legacy_index") {
          const m = /\d+/.exec(this.text(inner));
          steps.push(m ? Number(m[0]) : null);
          continue;
        }
        const v2 = ex ? this.expr(ex, depth + 1) : null;
        steps.push(v2 && v2.kind === "literal" && (typeof v2.value === "string" || typeof v2.value === "number") ? v2.value : null);
      } else {
        return { kind: "other", span: span2 };
      }
    }
    return { kind: "traversal", root: this.text(root), steps, span: span2 };
  }
  template(t, span2, depth, _heredoc) {
    const parts = [];
    let known = true;
    for (const c of named(t)) {
      if (c.type === "template_literal") parts.push({ lit: decodeLiteral(this.text(c)) });
      else if (c.type === "template_interpolation") {
        const ex = named(c).find((x) => x.type === "expression");
        parts.push({ expr: ex ? this.expr(ex, depth + 1) : { kind: "other", span: this.span(c) } });
        known = false;
      } else if (c.type === "quoted_template_start" || c.type === "quoted_template_end") continue;
      else {
        parts.push({ expr: { kind: "other", span: this.span(c) } });
        known = false;
      }
    }
    if (known) return { kind: "literal", value: parts.map((p) => "lit" in p ? p.lit : "").join(""), span: span2 };
    return { kind: "template", parts, span: span2 };
  }
  heredoc(t, span2, depth) {
    const kids = named(t);
    const open = kids.find((k) => k.type === "heredoc_identifier");
    const close = [...kids].reverse().find((k) => k.type === "heredoc_identifier");
    const text = this.file.text;
    if (!open || !close || open === close) return { kind: "other", span: span2 };
    const nl = text.indexOf("\n", open.endIndex);
    const start = nl === -1 || nl > close.startIndex ? close.startIndex : nl + 1;
    const lineStart = text.lastIndexOf("\n", close.startIndex - 1) + 1;
    const end = Math.max(start, lineStart);
    const heredoc = { start, end };
    const indented = this.text(t).startsWith("<<-");
    const hasInterp = kids.some((k) => k.type === "template_interpolation" || k.type === "template_directive");
    if (hasInterp) {
      const parts = kids.filter((k) => k.type === "template_interpolation" || k.type === "template_directive").map((k) => ({ expr: this.expr(named(k).find((x) => x.type === "expression") ?? k, depth + 1) }));
      return { kind: "template", parts, span: span2, heredoc };
    }
    let body = text.slice(start, end).replace(/\r?\n$/, "");
    if (indented) body = stripIndent(body);
    return { kind: "literal", value: decodeHeredoc(body), span: span2, heredoc };
  }
};
function decodeLiteral(s) {
  return s.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|\$\$\{|%%\{/g, (m, e) => {
    if (m === "$${") return "${";
    if (m === "%%{") return "%{";
    if (!e) return m;
    if (e[0] === "u" || e[0] === "U") return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" }[e] ?? m;
  });
}
function decodeHeredoc(s) {
  return s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
}
function stripIndent(s) {
  const lines = s.split("\n");
  let min = Infinity;
  for (const l of lines) if (l.trim()) min = Math.min(min, indentOf(l));
  if (!Number.isFinite(min)) return s;
  return lines.map((l) => l.slice(Math.min(min, indentOf(l)))).join("\n");
}
function indentOf(l) {
  return /^[ \t]*/.exec(l)?.[0].length ?? 0;
}

// src/lint/extract/terraform.ts
var MODULES = /* @__PURE__ */ new WeakMap();
function dirOf2(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "." : path.slice(0, i);
}
var extractTerraform = (file, model) => {
  const parsed = parseHcl(file);
  for (const p of parsed.problems) model.parseProblems.push(p);
  let mods = MODULES.get(model);
  if (!mods) {
    mods = /* @__PURE__ */ new Map();
    MODULES.set(model, mods);
  }
  const dir = dirOf2(file.path);
  let mod = mods.get(dir);
  if (!mod) {
    mod = { dir, files: [], tfvars: [], emitted: [] };
    mods.set(dir, mod);
  }
  if (/\.tfvars$/i.test(file.path)) mod.tfvars.push({ file, body: parsed.body });
  else mod.files.push({ file, body: parsed.body });
  const old = new Set(mod.emitted);
  const keep = model.buckets.filter((b) => !old.has(b));
  model.buckets.length = 0;
  for (const item of keep) model.buckets.push(item);
  mod.emitted = buildModule(mod);
  for (const item of mod.emitted) model.buckets.push(item);
};
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var Ref = class {
  constructor(address, attr2) {
    this.address = address;
    this.attr = attr2;
  }
  address;
  attr;
};
var Scope = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  variables = /* @__PURE__ */ new Map();
  tfvars = /* @__PURE__ */ new Map();
  locals = /* @__PURE__ */ new Map();
  resources = /* @__PURE__ */ new Map();
  data = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  eval(e, depth = 0) {
    if (depth > 64) return UNKNOWN;
    switch (e.kind) {
      case "literal":
        return e.value;
      case "template": {
        let s = "";
        for (const p of e.parts) {
          if ("lit" in p) s += p.lit;
          else {
            const v2 = this.eval(p.expr, depth + 1);
            if (typeof v2 === "string" || typeof v2 === "number" || typeof v2 === "boolean") s += String(v2);
            else return UNKNOWN;
          }
        }
        return s;
      }
      case "tuple":
        return e.items.map((i) => this.eval(i, depth + 1));
      case "object": {
        const o = {};
        for (const it of e.items) if (it.key !== null) o[it.key] = this.eval(it.value, depth + 1);
        return o;
      }
      case "traversal":
        return this.traverse(e.root, e.steps, depth);
      case "call": {
        const args = e.args.map((a) => this.eval(a, depth + 1));
        const a0 = args[0];
        if ((e.name === "lower" || e.name === "upper" || e.name === "trimspace") && typeof a0 === "string") {
          return e.name === "lower" ? a0.toLowerCase() : e.name === "upper" ? a0.toUpperCase() : a0.trim();
        }
        return UNKNOWN;
      }
      default:
        return UNKNOWN;
    }
  }
  traverse(root, steps, depth) {
    const [first, ...rest] = steps;
    const guarded = (key, expr) => {
      if (!expr || this.active.has(key)) return UNKNOWN;
      this.active.add(key);
      try {
        return index(this.eval(expr, depth + 1), rest);
      } finally {
        this.active.delete(key);
      }
    };
    if (root === "var" && typeof first === "string") {
      const fromVars = this.tfvars.get(first);
      if (fromVars) {
        const v2 = guarded(`tfvars.${first}`, fromVars);
        if (v2 !== UNKNOWN) return v2;
      }
      return guarded(`var.${first}`, this.variables.get(first));
    }
    if (root === "local" && typeof first === "string") return guarded(`local.${first}`, this.locals.get(first));
    if (root === "path" && (first === "module" || first === "root" || first === "cwd")) return ".";
    if (root === "data" && typeof first === "string") {
      const name = rest[0];
      if (typeof name !== "string") return UNKNOWN;
      return new Ref(`data.${first}.${name}`, firstName(rest.slice(1)));
    }
    if (/^[a-z][a-z0-9]*_[a-z0-9_]+$/.test(root) && typeof first === "string") return new Ref(`${root}.${first}`, firstName(rest));
    return UNKNOWN;
  }
  str(e) {
    if (!e) return null;
    const v2 = this.eval(e);
    return typeof v2 === "string" ? v2 : typeof v2 === "number" || typeof v2 === "boolean" ? String(v2) : null;
  }
  bool(e) {
    if (!e) return null;
    const v2 = this.eval(e);
    if (typeof v2 === "boolean") return v2;
    if (v2 === "true") return true;
    if (v2 === "false") return false;
    return null;
  }
  num(e) {
    if (!e) return null;
    const v2 = this.eval(e);
    if (typeof v2 === "number") return v2;
    if (typeof v2 === "string" && /^\d+$/.test(v2)) return Number(v2);
    return null;
  }
};
function firstName(steps) {
  for (const s of steps) if (typeof s === "string") return s;
  return null;
}
function index(v2, steps) {
  let cur = v2;
  for (const s of steps) {
    if (s === null) return UNKNOWN;
    if (Array.isArray(cur) && typeof s === "number") cur = cur[s] ?? UNKNOWN;
    else if (cur !== null && typeof cur === "object" && !Array.isArray(cur) && !(cur instanceof Ref)) cur = cur[String(s)] ?? UNKNOWN;
    else return UNKNOWN;
  }
  return cur;
}
function attr(body, name) {
  return body.attributes.find((a) => a.name === name);
}
function blocks(body, type) {
  return body.blocks.filter((b) => b.type === type);
}
function buildModule(mod) {
  const scope = new Scope(mod.dir);
  const vars = [...mod.tfvars].sort((a, b) => tfvarsRank(a.file.path) - tfvarsRank(b.file.path) || a.file.path.localeCompare(b.file.path));
  for (const tv of vars) for (const a of tv.body.attributes) scope.tfvars.set(a.name, a.expr);
  const resources = [];
  for (const { file, body } of mod.files) {
    for (const b of body.blocks) {
      const [l0, l1] = b.labels;
      if (b.type === "variable" && l0) {
        const d = attr(b.body, "default");
        if (d) scope.variables.set(l0.value, d.expr);
      } else if (b.type === "locals") {
        for (const a of b.body.attributes) scope.locals.set(a.name, a.expr);
      } else if (b.type === "resource" && l0 && l1) {
        scope.resources.set(`${l0.value}.${l1.value}`, { block: b, file });
        resources.push({ block: b, file });
      } else if (b.type === "data" && l0 && l1) {
        scope.data.set(`data.${l0.value}.${l1.value}`, { block: b, file });
      }
    }
  }
  const out = [];
  const byAddress = /* @__PURE__ */ new Map();
  const fragments = /* @__PURE__ */ new Map();
  const text = (file, span2) => file.text.slice(span2.start.offset, span2.end.offset);
  for (const { block, file } of resources) {
    const [type, name] = block.labels;
    if (type?.value !== "aws_s3_bucket" || !name) continue;
    const b = block.body;
    const bucketAttr = attr(b, "bucket");
    const prefixAttr = attr(b, "bucket_prefix");
    const literal = bucketAttr ? scope.str(bucketAttr.expr) : null;
    const cfg = newBucketConfig({
      source: "terraform",
      kind: "bucket",
      name: literal,
      nameSpan: bucketAttr?.expr.span ?? prefixAttr?.expr.span ?? name.span,
      nameText: literal !== null ? JSON.stringify(literal) : bucketAttr ? text(file, bucketAttr.expr.span) : prefixAttr ? `bucket_prefix ${text(file, prefixAttr.expr.span)}` : `aws_s3_bucket.${name.value}`,
      label: `aws_s3_bucket.${name.value}`,
      span: block.span
    });
    const acl = attr(b, "acl");
    if (acl) cfg.acl = { value: scope.str(acl.expr), span: acl.expr.span };
    const pol = attr(b, "policy");
    if (pol) cfg.policy = policyFromExpr(pol.expr, file, scope, cfg);
    for (const r of blocks(b, "lifecycle_rule")) cfg.lifecycleRules.push(legacyLifecycleRule(r, scope));
    byAddress.set(`aws_s3_bucket.${name.value}`, cfg);
    out.push(cfg);
  }
  const target = (block, file, label) => {
    const a = attr(block.body, "bucket");
    const v2 = a ? scope.eval(a.expr) : UNKNOWN;
    if (v2 instanceof Ref) {
      const hit = byAddress.get(v2.address);
      if (hit) return hit;
    }
    const nameValue = typeof v2 === "string" ? v2 : null;
    if (nameValue !== null) {
      const hit = out.find((c) => c.kind === "bucket" && c.name === nameValue);
      if (hit) return hit;
      const frag = fragments.get(nameValue);
      if (frag) return frag;
    }
    const cfg = newBucketConfig({
      source: "terraform",
      kind: "fragment",
      name: nameValue,
      nameSpan: a?.expr.span ?? block.span,
      nameText: nameValue !== null ? JSON.stringify(nameValue) : a ? text(file, a.expr.span) : label,
      label,
      span: block.span
    });
    if (nameValue !== null) fragments.set(nameValue, cfg);
    out.push(cfg);
    return cfg;
  };
  for (const { block, file } of resources) {
    const [type, name] = block.labels;
    if (!type || !name) continue;
    const label = `${type.value}.${name.value}`;
    const b = block.body;
    switch (type.value) {
      case "aws_s3_bucket_ownership_controls": {
        const rule = blocks(b, "rule")[0];
        const oo = rule ? attr(rule.body, "object_ownership") : void 0;
        if (oo) target(block, file, label).ownership = { value: ownershipValue(scope.str(oo.expr)), span: oo.expr.span };
        break;
      }
      case "aws_s3_bucket_public_access_block":
        target(block, file, label).publicAccessBlock = publicAccessBlock(block, scope);
        break;
      case "aws_s3_account_public_access_block": {
        const cfg = newBucketConfig({ source: "terraform", kind: "account", name: null, nameSpan: name.span, nameText: label, label, span: block.span });
        cfg.publicAccessBlock = publicAccessBlock(block, scope);
        out.push(cfg);
        break;
      }
      case "aws_s3_bucket_lifecycle_configuration": {
        const cfg = target(block, file, label);
        for (const r of blocks(b, "rule")) cfg.lifecycleRules.push(lifecycleRule(r, scope));
        break;
      }
      case "aws_s3_bucket_policy": {
        const p = attr(b, "policy");
        const cfg = target(block, file, label);
        if (p) cfg.policy = mergePolicy(cfg.policy, policyFromExpr(p.expr, file, scope, cfg));
        break;
      }
      case "aws_s3_bucket_acl": {
        const a = attr(b, "acl");
        const cfg = target(block, file, label);
        cfg.acl = a ? { value: scope.str(a.expr), span: a.expr.span } : { value: null, span: block.typeSpan };
        break;
      }
      default:
        break;
    }
  }
  return out;
}
function tfvarsRank(path) {
  return /\.auto\.tfvars$/i.test(path) ? 1 : 0;
}
function mergePolicy(a, b) {
  if (!a) return b;
  return { statements: [...a.statements, ...b.statements], complete: a.complete && b.complete, span: b.span };
}
function flagAttr(body, name, scope) {
  const a = attr(body, name);
  if (!a) return { value: false, span: null };
  return { value: scope.bool(a.expr), span: a.expr.span };
}
function publicAccessBlock(block, scope) {
  const b = block.body;
  return {
    blockPublicAcls: flagAttr(b, "block_public_acls", scope),
    ignorePublicAcls: flagAttr(b, "ignore_public_acls", scope),
    blockPublicPolicy: flagAttr(b, "block_public_policy", scope),
    restrictPublicBuckets: flagAttr(b, "restrict_public_buckets", scope),
    span: block.span
  };
}
function expiration(rule, scope) {
  const exp = blocks(rule, "expiration")[0];
  if (!exp) return null;
  const days = attr(exp.body, "days");
  const date = attr(exp.body, "date");
  if (days) return { days: scope.num(days.expr), date: null, span: days.expr.span };
  if (date) return { days: null, date: scope.str(date.expr), span: date.expr.span };
  return null;
}
function prefixFrom(a, scope) {
  if (!a) return { prefix: "", prefixSpan: null };
  return { prefix: scope.str(a.expr), prefixSpan: a.expr.span };
}
function lifecycleRule(r, scope) {
  const b = r.body;
  const status = scope.str(attr(b, "status")?.expr);
  const filter = blocks(b, "filter")[0];
  let p = prefixFrom(attr(b, "prefix"), scope);
  let tagFiltered = false;
  if (filter) {
    const and = blocks(filter.body, "and")[0];
    p = prefixFrom(attr(filter.body, "prefix") ?? (and ? attr(and.body, "prefix") : void 0), scope);
    const tags = and ? attr(and.body, "tags") : void 0;
    tagFiltered = blocks(filter.body, "tag").length > 0 || tags !== void 0 && !(tags.expr.kind === "object" && tags.expr.items.length === 0);
  }
  return {
    id: scope.str(attr(b, "id")?.expr),
    enabled: status === "Enabled" ? true : status === "Disabled" ? false : null,
    ...p,
    tagFiltered,
    expiration: expiration(b, scope),
    span: r.span
  };
}
function legacyLifecycleRule(r, scope) {
  const b = r.body;
  const tags = attr(b, "tags");
  return {
    id: scope.str(attr(b, "id")?.expr),
    enabled: scope.bool(attr(b, "enabled")?.expr),
    ...prefixFrom(attr(b, "prefix"), scope),
    tagFiltered: tags !== void 0 && !(tags.expr.kind === "object" && tags.expr.items.length === 0),
    expiration: expiration(b, scope),
    span: r.span
  };
}
function policyFromExpr(e, file, scope, cfg) {
  const unknown = { statements: [], complete: false, span: e.span };
  if (e.kind === "call" && e.name === "jsonencode" && e.args[0]) return policyFromDoc(hclToDoc(e.args[0], scope), e.span);
  if ((e.kind === "literal" || e.kind === "template") && e.heredoc) {
    const { start, end } = e.heredoc;
    const j = parseJson(file, file.text.slice(start, end), start);
    return j.node ? policyFromDoc(j.node, e.span) : unknown;
  }
  if (e.kind === "literal" && typeof e.value === "string") {
    const j = parseJson(file, e.value, 0);
    return j.node ? policyFromDoc(respan(j.node, e.span), e.span) : unknown;
  }
  if (e.kind === "call" && e.name === "file" && e.args[0]) {
    const p = scope.str(e.args[0]);
    if (p !== null) cfg.documents.push(normalizeRepoPath(p.startsWith("/") ? p : `${scope.dir}/${p}`));
    return unknown;
  }
  const v2 = scope.eval(e);
  if (v2 instanceof Ref && v2.address.startsWith("data.aws_iam_policy_document.")) {
    const doc = scope.data.get(v2.address);
    if (doc) return policyDocument(doc.block, scope);
  }
  return unknown;
}
function policyDocument(block, scope) {
  const b = block.body;
  let complete = !["source_policy_documents", "override_policy_documents", "source_json", "override_json"].some((n) => attr(b, n));
  const statements = [];
  for (const s of blocks(b, "statement")) {
    const effect = scope.str(attr(s.body, "effect")?.expr) ?? (attr(s.body, "effect") ? null : "Allow");
    const notAction = !attr(s.body, "actions") && attr(s.body, "not_actions") !== void 0;
    const list2 = attr(s.body, notAction ? "not_actions" : "actions");
    const actions = [];
    let actionsComplete = list2 !== void 0 && list2.expr.kind === "tuple";
    if (list2 && list2.expr.kind === "tuple") {
      for (const it of list2.expr.items) {
        const v2 = scope.str(it);
        if (v2 === null) actionsComplete = false;
        actions.push({ value: v2, span: it.span });
      }
    } else if (list2) {
      actions.push({ value: null, span: list2.expr.span });
    }
    let anyone = false;
    if (blocks(s.body, "not_principals").length) anyone = null;
    for (const p of blocks(s.body, "principals")) {
      const type = scope.str(attr(p.body, "type")?.expr);
      const ids = attr(p.body, "identifiers");
      const idv = ids ? scope.eval(ids.expr) : UNKNOWN;
      if (type === null || !Array.isArray(idv)) {
        if (anyone === false) anyone = null;
        continue;
      }
      if ((type === "*" || type === "AWS") && idv.includes("*")) anyone = true;
      else if (idv.some((x) => typeof x !== "string") && anyone === false) anyone = null;
    }
    if (!list2) complete = false;
    statements.push({
      effect: effect === "Allow" || effect === "Deny" ? effect : null,
      anyone,
      actions,
      notAction,
      conditional: blocks(s.body, "condition").length > 0,
      actionsComplete,
      span: s.span
    });
  }
  return { statements, complete, span: block.span };
}
function hclToDoc(e, scope, depth = 0) {
  if (depth > 100) return { kind: "fn", name: "expression", arg: null, span: e.span };
  switch (e.kind) {
    case "literal":
      return { kind: "scalar", value: e.value, span: e.span };
    case "tuple":
      return { kind: "seq", items: e.items.map((i) => hclToDoc(i, scope, depth + 1)), span: e.span };
    case "object":
      return {
        kind: "map",
        entries: e.items.filter((i) => i.key !== null).map((i) => ({ key: i.key ?? "", keySpan: i.keySpan, value: hclToDoc(i.value, scope, depth + 1) })),
        span: e.span
      };
    default: {
      const v2 = scope.eval(e);
      if (typeof v2 === "string" || typeof v2 === "number" || typeof v2 === "boolean") return { kind: "scalar", value: v2, span: e.span };
      return { kind: "fn", name: "expression", arg: null, span: e.span };
    }
  }
}

// src/lint/extract/nginx.ts
import { readdirSync as readdirSync3, realpathSync, statSync as statSync2 } from "node:fs";
import { posix, relative as relative2, resolve as resolvePath, sep as sep2 } from "node:path";

// src/lint/parse/nginx.ts
var MAX_DEPTH4 = 100;
var MAX_WORDS = 25e4;
var SP = 32;
var TAB = 9;
var LF = 10;
var CR = 13;
var FF = 12;
var VT = 11;
var SEMI = 59;
var LBRACE = 123;
var RBRACE = 125;
var HASH = 35;
var DQ = 34;
var SQ = 39;
var BSL = 92;
var DOLLAR = 36;
var RPAREN = 41;
function isSpace(c) {
  return c === SP || c === TAB || c === LF || c === CR || c === FF || c === VT;
}
function unescapeNginx(s) {
  if (!s.includes("\\")) return s;
  return s.replace(/\\(["'\\tnr])/g, (_m, c) => c === "t" ? "	" : c === "n" ? "\n" : c === "r" ? "\r" : c);
}
var TEMPLATE_PATH = /\.(j2|jinja2?|tpl|tmpl|gotmpl|erb)$/i;
var TEMPLATE_MARKUP = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g;
function maskTemplate(text) {
  const ranges = [];
  const masked = text.replace(TEMPLATE_MARKUP, (m, offset) => {
    ranges.push([offset, offset + m.length]);
    const output = m.startsWith("{{") || m.startsWith("<%=");
    return m.replace(/[^\n]/g, output ? "x" : " ");
  });
  return { text: masked, ranges };
}
function parseNginx(file) {
  const templ = TEMPLATE_PATH.test(file.path) ? maskTemplate(file.text) : null;
  const text = templ ? templ.text : file.text;
  const inTemplate = (start, end) => {
    if (!templ) return false;
    const r = templ.ranges;
    let lo = 0;
    let hi = r.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (r[mid][0] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && r[found][1] > start;
  };
  const n = text.length;
  const problems2 = [];
  const root = [];
  const stack = [{ list: root, dir: null }];
  let args = [];
  let words = 0;
  let i = 0;
  const fail = (start, end, message) => {
    problems2.push({ span: file.span(start, end), message });
  };
  const lineEnd = (from) => {
    const e = text.indexOf("\n", from);
    const end = e === -1 ? n : e;
    return text[end - 1] === "\r" ? end - 1 : end;
  };
  const makeDirective = (toks, end) => {
    const first = toks[0];
    const last = toks[toks.length - 1];
    return {
      name: first.value,
      nameSpan: file.span(first.start, first.end),
      args: toks.slice(1).map((t) => {
        const a = { value: t.value, span: file.span(t.start, t.end), quoted: t.quoted };
        if (inTemplate(t.start, t.end)) a.template = file.text.slice(t.start, t.end);
        return a;
      }),
      span: file.span(first.start, end),
      head: file.span(first.start, last.end)
    };
  };
  const top = () => stack[stack.length - 1];
  scan: while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === SEMI) {
      if (args.length === 0) {
        fail(i, i + 1, 'unexpected ";" with no directive before it, and nginx refuses the file');
        break;
      }
      top().list.push(makeDirective(args, i + 1));
      args = [];
      i++;
      continue;
    }
    if (c === LBRACE) {
      if (args.length === 0) {
        fail(i, i + 1, 'unexpected "{" with no directive before it, and nginx refuses the file');
        break;
      }
      if (stack.length > MAX_DEPTH4) {
        fail(i, i + 1, `blocks nested more than ${MAX_DEPTH4} deep; the rest of the file was not checked`);
        break;
      }
      const d = makeDirective(args, i + 1);
      if (/_by_lua_block$/.test(d.name)) {
        const end = skipLuaBlock(text, i + 1);
        if (end < 0) {
          fail(d.head.start.offset, d.head.end.offset, `"${d.name}" block is not closed, and nginx refuses the file`);
          break;
        }
        d.raw = { value: text.slice(i + 1, end), span: file.span(i + 1, end), quoted: false };
        d.span = file.span(d.head.start.offset, end + 1);
        top().list.push(d);
        args = [];
        i = end + 1;
        continue;
      }
      d.block = [];
      top().list.push(d);
      stack.push({ list: d.block, dir: d });
      args = [];
      i++;
      continue;
    }
    if (c === RBRACE) {
      if (args.length > 0) {
        const last = args[args.length - 1];
        fail(i, i + 1, `unexpected "}": "${truncate(last.value)}" needs a ";" before it, and nginx refuses the file`);
        break;
      }
      if (stack.length === 1) {
        fail(i, i + 1, 'unexpected "}" with no block open, and nginx refuses the file');
        break;
      }
      const f = stack.pop();
      if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, i + 1);
      i++;
      continue;
    }
    if (c === HASH) {
      const e = text.indexOf("\n", i);
      i = e === -1 ? n : e + 1;
      continue;
    }
    if (++words > MAX_WORDS) {
      fail(i, Math.min(n, i + 1), `more than ${MAX_WORDS} words in one file; the rest of the file was not checked`);
      break;
    }
    if (c === DQ || c === SQ) {
      let j2 = i + 1;
      while (j2 < n) {
        const ch = text.charCodeAt(j2);
        if (ch === BSL) {
          j2 += 2;
          continue;
        }
        if (ch === c) break;
        j2++;
      }
      if (j2 >= n) {
        fail(i, Math.max(i + 1, lineEnd(i)), `unterminated ${c === DQ ? "double" : "single"} quote, and nginx refuses the file`);
        break;
      }
      args.push({ value: unescapeNginx(text.slice(i + 1, j2)), start: i, end: j2 + 1, quoted: true });
      i = j2 + 1;
      if (i < n) {
        const nx = text.charCodeAt(i);
        if (!(isSpace(nx) || nx === SEMI || nx === LBRACE || nx === RPAREN)) {
          fail(i, i + 1, `unexpected "${text[i] ?? ""}" right after a closing quote, and nginx refuses the file`);
          break scan;
        }
      }
      continue;
    }
    let j = i;
    let afterDollar = false;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (ch === BSL) {
        j += 2;
        afterDollar = false;
        continue;
      }
      if (isSpace(ch) || ch === SEMI) break;
      if (ch === LBRACE) {
        if (!afterDollar) break;
        afterDollar = false;
        j++;
        continue;
      }
      afterDollar = ch === DOLLAR;
      j++;
    }
    if (j > n) j = n;
    args.push({ value: unescapeNginx(text.slice(i, j)), start: i, end: j, quoted: false });
    i = j;
  }
  if (problems2.length === 0) {
    if (args.length > 0) {
      const first = args[0];
      const last = args[args.length - 1];
      const hint = last.value.endsWith("}") && !last.quoted ? `: "${truncate(last.value)}" needs a ";" before its "}"` : "";
      fail(first.start, last.end, `unexpected end of file, expecting ";" or "}"${hint}, and nginx refuses the file`);
    } else if (stack.length > 1) {
      const open = top().dir;
      fail(open.head.start.offset, open.head.end.offset, `"${truncate(open.name)}" block is never closed with "}", and nginx refuses the file`);
    }
  }
  const stop = Math.min(i, n);
  while (stack.length > 1) {
    const f = stack.pop();
    if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, stop);
  }
  return { file, directives: root, problems: problems2 };
}
function truncate(s) {
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}
function skipLuaBlock(text, from) {
  const n = text.length;
  let depth = 1;
  let j = from;
  while (j < n) {
    const ch = text.charCodeAt(j);
    if (ch === 45 && text.charCodeAt(j + 1) === 45) {
      const lvl = longBracketLevel(text, j + 2);
      if (lvl >= 0) {
        j = closeLongBracket(text, j + 2 + lvl + 2, lvl);
        if (j < 0) return -1;
        continue;
      }
      const e = text.indexOf("\n", j);
      j = e === -1 ? n : e + 1;
      continue;
    }
    if (ch === DQ || ch === SQ) {
      j++;
      while (j < n) {
        const k = text.charCodeAt(j);
        if (k === BSL) {
          j += 2;
          continue;
        }
        if (k === ch || k === LF) break;
        j++;
      }
      j++;
      continue;
    }
    if (ch === 91) {
      const lvl = longBracketLevel(text, j);
      if (lvl >= 0) {
        j = closeLongBracket(text, j + lvl + 2, lvl);
        if (j < 0) return -1;
        continue;
      }
    }
    if (ch === LBRACE) depth++;
    else if (ch === RBRACE) {
      depth--;
      if (depth === 0) return j;
    }
    j++;
  }
  return -1;
}
function longBracketLevel(text, at) {
  if (text.charCodeAt(at) !== 91) return -1;
  let k = at + 1;
  while (text.charCodeAt(k) === 61) k++;
  return text.charCodeAt(k) === 91 ? k - at - 1 : -1;
}
function closeLongBracket(text, from, lvl) {
  const close = `]${"=".repeat(lvl)}]`;
  const e = text.indexOf(close, from);
  return e === -1 ? -1 : e + close.length;
}

// src/lint/extract/nginx.ts
var MAX_INCLUDE_DEPTH = 16;
var MAX_INCLUDED_FILES = 500;
var MAX_WORK = 5e5;
var ABS_PREFIXES = [
  "/etc/nginx/",
  "/usr/local/nginx/conf/",
  "/usr/local/etc/nginx/",
  "/opt/homebrew/etc/nginx/",
  "/usr/local/openresty/nginx/conf/",
  "/etc/openresty/",
  "/opt/nginx/conf/"
];
var caches = /* @__PURE__ */ new WeakMap();
function cacheFor(model) {
  let c = caches.get(model);
  if (!c) {
    const rootAbs = resolvePath(model.root);
    let rootReal = null;
    try {
      rootReal = realpathSync(rootAbs);
    } catch {
      rootReal = null;
    }
    c = { trees: /* @__PURE__ */ new Map(), rootAbs, rootReal };
    caches.set(model, c);
  }
  return c;
}
function toAbs(cache, rel) {
  return resolvePath(cache.rootAbs, ...rel.split("/"));
}
function globToRegExp(seg) {
  let re = "";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = seg.indexOf("]", i + 2);
      if (close === -1) re += "\\[";
      else {
        let body = seg.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\/]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}
var GLOB_CHARS = /[*?[]/;
function expandGlob(cache, pattern) {
  const segs = pattern.split("/").filter((s) => s !== "" && s !== ".");
  let current = [""];
  for (let k = 0; k < segs.length; k++) {
    const seg = segs[k];
    const last = k === segs.length - 1;
    const next = [];
    for (const dir of current) {
      if (!GLOB_CHARS.test(seg)) {
        next.push(dir ? `${dir}/${seg}` : seg);
        continue;
      }
      let names;
      try {
        names = readdirSync3(toAbs(cache, dir));
      } catch {
        continue;
      }
      let re;
      try {
        re = globToRegExp(seg);
      } catch {
        continue;
      }
      for (const name of names.sort()) {
        if (name.startsWith(".") && !seg.startsWith(".")) continue;
        if (re.test(name)) next.push(dir ? `${dir}/${name}` : name);
      }
    }
    current = next.slice(0, MAX_INCLUDED_FILES);
    if (current.length === 0) return [];
    if (last) break;
  }
  const out = [];
  for (const rel of current) {
    const abs = toAbs(cache, rel);
    try {
      if (!statSync2(abs).isFile() || !cache.rootReal) continue;
      const real = realpathSync(abs);
      if (real !== cache.rootReal && !real.startsWith(cache.rootReal + sep2)) continue;
      const canon = relative2(cache.rootReal, real).split(sep2).join("/");
      if (!out.includes(canon)) out.push(canon);
    } catch {
    }
  }
  return out;
}
function resolveIncludeCandidates(pattern, fromRel) {
  const out = [];
  let rel = pattern;
  let fromRepoRoot = null;
  if (pattern.startsWith("/")) {
    rel = null;
    for (const p of ABS_PREFIXES) {
      if (pattern.startsWith(p)) {
        rel = pattern.slice(p.length);
        break;
      }
    }
    fromRepoRoot = pattern.slice(1);
  }
  if (rel !== null) {
    let dir = posix.dirname(fromRel);
    for (let guard = 0; guard < 64; guard++) {
      out.push(dir === "." ? rel : `${dir}/${rel}`);
      if (dir === "." || dir === "/" || dir === "") break;
      dir = posix.dirname(dir);
    }
  }
  if (fromRepoRoot !== null) out.push(fromRepoRoot);
  const seen = /* @__PURE__ */ new Set();
  const res = [];
  for (const c of out) {
    const norm = posix.normalize(c);
    if (norm === "." || norm.startsWith("../") || norm === ".." || norm.startsWith("/") || seen.has(norm)) continue;
    seen.add(norm);
    res.push(norm);
  }
  return res;
}
function loadTree(model, cache, rel, given) {
  const hit = cache.trees.get(rel);
  if (hit !== void 0 && (hit !== null || !given)) return hit;
  let file = given ?? model.files.find((f) => f.path === rel);
  if (!file) file = readSource(rel, toAbs(cache, rel)).file;
  if (!file) {
    cache.trees.set(rel, null);
    return null;
  }
  const tree = parseNginx(file);
  cache.trees.set(rel, tree);
  return tree;
}
function includeDirectives(tree) {
  const out = [];
  const stack = [tree.directives];
  while (stack.length) {
    const list2 = stack.pop();
    for (const d of list2) {
      if (d.name === "include" && !d.block) out.push(d);
      if (d.block) stack.push(d.block);
    }
  }
  return out;
}
function loadWithIncludes(model, cache, file) {
  const first = loadTree(model, cache, file.path, file);
  const resolved = /* @__PURE__ */ new WeakSet();
  const pending = [first];
  let loaded = 0;
  while (pending.length) {
    const tree = pending.pop();
    if (resolved.has(tree)) continue;
    resolved.add(tree);
    for (const inc of includeDirectives(tree)) {
      if (inc.included) {
        for (const t of inc.included) pending.push(t);
        continue;
      }
      const pattern = inc.args[0]?.value;
      inc.included = [];
      if (!pattern || pattern.includes("$") || inc.args.length !== 1) continue;
      for (const cand of resolveIncludeCandidates(pattern, tree.file.path)) {
        const matches2 = expandGlob(cache, cand);
        if (matches2.length === 0) continue;
        for (const rel of matches2) {
          if (++loaded > MAX_INCLUDED_FILES) break;
          const t = loadTree(model, cache, rel);
          if (t) {
            inc.included.push(t);
            pending.push(t);
          }
        }
        break;
      }
    }
  }
  return first;
}
var extractNginx = (file, model) => {
  const cache = cacheFor(model);
  const tree = loadWithIncludes(model, cache, file);
  const includes = /* @__PURE__ */ new Set();
  const problems2 = [...tree.problems];
  const reportedCycle = /* @__PURE__ */ new Set();
  const path = [tree];
  const visited = /* @__PURE__ */ new Set([tree]);
  const visit = (t) => {
    if (path.length > MAX_INCLUDE_DEPTH) return;
    for (const inc of includeDirectives(t)) {
      for (const child2 of inc.included ?? []) {
        if (path.includes(child2)) {
          if (!reportedCycle.has(inc)) {
            reportedCycle.add(inc);
            problems2.push({
              span: inc.span,
              message: `"include ${inc.args[0]?.value ?? ""}" includes "${child2.file.path}" again while reading it, so nginx never finishes loading the configuration`
            });
          }
          continue;
        }
        includes.add(child2.file.path);
        if (visited.has(child2)) continue;
        visited.add(child2);
        for (const item of child2.problems) problems2.push(item);
        path.push(child2);
        visit(child2);
        path.pop();
      }
    }
  };
  visit(tree);
  includes.delete(file.path);
  for (const t of visited) {
    if (t !== tree && !model.files.some((f) => f.path === t.file.path)) model.files.push(t.file);
  }
  model.nginx.push({ file, directives: tree.directives, includes: [...includes] });
  for (const p of problems2) model.parseProblems.push({ span: p.span, message: p.message });
};
var PROVIDERS = [
  [/(^|\.)s3([.-][a-z0-9-]+)*\.amazonaws\.com(\.cn)?$/, "Amazon S3"],
  [/(^|\.)s3\.[a-z0-9-]+\.scw\.cloud$/, "Scaleway Object Storage"],
  [/(^|\.)ionoscloud\.com$/, "IONOS S3 Object Storage"],
  [/(^|\.)s3\.([a-z0-9-]+\.)?wasabisys\.com$/, "Wasabi"],
  [/(^|\.)s3\.[a-z0-9-]+\.backblazeb2\.com$/, "Backblaze B2"],
  [/\.r2\.cloudflarestorage\.com$/, "Cloudflare R2"],
  [/(^|\.)digitaloceanspaces\.com$/, "DigitalOcean Spaces"],
  [/(^|\.)storage\.googleapis\.com$/, "Google Cloud Storage"],
  [/(^|\.)linodeobjects\.com$/, "Linode Object Storage"],
  [/(^|\.)s3\.[a-z0-9-]+\.(io|perf)\.cloud\.ovh\.net$/, "OVHcloud Object Storage"],
  [/(^|\.)your-objectstorage\.com$/, "Hetzner Object Storage"],
  [/(^|[.-])minio([.-]|$)/, "MinIO"],
  [/^s3[.-]|(^|\.)s3\./, "S3-compatible storage"]
];
function storageProvider(host) {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (const [re, name] of PROVIDERS) if (re.test(h)) return name;
  return null;
}
var PLACEHOLDER = "\0";
function urlHost(url) {
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)/i.exec(url);
  if (!m) return null;
  let authority = m[2];
  const at = authority.lastIndexOf("@");
  if (at !== -1) authority = authority.slice(at + 1);
  let host;
  let port = null;
  if (authority.startsWith("[")) {
    const e = authority.indexOf("]");
    host = e === -1 ? authority : authority.slice(0, e + 1);
    const rest = e === -1 ? "" : authority.slice(e + 1);
    if (rest.startsWith(":")) port = rest.slice(1);
  } else {
    const c = authority.indexOf(":");
    host = c === -1 ? authority : authority.slice(0, c);
    if (c !== -1) port = authority.slice(c + 1);
  }
  host = host.replace(new RegExp(`${PLACEHOLDER}+$`), "");
  if (host.includes(PLACEHOLDER) && host.replace(new RegExp(PLACEHOLDER, "g"), "") === "") return null;
  host = host.replace(new RegExp(PLACEHOLDER, "g"), "x").toLowerCase();
  if (!host) return null;
  return { host, port, scheme: m[1].toLowerCase() };
}
function isIp(host) {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith("[") || /^[0-9a-f:]+:[0-9a-f:]*$/i.test(host);
}
function defaultPort(scheme) {
  return scheme === "https" ? "443" : "80";
}
var VAR_RE = /\$(?:\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g;
function hasVariable(value) {
  VAR_RE.lastIndex = 0;
  return VAR_RE.test(value);
}
function kindOf(d, parent) {
  if (!d.block) return null;
  switch (d.name) {
    case "http":
      return parent === "file" ? "http" : null;
    case "server":
      return parent === "file" || parent === "http" ? "server" : null;
    case "location":
      return parent === "file" || parent === "server" || parent === "location" ? "location" : null;
    case "if":
      return parent === "file" || parent === "server" || parent === "location" ? "if" : null;
    default:
      return null;
  }
}
function flatten(list2, inc, out, unresolved, budget) {
  for (const d of list2) {
    if (--budget.n < 0) return;
    if (d.name === "include" && !d.block) {
      if (!d.included || d.included.length === 0) {
        unresolved.push(d);
        continue;
      }
      if (inc.length >= MAX_INCLUDE_DEPTH) continue;
      for (const t of d.included) if (!inc.includes(t)) flatten(t.directives, [...inc, t], out, unresolved, budget);
      continue;
    }
    out.push({ d, inc });
  }
}
function makeLevel(kind, block, list2, inc, budget) {
  const entries = [];
  const unresolved = [];
  flatten(list2, inc, entries, unresolved, budget);
  return { level: { kind, block, directives: entries.map((e) => e.d), unresolved }, entries };
}
function visitLevel(w, level, entries, chain, server) {
  if (w.budget.n < 0) return;
  for (const { d, inc } of entries) {
    if (d.name === "set" && server) w.serverSets.get(server)?.push(d);
    if (d.name === "proxy_pass" && (level.kind === "file" || level.kind === "location" || level.kind === "if")) {
      w.found.push({ d, chain });
      const v2 = d.args[0]?.value ?? "";
      if (!hasVariable(v2)) {
        const hp = urlHost(v2);
        if (hp) w.literalTargets.add(`${hp.host}:${hp.port ?? defaultPort(hp.scheme)}`);
      }
    }
    if ((level.kind === "file" || level.kind === "http") && d.block) {
      if (d.name === "upstream" && d.args[0]) {
        const hosts = d.block.filter((s) => s.name === "server" && s.args[0]).map((s) => s.args[0].value.replace(/:\d+$/, "").toLowerCase());
        w.upstreams.set(d.args[0].value.toLowerCase(), hosts);
      }
      if (d.name === "map" && d.args[1]) {
        const name = d.args[1].value.replace(/^\$/, "");
        const vals = [];
        const def = d.block.find((m) => m.name === "default");
        if (def?.args[0]) vals.push(def.args[0].value);
        for (const m of d.block) if (m !== def && m.args[0] && !m.block) vals.push(m.args[0].value);
        w.maps.set(name, vals);
      }
    }
    const kind = kindOf(d, level.kind);
    if (!kind || !d.block) continue;
    const child2 = makeLevel(kind, d, d.block, inc, w.budget);
    const nextServer = kind === "server" ? child2.level : server;
    if (kind === "server") w.serverSets.set(child2.level, []);
    visitLevel(w, child2.level, child2.entries, [child2.level, ...chain], nextServer);
  }
}
function lastSet(list2, name) {
  let found;
  for (const d of list2) if (d.name === "set" && d.args[0]?.value === `$${name}` && d.args[1]) found = d;
  return found;
}
function varCandidates(w, chain, name) {
  const out = [];
  for (const l of chain) {
    if (l.kind === "if" || l.kind === "location") {
      const s = lastSet(l.directives, name);
      if (s?.args[1]) out.push(s.args[1].value);
      if (l.kind === "location") break;
    }
  }
  const server = chain.find((l) => l.kind === "server");
  if (server) {
    const s = lastSet(server.directives, name);
    if (s?.args[1]) out.push(s.args[1].value);
    for (const d of w.serverSets.get(server) ?? []) if (d.args[0]?.value === `$${name}` && d.args[1]) out.push(d.args[1].value);
  }
  const fileLevel = chain[chain.length - 1];
  if (fileLevel && fileLevel.kind === "file" && !server) {
    const s = lastSet(fileLevel.directives, name);
    if (s?.args[1]) out.push(s.args[1].value);
  }
  for (const item of w.maps.get(name) ?? []) out.push(item);
  return out;
}
function expandVars(w, chain, value, depth = 0) {
  return value.replace(VAR_RE, (_m, a, b) => {
    const name = a ?? b ?? "";
    if (depth >= 3) return PLACEHOLDER;
    const cands = varCandidates(w, chain, name);
    if (cands.length === 0) return PLACEHOLDER;
    for (const c of cands) {
      const hp = urlHost(expandVars(w, chain, c, depth + 1));
      if (hp && storageProvider(hp.host)) return expandVars(w, chain, c, depth + 1);
    }
    return expandVars(w, chain, cands[0], depth + 1);
  });
}
function firstVarName(value) {
  VAR_RE.lastIndex = 0;
  const m = VAR_RE.exec(value);
  return m ? m[1] ?? m[2] ?? null : null;
}
function effectiveDirective(levels, name) {
  for (const level of levels) {
    let found;
    for (const d of level.directives) if (d.name === name) found = d;
    if (found) return { directive: found, level };
  }
  return null;
}
var BY_NAME = /* @__PURE__ */ new WeakMap();
function directivesNamed(level, name) {
  let m = BY_NAME.get(level);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const d of level.directives) {
      const list2 = m.get(d.name);
      if (list2) list2.push(d);
      else m.set(d.name, [d]);
    }
    BY_NAME.set(level, m);
  }
  return m.get(name) ?? [];
}
function effectiveList(levels, name) {
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i];
    const ds = directivesNamed(level, name);
    if (ds.length > 0 || name === "proxy_set_header" && level.unresolved.some(isProxyParams)) {
      return { directives: ds, level, index: i };
    }
  }
  return null;
}
function isProxyParams(d) {
  return d.name === "include" && /(^|\/)proxy_params$/.test(d.args[0]?.value ?? "");
}
function levelName(l) {
  if (!l.block) return "the top level of the file";
  if (l.kind === "location" || l.kind === "if") return `"${[l.block.name, ...l.block.args.map((a) => a.value)].join(" ")}"`;
  return `the ${l.kind} block`;
}
function proxyText(p) {
  const t = `proxy_pass ${p.proxyPass.args.map((a) => a.template ?? a.value).join(" ")}`;
  return t.length > 80 ? `${t.slice(0, 79)}\u2026` : t;
}
var NAMED_STORAGE = /s3|minio|bucket|storage|object|spaces|wasabi|r2|b2/i;
function envStorageHosts(model) {
  const out = [];
  for (const env of model.envFiles) {
    if (env.isTemplate) continue;
    for (const key of ["S3_ENDPOINT", "S3_HOSTNAME"]) {
      const e = envGet(env, key);
      if (!e || e.template || !e.value) continue;
      const v2 = e.value.trim();
      const hp = urlHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(v2) ? v2 : `https://${v2}`);
      if (hp && hp.host) out.push(hp.host);
    }
  }
  return out;
}
function rootConfigs(model) {
  const byPath = new Map(model.nginx.map((c) => [c.file.path, c]));
  const includers = /* @__PURE__ */ new Map();
  for (const c of model.nginx) {
    for (const p of c.includes) {
      if (p === c.file.path || !byPath.has(p)) continue;
      const list2 = includers.get(p) ?? [];
      list2.push(c.file.path);
      includers.set(p, list2);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return model.nginx.filter((c) => {
    if (seen.has(c.file.path)) return false;
    seen.add(c.file.path);
    const by = includers.get(c.file.path);
    return !by || by.every((p) => c.includes.includes(p));
  });
}
var proxyCache = /* @__PURE__ */ new WeakMap();
function s3Proxies(model) {
  const hit = proxyCache.get(model);
  if (hit) return hit;
  const envHosts = envStorageHosts(model);
  const out = [];
  for (const config of rootConfigs(model)) {
    const w = {
      config,
      upstreams: /* @__PURE__ */ new Map(),
      maps: /* @__PURE__ */ new Map(),
      literalTargets: /* @__PURE__ */ new Set(),
      found: [],
      serverSets: /* @__PURE__ */ new Map(),
      budget: { n: MAX_WORK }
    };
    const top = makeLevel("file", null, config.directives, [], w.budget);
    visitLevel(w, top.level, top.entries, [top.level], null);
    for (const { d, chain } of w.found) {
      const p = classifyProxy(w, d, chain, envHosts);
      if (p) out.push(p);
    }
  }
  proxyCache.set(model, out);
  return out;
}
function classifyProxy(w, d, chain, envHosts) {
  const raw = d.args[0]?.value ?? "";
  const variable = hasVariable(raw);
  const url = variable ? expandVars(w, chain, raw) : raw;
  const hp = urlHost(url);
  let provider = null;
  let via = "host";
  let host = hp?.host ?? null;
  let staticTarget = false;
  if (hp) {
    staticTarget = isIp(hp.host);
    const ups = hp.port === null ? w.upstreams.get(hp.host) : void 0;
    if (ups) {
      staticTarget = true;
      for (const u of ups) {
        const prov = storageProvider(u) ?? (envHosts.some((e) => u === e || u.endsWith(`.${e}`)) ? "S3-compatible storage" : null);
        if (prov) {
          provider = prov;
          via = "upstream";
          host = u;
          break;
        }
      }
    }
    if (!staticTarget && w.literalTargets.has(`${hp.host}:${hp.port ?? defaultPort(hp.scheme)}`)) staticTarget = true;
    if (!provider) {
      provider = storageProvider(hp.host);
      via = "host";
    }
    if (!provider && envHosts.some((e) => hp.host === e || hp.host.endsWith(`.${e}`))) {
      provider = "S3-compatible storage";
      via = "env";
    }
  }
  let confidence = d.args.some((a) => a.template !== void 0) ? "low" : "high";
  if (!provider) {
    const hostHeader = effectiveList(chain, "proxy_set_header")?.directives.filter((h) => h.args[0]?.value.toLowerCase() === "host").pop();
    const hv = hostHeader?.args[1]?.value;
    if (hv && !hasVariable(hv)) {
      provider = storageProvider(hv.replace(/:\d+$/, ""));
      if (provider) via = "host-header";
    }
  }
  if (!provider) {
    const named2 = chain.find((l) => l.kind === "location" && l.block?.args[0]?.value.startsWith("@"));
    if (named2 && NAMED_STORAGE.test(named2.block?.args[0]?.value ?? "")) {
      provider = "object storage";
      via = "named-location";
    }
  }
  if (!provider && variable) {
    const v2 = firstVarName(raw);
    if (v2 && /s3|minio|bucket/i.test(v2)) {
      provider = "object storage";
      via = "variable-name";
      confidence = "low";
    }
  }
  if (!provider) return null;
  return {
    config: w.config,
    proxyPass: d,
    levels: chain,
    provider,
    host,
    via,
    confidence,
    variable,
    staticTarget,
    incomplete: chain.some((l) => l.unresolved.some((u) => !isProxyParams(u)))
  };
}
function missingConfidence(p) {
  return p.confidence === "low" || p.incomplete ? "low" : "high";
}

// src/lint/extract/json.ts
var extractJson = (file, model) => {
  const j = parseJson(file, file.text);
  if (!j.node) {
    if (j.error) model.parseProblems.push({ span: file.span(j.error.start, j.error.end), message: `invalid JSON: ${j.error.message}` });
    return;
  }
  if (isTemplate(j.node)) {
    for (const item of cfnBuckets(j.node, file)) model.buckets.push(item);
    return;
  }
  const cfg = awsDocument(j.node, file);
  if (cfg) model.buckets.push(cfg);
};
var LIFECYCLE_KEYS = ["Expiration", "Filter", "Prefix", "Status", "Transitions", "NoncurrentVersionExpiration", "AbortIncompleteMultipartUpload"];
var PAB_KEYS = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"];
function awsDocument(root, file) {
  if (root.kind !== "map") return null;
  const bucketEntry = entry(root, "Bucket");
  const name = bucketEntry ? str(bucketEntry.value) : null;
  const cfg = newBucketConfig({
    source: "aws-json",
    kind: "fragment",
    name,
    nameSpan: bucketEntry?.value.span ?? root.entries[0]?.keySpan ?? root.span,
    nameText: name !== null ? JSON.stringify(name) : file.path,
    label: file.path,
    span: root.span
  });
  let found = false;
  const lifecycle = get(root, "LifecycleConfiguration") ?? root;
  const rules = get(lifecycle, "Rules");
  for (const r of items(rules)) {
    if (r.kind !== "map") continue;
    if (LIFECYCLE_KEYS.some((k) => has(r, k))) {
      cfg.lifecycleRules.push(lifecycleRuleFromApi(r));
      found = true;
    }
  }
  const ownership = ownershipFromDoc(get(get(root, "OwnershipControls") ?? root, "Rules"));
  if (ownership) {
    cfg.ownership = ownership;
    found = true;
  }
  const pab = get(root, "PublicAccessBlockConfiguration") ?? root;
  if (PAB_KEYS.some((k) => has(pab, k))) {
    cfg.publicAccessBlock = publicAccessBlockFromDoc(pab);
    found = true;
  }
  if (has(root, "Statement")) {
    cfg.policy = policyFromDoc(root);
    found = true;
  } else {
    const p = get(root, "Policy");
    if (p?.kind === "scalar" && typeof p.value === "string") {
      const inner = parseJson(file, p.value, 0);
      cfg.policy = inner.node ? policyFromDoc(respan(inner.node, p.span), p.span) : { statements: [], complete: false, span: p.span };
      found = true;
    }
  }
  return found ? cfg : null;
}

// src/lint/extract/index.ts
var EXTRACTORS = {
  crontab: (f, m) => extractCrontab(f, m, false),
  "cron.d": (f, m) => extractCrontab(f, m, true),
  env: extractEnv,
  "systemd-service": extractSystemd,
  "systemd-timer": extractSystemd,
  yaml: extractYaml,
  nix: extractNix,
  terraform: extractTerraform,
  nginx: extractNginx,
  json: extractJson
};

// src/lint/rule.ts
var DOCS_BASE = "https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/rules/";
function defineRule(def) {
  if (!/^MSTDN\d{3}$/.test(def.id)) throw new Error(`bad rule id ${def.id}`);
  return { ...def, helpUri: `${DOCS_BASE}${def.id}.md` };
}

// src/lint/rules/MSTDN001.ts
var MSTDN001_default = defineRule({
  id: "MSTDN001",
  name: "unparsable-file",
  severity: "error",
  short: "A file could not be parsed, so it was not fully checked",
  full: "A configuration file has a syntax problem (an unterminated quote, invalid YAML, a line that is not KEY=value). The program that reads it will fail or skip that part, and mastodon-ops could not check what follows. Fix the syntax.",
  check: {
    project(model, ctx) {
      for (const p of model.parseProblems) ctx.report({ span: p.span, message: p.message, severity: p.severity });
    }
  }
});

// src/lint/rules/MSTDN101.ts
var MSTDN101_default = defineRule({
  id: "MSTDN101",
  name: "scheduled-prune-profiles",
  severity: "error",
  short: "Scheduled `tootctl media remove --prune-profiles` deletes remote avatars that never come back",
  full: "`--prune-profiles` deletes the cached avatars and headers of remote accounts and nulls their file names. Mastodon never re-downloads them on view: only an Update from the remote server, a background refresh of an active account, or a manual `tootctl accounts refresh` brings them back, so quiet accounts (often the ones you follow) keep the default avatar for weeks. Run it by hand, if at all. To bring pruned avatars back, run `tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker in batches that keep queue:pull under 50, as described in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept (a throttled restore command in mastodon-ops is planned, not shipped).",
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "media", "remove")) return;
      if (flag(call, "prune-profiles") !== true || flag(call, "remove-headers") === true) return;
      const opt = call.options.get("prune-profiles");
      const where = inv.scheduler ? `run by ${inv.scheduler.label}` : "in a script";
      ctx.report({
        span: opt.span,
        severity: inv.scheduler ? void 0 : "warning",
        confidence: inv.scheduler ? inv.confidence : "low",
        message: `"--prune-profiles" ${where} deletes cached remote avatars and headers, and Mastodon does not fetch them again on view; remove it from the schedule, and bring pruned avatars back with "tootctl accounts refresh user@domain" (a few accounts) or the throttled procedure in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md (many)`,
        related: inv.scheduler?.schedule ? [{ span: inv.scheduler.schedule.span, message: "scheduled here" }] : []
      });
    }
  }
});

// src/lint/rules/MSTDN102.ts
var MSTDN102_default = defineRule({
  id: "MSTDN102",
  name: "scheduled-remove-headers",
  severity: "warning",
  short: "Scheduled `tootctl media remove --remove-headers` deletes remote headers that are not fetched again",
  full: "`--remove-headers` deletes cached header images of remote accounts and nulls `header_file_name`. Like avatars, headers only come back when the remote account sends an Update or is refreshed by hand. The space saved is small; the damage is visible on every profile of a quiet account.",
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "media", "remove")) return;
      if (flag(call, "remove-headers") !== true || flag(call, "prune-profiles") === true) return;
      const opt = call.options.get("remove-headers");
      const where = inv.scheduler ? `run by ${inv.scheduler.label}` : "in a script";
      ctx.report({
        span: opt.span,
        confidence: inv.scheduler ? inv.confidence : "low",
        message: `"--remove-headers" ${where} deletes cached remote headers that Mastodon does not fetch again on view; remove it from the schedule`
      });
    }
  }
});

// src/lint/rules/MSTDN103.ts
var MSTDN103_default = defineRule({
  id: "MSTDN103",
  name: "conflicting-profile-flags",
  severity: "error",
  short: "`--prune-profiles` with `--remove-headers`: tootctl refuses to run",
  full: 'tootctl exits 1 with "--prune-profiles and --remove-headers should not be specified simultaneously" and removes nothing. In cron the failure is silent, so the backlog grows; the day someone "fixes" the line, everything older than --days is pruned at once. Drop the line (recommended) or keep one flag.',
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "media", "remove")) return;
      if (flag(call, "prune-profiles") !== true || flag(call, "remove-headers") !== true) return;
      const a = call.options.get("prune-profiles");
      const b = call.options.get("remove-headers");
      const [first, second] = a.span.start.offset < b.span.start.offset ? [a, b] : [b, a];
      ctx.report({
        span: second.span,
        confidence: inv.confidence,
        message: 'tootctl refuses "--prune-profiles" together with "--remove-headers" and exits 1, so this job never runs; fixing it later prunes the whole backlog at once: remove the line rather than one flag',
        related: [{ span: first.span, message: "the other flag" }]
      });
    }
  }
});

// src/lint/rules/MSTDN104.ts
var MSTDN104_default = defineRule({
  id: "MSTDN104",
  name: "scheduled-accounts-refresh",
  severity: "error",
  short: "Scheduled `tootctl accounts refresh --all` or `--domain` re-downloads every remote profile",
  full: "`tootctl accounts refresh --all` re-downloads the avatar and header of every remote account from the stored URLs, whether or not the file is already there, suspended and media-rejected accounts included. On a schedule it re-bloats the bucket after every prune and hammers remote servers. To restore missing avatars, restore only the broken ones: `tootctl accounts refresh user@domain` for a few accounts; for many, enqueue RedownloadAvatarWorker for exactly those accounts in batches that keep queue:pull under 50, as described in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#1-pruned-avatars-file-names-null-remote-url-kept (a throttled restore command in mastodon-ops is planned, not shipped).",
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "accounts", "refresh")) return;
      const all = flag(call, "all") === true ? call.options.get("all") : void 0;
      const domain = call.options.get("domain");
      const opt = all ?? domain;
      if (!opt) return;
      const what = all ? '"--all"' : `"--domain ${domain?.value ?? "\u2026"}"`;
      ctx.report({
        span: opt.span,
        severity: inv.scheduler ? void 0 : "warning",
        confidence: inv.scheduler ? inv.confidence : "low",
        message: `"tootctl accounts refresh" with ${what} ${inv.scheduler ? `run by ${inv.scheduler.label}` : "in a script"} re-downloads every matching remote avatar and header, present or not; restore only the missing ones ("tootctl accounts refresh user@domain" for a few, the throttled procedure in https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md for many)`
      });
    }
  }
});

// src/lint/rules/MSTDN105.ts
var MSTDN105_default = defineRule({
  id: "MSTDN105",
  name: "include-follows",
  severity: "error",
  short: "`--include-follows` prunes the avatars of accounts your users follow",
  full: "By default a profile prune skips accounts that follow or are followed by a local account. `--include-follows` removes that protection: the avatars your users see most are deleted and stay broken until each account sends an Update (Mastodon #23983). Without a profile flag, tootctl refuses the option and exits 1.",
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "media", "remove")) return;
      if (flag(call, "include-follows") !== true) return;
      if (flag(call, "prune-profiles") === true && flag(call, "remove-headers") === true) return;
      const opt = call.options.get("include-follows");
      const profile = flag(call, "prune-profiles") === true || flag(call, "remove-headers") === true;
      if (!profile && !call.hasUnknownWords) {
        ctx.report({
          span: opt.span,
          confidence: inv.confidence,
          message: 'tootctl refuses "--include-follows" without "--prune-profiles" or "--remove-headers" and exits 1, so this job never runs; remove the option'
        });
        return;
      }
      if (!profile) return;
      ctx.report({
        span: opt.span,
        confidence: inv.confidence,
        message: '"--include-follows" also prunes accounts your users follow, whose avatars stay broken until they post an Update; remove it'
      });
    }
  }
});

// src/lint/rules/MSTDN106.ts
var MSTDN106_default = defineRule({
  id: "MSTDN106",
  name: "short-prune-days",
  severity: "warning",
  short: "Profile prune with `--days` below the minimum (default 30; tootctl defaults to 7)",
  full: "For profile prunes `--days` is how long ago the account was last webfingered and updated. tootctl defaults to 7 days, which catches any account quiet for a week. Use 30 or more (configurable as `min-prune-days`); `--days 0` prunes every eligible account.",
  check: {
    tootctl(call, inv, ctx) {
      if (!isCommand(call, "media", "remove")) return;
      const pp = flag(call, "prune-profiles") === true;
      const rh = flag(call, "remove-headers") === true;
      if (!(pp || rh) || pp && rh) return;
      if (inv.scheduler?.kind === "helm-values") return;
      if (!call.options.has("days") && call.hasUnknownWords) return;
      const days = optionValue(call, "days");
      if (typeof days !== "number") return;
      const min = ctx.settings.minPruneDays;
      if (days >= min) return;
      const opt = call.options.get("days");
      const span2 = opt?.span ?? call.commandWords[call.commandWords.length - 1].span;
      ctx.report({
        span: span2,
        severity: days <= 0 ? "error" : void 0,
        confidence: inv.confidence,
        message: opt ? `"--days ${days}" prunes profiles of remote accounts quiet for ${days} day${days === 1 ? "" : "s"}; use ${min} or more` : `without "--days" tootctl prunes profiles of remote accounts quiet for 7 days; add "--days ${min}" or more`
      });
    }
  }
});

// src/lint/rules/MSTDN107.ts
var MSTDN107_default = defineRule({
  id: "MSTDN107",
  name: "unknown-tootctl-option",
  severity: "error",
  short: "tootctl does not define this command or option, or its value is malformed, so the job fails or misbehaves",
  full: 'tootctl parses its command line with Thor. A mistyped command or subcommand, a value that is not a number for a numeric option such as `--days`, or a missing required option makes tootctl exit 1 without doing anything. Thor passes an option it does not know to the command as an argument: commands that take no arguments then fail with "was called with arguments", so a typo such as `--prune-profile` makes the whole scheduled job fail, silently in cron, while commands that take arguments (`accounts cull [DOMAIN...]`, `domains purge`) take the typo as one and run without the option, e.g. without `--dry-run`.',
  check: {
    tootctl(call, inv, ctx) {
      for (const p of call.problems) {
        ctx.report({ span: p.word.span, confidence: p.uncertain ? "low" : inv.confidence, message: p.message });
      }
    }
  }
});

// src/lint/rules/MSTDN108.ts
var MSTDN108_default = defineRule({
  id: "MSTDN108",
  name: "missing-rails-env",
  severity: "warning",
  short: "tootctl runs without `RAILS_ENV=production`",
  full: "Mastodon loads `.env.production` and its production settings only when `RAILS_ENV=production`. Cron and systemd start with an almost empty environment, and sudo resets it, so a tootctl run there uses the development environment: it fails, or acts on the wrong database and storage. Set `RAILS_ENV=production` for the command.",
  check: {
    tootctl(call, inv, ctx) {
      if (!inv.scheduler) return;
      const found = inv.env.vars.get("RAILS_ENV");
      const v2 = found && found.exported !== false ? found : void 0;
      if (v2 && v2.value === "production") return;
      if (v2 && v2.value === null) return;
      if (!v2 && inv.env.kind !== "complete") return;
      const note = found && found.exported === false ? " (RAILS_ENV is set in the script but not exported, so tootctl does not see it)" : inv.env.notes.length ? ` (${inv.env.notes[inv.env.notes.length - 1]})` : "";
      ctx.report({
        span: call.program.span,
        confidence: inv.confidence,
        message: v2 ? `tootctl runs with RAILS_ENV=${v2.value}, not production, so it does not use .env.production; set RAILS_ENV=production` : `tootctl runs without RAILS_ENV=production${note}, so it does not load .env.production; set RAILS_ENV=production for this command`,
        related: v2?.span ? [{ span: v2.span, message: `RAILS_ENV set here (${v2.source})` }] : []
      });
    }
  }
});

// src/lint/rules/MSTDN109.ts
var MEDIA_PATH = /(^|\/)(public\/system|cache|accounts\/(avatars|headers)|media_attachments|preview_cards|custom_emojis|site_uploads)(\/|$)/;
function base2(v2) {
  if (!v2) return "";
  return v2.slice(v2.lastIndexOf("/") + 1);
}
var VALUED = /* @__PURE__ */ new Set([
  "--endpoint-url",
  "--region",
  "--profile",
  "--exclude",
  "--include",
  "--output",
  "--cli-read-timeout",
  "--cli-connect-timeout",
  "--ca-bundle",
  "--query",
  "--request-payer",
  "--expected-size",
  "--page-size",
  "--storage-class",
  "--acl",
  "--sse",
  "--sse-c",
  "--min-age",
  "--max-age",
  "--min-size",
  "--max-size",
  "--config",
  "--filter",
  "--filter-from",
  "--exclude-from",
  "--include-from",
  "--transfers",
  "--checkers",
  "--log-file",
  "--log-level",
  "--bwlimit",
  "--max-depth",
  "--older-than",
  "--newer-than",
  "-c",
  "--host",
  "--host-bucket",
  "--access_key",
  "--secret_key",
  "--rexclude",
  "--rinclude"
]);
function positionals(argv, from) {
  const out = [];
  for (let i = from; i < argv.length; i++) {
    const v2 = argv[i].value;
    if (v2 === null) {
      out.push(argv[i]);
      continue;
    }
    if (v2.startsWith("-")) {
      if (!v2.includes("=") && VALUED.has(v2)) i++;
      continue;
    }
    out.push(argv[i]);
  }
  return out;
}
function storageDeletion(argv) {
  const v2 = argv.map((w) => w.value);
  const name = base2(v2[0]);
  if (name === "aws" && v2[1] === "s3" && (v2[2] === "rm" || v2[2] === "rb")) return { tool: `aws s3 ${v2[2]}`, target: positionals(argv, 3)[0] };
  if (name === "aws" && v2[1] === "s3" && v2[2] === "sync" && v2.includes("--delete")) return { tool: "aws s3 sync --delete", target: positionals(argv, 3)[1] };
  if (name === "aws" && v2[1] === "s3api" && /^delete-objects?$/.test(v2[2] ?? "")) {
    const i = v2.indexOf("--bucket");
    return { tool: `aws s3api ${v2[2]}`, target: i > 0 ? argv[i + 1] : void 0 };
  }
  if (name === "s3cmd" && ["del", "rm", "rb", "expire"].includes(v2[1] ?? "")) return { tool: `s3cmd ${v2[1]}`, target: positionals(argv, 2)[0] };
  if (name === "s3cmd" && v2[1] === "sync" && v2.includes("--delete-removed")) return { tool: "s3cmd sync --delete-removed", target: positionals(argv, 2)[1] };
  if (name === "rclone" && ["delete", "deletefile", "purge", "rmdirs", "cleanup"].includes(v2[1] ?? "")) return { tool: `rclone ${v2[1]}`, target: positionals(argv, 2)[0] };
  if ((name === "mc" || name === "mcli") && (v2[1] === "rm" || v2[1] === "rb")) return { tool: `${name} ${v2[1]}`, target: positionals(argv, 2)[0] };
  if (name === "gsutil") {
    const sub2 = v2[1] === "-m" ? 2 : 1;
    if (v2[sub2] === "rm") return { tool: "gsutil rm", target: positionals(argv, sub2 + 1)[0] };
  }
  if (name === "find" && (v2.includes("-delete") || v2.includes("-exec") && ["rm", "/bin/rm", "/usr/bin/rm"].includes(v2[v2.indexOf("-exec") + 1] ?? ""))) {
    return { tool: "find -delete", target: argv[1] };
  }
  if (name === "rm" || name === "unlink" || name === "shred") return { tool: name, target: positionals(argv, 1)[0] };
  return null;
}
var MSTDN109_default = defineRule({
  id: "MSTDN109",
  name: "storage-level-deletion",
  severity: "error",
  short: "Mastodon media deleted at the storage level, behind the database's back",
  full: "Deleting objects with `aws s3 rm`, `s3cmd del`, `rclone delete`, `mc rm` or `find public/system -delete` leaves `avatar_file_name`, `file_file_name` and friends pointing at objects that no longer exist. The redownload workers skip any record whose file name is set, so nothing heals: every remote account can lose its avatar at once. Prune through `tootctl media remove` (which updates the database). After the fact, list the keys that still exist, set the file name columns to NULL only for the records whose object is confirmed missing, and enqueue RedownloadAvatarWorker/RedownloadHeaderWorker in batches that keep queue:pull under 50: see https://github.com/mastodon-ops/mastodon-ops/blob/main/docs/restore.md#2-objects-deleted-in-storage-while-the-database-names-them (a throttled restore command in mastodon-ops is planned, not shipped).",
  check: {
    project(model, ctx) {
      const buckets = /* @__PURE__ */ new Set();
      for (const env of model.envFiles) {
        const b = envGet(env, "S3_BUCKET");
        if (b && !b.template && b.value) buckets.add(b.value);
      }
      const check2 = (inv) => {
        const d = storageDeletion(inv.argv);
        if (!d || !d.target) return;
        const t = d.target.value;
        if (t === null) return;
        const m = /^(?:s3|gs|r2):\/\/([^/]+)\/?(.*)$/.exec(t) ?? /^[A-Za-z0-9_-]+:([^/]+)\/?(.*)$/.exec(t);
        const bucket = m?.[1];
        const key = m ? m[2] ?? "" : t;
        const media = MEDIA_PATH.test(key) || MEDIA_PATH.test(t);
        const known = bucket !== void 0 && buckets.has(bucket);
        if (!media && !known) return;
        ctx.report({
          span: d.target.span,
          severity: inv.scheduler ? void 0 : "warning",
          confidence: inv.confidence,
          message: `"${d.tool}" deletes Mastodon media in storage${inv.scheduler ? ` (run by ${inv.scheduler.label})` : ""} but leaves the database naming the files, so the avatars and media never come back; prune with "tootctl media remove" instead`
        });
      };
      for (const inv of model.invocations) check2(inv);
    }
  }
});

// src/lint/rules/MSTDN110.ts
var MSTDN110_default = defineRule({
  id: "MSTDN110",
  name: "cronjob-concurrency",
  severity: "warning",
  short: "A Kubernetes CronJob runs tootctl without `concurrencyPolicy: Forbid`",
  full: "Without `concurrencyPolicy: Forbid` Kubernetes starts the next run while the previous one is still going (the default is `Allow`). Two `tootctl media remove` runs race over the same rows and storage objects and double the load on the database and the bucket. The official chart sets no policy.",
  check: {
    tootctl(_call, inv, ctx) {
      const s = inv.scheduler;
      const k8s = s?.k8s;
      if (!s || !k8s) return;
      const policy = k8s.concurrencyPolicy;
      if (policy && policy.value === null) return;
      if (policy?.value === "Forbid") return;
      const name = k8s.name ? `"${k8s.name}" ` : "";
      if (s.kind === "helm-values") {
        ctx.report({
          span: k8s.objectSpan,
          confidence: inv.confidence,
          message: `the chart renders the CronJob ${name}without "concurrencyPolicy" and has no value to set it, so Kubernetes can start a second tootctl run while the first still works on the same rows and objects; set "enabled: false" and run your own CronJob with "concurrencyPolicy: Forbid"`
        });
        return;
      }
      if (policy) {
        const what = policy.value === "Replace" ? "kills a tootctl run that is still going when the next one is due" : "lets Kubernetes start a second tootctl run while the first still works on the same rows and objects";
        ctx.report({
          span: policy.span,
          confidence: inv.confidence,
          message: `"concurrencyPolicy: ${policy.value}" on the CronJob ${name}${what}; set it to "Forbid"`
        });
        return;
      }
      ctx.report({
        span: k8s.objectSpan,
        confidence: inv.confidence,
        message: `the CronJob ${name}runs tootctl without "concurrencyPolicy", so Kubernetes (default "Allow") can start a second run while the first still works on the same rows and objects; add "concurrencyPolicy: Forbid" to its spec`
      });
    }
  }
});

// src/lint/schedule.ts
function dialectOf(schedule, scheduler) {
  if (schedule.kind === "oncalendar") return "systemd";
  if (schedule.kind === "ansible") return "ansible";
  if (schedule.kind === "cron" || schedule.kind === "special") {
    return scheduler === "k8s-cronjob" || scheduler === "helm-values" ? "kubernetes" : "vixie";
  }
  return null;
}
function validateSchedule(schedule, scheduler) {
  if (!schedule.known) return null;
  const dialect = dialectOf(schedule, scheduler);
  if (!dialect) return null;
  return validateScheduleText(schedule.text, dialect);
}
function validateScheduleText(text, dialect) {
  if (/\{\{|\{%|\$\{|\$\(/.test(text)) return null;
  switch (dialect) {
    case "systemd":
      return validateOnCalendar(text);
    case "kubernetes":
      return validateKubernetesSchedule(text);
    case "ansible":
      return validateAnsible(text);
    case "vixie":
      return validateCron(text);
  }
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var VIXIE_FIELDS = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: MONTHS, nameBase: 1 },
  // cron accepts 7 for Sunday as well as 0.
  { name: "day of week", min: 0, max: 7, names: DAYS, nameBase: 0 }
];
var ROBFIG_FIELDS = VIXIE_FIELDS.map((f) => f.name === "day of week" ? { ...f, max: 6 } : f);
var CRON_NICKNAMES = ["@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
var ROBFIG_DESCRIPTORS = ["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"];
function splitFields(text) {
  const out = [];
  const re = /\S+/g;
  let m;
  while (m = re.exec(text)) out.push({ text: m[0], start: m.index });
  return out;
}
function range2(f) {
  const names = f.names ? ` or ${f.names[0]}-${f.names[f.names.length - 1]}` : "";
  return `${f.min}-${f.max}${names}`;
}
function problem(message, at, length) {
  return { message, offsetInText: at, length };
}
function validateCron(text) {
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return { message: "the schedule is empty" };
  if (first.text.startsWith("@")) {
    if (first.text === "@every") {
      return problem('"@every" is not a cron nickname (it exists only in Go schedulers); use five fields such as "*/30 * * * *" or one of @hourly, @daily, @weekly, @monthly, @yearly, @reboot', first.start, first.text.length);
    }
    if (!CRON_NICKNAMES.includes(first.text.toLowerCase())) {
      return problem(`"${first.text}" is not a cron nickname; use one of ${CRON_NICKNAMES.join(", ")}`, first.start, first.text.length);
    }
    return null;
  }
  if (fields.length < 5) {
    const last = fields[fields.length - 1];
    return problem(`the entry has ${fields.length} time field${fields.length === 1 ? "" : "s"}, cron needs five (minute hour day-of-month month day-of-week)`, first.start, last.start + last.text.length - first.start);
  }
  const specs = VIXIE_FIELDS;
  for (let k = 0; k < 5; k++) {
    const p = validateField(fields[k], specs[k], "vixie");
    if (p) return p;
  }
  return impossibleDate(fields.slice(0, 5));
}
function validateKubernetesSchedule(text) {
  const trimmed = text.trim();
  const tz = /\S*TZ\S*/.exec(text);
  if (tz) {
    return problem(
      `"${tz[0]}" in the schedule is refused by the Kubernetes API server ("cannot use TZ or CRON_TZ in schedule, use timeZone field instead"); move the zone to spec.timeZone`,
      tz.index,
      tz[0].length
    );
  }
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return { message: "the schedule is empty" };
  if (first.text.startsWith("@")) {
    if (first.text === "@every") {
      const dur = trimmed.slice("@every".length).trim();
      if (!isGoDuration(dur)) {
        return problem(`"@every" needs a Go duration such as "1h30m", got "${dur}"`, first.start, trimmed.length);
      }
      return null;
    }
    if (!ROBFIG_DESCRIPTORS.includes(first.text)) {
      return problem(`"${first.text}" is not a schedule Kubernetes knows; use five fields or one of ${ROBFIG_DESCRIPTORS.join(", ")}`, first.start, first.text.length);
    }
    if (fields.length > 1) return problem(`unexpected "${fields[1].text}" after "${first.text}"`, fields[1].start, fields[1].text.length);
    return null;
  }
  if (fields.length !== 5) {
    const last = fields[fields.length - 1];
    return problem(
      `the schedule has ${fields.length} field${fields.length === 1 ? "" : "s"}, Kubernetes needs exactly five (minute hour day-of-month month day-of-week; no seconds field)`,
      first.start,
      last.start + last.text.length - first.start
    );
  }
  for (let k = 0; k < 5; k++) {
    const p = validateField(fields[k], ROBFIG_FIELDS[k], "robfig");
    if (p) return p;
  }
  return impossibleDate(fields);
}
var ANSIBLE_SPECIAL = ["annually", "daily", "hourly", "monthly", "reboot", "weekly", "yearly"];
var ANSIBLE_KEYS = ["minute", "hour", "day", "month", "weekday"];
function validateAnsible(text) {
  const fields = splitFields(text);
  const first = fields[0];
  if (!first) return null;
  if (fields.length === 1 && /^@?[a-z]+$/i.test(first.text)) {
    const name = first.text.replace(/^@/, "");
    if (ANSIBLE_SPECIAL.includes(name)) return null;
    return problem(`special_time "${name}" is not one of ${ANSIBLE_SPECIAL.join(", ")}`, first.start, first.text.length);
  }
  if (fields.every((f) => /^[a-z_]+=/.test(f.text))) {
    const byKey = /* @__PURE__ */ new Map();
    for (const f of fields) {
      const eq = f.text.indexOf("=");
      const key = f.text.slice(0, eq);
      if (key === "special_time") {
        const v2 = f.text.slice(eq + 1);
        if (!ANSIBLE_SPECIAL.includes(v2)) return problem(`special_time "${v2}" is not one of ${ANSIBLE_SPECIAL.join(", ")}`, f.start + eq + 1, v2.length);
        continue;
      }
      byKey.set(key, { text: f.text.slice(eq + 1), start: f.start + eq + 1 });
    }
    for (let k = 0; k < 5; k++) {
      const t = byKey.get(ANSIBLE_KEYS[k]);
      if (!t) continue;
      if (t.text === "") return problem(`${ANSIBLE_KEYS[k]} is empty`, t.start, 0);
      const p = validateField(t, VIXIE_FIELDS[k], "vixie");
      if (p) return p;
    }
    return null;
  }
  return validateCron(text);
}
function validateField(tok, spec, dialect) {
  const who2 = dialect === "vixie" ? "cron" : "Kubernetes";
  let pos = 0;
  for (const item of tok.text.split(",")) {
    const at = tok.start + pos;
    pos += item.length + 1;
    if (item === "") return problem(`${spec.name} "${tok.text}" has an empty list element`, tok.start, tok.text.length);
    const stripped = item.replace(/[a-z]{3}/gi, (w) => spec.names?.includes(w.toLowerCase()) ? "" : w);
    const special = /[#?]|\b(L|LW|W|H)\b|\dL|\dW|^H\(/i.exec(stripped.replace(/\d+/g, (d) => ` ${d} `));
    if (special && !(dialect === "robfig" && item === "?")) {
      return problem(`${spec.name} "${item}" uses "${special[0].trim().replace(/^\d+/, "")}", which ${who2} does not support; allowed: ${range2(spec)}, "*", ranges, steps and lists`, at, item.length);
    }
    const slash = item.indexOf("/");
    const base3 = slash === -1 ? item : item.slice(0, slash);
    const step = slash === -1 ? null : item.slice(slash + 1);
    let lo;
    let hi;
    if (base3 === "*" || dialect === "robfig" && base3 === "?") {
      lo = spec.min;
      hi = spec.max;
    } else {
      const dash = base3.indexOf("-", 1);
      const a = dash === -1 ? base3 : base3.slice(0, dash);
      const b = dash === -1 ? null : base3.slice(dash + 1);
      lo = valueOf(a, spec);
      if (lo === null) return badValue(spec, a, at, who2);
      if (lo < spec.min || lo > spec.max) return outOfRange(spec, a, at);
      if (b !== null) {
        if (b.includes("-")) return problem(`${spec.name} "${item}" has too many "-"`, at, item.length);
        hi = valueOf(b, spec);
        if (hi === null) return badValue(spec, b, at + a.length + 1, who2);
        if (hi < spec.min || hi > spec.max) return outOfRange(spec, b, at + a.length + 1);
        if (dialect === "robfig" && lo > hi) {
          return problem(`${spec.name} range "${base3}" starts after it ends, which Kubernetes rejects; write the smaller value first`, at, base3.length);
        }
      } else {
        hi = lo;
      }
    }
    if (step !== null) {
      if (!/^\d+$/.test(step)) return problem(`${spec.name} step "/${step}" is not a number`, at + slash, step.length + 1);
      const n = Number(step);
      if (n === 0) return problem(`${spec.name} step "/0" is not allowed; use a step of 1 or more`, at + slash, step.length + 1);
    }
  }
  return null;
}
function valueOf(s, spec) {
  if (/^\d+$/.test(s)) return Number(s);
  if (spec.names && /^[a-z]{3}$/i.test(s)) {
    const i = spec.names.indexOf(s.toLowerCase());
    if (i !== -1) return i + (spec.nameBase ?? 0);
  }
  return null;
}
function badValue(spec, s, at, who2) {
  const hint = spec.names && /^[a-z]+$/i.test(s) ? ` (${who2} takes three-letter names such as "${spec.names[1]}")` : "";
  return problem(`${spec.name} "${s}" is not a number or name${hint}; allowed: ${range2(spec)}`, at, s.length || 1);
}
function outOfRange(spec, s, at) {
  return problem(`${spec.name} "${s}" is outside ${spec.min}-${spec.max}`, at, s.length);
}
var MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function impossibleDate(fields) {
  const dom = fields[2];
  const month = fields[3];
  const dow = fields[4];
  if (dom.text === "*" || dow.text !== "*" || !/^[\d,]+$/.test(dom.text)) return null;
  const firstDay = Math.min(...dom.text.split(",").filter(Boolean).map(Number));
  const maxDay = Math.max(...monthsOf(month.text).map((m) => MONTH_DAYS[m - 1] ?? 31));
  if (!(firstDay > maxDay)) return null;
  return {
    message: `day of month "${dom.text}" never occurs in month "${month.text}" (at most ${maxDay} days)`,
    offsetInText: dom.start,
    length: month.start + month.text.length - dom.start,
    consequence: "cron accepts the entry but the date never comes, so the job never runs; use a day that exists in that month"
  };
}
function monthsOf(text) {
  const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const out = /* @__PURE__ */ new Set();
  for (const item of text.split(",")) {
    const [range3 = "", stepText] = item.split("/");
    const step = stepText === void 0 ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) return ALL;
    let lo;
    let hi;
    if (range3 === "*") [lo, hi] = [1, 12];
    else {
      const [a = "", b] = range3.split("-");
      lo = valueOf(a, VIXIE_FIELDS[3]);
      hi = b !== void 0 ? valueOf(b, VIXIE_FIELDS[3]) : stepText !== void 0 ? 12 : lo;
    }
    if (lo === null || hi === null) return ALL;
    for (let m = lo; m <= hi; m += step) out.add(m);
  }
  return out.size ? [...out] : ALL;
}
function isGoDuration(s) {
  return /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$/.test(s) || s === "0";
}
var USEC = 1e6;
var INT_MAX = 2147483647;
var SYSTEMD_SHORTHANDS = /* @__PURE__ */ new Set([
  "minutely",
  "hourly",
  "daily",
  "monthly",
  "weekly",
  "yearly",
  "annually",
  "anually",
  "quarterly",
  "semiannually",
  "semi-annually",
  "biannually",
  "bi-annually"
]);
var WEEKDAY_NAMES = [
  ["monday", 0],
  ["mon", 0],
  ["tuesday", 1],
  ["tue", 1],
  ["wednesday", 2],
  ["wed", 2],
  ["thursday", 3],
  ["thu", 3],
  ["friday", 4],
  ["fri", 4],
  ["saturday", 5],
  ["sat", 5],
  ["sunday", 6],
  ["sun", 6]
];
var CalendarError = class extends Error {
  constructor(message, at, length) {
    super(message);
    this.at = at;
    this.length = length;
  }
  at;
  length;
};
function validateOnCalendar(raw) {
  const text = raw.replace(/^[ \t\n\r]+/, "").replace(/[ \t\n\r]+$/, "");
  const lead = raw.indexOf(text);
  if (text === "") return { message: "the calendar event is empty", offsetInText: 0, length: raw.length };
  try {
    new CalendarParser(text).parse();
    return null;
  } catch (e) {
    if (!(e instanceof CalendarError)) throw e;
    if (/^[\d*/,\-a-z]+( +[\d*/,\-a-z]+){4}$/i.test(text) && /\* \*|\d \*|\* \d/.test(text)) {
      return {
        message: `"${text}" is a cron expression, not a systemd calendar event; write it as "DayOfWeek Year-Month-Day Hour:Minute:Second", e.g. "*-*-* 04:00:00"`,
        offsetInText: lead,
        length: text.length
      };
    }
    return { message: e.message, offsetInText: lead + e.at, length: Math.max(1, e.length) };
  }
}
function isTimezone(name) {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || name === name.toLowerCase()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
var CalendarParser = class {
  constructor(full) {
    this.full = full;
    this.s = full;
  }
  full;
  p = 0;
  s;
  endOfMonth = false;
  chains = {};
  parse() {
    let s = this.full;
    if (/ utc$/i.test(s)) s = s.slice(0, -4);
    else {
      const sp = s.lastIndexOf(" ");
      if (sp !== -1) {
        const tz = s.slice(sp + 1);
        if (isTimezone(tz) || /^[A-Z]{3,5}$/.test(tz)) s = s.slice(0, sp);
      }
    }
    if (s === "") throw new CalendarError("the calendar event has only a time zone", 0, this.full.length);
    this.s = s;
    if (SYSTEMD_SHORTHANDS.has(s.toLowerCase())) return;
    this.parseWeekdays();
    const stamp = this.parseDate();
    if (!stamp) this.parseTime();
    if (this.p < this.s.length) throw this.unexpected();
    this.validate();
  }
  unexpected() {
    const rest = this.s.slice(this.p);
    const lead = rest.length - rest.trimStart().length;
    const word = /^\S*/.exec(rest.slice(lead))?.[0] || rest.slice(0, 1);
    const at = this.p + lead;
    if (word.includes("/") && at === this.full.lastIndexOf(" ") + 1) {
      return new CalendarError(`"${word}" is not a time zone systemd knows; use an IANA name such as "Europe/Berlin", or "UTC"`, at, word.length);
    }
    if (lead > 0 || this.p > 0 && this.s[this.p - 1] === " ") {
      return new CalendarError(`unexpected "${word}" after the calendar event; OnCalendar= takes one event per line ("DayOfWeek Year-Month-Day Hour:Minute:Second")`, at, word.length);
    }
    return new CalendarError(`"${word}" is not valid here; the form is "DayOfWeek Year-Month-Day Hour:Minute:Second", e.g. "Mon *-*-* 04:00:00"`, at, word.length);
  }
  parseWeekdays() {
    const s = this.s;
    let l = -1;
    let first = true;
    for (; ; ) {
      const lower2 = s.slice(this.p).toLowerCase();
      const hit = WEEKDAY_NAMES.find(([name2]) => lower2.startsWith(name2));
      if (!hit) {
        if (first) return;
        throw new CalendarError(`expected a weekday name (Mon..Sun) at "${/^\S*/.exec(s.slice(this.p))?.[0] ?? ""}"`, this.p, 1);
      }
      const [name, nr] = hit;
      const at = this.p;
      const after = s[this.p + name.length];
      if (after !== void 0 && !["-", ".", ",", " "].includes(after)) {
        const w = /^[^\s,.]*/.exec(s.slice(this.p))?.[0] ?? name;
        throw new CalendarError(`"${w}" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or the full names`, at, w.length);
      }
      if (l >= 0 && l > nr) throw new CalendarError(`the weekday range ending in "${s.slice(at, at + name.length)}" runs backwards; systemd needs the earlier day first, as in "Mon..Fri"`, at, name.length);
      this.p += name.length;
      const c = s[this.p];
      if (c === void 0) return;
      if (c === " ") {
        while (s[this.p] === " ") this.p++;
        return;
      }
      if (c === ".") {
        if (l >= 0 || s[this.p + 1] !== ".") throw new CalendarError('a weekday range is written "Mon..Fri"', at, this.p + 1 - at);
        l = nr;
        this.p += 2;
      } else if (c === "-") {
        if (l >= 0) throw new CalendarError('a weekday range is written "Mon..Fri"', at, this.p + 1 - at);
        l = nr;
        this.p += 1;
      } else if (c === ",") {
        l = -1;
        this.p += 1;
      }
      const d = s[this.p];
      if (d === void 0 || d === " ") {
        while (s[this.p] === " ") this.p++;
        if (l >= 0) throw new CalendarError("the weekday range has no end", at, this.p - at);
        return;
      }
      first = false;
    }
  }
  /** Returns true for `@TIMESTAMP` (no time part follows). */
  parseDate() {
    const s = this.s;
    if (this.p >= s.length) return false;
    if (s[this.p] === "@") {
      const m = /^\d+/.exec(s.slice(this.p + 1));
      if (!m) throw new CalendarError('"@" must be followed by seconds since the epoch', this.p, 1);
      const secs = Number(m[0]);
      const year = new Date(secs * 1e3).getUTCFullYear();
      if (!Number.isFinite(year) || year < 1970 || year > 2199) throw new CalendarError(`the timestamp "${m[0]}" is outside the years 1970-2199`, this.p, m[0].length + 1);
      this.p += 1 + m[0].length;
      return true;
    }
    let t = this.p;
    const first = this.parseChain(t, false);
    t = first.next;
    if (t >= s.length || s[t] === ":") return false;
    if (s[t] === "~") this.endOfMonth = true;
    else if (s[t] !== "-") throw this.at(t, 'expected "-" between the parts of the date (Year-Month-Day)');
    t++;
    const second = this.parseChain(t, false);
    t = second.next;
    if (t >= s.length || s[t] === " ") {
      while (s[t] === " ") t++;
      this.p = t;
      this.chains.month = first.chain;
      this.chains.day = second.chain;
      return false;
    } else if (this.endOfMonth) throw this.at(t, '"~" (days from the end of the month) goes between month and day only');
    if (s[t] === "~") this.endOfMonth = true;
    else if (s[t] !== "-") throw this.at(t, 'expected "-" between the parts of the date (Year-Month-Day)');
    t++;
    const third = this.parseChain(t, false);
    t = third.next;
    if (t < s.length && s[t] !== " ") throw this.at(t, "expected a space after the date");
    while (s[t] === " ") t++;
    this.p = t;
    this.chains.year = first.chain;
    this.chains.month = second.chain;
    this.chains.day = third.chain;
    return false;
  }
  parseTime() {
    const s = this.s;
    let t = this.p;
    if (t >= s.length) return;
    const h = this.parseChain(t, false);
    t = h.next;
    if (s[t] !== ":") throw this.at(t, 'expected ":" between hour and minute (Hour:Minute[:Second])');
    t++;
    const m = this.parseChain(t, false);
    t = m.next;
    this.chains.hour = h.chain;
    this.chains.minute = m.chain;
    if (t >= s.length) {
      this.p = t;
      return;
    }
    if (s[t] !== ":") {
      this.p = t;
      throw this.unexpected();
    }
    t++;
    const sec = this.parseChain(t, true);
    t = sec.next;
    this.chains.second = sec.chain;
    this.p = t;
  }
  at(t, message) {
    const word = /^\S*/.exec(this.s.slice(t))?.[0] || this.s.slice(t, t + 1);
    if (t >= this.s.length) return new CalendarError(`${message}, but the event ends here`, Math.max(0, this.s.length - 1), 1);
    return new CalendarError(`${message}, not "${word}"`, t, word.length);
  }
  /** `*` or a comma list of `N`, `N..M`, `N/R`, `N..M/R`. */
  parseChain(t, usec) {
    const s = this.s;
    if (s[t] === "*") {
      return { chain: usec ? [{ start: 0, stop: -1, repeat: USEC, at: t, end: t + 1 }] : void 0, next: t + 1 };
    }
    const chain = [];
    for (let n = 0; ; n++) {
      if (n > 240) throw new CalendarError("too many list elements", t, 1);
      const at = t;
      const a = this.decimal(t, usec);
      t = a.next;
      let stop = -1;
      let repeat = 0;
      if (s[t] === "." && s[t + 1] === ".") {
        const b = this.decimal(t + 2, usec);
        stop = b.value;
        t = b.next;
        repeat = usec ? USEC : 1;
      }
      if (s[t] === "/") {
        const r = this.decimal(t + 1, usec);
        if (r.value === 0) throw new CalendarError('a repetition of "/0" is not allowed', t, r.next - t);
        repeat = r.value;
        t = r.next;
      } else if (usec && stop >= 0 && a.value + repeat > stop) {
        throw new CalendarError("a seconds range must span at least one second", at, t - at);
      }
      if (t < s.length && ![" ", ",", "-", "~", ":"].includes(s[t])) {
        const word = /^[^\s,:~-]*/.exec(s.slice(at))?.[0] ?? "";
        throw new CalendarError(`"${word}" is not a number, range ("1..5") or repetition ("0/15")`, at, word.length || 1);
      }
      chain.push({ start: a.value, stop, repeat, at, end: t });
      if (s[t] === ",") {
        t++;
        continue;
      }
      return { chain, next: t };
    }
  }
  decimal(t, usec) {
    const s = this.s;
    const m = /^\d+/.exec(s.slice(t));
    if (!m) {
      const word = /^[^\s,:~-]*/.exec(s.slice(t))?.[0] || s.slice(t, t + 1);
      if (t >= s.length) throw new CalendarError("a number is missing at the end", Math.max(0, s.length - 1), 1);
      throw new CalendarError(`"${word}" is not a number`, t, word.length);
    }
    let value = Number(m[0]);
    let next = t + m[0].length;
    if (usec) {
      value *= USEC;
      if (s[next] === "." && s[next + 1] !== ".") {
        const f = /^\d+/.exec(s.slice(next + 1));
        if (!f) throw new CalendarError("a decimal point must be followed by digits", next, 1);
        const digits = (f[0] + "000000").slice(0, 6);
        value += Number(digits) + (/[5-9]/.test(f[0][6] ?? "") ? 1 : 0);
        next += 1 + f[0].length;
      }
    }
    if (value > INT_MAX) throw new CalendarError(`"${m[0]}" is too large`, t, m[0].length);
    return { value, next };
  }
  validate() {
    const c = this.chains;
    if (this.endOfMonth && !c.day) this.endOfMonth = false;
    if (c.year) for (const y of c.year) fixYear(y);
    this.chainValid(c.year, 1970, 2199, false, "year");
    this.chainValid(c.month, 1, 12, false, "month");
    this.chainValid(c.day, 1, 31, this.endOfMonth, "day");
    this.chainValid(c.hour, 0, 23, false, "hour");
    this.chainValid(c.minute, 0, 59, false, "minute");
    this.chainValid(c.second, 0, 60 * USEC - 1, false, "second");
  }
  chainValid(chain, from, to, eom, name) {
    if (!chain) return;
    const usec = name === "second";
    const d = usec ? USEC : 1;
    if (eom) to -= 3;
    const shown = (v2) => String(usec ? v2 / USEC : v2);
    const allowed = usec ? "0-59" : eom ? `1-${to} days before the end of the month` : `${from}-${to}`;
    for (const k of chain) {
      const text = this.s.slice(k.at, k.end);
      let stop = k.stop;
      if (stop > k.start && k.repeat > 0) stop -= (stop - k.start) % k.repeat;
      if (k.start < from || k.start > to) {
        throw new CalendarError(`${name} "${text}" is outside ${allowed}`, k.at, k.end - k.at);
      }
      if (k.repeat > to - from) {
        throw new CalendarError(`${name} "${text}" repeats every ${shown(k.repeat)}, more than the whole ${name} range ${allowed}`, k.at, k.end - k.at);
      }
      if (stop >= 0) {
        if (stop < from || stop > to) throw new CalendarError(`${name} "${text}" ends outside ${allowed}`, k.at, k.end - k.at);
        if (k.start + k.repeat > stop) {
          throw new CalendarError(`${name} range "${text}" must end at least one step (${shown(k.repeat || d)}) after it starts`, k.at, k.end - k.at);
        }
      } else {
        if (eom && k.start - k.repeat < from) throw new CalendarError(`${name} "${text}" repeats past the start of the month`, k.at, k.end - k.at);
        if (!eom && k.start + k.repeat > to) {
          throw new CalendarError(`${name} "${text}" repeats past ${shown(to)}; systemd needs the first repetition to fit in ${allowed}`, k.at, k.end - k.at);
        }
      }
    }
  }
};
function fixYear(c) {
  if (c.start >= 0 && c.start < 70) c.start += 2e3;
  else if (c.start >= 70 && c.start < 100) c.start += 1900;
  if (c.stop >= 0 && c.stop < 70) c.stop += 2e3;
  else if (c.stop >= 70 && c.stop < 100) c.stop += 1900;
}

// src/lint/rules/MSTDN111.ts
var CONSEQUENCE = {
  vixie: "cron rejects this entry, so the job never runs",
  ansible: "cron rejects the line Ansible writes, so the job never runs",
  kubernetes: "the Kubernetes API server rejects the CronJob, so the job never runs",
  systemd: "systemd ignores this OnCalendar= value, so the timer never fires"
};
var NIXOS = "NixOS writes it to OnCalendar=, which systemd ignores, so the job never runs";
var CRON_FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
var MSTDN111_default = defineRule({
  id: "MSTDN111",
  name: "invalid-schedule",
  severity: "error",
  short: "The schedule is not valid, so the job never runs",
  full: "A cron line with a bad field, an unknown @nickname or a seconds field, a systemd `OnCalendar=` (or NixOS `startAt`) that systemd-analyze rejects, a Kubernetes CronJob schedule the API server refuses, or an Ansible cron task with an invalid minute or hour is rejected by its scheduler: the cleanup job silently never runs and the media cache grows.",
  check: {
    project(model, ctx) {
      const firstInvocation = /* @__PURE__ */ new Map();
      for (const i of model.invocations) if (i.scheduler && !firstInvocation.has(i.scheduler)) firstInvocation.set(i.scheduler, i);
      const files = new Map(model.files.map((f) => [f.path, f]));
      const seen = /* @__PURE__ */ new Set();
      for (const s of model.schedulers) {
        if (seen.has(s) || !s.schedule) continue;
        seen.add(s);
        const schedule = s.schedule;
        const dialect = dialectOf(schedule, s.kind);
        if (!dialect || !schedule.known) continue;
        const p = validateSchedule(schedule, s.kind) ?? (dialect === "vixie" ? secondsField(firstInvocation.get(s), s) : null);
        if (!p) continue;
        const span2 = p.span ?? narrow(files, schedule.span, schedule.text, p);
        const consequence = p.consequence ?? (dialect === "systemd" && s.kind === "nixos" ? NIXOS : CONSEQUENCE[dialect]);
        ctx.report({
          span: span2,
          message: `${p.message}; ${consequence}`,
          related: span2 !== s.span ? [{ span: s.span, message: `${s.label}` }] : []
        });
      }
    }
  }
});
function narrow(files, span2, text, p) {
  if (p.offsetInText === void 0) return span2;
  const file = files.get(span2.file);
  if (!file || file.text.slice(span2.start.offset, span2.end.offset) !== text) return span2;
  const start = span2.start.offset + p.offsetInText;
  const end = Math.min(span2.end.offset, start + Math.max(1, p.length ?? 1));
  return file.span(start, end);
}
function secondsField(inv, s) {
  if (s.kind !== "crontab" && s.kind !== "cron.d" || s.schedule?.kind !== "cron") return null;
  const user = /\(user ([^)]*)\)/.exec(s.label)?.[1];
  const first = inv?.argv[0];
  const looksLikeField = user !== void 0 && CRON_FIELD.test(user) || user === void 0 && first?.value != null && CRON_FIELD.test(first.value);
  if (!looksLikeField) return null;
  const text = s.schedule.text;
  const sched = s.schedule.span;
  const span2 = user === void 0 && first && first.span.file === sched.file && first.span.start.offset >= sched.end.offset ? { file: sched.file, start: sched.start, end: first.span.end } : sched;
  return {
    message: `the entry has six time fields but cron has no seconds field: it reads "${text}" as the schedule and runs the sixth field as part of the command`,
    consequence: "the command fails every time; remove the seconds field",
    span: span2
  };
}

// src/lint/iac/media.ts
var SAMPLE_RE = /\.(sample|example|dist)(\.(j2|tpl))?$/i;
function lower(a, b) {
  return a === "low" || b === "low" ? "low" : "high";
}
function bucketLabel(m, c) {
  if (m.name !== null) return `"${m.name}"`;
  return c.name !== null ? `"${c.name}"` : c.label;
}
var computed = /* @__PURE__ */ new WeakMap();
function mediaBuckets(model) {
  let out = computed.get(model);
  if (!out) computed.set(model, out = computeMediaBuckets(model));
  return out;
}
function computeMediaBuckets(model) {
  const configs = model.buckets;
  const linkedTo = documentLinks(configs);
  const cliNames = cliLinks(model.invocations, configs);
  const isFloating = (c) => c.kind === "fragment" && c.name === null && !linkedTo.has(c) && !cliNames.has(c);
  const nameOf = (c) => c.name ?? cliNames.get(c) ?? null;
  const identities = /* @__PURE__ */ new Map();
  const unnamedBuckets = [];
  for (const c of configs) {
    if (c.kind === "account" || linkedTo.has(c)) continue;
    const n = nameOf(c);
    if (n !== null) {
      const list2 = identities.get(n);
      if (list2) list2.push(c);
      else identities.set(n, [c]);
    } else if (c.kind === "bucket") unnamedBuckets.push(c);
  }
  const floating = configs.filter(isFloating);
  const accounts = configs.filter((c) => c.kind === "account");
  const candidates = identities.size + unnamedBuckets.length + model.unparsedBuckets;
  const withDocs = (list2, confidence, why) => {
    const out2 = [];
    for (const c of list2) {
      out2.push({ config: c, confidence, why });
      for (const [frag, owner] of linkedTo) if (owner === c) out2.push({ config: frag, confidence, why });
    }
    return out2;
  };
  const out = [];
  for (const env of model.envFiles) {
    if (SAMPLE_RE.test(env.file.path)) continue;
    const enabled2 = envGet(env, "S3_ENABLED");
    if (!enabled2 || !enabled2.template && enabled2.value !== "true") continue;
    const bucket = envGet(env, "S3_BUCKET");
    const name = bucket && !bucket.template && bucket.value !== "" ? bucket.value : null;
    const links = [];
    if (name !== null && identities.has(name)) {
      links.push(...withDocs(identities.get(name) ?? [], "high", null));
    } else if (candidates === 1 && (name === null || identities.size === 0)) {
      const only = unnamedBuckets[0];
      const first = identities.entries().next().value;
      const why = name === null ? "S3_BUCKET is not a literal value, and this is the only bucket defined in the repo" : "its name is not known here, and it is the only bucket defined in the repo";
      if (only) links.push(...withDocs([only], "low", why));
      else if (first) links.push(...withDocs(first[1], "low", why));
    }
    for (const f of floating) {
      const base3 = f.span.file.slice(f.span.file.lastIndexOf("/") + 1);
      if (name !== null && base3.includes(name)) links.push({ config: f, confidence: "high", why: null });
      else if (candidates === 0 || candidates === 1 && links.length > 0) {
        links.push({ config: f, confidence: "low", why: `${f.label} does not name its bucket, so it is taken to be the only one in the repo` });
      }
    }
    for (const a of accounts) links.push({ config: a, confidence: "low", why: "an account-wide setting, if the bucket is in the same AWS account" });
    if (links.length === 0) continue;
    const perm = envGet(env, "S3_PERMISSION");
    const permission = !perm ? { kind: "absent" } : perm.template ? { kind: "unknown", entry: perm } : perm.value === "" ? { kind: "empty", entry: perm } : { kind: "value", value: perm.value, entry: perm };
    const kp = envGet(env, "S3_KEY_PREFIX");
    const anchor = perm?.span ?? enabled2.span;
    out.push({
      env,
      enabled: enabled2,
      bucket,
      name,
      envConfidence: enabled2.template ? "low" : "high",
      links,
      permission,
      keyPrefix: kp ? { value: kp.template ? null : kp.value, entry: kp } : null,
      aliasHost: envGet(env, "S3_ALIAS_HOST") !== void 0 || envGet(env, "S3_CLOUDFRONT_HOST") !== void 0,
      anchor
    });
  }
  return out;
}
function documentLinks(configs) {
  const out = /* @__PURE__ */ new Map();
  for (const owner of configs) {
    for (const path of owner.documents) {
      for (const c of configs) if (c !== owner && c.source === "aws-json" && c.span.file === path) out.set(c, owner);
    }
  }
  return out;
}
var S3API_PUT = /^put-(bucket-(lifecycle-configuration|lifecycle|policy|ownership-controls|acl)|public-access-block)$/;
function cliLinks(invocations, configs) {
  const out = /* @__PURE__ */ new Map();
  const raw = configs.filter((c) => c.source === "aws-json" && c.name === null);
  if (raw.length === 0) return out;
  for (const inv of invocations) {
    if (inv.argv[1]?.value !== "s3api") continue;
    const v2 = inv.argv.map((w) => w.value);
    const tool = v2[0]?.slice((v2[0]?.lastIndexOf("/") ?? -1) + 1);
    if (tool !== "aws" || !S3API_PUT.test(v2[2] ?? "")) continue;
    let bucket = null;
    const files = [];
    for (let k = 3; k < v2.length; k++) {
      const w = v2[k];
      if (w === "--bucket") bucket = v2[k + 1] ?? null;
      else if (w?.startsWith("--bucket=")) bucket = w.slice("--bucket=".length);
      else if (w?.startsWith("file://")) files.push(w.slice("file://".length));
    }
    if (bucket === null || bucket === "") continue;
    const dir = inv.file.path.includes("/") ? inv.file.path.slice(0, inv.file.path.lastIndexOf("/")) : "";
    for (const f of files) {
      const clean = f.replace(/^\.\//, "");
      const exact = normalizeRepoPath(dir ? `${dir}/${clean}` : clean);
      const hit = raw.find((c) => c.span.file === exact) ?? raw.find((c) => clean.includes("/") && (c.span.file === clean || c.span.file.endsWith(`/${clean.replace(/^\/+/, "")}`))) ?? uniqueBase(raw, clean);
      if (hit) out.set(hit, bucket);
    }
  }
  return out;
}
function uniqueBase(raw, path) {
  const base3 = path.slice(path.lastIndexOf("/") + 1);
  const hits = raw.filter((c) => c.span.file.slice(c.span.file.lastIndexOf("/") + 1) === base3);
  return hits.length === 1 ? hits[0] : void 0;
}
function ordered(links) {
  const rank = (l) => (l.config.kind === "account" ? 2 : 0) + (l.confidence === "low" ? 1 : 0);
  return [...links].sort((a, b) => rank(a) - rank(b));
}
var OWNER_ACLS = /^(private|bucket-owner-full-control|Private|BucketOwnerFullControl)$/;
function ownershipEvidence(m) {
  const links = ordered(m.links).filter((l) => l.config.kind !== "account");
  for (const l of links) {
    const o = l.config.ownership;
    if (!o) continue;
    const state = o.value === "BucketOwnerEnforced" ? "enforced" : o.value === "unknown" ? "unknown" : "acls";
    return { state, span: o.span, link: l, defaulted: false, setting: o };
  }
  for (const l of links) {
    const a = l.config.acl;
    if (a && (a.value === null || !OWNER_ACLS.test(a.value))) return { state: a.value === null ? "unknown" : "acls", span: a.span, link: l, defaulted: false, setting: null };
  }
  const defined = links.find((l) => l.config.kind === "bucket");
  if (defined) return { state: "enforced", span: defined.config.nameSpan, link: defined, defaulted: true, setting: null };
  return null;
}
function publicReadPolicy(m) {
  let unknown = false;
  for (const l of m.links) {
    const p = l.config.policy;
    if (!p) continue;
    if (!p.complete) unknown = true;
    for (const s of p.statements) {
      if (s.effect !== "Allow" || s.notAction) continue;
      if (s.anyone === null) unknown = true;
      if (s.anyone !== true) continue;
      if (s.actions.some((a) => a.value !== null && actionMatches(a.value, "s3:GetObject"))) return "yes";
      if (!s.actionsComplete) unknown = true;
    }
  }
  return unknown ? "unknown" : "no";
}

// src/lint/rules/MSTDN201.ts
var MSTDN201_default = defineRule({
  id: "MSTDN201",
  name: "acl-on-bucket-owner-enforced",
  severity: "error",
  short: "S3_PERMISSION sends an ACL to a bucket with ACLs disabled (BucketOwnerEnforced): every upload fails",
  full: "Mastodon sends `S3_PERMISSION` as the ACL of every upload, and `public-read` when it is not set at all. A bucket whose Object Ownership is `BucketOwnerEnforced` (the AWS default for buckets created since April 2023) rejects every request that carries an ACL with 400 AccessControlListNotSupported, so every avatar, header and attachment fails to store, silently for remote media. Set `S3_PERMISSION=` (present and empty) so no ACL is sent, and grant public read with a bucket policy. The Helm chart cannot render an empty value from `mastodon.s3.permission`: use `mastodon.extraEnvVars`.",
  check: {
    project(model, ctx) {
      for (const m of mediaBuckets(model)) {
        const p = m.permission;
        let acl;
        let permConfidence = "high";
        if (p.kind === "absent") acl = "public-read";
        else if (p.kind === "value") {
          if (p.value === "bucket-owner-full-control") continue;
          acl = p.value;
          if (p.value === "private") permConfidence = "low";
        } else continue;
        const ev = ownershipEvidence(m);
        if (!ev || ev.state !== "enforced") continue;
        const c = ev.link.config;
        const confidence = lower(lower(ev.link.confidence, permConfidence), lower(ev.defaulted ? "low" : "high", m.envConfidence));
        const label = bucketLabel(m, c);
        const helm = m.env.origin === "helm";
        const subject = p.kind === "absent" ? 'S3_PERMISSION is not set, so Mastodon sends the "public-read" ACL with every upload' : `S3_PERMISSION="${acl}" makes Mastodon send the "${acl}" ACL with every upload`;
        const bucket = ev.defaulted ? `bucket ${label} has no ownership controls, and buckets created since April 2023 have ACLs disabled` : `bucket ${label} has ACLs disabled ("BucketOwnerEnforced")`;
        const cost = permConfidence === "low" ? 'uploads may fail with 400 AccessControlListNotSupported, as such a bucket only accepts "bucket-owner-full-control" or no ACL' : `every upload ${confidence === "low" ? "may fail" : "fails"} with 400 AccessControlListNotSupported`;
        const fix = helm ? `the chart's mastodon.s3.permission cannot be empty, so set S3_PERMISSION: "" under mastodon.extraEnvVars and grant public read with a bucket policy` : 'set "S3_PERMISSION=" (present and empty) and grant public read with a bucket policy';
        const related2 = [
          {
            span: ev.span,
            message: ev.defaulted ? `${c.label} sets no object ownership, so a bucket created since April 2023 is BucketOwnerEnforced${ev.link.why ? ` (${ev.link.why})` : ""}` : `object ownership "BucketOwnerEnforced" disables ACLs on ${c.label}${ev.link.why ? ` (${ev.link.why})` : ""}`
          }
        ];
        if (m.bucket && m.bucket.span !== m.anchor) related2.push({ span: m.bucket.span, message: "Mastodon's media bucket" });
        ctx.report({
          span: m.anchor,
          confidence,
          message: `${subject}, but ${bucket}: ${cost}; ${fix}`,
          related: related2
        });
      }
    }
  }
});

// src/lint/rules/MSTDN202.ts
function blocking(links, defined) {
  let explicit = false;
  for (const l of ordered(links)) {
    const pab = l.config.publicAccessBlock;
    if (!pab) continue;
    if (l.config.kind !== "account") explicit = true;
    if (pab.blockPublicAcls.value === true) return { which: "BlockPublicAcls", span: pab.blockPublicAcls.span ?? pab.span, link: l, defaulted: false, flag: pab.blockPublicAcls };
    if (pab.ignorePublicAcls.value === true) return { which: "IgnorePublicAcls", span: pab.ignorePublicAcls.span ?? pab.span, link: l, defaulted: false, flag: pab.ignorePublicAcls };
  }
  if (!explicit && defined) return { which: "BlockPublicAcls", span: defined.config.nameSpan, link: defined, defaulted: true, flag: null };
  return null;
}
var MSTDN202_default = defineRule({
  id: "MSTDN202",
  name: "public-acl-blocked",
  severity: "error",
  short: "Mastodon uploads with a public-read ACL to a bucket that blocks or ignores public ACLs",
  full: "Mastodon sends `S3_PERMISSION` (default `public-read`) as the ACL of every upload. With S3 Block Public Access `BlockPublicAcls` on, S3 rejects every such PUT with 403 AccessDenied, so no media is stored. With `IgnorePublicAcls` on, uploads succeed but the ACL is ignored: the files stay private and visitors get 403 for every avatar and attachment, unless a bucket policy or a CDN grants read access. Send no ACL (`S3_PERMISSION=`) and grant public read with a bucket policy or a CDN, or turn the setting off.",
  check: {
    project(model, ctx) {
      for (const m of mediaBuckets(model)) {
        const p = m.permission;
        if (p.kind === "empty" || p.kind === "unknown") continue;
        if (p.kind === "value" && !isPublicAcl(p.value)) continue;
        const acl = p.kind === "absent" ? "public-read" : p.value;
        const own = ownershipEvidence(m);
        if (own?.state === "enforced") continue;
        let confidence = lower(m.envConfidence, own?.state === "acls" ? "high" : "low");
        const links = m.links;
        const defined = own?.state === "acls" ? links.find((l) => l.config.kind === "bucket") : void 0;
        const b = blocking(links, defined);
        if (!b) continue;
        confidence = lower(confidence, lower(b.link.confidence, b.defaulted ? "low" : "high"));
        const label = bucketLabel(m, b.link.config);
        const subject = p.kind === "absent" ? 'S3_PERMISSION is not set, so Mastodon uploads every file with the "public-read" ACL' : `S3_PERMISSION="${acl}" makes Mastodon upload every file with the "${acl}" ACL`;
        const why = b.link.why ? ` (${b.link.why})` : "";
        let message;
        let note;
        if (b.which === "BlockPublicAcls") {
          const bucket = b.defaulted ? `bucket ${label} has no public access block settings, and buckets created since April 2023 block public ACLs` : `bucket ${label} blocks public ACLs (BlockPublicAcls)`;
          message = `${subject}, but ${bucket}: every upload ${confidence === "low" ? "may be" : "is"} rejected with 403 AccessDenied; set "S3_PERMISSION=" (present and empty) and grant public read with a bucket policy or a CDN, or turn BlockPublicAcls off`;
          note = b.defaulted ? `${b.link.config.label} has no public access block settings, so a bucket created since April 2023 blocks public ACLs${why}` : `BlockPublicAcls rejects PUTs that carry a public ACL${why}`;
        } else {
          if (m.aliasHost) continue;
          const policy = publicReadPolicy(m);
          if (policy === "yes") continue;
          if (policy === "unknown") confidence = "low";
          message = `${subject}, but bucket ${label} ignores public ACLs (IgnorePublicAcls): uploads succeed yet every file stays private, so visitors ${confidence === "low" ? "may get" : "get"} 403 for all media; grant public read on the objects with a bucket policy (or serve them through a CDN with S3_ALIAS_HOST) and set "S3_PERMISSION="`;
          note = `IgnorePublicAcls makes public ACLs ineffective${why}`;
        }
        const related2 = [{ span: b.span, message: note }];
        if (m.bucket && m.bucket.span !== m.anchor) related2.push({ span: m.bucket.span, message: "Mastodon's media bucket" });
        ctx.report({ span: m.anchor, confidence, message, related: related2 });
      }
    }
  }
});

// src/mastodon/env-vars.ts
var CATALOG = [];
function v(name, kind, dflt, source, note, o = {}) {
  CATALOG.push({
    name,
    kind,
    default: dflt,
    secret: o.secret ?? (kind === "secret" || Boolean(o.credentialsInUrl)),
    reader: o.reader ?? "rails",
    source,
    note,
    ...o.since ? { since: o.since } : {},
    ...o.obsolete ? { obsolete: o.obsolete } : {},
    ...o.credentialsInUrl ? { credentialsInUrl: true } : {},
    ...o.keyPresence ? { keyPresence: true } : {},
    ...o.values ? { values: o.values } : {}
  });
}
var HOSTS = "config/initializers/1_hosts.rb";
v("LOCAL_DOMAIN", "host-without-scheme", "localhost:<PORT>", HOSTS, "the server identity (handles @user@LOCAL_DOMAIN); cannot be changed later; no scheme");
v("WEB_DOMAIN", "host-without-scheme", "<LOCAL_DOMAIN>", HOSTS, "where the web interface is served when it differs from LOCAL_DOMAIN; no scheme");
v("ALTERNATE_DOMAINS", "list", "", HOSTS, "comma-separated extra domains the server answers for");
v("LOCAL_HTTPS", "boolean-exact-true", "false", HOSTS, "only outside production; production always uses https");
v("STREAMING_API_BASE_URL", "url", "wss://<WEB_DOMAIN>", HOSTS, "URL the web app uses for the streaming API");
v("ALLOWED_PRIVATE_ADDRESSES", "list", "", "config/initializers/allowed_private_addresses.rb", "comma-separated private IPs/CIDRs outgoing requests may reach");
v("AUTHORIZED_FETCH", "boolean-exact-true", "false", "app/helpers/authorized_fetch_helper.rb, streaming", "secure mode; when set at all it overrides the admin setting, and only `true` turns it on", { reader: "rails+streaming" });
v("LIMITED_FEDERATION_MODE", "boolean-exact-true", "false", "config/initializers/2_limited_federation_mode.rb", "allow-list federation; implies AUTHORIZED_FETCH", { reader: "rails+streaming" });
v("WHITELIST_MODE", "boolean-exact-true", "false", "config/initializers/2_limited_federation_mode.rb, deprecations.rb", "old name of LIMITED_FEDERATION_MODE", {
  reader: "rails+streaming",
  obsolete: { since: "3.1.5", effect: "deprecated", replacement: "LIMITED_FEDERATION_MODE", note: "is the pre-3.1.5 name of LIMITED_FEDERATION_MODE and logs a deprecation warning at every boot; rename it to LIMITED_FEDERATION_MODE" }
});
v("DISALLOW_UNAUTHENTICATED_API_ACCESS", "boolean", "false", "app/controllers/api/base_controller.rb", "logged-out API access off");
v("SINGLE_USER_MODE", "boolean-exact-true", "false", "config/initializers/single_user_mode.rb", "front page redirects to the first profile, registrations off");
v("DISABLE_AUTOMATIC_SWITCHING_TO_APPROVED_REGISTRATIONS", "boolean", "false", "app/workers/scheduler/auto_close_registrations_scheduler.rb", "keep open registrations open without moderator activity", { since: "4.2.8" });
v("DEFAULT_LOCALE", "string", "en", "config/initializers/i18n.rb", "fallback UI language");
v("FORCE_DEFAULT_LOCALE", "boolean", "false", "app/controllers/concerns/localized.rb", "ignore the browser language", { since: "4.4.0" });
v("SELF_DESTRUCT", "string", null, "config/mastodon.yml", "token from `tootctl self-destruct enable`; deletes the server");
v("EXPERIMENTAL_FEATURES", "list", "", "config/mastodon.yml", "comma-separated feature flags");
v("UPDATE_CHECK_URL", "url", "https://api.joinmastodon.org/update-check", "config/mastodon.yml", "empty disables update checks");
v("DONATION_CAMPAIGNS_URL", "url", null, "config/mastodon.yml", "donation campaigns API");
v("DONATION_CAMPAIGNS_ENVIRONMENT", "string", null, "config/mastodon.yml", "donation campaigns environment tag");
v("SOURCE_BASE_URL", "url", "https://github.com/<GITHUB_REPOSITORY>", "lib/mastodon/version.rb", "source code link");
v("GITHUB_REPOSITORY", "string", "mastodon/mastodon", "lib/mastodon/version.rb", "source repository");
v("SOURCE_TAG", "string", null, "lib/mastodon/version.rb", "git tag shown in the version API");
v("SOURCE_COMMIT", "string", null, "lib/mastodon/version.rb", "git commit shown in the version API");
v("MASTODON_VERSION_PRERELEASE", "string", null, "lib/mastodon/version.rb", "version suffix");
v("MASTODON_VERSION_METADATA", "string", null, "lib/mastodon/version.rb", "version build metadata");
v("SECRET_KEY_BASE", "secret", null, "Rails (production)", "signs sessions and cookies; Rails refuses to boot in production without it", { reader: "rails-framework" });
v("SECRET_KEY_BASE_DUMMY", "boolean", null, "config/initializers/active_record_encryption.rb", "asset builds only");
v("OTP_SECRET", "secret", null, "db/post_migrate/20240307180905_migrate_devise_two_factor_secrets.rb", "required by production.rb up to 4.3.x; from 4.4.0 only the 2FA secret migration reads it");
var ARE = "config/initializers/active_record_encryption.rb";
for (const k of ["DETERMINISTIC_KEY", "KEY_DERIVATION_SALT", "PRIMARY_KEY"]) {
  v(`ACTIVE_RECORD_ENCRYPTION_${k}`, "secret", null, ARE, "boot aborts when missing; in production also when it ends with DO_NOT_USE_IN_PRODUCTION; generate with `bin/rails db:encryption:init`, never change", { since: "4.3.0" });
}
v("VAPID_PRIVATE_KEY", "secret", null, "config/initializers/vapid.rb", "Web Push signing key; generate with `rake mastodon:webpush:generate_vapid_key`");
v("VAPID_PUBLIC_KEY", "string", null, "config/initializers/vapid.rb", "Web Push public key, published in /api/v2/instance");
v("MIGRATION_IGNORE_INVALID_OTP_SECRET", "boolean", null, "db/post_migrate/20240307180905_migrate_devise_two_factor_secrets.rb", "skip undecryptable 2FA secrets during that migration");
v("RAILS_ENV", "enum", "development", "config/boot.rb", "read before dotenv, so set it in the process environment (the Docker image sets production)", { reader: "process", values: ["production", "development", "test"] });
v("NODE_ENV", "enum", "development", "streaming/index.js", "read before dotenv; picks .env.production for the streaming server", { reader: "process", values: ["production", "development", "test"] });
v("RACK_ENV", "string", null, "Rails", "fallback for RAILS_ENV", { reader: "process" });
v("PORT", "number", "3000 (web), 4000 (streaming)", "config/puma.rb, streaming/index.js", "per process; read before dotenv", { reader: "process" });
v("BIND", "host", "127.0.0.1 (0.0.0.0 in the image)", "config/puma.rb, streaming/index.js", "per process; read before dotenv", { reader: "process" });
v("SOCKET", "path", null, "config/puma.rb, streaming/index.js", "Unix socket instead of BIND/PORT; read before dotenv", { reader: "process" });
v("RAILS_SERVE_STATIC_FILES", "boolean-exact-true", "false", "config/application.rb", "Rails serves public/ itself (Mastodon::Middleware::PublicFileServer)");
v("RAILS_LOG_LEVEL", "enum", "info", "config/environments/production.rb", "web and Sidekiq log level", { values: ["debug", "info", "warn", "error", "fatal", "unknown"] });
v("RAILS_LOG_TO_STDOUT", "boolean", null, "config/environments/production.rb", "log to stdout");
v("LOG_LEVEL", "enum", "info", "streaming/logging.js", "streaming server log level", { reader: "streaming", values: ["silent", "fatal", "error", "warn", "info", "debug", "trace"] });
v("TRUSTED_PROXY_IP", "list", "loopback and private ranges", "config/environments/production.rb, streaming", "comma-separated IPs/CIDRs of reverse proxies; replaces the defaults", { reader: "rails+streaming" });
v("PROXY_PROTO_V1", "boolean-exact-true", "false", "config/puma.rb", "PROXY protocol v1 in Puma");
v("SENDFILE_HEADER", "enum", null, "config/environments/production.rb", "X-Sendfile / X-Accel-Redirect", { values: ["X-Sendfile", "X-Accel-Redirect"] });
v("MASTODON_USE_LIBVIPS", "boolean-exact-true", "true (4.6.0+)", "config/application.rb (up to 4.5)", "libvips instead of ImageMagick", {
  since: "4.3.0",
  obsolete: { since: "4.6.0", effect: "ignored", note: "has been ignored since Mastodon 4.6.0, which dropped ImageMagick and always uses libvips; remove it and make sure libvips 8.13 or newer is installed" }
});
v("MASTODON_SIDEKIQ_READY_FILENAME", "string", null, "config/initializers/sidekiq.rb", "file Sidekiq touches once ready (readiness probes)");
v("VIPS_BLOCK_UNTRUSTED", "boolean", "true", "config/initializers/vips.rb", "block untrusted libvips loaders");
v("FFMPEG_BINARY", "path", "ffmpeg", "config/initializers/ffmpeg.rb", "ffmpeg executable");
v("FFPROBE_BINARY", "path", "ffprobe", "config/initializers/ffmpeg.rb", "ffprobe executable");
v("MAX_REQUEST_POOL_SIZE", "number", "512", "app/lib/request_pool.rb", "outgoing HTTP connection pool");
v("WEB_CONCURRENCY", "number", "2", "config/puma.rb", "Puma worker processes");
v("MAX_THREADS", "number", "5", "config/puma.rb, lib/mastodon/redis_configuration.rb", "Puma threads per worker; also the default DB and Redis pool size in web");
v("MIN_THREADS", "number", "<MAX_THREADS>", "config/puma.rb", "minimum Puma threads");
v("PERSISTENT_TIMEOUT", "number", "20", "config/puma.rb", "Puma keep-alive timeout (s)");
v("SIDEKIQ_CONCURRENCY", "number", "5", "config/sidekiq.yml", "Sidekiq threads when -c is not given", { since: "4.1.0" });
v("STREAMING_CLUSTER_NUM", "number", null, "streaming/index.js (up to 4.2)", "streaming worker processes", {
  reader: "streaming",
  obsolete: { since: "4.3.0", effect: "ignored", note: "has been ignored since Mastodon 4.3.0, where the streaming server became a single process; remove it and run more streaming processes instead" }
});
var DB = "config/database.yml, streaming/database.js";
v("DB_HOST", "host", "localhost", DB, "host or socket directory", { reader: "rails+streaming" });
v("DB_PORT", "number", "5432", DB, "port", { reader: "rails+streaming" });
v("DB_NAME", "string", "mastodon_production", DB, "database", { reader: "rails+streaming" });
v("DB_USER", "string", "mastodon", DB, "user", { reader: "rails+streaming" });
v("DB_PASS", "secret", "", DB, "password", { reader: "rails+streaming" });
v("DB_POOL", "number", "Sidekiq concurrency, else MAX_THREADS, else 5 (streaming: 10)", DB, "connection pool; smaller than the thread count starves threads", { reader: "rails+streaming" });
v("DB_SSLMODE", "enum", "prefer", DB, "libpq sslmode", { reader: "rails+streaming", values: ["disable", "allow", "prefer", "require", "verify-ca", "verify-full", "no-verify"] });
v("DATABASE_URL", "url", null, "Rails, streaming/database.js", "wins over DB_*; may embed user:password@", { reader: "rails+streaming", credentialsInUrl: true });
v("PREPARED_STATEMENTS", "boolean-not-false", "true", "config/database.yml", "set false behind a transaction-mode pooler (PgBouncer)");
v("QUERY_LOG_TAGS_ENABLED", "boolean", "false", "config/application.rb", "SQL comments with controller/job; disables prepared statements", { since: "4.4.0" });
v("REPLICA_DB_HOST", "host", null, "config/database.yml", "read replica host");
v("REPLICA_DB_PORT", "number", null, "config/database.yml", "read replica port");
v("REPLICA_DB_NAME", "string", null, "config/database.yml", "read replica database");
v("REPLICA_DB_USER", "string", null, "config/database.yml", "read replica user");
v("REPLICA_DB_PASS", "secret", null, "config/database.yml", "read replica password");
v("REPLICA_DATABASE_URL", "url", null, "config/database.yml", "read replica URL; may embed user:password@", { credentialsInUrl: true });
v("REPLICA_PREPARED_STATEMENTS", "boolean-not-false", "<PREPARED_STATEMENTS>", "config/database.yml", "prepared statements on the replica");
v("REPLICA_DB_TASKS", "boolean-not-false", "true", "config/database.yml", "run schema tasks on the replica too");
v("SKIP_POST_DEPLOYMENT_MIGRATIONS", "boolean-exact-true", "false", "lib/mastodon/database.rb", "db:migrate skips post-deployment migrations");
var REDIS = "lib/mastodon/redis_configuration.rb";
v("REDIS_URL", "url", null, `${REDIS}, streaming/redis.js`, "wins over every other REDIS_* setting; may embed user:password@", { reader: "rails+streaming", credentialsInUrl: true });
v("REDIS_HOST", "host", "localhost (streaming: 127.0.0.1)", `${REDIS}, streaming/redis.js`, "host", { reader: "rails+streaming" });
v("REDIS_PORT", "number", "6379", `${REDIS}, streaming/redis.js`, "port", { reader: "rails+streaming" });
v("REDIS_DB", "number", "0", `${REDIS}, streaming/redis.js`, "database number", { reader: "rails+streaming" });
v("REDIS_USER", "string", null, REDIS, "ACL user for Rails and Sidekiq (the streaming server reads REDIS_USERNAME)", { since: "4.3.0" });
v("REDIS_USERNAME", "string", null, "streaming/redis.js", "ACL user for the streaming server only; Rails and Sidekiq read REDIS_USER", { reader: "streaming" });
v("REDIS_PASSWORD", "secret", null, `${REDIS}, streaming/redis.js`, "password", { reader: "rails+streaming" });
v("REDIS_DRIVER", "enum", "hiredis", REDIS, "`ruby` is needed for TLS (rediss://)", { since: "4.3.0", values: ["hiredis", "ruby"] });
v("REDIS_SENTINELS", "list", null, `${REDIS}, streaming/redis.js`, "comma-separated host:port; needs REDIS_SENTINEL_MASTER", { since: "4.3.0", reader: "rails+streaming" });
v("REDIS_SENTINEL_MASTER", "string", null, `${REDIS}, streaming/redis.js`, "sentinel master name; needs REDIS_SENTINELS", { since: "4.3.0", reader: "rails+streaming" });
v("REDIS_SENTINEL_PORT", "number", "26379", `${REDIS}, streaming/redis.js`, "default sentinel port", { since: "4.3.0", reader: "rails+streaming" });
v("REDIS_SENTINEL_USERNAME", "string", "<REDIS_USER>", `${REDIS}, streaming/redis.js`, "sentinel user", { since: "4.3.0", reader: "rails+streaming" });
v("REDIS_SENTINEL_PASSWORD", "secret", "<REDIS_PASSWORD>", `${REDIS}, streaming/redis.js`, "sentinel password", { since: "4.3.0", reader: "rails+streaming" });
v("REDIS_NAMESPACE", "string", null, "config/initializers/deprecations.rb", "prefix of every Redis key up to 4.3", {
  reader: "rails+streaming",
  obsolete: {
    since: "4.4.0",
    effect: "boot-abort",
    note: "makes Mastodon 4.4.0 and later abort at boot, even when empty; migrate the keys with mastodon/redis_namespace_migration, then remove it"
  }
});
for (const p of ["SIDEKIQ", "CACHE"]) {
  const who2 = p === "SIDEKIQ" ? "Sidekiq" : "the Rails cache";
  const only = `only used when ${p}_REDIS_URL, ${p}_REDIS_HOST or ${p}_REDIS_SENTINELS with ${p}_REDIS_SENTINEL_MASTER is set; otherwise ${who2} uses the base REDIS_* connection`;
  v(`${p}_REDIS_URL`, "url", null, REDIS, `separate Redis for ${who2}; wins over the other ${p}_REDIS_*; may embed user:password@`, { credentialsInUrl: true });
  v(`${p}_REDIS_HOST`, "host", null, REDIS, `separate Redis for ${who2}; blank means the base REDIS_* connection`);
  v(`${p}_REDIS_PORT`, "number", null, REDIS, only);
  v(`${p}_REDIS_DB`, "number", null, REDIS, only);
  v(`${p}_REDIS_USER`, "string", null, REDIS, only, { since: "4.3.0" });
  v(`${p}_REDIS_PASSWORD`, "secret", null, REDIS, only);
  v(`${p}_REDIS_SENTINELS`, "list", null, REDIS, `sentinels for ${who2}; needs ${p}_REDIS_SENTINEL_MASTER`, { since: "4.3.0" });
  v(`${p}_REDIS_SENTINEL_MASTER`, "string", null, REDIS, `sentinel master for ${who2}; needs ${p}_REDIS_SENTINELS`, { since: "4.3.0" });
  v(`${p}_REDIS_SENTINEL_PORT`, "number", "26379", REDIS, only, { since: "4.3.0" });
  v(`${p}_REDIS_SENTINEL_USERNAME`, "string", null, REDIS, only, { since: "4.3.0" });
  v(`${p}_REDIS_SENTINEL_PASSWORD`, "secret", null, REDIS, only, { since: "4.3.0" });
  v(`${p}_REDIS_NAMESPACE`, "string", null, `${REDIS} (up to 4.3)`, `key prefix for ${who2} up to 4.3`, {
    obsolete: { since: "4.4.0", effect: "ignored", note: "has been ignored since Mastodon 4.4.0, which removed Redis namespaces; migrate namespaced keys with mastodon/redis_namespace_migration, then remove it" }
  });
}
var CHEWY = "config/initializers/chewy.rb";
v("ES_ENABLED", "boolean-exact-true", "false", CHEWY, "full-text search through Elasticsearch/OpenSearch");
v("ES_HOST", "string", "localhost", CHEWY, "host, or https://host for TLS");
v("ES_PORT", "number", "9200", CHEWY, "port");
v("ES_USER", "string", null, CHEWY, "user");
v("ES_PASS", "secret", null, CHEWY, "password");
v("ES_PREFIX", "string", null, CHEWY, "index name prefix (was REDIS_NAMESPACE before 4.4)");
v("ES_CA_FILE", "path", null, CHEWY, "CA bundle", { since: "4.3.0" });
v("ES_PRESET", "enum", "single_node_cluster", `${CHEWY}, lib/chewy/index_extensions.rb`, "shards and replicas", { values: ["single_node_cluster", "small_cluster", "large_cluster"] });
var EMAIL = "config/email.yml";
for (const pre of ["", "BULK_"]) {
  const o = pre ? { since: "4.4.0" } : {};
  const what = pre ? "bulk mail (announcements, terms of service)" : "mail";
  v(`${pre}SMTP_SERVER`, "host", null, EMAIL, `SMTP host for ${what}`, o);
  v(`${pre}SMTP_PORT`, "number", null, EMAIL, "SMTP port", o);
  v(`${pre}SMTP_LOGIN`, "string", null, EMAIL, "SMTP user", o);
  v(`${pre}SMTP_PASSWORD`, "secret", null, EMAIL, "SMTP password", o);
  v(`${pre}SMTP_DOMAIN`, "string", "<LOCAL_DOMAIN>", EMAIL, "HELO domain", o);
  v(`${pre}SMTP_AUTH_METHOD`, "enum", "plain", EMAIL, "SASL method", { ...o, values: ["plain", "login", "cram_md5", "none"] });
  v(`${pre}SMTP_CA_FILE`, "path", "/etc/ssl/certs/ca-certificates.crt", EMAIL, "CA bundle", o);
  v(`${pre}SMTP_OPENSSL_VERIFY_MODE`, "enum", null, EMAIL, "certificate verification", { ...o, values: ["none", "peer", "client_once", "fail_if_no_peer_cert"] });
  v(`${pre}SMTP_ENABLE_STARTTLS`, "enum", null, EMAIL, "auto, always or never", { since: pre ? "4.4.0" : "4.0.0", values: ["auto", "always", "never"] });
  v(`${pre}SMTP_ENABLE_STARTTLS_AUTO`, "boolean-not-false", "true", EMAIL, "on unless exactly false", o);
  v(`${pre}SMTP_TLS`, "boolean-exact-true", "false", EMAIL, "implicit TLS", o);
  v(`${pre}SMTP_SSL`, "boolean-exact-true", "false", EMAIL, "implicit TLS (alias)", o);
}
v("SMTP_FROM_ADDRESS", "email", "notifications@localhost", `${EMAIL}, config/initializers/devise.rb`, "sender address");
v("SMTP_DELIVERY_METHOD", "enum", "smtp", EMAIL, "delivery method", { values: ["smtp", "sendmail", "file", "test", "letter_opener"] });
v("SMTP_REPLY_TO", "email", null, EMAIL, "Reply-To address");
v("SMTP_RETURN_PATH", "email", null, EMAIL, "Return-Path address");
var PC = "config/initializers/paperclip.rb";
v("S3_ENABLED", "boolean-exact-true", "false", `${PC}, ${HOSTS}`, "exactly `true` stores media in S3; anything else means the local disk");
v("S3_BUCKET", "string", null, PC, "bucket name");
v("AWS_ACCESS_KEY_ID", "string", null, PC, "S3 access key id (an identifier; the secret is AWS_SECRET_ACCESS_KEY)");
v("AWS_SECRET_ACCESS_KEY", "secret", null, PC, "S3 secret key");
v("S3_REGION", "string", "us-east-1", PC, "SDK region, always passed explicitly (so AWS_REGION has no effect)");
v("S3_PROTOCOL", "enum", "https", PC, "scheme of generated media URLs, not of the API endpoint", { values: ["http", "https"] });
v("S3_HOSTNAME", "host-without-scheme", "s3-<S3_REGION>.amazonaws.com", PC, "host in generated media URLs (<S3_PROTOCOL>://<S3_HOSTNAME>/<bucket>/<key>); not the API endpoint");
v("S3_ENDPOINT", "url", null, PC, "API endpoint with scheme; when present forces path-style and :s3_path_url URLs", { keyPresence: true });
v("S3_OVERRIDE_PATH_STYLE", "boolean-exact-true", "false", PC, "only with S3_ENDPOINT: `true` switches to virtual-hosted style");
v("S3_ALIAS_HOST", "host-without-scheme", null, `${PC}, app/lib/content_security_policy.rb`, "CDN host (optionally with a path) for media URLs <S3_PROTOCOL>://<alias>/<key>; no scheme", { keyPresence: true });
v("S3_CLOUDFRONT_HOST", "host-without-scheme", null, PC, "legacy name of S3_ALIAS_HOST (S3_ALIAS_HOST wins); no scheme", { keyPresence: true });
v("S3_PERMISSION", "enum", "public-read", `${PC}, app/models/backup.rb, app/services/update_media_attachments_permissions_service.rb`, "canned ACL on every upload; present-but-empty sends no ACL (needed when the bucket has ACLs disabled)", {
  values: ["", "private", "public-read", "authenticated-read", "bucket-owner-full-control"]
});
v("S3_SIGNATURE_VERSION", "enum", "v4", PC, "SDK signature version", { values: ["v2", "v4"] });
v("S3_OPEN_TIMEOUT", "number", "5", PC, "SDK http_open_timeout (s)");
v("S3_READ_TIMEOUT", "number", "5", PC, "SDK http_read_timeout (s)", { since: "3.3.0" });
v("S3_RETRY_LIMIT", "number", "0", PC, "SDK retry_limit", { since: "4.3.0" });
v("S3_MULTIPART_THRESHOLD", "number", "15728640", PC, "multipart upload threshold in bytes (15 MiB)");
v("S3_STORAGE_CLASS", "enum", null, PC, "storage class on upload; present-but-empty sends an empty class", {
  since: "4.2.0",
  keyPresence: true,
  values: ["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "GLACIER_IR", "EXPRESS_ONEZONE"]
});
v("S3_KEY_PREFIX", "string", null, PC, 'object keys become <prefix>/<path>; present-but-empty gives keys starting with "/"', { since: "4.3.0", keyPresence: true });
v("S3_FORCE_SINGLE_REQUEST", "boolean-exact-true", "false", PC, "single-request downloads for providers that break ranged GETs (#16822)", { since: "4.0.0" });
v("S3_ENABLE_CHECKSUM_MODE", "boolean-exact-true", "false", PC, "checksum validation on downloads; off by default since 4.2.0", { since: "4.2.0" });
v("S3_DISABLE_CHECKSUM_MODE", "boolean-exact-true", null, PC, "only existed in 4.2.0-beta2 to rc2 (#26435)", {
  obsolete: { since: "4.2.0", effect: "ignored", replacement: "S3_ENABLE_CHECKSUM_MODE", note: "has been ignored since Mastodon 4.2.0, where checksum validation became off by default; remove it, and set S3_ENABLE_CHECKSUM_MODE=true only if your provider supports checksums" }
});
v("S3_BATCH_DELETE_LIMIT", "number", "1000", "app/lib/attachment_batch.rb", "keys per DeleteObjects call", { since: "4.3.0" });
v("S3_BATCH_DELETE_RETRY", "number", "3", "app/lib/attachment_batch.rb", "tries for batch deletes", { since: "4.3.0" });
v("EXTRA_MEDIA_HOSTS", "list", "", "app/lib/content_security_policy.rb", "extra CSP media sources (commas or spaces); does not change media URLs", { since: "4.4.0" });
v("CDN_HOST", "url", null, "config/environments/production.rb", "asset host for compiled assets, not media");
v("PAPERCLIP_ROOT_PATH", "path", ":rails_root/public/system", PC, "local media directory");
v("PAPERCLIP_ROOT_URL", "string", "/system", PC, "URL path of local media");
v("SWIFT_ENABLED", "boolean-exact-true", "false", `${PC}, ${HOSTS}`, "exactly `true` stores media in OpenStack Swift (only when S3_ENABLED is not true)");
v("SWIFT_USERNAME", "string", null, PC, "Swift user");
v("SWIFT_TENANT", "string", null, PC, "project name and tenant");
v("SWIFT_PASSWORD", "secret", null, PC, "Swift password");
v("SWIFT_PROJECT_ID", "string", null, PC, "project id");
v("SWIFT_AUTH_URL", "url", null, PC, "Keystone URL");
v("SWIFT_CONTAINER", "string", null, PC, "container");
v("SWIFT_OBJECT_URL", "url", null, PC, "public object URL (fog host)");
v("SWIFT_REGION", "string", null, PC, "region");
v("SWIFT_DOMAIN_NAME", "string", "default", PC, "domain");
v("SWIFT_CACHE_TTL", "number", "60", PC, "auth cache TTL (s)");
v("SWIFT_TEMP_URL_KEY", "secret", null, PC, "temporary URL key");
v("AZURE_ENABLED", "boolean-exact-true", "false", PC, "exactly `true` stores media in Azure Blob Storage (only when S3 and Swift are not enabled)", { since: "4.2.0" });
v("AZURE_STORAGE_ACCOUNT", "string", null, PC, "storage account", { since: "4.2.0" });
v("AZURE_STORAGE_ACCESS_KEY", "secret", null, PC, "access key", { since: "4.2.0" });
v("AZURE_CONTAINER_NAME", "string", null, PC, "container", { since: "4.2.0" });
v("AZURE_ALIAS_HOST", "host-without-scheme", null, PC, "CDN host for media URLs https://<alias>/<key>; no scheme", { since: "4.2.0", keyPresence: true });
v("CACHE_BUSTER_ENABLED", "boolean-exact-true", "false", "config/initializers/cache_buster.rb", "purge deleted media from a caching proxy");
v("CACHE_BUSTER_HTTP_METHOD", "enum", "GET", "config/initializers/cache_buster.rb", "purge request method", { values: ["GET", "POST", "PURGE"] });
v("CACHE_BUSTER_SECRET_HEADER", "string", null, "config/initializers/cache_buster.rb", "header carrying CACHE_BUSTER_SECRET");
v("CACHE_BUSTER_SECRET", "secret", null, "config/initializers/cache_buster.rb", "purge secret");
v("DEEPL_API_KEY", "secret", null, "config/translation.yml", "DeepL key");
v("DEEPL_PLAN", "enum", "free", "config/translation.yml", "DeepL plan", { since: "4.2.6", values: ["free", "pro"] });
v("LIBRE_TRANSLATE_ENDPOINT", "url", null, "config/translation.yml", "LibreTranslate URL");
v("LIBRE_TRANSLATE_API_KEY", "secret", null, "config/translation.yml", "LibreTranslate key");
v("HCAPTCHA_SITE_KEY", "string", null, "config/captcha.yml", "hCaptcha site key (public)");
v("HCAPTCHA_SECRET_KEY", "secret", null, "config/captcha.yml", "hCaptcha secret");
for (const k of ["ENABLED", "WEB_DETAILED_METRICS", "SIDEKIQ_DETAILED_METRICS", "LOCAL"]) {
  v(`MASTODON_PROMETHEUS_EXPORTER_${k}`, "boolean-exact-true", "false", "config/initializers/prometheus_exporter.rb", "Prometheus instrumentation", { since: "4.4.0" });
}
v("MASTODON_PROMETHEUS_EXPORTER_HOST", "host", "localhost", "config/initializers/prometheus_exporter.rb", "in-process exporter host", { since: "4.4.0" });
v("MASTODON_PROMETHEUS_EXPORTER_PORT", "number", "9394", "config/initializers/prometheus_exporter.rb", "in-process exporter port", { since: "4.4.0" });
v("PROMETHEUS_EXPORTER_HOST", "host", "localhost", "prometheus_exporter gem", "external exporter host", { since: "4.4.0" });
v("PROMETHEUS_EXPORTER_PORT", "number", "9394", "prometheus_exporter gem", "external exporter port", { since: "4.4.0" });
v("OTEL_EXPORTER_OTLP_ENDPOINT", "url", null, "config/initializers/opentelemetry.rb", "tracing is off unless set", { since: "4.3.0" });
v("OTEL_SERVICE_NAME_PREFIX", "string", "mastodon", "config/initializers/opentelemetry.rb", "service name prefix", { since: "4.3.0" });
v("OTEL_SERVICE_NAME_SEPARATOR", "string", "/", "config/initializers/opentelemetry.rb", "service name separator", { since: "4.3.0" });
for (const k of ["ADDR", "NAMESPACE", "SIDEKIQ"]) {
  v(`STATSD_${k}`, "string", null, "config/initializers/statsd.rb (up to 4.2)", "StatsD metrics", {
    obsolete: { since: "4.3.0", effect: "ignored", replacement: "MASTODON_PROMETHEUS_EXPORTER_ENABLED", note: "has been ignored since Mastodon 4.3.0, which removed StatsD support; remove it and use the Prometheus exporter or OpenTelemetry" }
  });
}
v("OMNIAUTH_ONLY", "boolean-exact-true", "false", "app/controllers/application_controller.rb", "only external login");
v("ONE_CLICK_SSO_LOGIN", "boolean-exact-true", "false", "app/lib/content_security_policy.rb", 'single "Login or Register" button');
v("ALLOW_UNSAFE_AUTH_PROVIDER_REATTACH", "boolean-exact-true", "false", "app/models/concerns/user/omniauthable.rb", "link providers by e-mail (account takeover risk)", { since: "4.2.6" });
v("SSO_ACCOUNT_SIGN_UP", "url", null, "config/initializers/3_omniauth.rb", "external sign-up page");
v("SSO_ACCOUNT_SETTINGS", "url", null, "config/initializers/3_omniauth.rb", "external account settings page");
var DEVISE = "config/initializers/devise.rb";
v("LDAP_ENABLED", "boolean-exact-true", "false", DEVISE, "LDAP login");
v("LDAP_HOST", "host", "localhost", DEVISE, "LDAP host");
v("LDAP_PORT", "number", "389", DEVISE, "LDAP port");
v("LDAP_METHOD", "enum", "simple_tls", DEVISE, "encryption", { values: ["simple_tls", "start_tls", "plain"] });
v("LDAP_BASE", "string", null, DEVISE, "search base");
v("LDAP_BIND_DN", "string", null, DEVISE, "bind DN");
v("LDAP_PASSWORD", "secret", null, DEVISE, "bind password");
v("LDAP_UID", "string", "cn", DEVISE, "uid attribute");
v("LDAP_MAIL", "string", "mail", DEVISE, "mail attribute");
v("LDAP_SEARCH_FILTER", "string", null, DEVISE, "search filter");
v("LDAP_TLS_NO_VERIFY", "boolean-exact-true", "false", DEVISE, "skip certificate verification");
v("LDAP_UID_CONVERSION_ENABLED", "boolean-exact-true", "false", DEVISE, "rewrite uids");
v("LDAP_UID_CONVERSION_SEARCH", "string", ".,- ", DEVISE, "characters to replace");
v("LDAP_UID_CONVERSION_REPLACE", "string", "_", DEVISE, "replacement");
v("PAM_ENABLED", "boolean-exact-true", "false", `${DEVISE}, config/application.rb`, "PAM login");
v("PAM_EMAIL_DOMAIN", "string", null, DEVISE, "e-mail domain for PAM users");
v("PAM_DEFAULT_SERVICE", "string", "rpam", DEVISE, "PAM service");
v("PAM_CONTROLLED_SERVICE", "string", null, DEVISE, "PAM controlled service");
var OMNI = "config/initializers/3_omniauth.rb";
v("CAS_ENABLED", "boolean-exact-true", "false", OMNI, "CAS login");
v("CAS_DISPLAY_NAME", "string", null, OMNI, "button label");
for (const k of ["URL", "VALIDATE_URL", "CALLBACK_URL", "LOGOUT_URL", "LOGIN_URL"]) v(`CAS_${k}`, "url", null, OMNI, "CAS endpoint");
v("CAS_HOST", "host", null, OMNI, "CAS host");
v("CAS_PORT", "number", null, OMNI, "CAS port");
v("CAS_SSL", "boolean-exact-true", "false", OMNI, "https to CAS");
v("CAS_UID_FIELD", "string", "user", OMNI, "uid field");
v("CAS_CA_PATH", "path", null, OMNI, "CA path");
v("CAS_DISABLE_SSL_VERIFICATION", "boolean-exact-true", "false", OMNI, "skip certificate verification");
for (const [k, d] of [["UID", "user"], ["NAME", "name"], ["EMAIL", "email"], ["NICKNAME", "nickname"], ["FIRST_NAME", "firstname"], ["LAST_NAME", "lastname"], ["LOCATION", "location"], ["IMAGE", "image"], ["PHONE", "phone"]]) {
  v(`CAS_${k}_KEY`, "string", d, OMNI, "CAS attribute");
}
v("CAS_SECURITY_ASSUME_EMAIL_IS_VERIFIED", "boolean-exact-true", "false", OMNI, "trust CAS e-mails");
v("SAML_ENABLED", "boolean-exact-true", "false", OMNI, "SAML login");
v("SAML_DISPLAY_NAME", "string", null, OMNI, "button label");
v("SAML_ACS_URL", "url", null, OMNI, "assertion consumer URL");
v("SAML_ISSUER", "string", null, OMNI, "issuer");
v("SAML_IDP_SSO_TARGET_URL", "url", null, OMNI, "IdP SSO URL");
v("SAML_IDP_SSO_TARGET_PARAMS", "string", null, OMNI, "extra IdP parameters");
v("SAML_IDP_CERT", "string", null, OMNI, "IdP certificate (public)");
v("SAML_IDP_CERT_FINGERPRINT", "string", null, OMNI, "IdP certificate fingerprint");
v("SAML_IDP_CERT_FINGERPRINT_VALIDATOR", "string", null, OMNI, "fingerprint validator");
v("SAML_NAME_IDENTIFIER_FORMAT", "string", null, OMNI, "NameID format");
v("SAML_CERT", "string", null, OMNI, "SP certificate (public)");
v("SAML_PRIVATE_KEY", "secret", null, OMNI, "SP private key");
v("SAML_SECURITY_WANT_ASSERTION_SIGNED", "boolean-exact-true", "false", OMNI, "require signed assertions");
v("SAML_SECURITY_WANT_ASSERTION_ENCRYPTED", "boolean-exact-true", "false", OMNI, "require encrypted assertions");
v("SAML_SECURITY_ASSUME_EMAIL_IS_VERIFIED", "boolean-exact-true", "false", OMNI, "trust SAML e-mails");
for (const k of ["UID", "EMAIL", "FULL_NAME", "FIRST_NAME", "LAST_NAME", "VERIFIED", "VERIFIED_EMAIL"]) v(`SAML_ATTRIBUTES_STATEMENTS_${k}`, "string", null, OMNI, "SAML attribute");
v("SAML_UID_ATTRIBUTE", "string", null, OMNI, "uid attribute");
v("SAML_ALLOWED_CLOCK_DRIFT", "number", "0", OMNI, "clock skew (s)");
v("OIDC_ENABLED", "boolean-exact-true", "false", OMNI, "OpenID Connect login");
v("OIDC_DISPLAY_NAME", "string", null, OMNI, "button label");
v("OIDC_ISSUER", "url", null, OMNI, "issuer URL");
v("OIDC_DISCOVERY", "boolean-exact-true", "false", OMNI, "fetch endpoints from discovery");
v("OIDC_SCOPE", "list", null, OMNI, "comma-separated scopes");
v("OIDC_UID_FIELD", "string", null, OMNI, "uid claim");
v("OIDC_CLIENT_ID", "string", null, OMNI, "client id");
v("OIDC_CLIENT_SECRET", "secret", null, OMNI, "client secret");
v("OIDC_REDIRECT_URI", "url", null, OMNI, "callback URL");
for (const k of ["AUTH_ENDPOINT", "TOKEN_ENDPOINT", "USER_INFO_ENDPOINT", "JWKS_URI", "END_SESSION_ENDPOINT", "IDP_LOGOUT_REDIRECT_URI"]) v(`OIDC_${k}`, "url", null, OMNI, "OIDC endpoint");
v("OIDC_SECURITY_ASSUME_EMAIL_IS_VERIFIED", "boolean-exact-true", "false", OMNI, "trust OIDC e-mails");
v("OIDC_CLIENT_AUTH_METHOD", "enum", "client_secret_basic", OMNI, "client authentication");
v("OIDC_USE_PKCE", "boolean-exact-true", "false", OMNI, "PKCE");
v("OIDC_SEND_NONCE", "boolean-not-false", "true", OMNI, "send nonce");
v("OIDC_SEND_SCOPE_TO_TOKEN_ENDPOINT", "boolean-not-false", "true", OMNI, "send scope to the token endpoint");
v("OIDC_RESPONSE_TYPE", "enum", "code", OMNI, "response type");
v("OIDC_RESPONSE_MODE", "enum", null, OMNI, "response mode");
v("OIDC_DISPLAY", "enum", null, OMNI, "display hint");
v("OIDC_PROMPT", "string", null, OMNI, "prompt");
v("OIDC_HOST", "host", null, OMNI, "provider host");
v("OIDC_PORT", "number", null, OMNI, "provider port");
v("OIDC_HTTP_SCHEME", "enum", "https", OMNI, "provider scheme", { values: ["http", "https"] });
v("http_proxy", "url", null, "config/initializers/http_client_proxy.rb", "proxy for outgoing requests (lowercase only); may embed user:password@", { credentialsInUrl: true });
v("http_hidden_proxy", "url", null, "config/initializers/http_client_proxy.rb", "proxy for .onion/.i2p (lowercase only); may embed user:password@", { credentialsInUrl: true });
v("ALLOW_ACCESS_TO_HIDDEN_SERVICE", "boolean-exact-true", "false", "config/initializers/http_client_proxy.rb", "reach .onion/.i2p through http_proxy");
v("EMAIL_DOMAIN_ALLOWLIST", "list", "", "app/validators/email_mx_validator.rb", "pipe-separated allowed e-mail domains");
v("EMAIL_DOMAIN_DENYLIST", "list", "", "app/validators/email_mx_validator.rb", "pipe-separated denied e-mail domains", {
  obsolete: { effect: "deprecated", note: "still works but is deprecated; block e-mail domains in the admin interface or with tootctl email-domain-blocks instead" }
});
v("EMAIL_DOMAIN_BLACKLIST", "list", "", "app/validators (deprecated alias)", "old name of EMAIL_DOMAIN_DENYLIST", {
  obsolete: { effect: "deprecated", replacement: "EMAIL_DOMAIN_DENYLIST", note: "is a deprecated alias of EMAIL_DOMAIN_DENYLIST; block e-mail domains in the admin interface instead" }
});
v("EMAIL_DOMAIN_WHITELIST", "list", "", "app/validators (deprecated alias)", "old name of EMAIL_DOMAIN_ALLOWLIST", {
  obsolete: { effect: "deprecated", replacement: "EMAIL_DOMAIN_ALLOWLIST", note: "is a deprecated alias of EMAIL_DOMAIN_ALLOWLIST; rename it to EMAIL_DOMAIN_ALLOWLIST" }
});
v("EMAIL_DOMAIN_LISTS_APPLY_AFTER_CONFIRMATION", "boolean-exact-true", "false", "app/models/user.rb", "re-check e-mail domains after confirmation");
v("MAX_SESSION_ACTIVATIONS", "number", "10", "config/initializers/session_activations.rb", "browser sessions per user");
v("USER_ACTIVE_DAYS", "number", "7", "app/models/user.rb", "home feeds of users idle longer are dropped");
v("DISABLE_EMAIL_SUBSCRIPTIONS", "boolean", "false", "config/initializers/email_subscriptions.rb", "turn off subscribing to accounts by e-mail");
v("DISABLE_FOLLOWERS_SYNCHRONIZATION", "boolean-exact-true", "false", "app/workers/activitypub/delivery_worker.rb", "skip follower synchronisation");
v("MAX_FOLLOWS_THRESHOLD", "number", "7500", "app/validators/follow_limit_validator.rb", "follow limit");
v("MAX_FOLLOWS_RATIO", "number", "1.1", "app/validators/follow_limit_validator.rb", "follow ratio above the threshold");
v("IP_RETENTION_PERIOD", "number", "31556952", "app/workers/scheduler/ip_cleanup_scheduler.rb", "seconds IP addresses are kept");
v("SESSION_RETENTION_PERIOD", "number", "31556952", "app/workers/scheduler/ip_cleanup_scheduler.rb", "seconds idle sessions are kept");
for (const [k, d] of [["ENABLED", "false"], ["COOLDOWN_MINUTES", "15"], ["INITIAL_WAIT_MINUTES", "5"], ["MAX_GLOBAL", "1000"], ["MAX_SINGLE", "500"], ["MAX_PAGES", "500"]]) {
  v(`FETCH_REPLIES_${k}`, k === "ENABLED" ? "boolean-exact-true" : "number", d, "app/services/activitypub/fetch_all_replies_service.rb (4.4 only)", "fetch-all-replies tuning", {
    since: "4.4.0",
    obsolete: { since: "4.5.0", effect: "ignored", note: "has been ignored since Mastodon 4.5.0, where fetching all replies became unconditional and its settings were removed; remove it" }
  });
}
v("BACKTRACE", "string", null, "config/initializers/backtrace_silencers.rb", "`1` keeps framework frames in backtraces");
v("BUNDLE_GEMFILE", "path", null, "config/boot.rb", "Bundler Gemfile", { reader: "process" });
v("GITHUB_API_TOKEN", "secret", null, "lib/tasks", "only for the AUTHORS.md rake task");
for (const k of [
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_CA_BUNDLE",
  "AWS_REQUEST_CHECKSUM_CALCULATION",
  "AWS_RESPONSE_CHECKSUM_VALIDATION",
  "AWS_MAX_ATTEMPTS",
  "AWS_RETRY_MODE",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_S3_US_EAST_1_REGIONAL_ENDPOINT",
  "AWS_S3_USE_ARN_REGION",
  "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS",
  "AWS_EC2_METADATA_DISABLED",
  "AWS_EC2_METADATA_SERVICE_ENDPOINT",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN",
  "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
  "AWS_ROLE_SESSION_NAME",
  "AWS_SDK_CONFIG_OPT_OUT",
  "AWS_SDK_UA_APP_ID",
  "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
  "AWS_ACCOUNT_ID",
  "AWS_DISABLE_REQUEST_COMPRESSION",
  "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES",
  "AWS_SIGV4A_SIGNING_REGION_SET",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_ENDPOINT_URL",
  "AWS_ENDPOINT_URL_S3"
]) {
  v(k, k === "AWS_SESSION_TOKEN" ? "secret" : "string", null, "aws-sdk-core", "read by the AWS SDK, not by Mastodon", { reader: "aws-sdk" });
}
var ENV_VARS = new Map(CATALOG.map((e) => [e.name, e]));
var LIVE_ENV_NAMES = CATALOG.filter((e) => !e.obsolete || e.obsolete.effect === "deprecated").map((e) => e.name);
function envVar(name) {
  return ENV_VARS.get(name);
}
var MISNAMED_ENV_VARS = new Map(
  [
    ["S3_ACL", "S3_PERMISSION", 'uploads still send "public-read"'],
    ["S3_PERMISSIONS", "S3_PERMISSION", 'uploads still send "public-read"'],
    ["S3_OBJECT_ACL", "S3_PERMISSION", 'uploads still send "public-read"'],
    ["S3_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "the S3 client gets no access key"],
    ["S3_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID", "the S3 client gets no access key"],
    ["S3_KEY_ID", "AWS_ACCESS_KEY_ID", "the S3 client gets no access key"],
    ["S3_SECRET_KEY", "AWS_SECRET_ACCESS_KEY", "the S3 client gets no secret key"],
    ["S3_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "the S3 client gets no secret key"],
    ["S3_SECRET", "AWS_SECRET_ACCESS_KEY", "the S3 client gets no secret key"],
    ["S3_BUCKET_NAME", "S3_BUCKET", "no bucket is configured"],
    ["AWS_S3_BUCKET", "S3_BUCKET", "no bucket is configured"],
    ["AWS_BUCKET", "S3_BUCKET", "no bucket is configured"],
    ["AWS_S3_REGION", "S3_REGION", 'requests are signed for "us-east-1"'],
    ["AWS_S3_ENDPOINT", "S3_ENDPOINT", "uploads go to AWS instead of your provider"],
    ["S3_ENDPOINT_URL", "S3_ENDPOINT", "uploads go to AWS instead of your provider"],
    ["S3_URL", "S3_ENDPOINT", "uploads go to AWS instead of your provider"],
    ["S3_CDN_HOST", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_CDN_URL", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_CLOUDFRONT_URL", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_ALIAS_URL", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_PUBLIC_URL", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_PUBLIC_HOST", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_CUSTOM_DOMAIN", "S3_ALIAS_HOST", "media URLs do not use your CDN"],
    ["S3_FORCE_PATH_STYLE", "S3_OVERRIDE_PATH_STYLE", "nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)"],
    ["S3_USE_PATH_STYLE", "S3_OVERRIDE_PATH_STYLE", "nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)"],
    ["S3_PATH_STYLE", "S3_OVERRIDE_PATH_STYLE", "nothing changes (path style is already forced when S3_ENDPOINT is set; S3_OVERRIDE_PATH_STYLE=true turns it off)"],
    ["S3_CHECKSUM_MODE", "S3_ENABLE_CHECKSUM_MODE", "checksum validation stays off"],
    ["SMTP_USER", "SMTP_LOGIN", "mail is sent without authentication"],
    ["SMTP_USERNAME", "SMTP_LOGIN", "mail is sent without authentication"],
    ["SMTP_HOST", "SMTP_SERVER", "mail goes to no server"],
    ["SMTP_PASS", "SMTP_PASSWORD", "mail is sent without a password"],
    ["SMTP_FROM", "SMTP_FROM_ADDRESS", 'mail is sent from "notifications@localhost"'],
    ["SMTP_SENDER", "SMTP_FROM_ADDRESS", 'mail is sent from "notifications@localhost"'],
    ["SMTP_STARTTLS", "SMTP_ENABLE_STARTTLS", 'STARTTLS stays on "auto"'],
    ["DB_PASSWORD", "DB_PASS", "Mastodon connects without a password"],
    ["DB_USERNAME", "DB_USER", 'Mastodon connects as "mastodon"'],
    ["DB_DATABASE", "DB_NAME", 'Mastodon uses "mastodon_production"'],
    ["ES_PASSWORD", "ES_PASS", "Elasticsearch is queried without a password"],
    ["ES_USERNAME", "ES_USER", "Elasticsearch is queried without a user"],
    ["REDIS_PASS", "REDIS_PASSWORD", "Redis is used without a password"],
    ["LDAP_BIND_PASSWORD", "LDAP_PASSWORD", "LDAP binds without a password"],
    ["SECRET_KEY", "SECRET_KEY_BASE", "Rails has no secret key base"],
    ["STREAMING_API_URL", "STREAMING_API_BASE_URL", 'the web app connects to "wss://<WEB_DOMAIN>"'],
    ["STREAMING_URL", "STREAMING_API_BASE_URL", 'the web app connects to "wss://<WEB_DOMAIN>"'],
    ["SIDEKIQ_THREADS", "SIDEKIQ_CONCURRENCY", "Sidekiq keeps its default of 5 threads"],
    ["DEEPL_KEY", "DEEPL_API_KEY", "translation stays off"],
    ["LIBRETRANSLATE_ENDPOINT", "LIBRE_TRANSLATE_ENDPOINT", "translation stays off"],
    ["LIBRETRANSLATE_API_KEY", "LIBRE_TRANSLATE_API_KEY", "translation stays off"]
  ].map(([name, use, cost]) => [name, { use, cost }])
);
var MASTODON_NAMESPACES = [
  "S3_",
  "AWS_",
  "DB_",
  "REDIS_",
  "CACHE_REDIS_",
  "SIDEKIQ_",
  "SMTP_",
  "BULK_SMTP_",
  "ES_",
  "SWIFT_",
  "AZURE_",
  "PAPERCLIP_",
  "STREAMING_",
  "LOCAL_",
  "WEB_",
  "VAPID_",
  "OIDC_",
  "SAML_",
  "LDAP_",
  "CAS_",
  "PAM_",
  "OMNIAUTH_",
  "HCAPTCHA_",
  "DEEPL_",
  "LIBRE_TRANSLATE_",
  "ACTIVE_RECORD_ENCRYPTION_",
  "REPLICA_",
  "CACHE_BUSTER_",
  "EMAIL_DOMAIN_",
  "FETCH_REPLIES_",
  "STATSD_",
  "SSO_"
];
function inMastodonNamespace(name) {
  const upper = name.toUpperCase();
  return MASTODON_NAMESPACES.some((p) => upper.startsWith(p));
}
var DISTINCTIVE = /* @__PURE__ */ new Set([
  "LOCAL_DOMAIN",
  "WEB_DOMAIN",
  "ALTERNATE_DOMAINS",
  "S3_ENABLED",
  "S3_ALIAS_HOST",
  "S3_PERMISSION",
  "PAPERCLIP_ROOT_PATH",
  "PAPERCLIP_ROOT_URL",
  "VAPID_PRIVATE_KEY",
  "VAPID_PUBLIC_KEY",
  "OTP_SECRET",
  "ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY",
  "ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY",
  "ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT",
  "STREAMING_API_BASE_URL",
  "SINGLE_USER_MODE",
  "AUTHORIZED_FETCH",
  "LIMITED_FEDERATION_MODE",
  "SMTP_FROM_ADDRESS",
  "SIDEKIQ_REDIS_URL",
  "SIDEKIQ_REDIS_HOST",
  "CACHE_REDIS_URL",
  "CACHE_REDIS_HOST",
  "ES_PRESET",
  "DEEPL_API_KEY",
  "LIBRE_TRANSLATE_ENDPOINT",
  "REDIS_NAMESPACE",
  "SWIFT_ENABLED",
  "AZURE_ENABLED",
  "MASTODON_USE_LIBVIPS",
  "IP_RETENTION_PERIOD",
  "SESSION_RETENTION_PERIOD"
]);
var PRODUCTION_RE = /(^|\/)(\.env\.production|env\.production|\.?production\.env)[^/]*$/i;
function isProductionEnvPath(path) {
  return PRODUCTION_RE.test(path);
}
function looksLikeMastodonEnv(path, keys) {
  if (isProductionEnvPath(path)) return true;
  for (const k of keys) if (DISTINCTIVE.has(k)) return true;
  return false;
}
function isDevOrTestEnvPath(path) {
  const base3 = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  return /(^|[.\-_])(test|testing|development|dev|ci|e2e)([.\-_]|$)/.test(base3.replace(/^\.env/, ""));
}
var PLACEHOLDER_RE = /^(?:<[^<>]*>|\[[^\]]*\]|x{3,}|\*{3,}|\.{3,}|_+|-+|\?+|changeme|change[-_ ]?me(?:[-_ ].*)?|change[-_ ]?this.*|replace[-_ ]?me.*|replace[-_ ]?with.*|fill[-_ ]?(?:me|in).*|your[-_ ].*|my[-_ ]?secret|secret|password|passwd|pass|todo|tbd|tba|none|null|nil|undefined|redacted|dummy|placeholder|example|sample|foo|foobar|test|insert[-_ ].*|put[-_ ].*|set[-_ ]?me|generate[-_ ].*|(?:my|some|a)[-_ ]?(?:random[-_ ]?)?(?:secret|password|key|token).*)$/i;
function isPlaceholderValue(value) {
  const v2 = value.trim();
  if (!v2) return false;
  if (PLACEHOLDER_RE.test(v2)) return true;
  if (/change[-_ ]?me|replace[-_ ]?me|your[-_ ].*[-_ ]here|_here$|-here$|^xxx|xxx$|<[^<>]+>|\{\{|\}\}/i.test(v2)) return true;
  return false;
}
var TRUTHY = /* @__PURE__ */ new Set(["true", "1", "yes", "y", "on", "t", "enable", "enabled"]);
function meansTrue(value) {
  return TRUTHY.has(value.trim().toLowerCase());
}
var SCHEME_RE = /^[a-z][a-z0-9+.-]*:\/\//i;
function hasScheme(value) {
  return SCHEME_RE.test(value.trim());
}
function urlPassword(value) {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@\s]*)@/i.exec(value.trim());
  if (!m) return null;
  const userinfo = m[1] ?? "";
  const colon = userinfo.indexOf(":");
  if (colon === -1) return null;
  const pw = userinfo.slice(colon + 1);
  if (!pw || isPlaceholderValue(pw) || /^\$|%24\{/.test(pw)) return null;
  return pw;
}
function looksLikeSecretName(name) {
  return /(^|_)(PASSWORD|PASSWD|PASS|SECRET|SECRET_KEY|PRIVATE_KEY|API_KEY|ACCESS_KEY|AUTH_TOKEN|API_TOKEN|TOKEN)$/i.test(name);
}

// src/lint/rules/MSTDN203.ts
var SDK_SHADOWED = {
  AWS_REGION: { use: "S3_REGION", cost: 'Mastodon still passes S3_REGION (default "us-east-1") to the S3 client and requests are signed for the wrong region' },
  AWS_DEFAULT_REGION: { use: "S3_REGION", cost: 'Mastodon still passes S3_REGION (default "us-east-1") to the S3 client and requests are signed for the wrong region' },
  AWS_ENDPOINT_URL: { use: "S3_ENDPOINT", cost: "media URLs and path-style addressing still follow S3_HOSTNAME and AWS defaults" },
  AWS_ENDPOINT_URL_S3: { use: "S3_ENDPOINT", cost: "media URLs and path-style addressing still follow S3_HOSTNAME and AWS defaults" }
};
var KNOWN = [...LIVE_ENV_NAMES];
var SUGGEST_MAX = 1e3;
function nearMiss(name) {
  if (name.length < 8) return void 0;
  const s = closest(name, KNOWN);
  if (!s || s.toLowerCase() === name.toLowerCase()) return void 0;
  return distance(name.toUpperCase(), s.toUpperCase()) <= 2 ? s : void 0;
}
var MSTDN203_default = defineRule({
  id: "MSTDN203",
  name: "unknown-env-var",
  severity: "warning",
  short: "A Mastodon-style environment variable that Mastodon does not read",
  full: "Mastodon reads a fixed set of environment variable names, case-sensitively. A misspelled or invented name (`S3_ACL`, `S3_ALIASHOST`, `SMTP_PASWORD`, `s3_enabled`) is silently ignored and Mastodon falls back to its default: uploads keep sending `public-read`, media URLs skip the CDN, mail goes out unauthenticated. Only names in Mastodon's prefixes (S3_, AWS_, DB_, REDIS_, SMTP_, ...) or very close to a known name are reported, so variables of other tools in the same file are left alone.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      let searched = 0;
      for (const e of env.entries) {
        const name = e.key;
        const shadowed = SDK_SHADOWED[name];
        if (shadowed) {
          const s3 = envGet(env, "S3_ENABLED");
          if (s3 && (s3.template || s3.value === "true") && !envGet(env, shadowed.use)) {
            ctx.report({
              span: e.keySpan,
              message: `"${name}" is not read by Mastodon, so ${shadowed.cost}; use ${shadowed.use}`
            });
          }
          continue;
        }
        if (envVar(name)) continue;
        const misnamed = MISNAMED_ENV_VARS.get(name);
        if (misnamed) {
          ctx.report({ span: e.keySpan, message: `"${name}" is not read by Mastodon, so ${misnamed.cost}; use ${misnamed.use}` });
          continue;
        }
        const upper = envVar(name.toUpperCase()) ? name.toUpperCase() : void 0;
        if (upper && upper !== name) {
          ctx.report({
            span: e.keySpan,
            message: `"${name}" is not read by Mastodon, which reads "${upper}" (names are case-sensitive), so the setting has no effect; rename it to ${upper}`
          });
          continue;
        }
        if (inMastodonNamespace(name)) {
          const s = searched++ < SUGGEST_MAX ? closest(name, KNOWN) : void 0;
          ctx.report({
            span: e.keySpan,
            message: s ? `"${name}" is not read by Mastodon, so the setting has no effect; did you mean ${s}?` : `"${name}" is not an environment variable Mastodon reads, so the setting has no effect; check the name against Mastodon's configuration docs or remove it`
          });
          continue;
        }
        const near = searched++ < SUGGEST_MAX ? nearMiss(name) : void 0;
        if (near) {
          ctx.report({ span: e.keySpan, message: `"${name}" is not read by Mastodon, so the setting has no effect; did you mean ${near}?` });
        }
      }
    }
  }
});

// src/lint/rules/MSTDN204.ts
var MSTDN204_default = defineRule({
  id: "MSTDN204",
  name: "obsolete-env-var",
  severity: "warning",
  short: "An environment variable that current Mastodon ignores, only tolerates, or refuses to boot with",
  full: "Some variables changed meaning or disappeared: `S3_DISABLE_CHECKSUM_MODE` never shipped in a release (checksums are off by default since 4.2.0; the live switch is `S3_ENABLE_CHECKSUM_MODE`), `REDIS_NAMESPACE` makes Mastodon 4.4.0 and later abort at boot until the keys are migrated, `WHITELIST_MODE` is an old alias of `LIMITED_FEDERATION_MODE`, and StatsD, `STREAMING_CLUSTER_NUM`, the 4.4-only `FETCH_REPLIES_*` settings and `MASTODON_USE_LIBVIPS` (4.6.0) are ignored. A setting that silently does nothing hides what the server really does.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      for (const e of env.entries) {
        const old = envVar(e.key)?.obsolete;
        if (!old) continue;
        if (e.key === "REDIS_NAMESPACE") {
          const es = envGet(env, "ES_ENABLED");
          const esOn = es !== void 0 && (es.template || es.value === "true");
          const ns = !e.template && !env.isTemplate && e.value ? `"${e.value}"` : "namespace";
          const esHint = esOn && !envGet(env, "ES_PREFIX") ? `, and set ES_PREFIX to the old ${ns} so search keeps its indices` : "";
          ctx.report({ span: e.keySpan, severity: "error", message: `"REDIS_NAMESPACE" ${old.note}${esHint}` });
          continue;
        }
        ctx.report({ span: e.keySpan, message: `"${e.key}" ${old.note}` });
      }
    }
  }
});

// src/lint/rules/MSTDN205.ts
var CRITICAL = {
  S3_ENABLED: "media silently go to the local disk instead of S3",
  SWIFT_ENABLED: "media silently go to the local disk instead of Swift",
  AZURE_ENABLED: "media silently go to the local disk instead of Azure",
  ES_ENABLED: "full-text search silently stays off",
  LIMITED_FEDERATION_MODE: "the server federates with everyone",
  AUTHORIZED_FETCH: "secure mode is off and the admin setting can no longer turn it on"
};
var MSTDN205_default = defineRule({
  id: "MSTDN205",
  name: "boolean-not-exactly-true",
  severity: "error",
  short: "A switch meant to be on (`True`, `1`, `yes`) that Mastodon reads as off because it compares with `== 'true'`",
  full: "Mastodon turns most switches on with `ENV['X'] == 'true'`: only the exact lowercase string `true` counts. `S3_ENABLED=True`, `S3_ENABLED=1` or `S3_ENABLED=\"true \"` all read as false, so Paperclip falls through to the local filesystem and uploads pile up on the web server disk while the bucket stays empty, with no error anywhere. The same applies to SWIFT_ENABLED, AZURE_ENABLED, ES_ENABLED, LIMITED_FEDERATION_MODE, AUTHORIZED_FETCH and the other flags of that kind.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      for (const list2 of env.byKey.values()) {
        const e = list2[list2.length - 1];
        if (!e || e.template || e.value === "true" || !meansTrue(e.value)) continue;
        const spec = ENV_VARS.get(e.key);
        if (spec?.kind !== "boolean-exact-true" || spec.obsolete?.effect === "ignored") continue;
        const cost = CRITICAL[e.key];
        ctx.report({
          span: e.valueSpan,
          severity: cost ? void 0 : "warning",
          // A literal in a template renders as written, but the file may be a sample someone edits first.
          confidence: env.isTemplate ? "low" : "high",
          message: `"${e.key}" is ${JSON.stringify(e.value)}, but Mastodon only accepts exactly "true", so ${cost ?? "the setting is off"}; write ${e.key}=true`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN206.ts
var BARE_HOSTS = {
  S3_ALIAS_HOST: { shows: (v2) => `media URLs come out as "https://${v2}/<key>"`, schemeFrom: "the scheme comes from S3_PROTOCOL" },
  S3_CLOUDFRONT_HOST: { shows: (v2) => `media URLs come out as "https://${v2}/<key>"`, schemeFrom: "the scheme comes from S3_PROTOCOL" },
  AZURE_ALIAS_HOST: { shows: (v2) => `media URLs come out as "https://${v2}/<key>"`, schemeFrom: "Azure media URLs always use https" },
  S3_HOSTNAME: { shows: (v2) => `media URLs come out as "https://${v2}/<bucket>/<key>"`, schemeFrom: "the scheme comes from S3_PROTOCOL" },
  LOCAL_DOMAIN: { shows: (v2) => `account handles become "@user@${v2}", which no server can resolve`, schemeFrom: "Mastodon adds https itself" },
  WEB_DOMAIN: { shows: (v2) => `links and ActivityPub ids come out as "https://${v2}/..."`, schemeFrom: "Mastodon adds https itself" }
};
function stripScheme(v2) {
  return v2.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/+$/, "");
}
var MSTDN206_default = defineRule({
  id: "MSTDN206",
  name: "host-or-endpoint-malformed",
  severity: "error",
  short: "A host setting written as a URL (or with a trailing slash), or S3_ENDPOINT written without a scheme",
  full: "Mastodon builds media URLs as `<S3_PROTOCOL>://<S3_ALIAS_HOST>/<key>`, so `S3_ALIAS_HOST=https://cdn.example.com` produces `https://https://cdn.example.com/...` and a trailing slash produces `//` before every key: every new attachment, avatar and header gets a broken URL that remote servers cache. The same holds for S3_CLOUDFRONT_HOST, AZURE_ALIAS_HOST, S3_HOSTNAME, LOCAL_DOMAIN and WEB_DOMAIN. S3_ENDPOINT is the opposite: the S3 client needs a full URL with `https://`, and rejects a bare host, so every upload fails.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      const report = (e, message) => ctx.report({ span: e.valueSpan, message });
      for (const [key, list2] of env.byKey) {
        const e = list2[list2.length - 1];
        if (!e || e.template || !e.value.trim() || !(key in BARE_HOSTS || key === "S3_ENDPOINT")) continue;
        const v2 = e.value.trim();
        const host = BARE_HOSTS[e.key];
        if (host) {
          const fixed = stripScheme(v2);
          if (hasScheme(v2)) {
            report(e, `"${e.key}" includes a scheme, so ${host.shows(v2)}; write ${e.key}=${fixed} (${host.schemeFrom})`);
          } else if (v2.endsWith("/")) {
            report(e, `"${e.key}" ends with "/", so ${host.shows(v2)}; write ${e.key}=${fixed}`);
          }
          continue;
        }
        if (e.key === "S3_ENDPOINT" && !hasScheme(v2)) {
          report(e, `"S3_ENDPOINT" has no scheme, so the S3 client rejects it and every upload fails; write S3_ENDPOINT=https://${v2.replace(/\/+$/, "")}`);
        }
      }
    }
  }
});

// src/lint/rules/MSTDN207.ts
var EMPTY_BREAKS = {
  S3_ENDPOINT: { cost: "the S3 client gets an empty endpoint and uploads fail", fix: "set the full endpoint URL", confidence: "low" },
  S3_ALIAS_HOST: { cost: 'media URLs become "https:///<key>" with no host', fix: "set the CDN host", confidence: "high" },
  S3_CLOUDFRONT_HOST: { cost: 'media URLs become "https:///<key>" with no host', fix: "set the CDN host", confidence: "high" },
  S3_STORAGE_CLASS: { cost: "every upload sends an empty storage class, which S3 rejects", fix: "set a class such as STANDARD", confidence: "low" },
  S3_KEY_PREFIX: { cost: 'every object key starts with "/" and media URLs get a double slash', fix: "set the prefix", confidence: "low" }
};
var OTHER_CREDENTIALS = ["AWS_PROFILE", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI"];
var MSTDN207_default = defineRule({
  id: "MSTDN207",
  name: "s3-config-incomplete",
  severity: "error",
  short: "S3 is enabled but the bucket is missing, or a setting Mastodon tests for presence is set to an empty value",
  full: 'With `S3_ENABLED=true` Paperclip needs `S3_BUCKET`; without it every upload fails. Mastodon tests `S3_ENDPOINT`, `S3_ALIAS_HOST`/`S3_CLOUDFRONT_HOST`, `S3_STORAGE_CLASS` and `S3_KEY_PREFIX` with `ENV.key?`, so a line such as `S3_ALIAS_HOST=` counts as set: media URLs lose their host, uploads get an empty endpoint or storage class, and object keys start with "/". Missing AWS credentials are a warning: the AWS SDK may still find an instance role.',
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      const enabled2 = envGet(env, "S3_ENABLED");
      if (!enabled2 || enabled2.template || enabled2.value !== "true") return;
      const related2 = [{ span: enabled2.span, message: "S3 is enabled here" }];
      const bucket = envGet(env, "S3_BUCKET");
      if (!bucket) {
        ctx.report({ span: enabled2.keySpan, message: '"S3_BUCKET" is not set although S3_ENABLED is true, so every upload fails; set it to the bucket name' });
      } else if (!bucket.template && !bucket.value.trim() && !env.isTemplate) {
        ctx.report({ span: bucket.keySpan, message: '"S3_BUCKET" is empty although S3_ENABLED is true, so every upload fails; set it to the bucket name', related: related2 });
      }
      if (!env.isTemplate) {
        for (const [key, what] of Object.entries(EMPTY_BREAKS)) {
          const e = envGet(env, key);
          if (!e || e.template || e.value !== "") continue;
          ctx.report({
            span: e.keySpan,
            confidence: what.confidence,
            message: `"${key}" is present but empty, and Mastodon tests it with ENV.key?, so ${what.cost}; remove the line or ${what.fix}`,
            related: related2
          });
        }
      }
      if (OTHER_CREDENTIALS.some((k) => envGet(env, k))) return;
      const missing = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"].filter((k) => {
        const e = envGet(env, k);
        return !e || !e.template && !e.value.trim() && !env.isTemplate;
      });
      if (missing.length === 0) return;
      const names = missing.map((k) => `"${k}"`).join(" and ");
      const anchor = missing.map((k) => envGet(env, k)).find((e) => e) ?? ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"].map((k) => envGet(env, k)).find((e) => e);
      ctx.report({
        span: anchor ? anchor.keySpan : enabled2.span,
        severity: "warning",
        confidence: "low",
        message: `${names} ${missing.length > 1 ? "are" : "is"} not set although S3_ENABLED is true, so uploads fail unless the AWS SDK finds credentials elsewhere (an instance role); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`,
        related: related2
      });
    }
  }
});

// src/lint/rules/MSTDN208.ts
var MSTDN208_default = defineRule({
  id: "MSTDN208",
  name: "secret-committed",
  severity: "error",
  short: "A Mastodon secret (SECRET_KEY_BASE, a password, an API key) committed in clear in an env file",
  full: "Anyone who can read the repository, its forks, CI logs or an old clone can use a committed secret: `SECRET_KEY_BASE` forges sessions, the `ACTIVE_RECORD_ENCRYPTION_*` keys decrypt stored data, `AWS_SECRET_ACCESS_KEY` deletes the media bucket, `DB_PASS` and `REDIS_PASSWORD` open the databases. Keep the real file out of git (commit a template with placeholders), load secrets from a secret store, and rotate any secret that was ever committed. Empty values, placeholders (`changeme`, `<...>`) and template markup are not reported, nor are `.env.test`/`.env.development` files.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file" || env.isTemplate || isDevOrTestEnvPath(env.file.path)) return;
      if (!looksLikeMastodonEnv(env.file.path, env.byKey.keys())) return;
      for (const e of env.entries) {
        const value = e.value.trim();
        if (e.template || !value || isPlaceholderValue(value)) continue;
        if (value.endsWith("DO_NOT_USE_IN_PRODUCTION")) continue;
        const spec = envVar(e.key);
        if (spec?.credentialsInUrl || !spec && /_URL$/i.test(e.key)) {
          if (urlPassword(value) !== null) {
            ctx.report({
              span: e.valueSpan,
              message: `"${e.key}" embeds a password in its URL (user:password@), committed in clear where anyone with access to the repository can use it; move the value to a secret store or an untracked file and rotate the password`
            });
          }
          continue;
        }
        const known = spec?.kind === "secret";
        if (!known && (spec || !looksLikeSecretName(e.key))) continue;
        ctx.report({
          span: e.valueSpan,
          confidence: known ? "high" : "low",
          message: `"${e.key}" holds a value committed in clear, where anyone with access to the repository can use it; move it to a secret store or an untracked file and rotate it`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN209.ts
var ARE2 = ["ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY", "ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT", "ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY"];
var VAPID = ["VAPID_PRIVATE_KEY", "VAPID_PUBLIC_KEY"];
var REQUIRED = [
  {
    key: "LOCAL_DOMAIN",
    severity: "error",
    short: "the server identity",
    cost: 'Mastodon falls back to "localhost:3000" as the server identity and federation breaks',
    fix: "set it to the domain of your handles (it cannot change later)",
    near: ["WEB_DOMAIN"],
    secret: false
  },
  {
    key: "SECRET_KEY_BASE",
    severity: "error",
    short: "Rails will not boot",
    cost: "Rails refuses to boot in production",
    fix: 'generate one with "bin/rails secret"',
    near: ["OTP_SECRET"],
    secret: true
  },
  ...ARE2.map((key) => ({
    key,
    severity: "error",
    short: "boot aborts",
    cost: "Mastodon 4.3.0 and later abort at boot",
    fix: 'generate all three with "bin/rails db:encryption:init" and never change them',
    near: ARE2.filter((k) => k !== key),
    secret: true
  })),
  ...VAPID.map((key) => ({
    key,
    severity: "warning",
    short: "no Web Push",
    cost: "Web Push notifications do not work",
    fix: 'generate the pair with "bin/rails mastodon:webpush:generate_vapid_key"',
    near: VAPID.filter((k) => k !== key),
    secret: key === "VAPID_PRIVATE_KEY"
  }))
];
function dirOf3(path) {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}
function firstLine(env) {
  const t = env.file.text;
  let end = t.indexOf("\n");
  if (end === -1) end = t.length;
  if (end > 0 && t[end - 1] === "\r") end--;
  return env.file.span(0, end);
}
function isFullProductionEnv(env) {
  if (!isProductionEnvPath(env.file.path) || isDevOrTestEnvPath(env.file.path)) return false;
  if (env.byKey.has("LOCAL_DOMAIN")) return true;
  let known = 0;
  for (const k of env.byKey.keys()) {
    const spec = envVar(k);
    if (spec && spec.reader !== "aws-sdk") known++;
  }
  return known >= 5;
}
function list(names) {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
var MSTDN209_default = defineRule({
  id: "MSTDN209",
  name: "required-env-missing",
  severity: "error",
  short: "A production env file lacks a variable Mastodon needs (LOCAL_DOMAIN, SECRET_KEY_BASE, the encryption keys)",
  full: "Without `SECRET_KEY_BASE` Rails will not boot in production; from 4.3.0 Mastodon aborts at boot unless all three `ACTIVE_RECORD_ENCRYPTION_*` keys are set, and also when one still ends with `DO_NOT_USE_IN_PRODUCTION` (the values from Mastodon's own test env). Without `LOCAL_DOMAIN` the server calls itself `localhost:3000`. Missing VAPID keys break Web Push. Only files named like `.env.production` that hold a Mastodon configuration are checked, together with other env files in the same directory; templates may use placeholders, but not leave a key out.",
  check: {
    project(model, ctx) {
      const files = model.envFiles.filter((e) => e.origin === "file");
      for (const env of files) {
        if (!isFullProductionEnv(env)) continue;
        const dir = dirOf3(env.file.path);
        const siblings = files.filter((o) => o !== env && o.isTemplate === env.isTemplate && dirOf3(o.file.path) === dir);
        const lookup = (k) => envGet(env, k) ?? siblings.map((s) => envGet(s, k)).find((e) => e);
        const missing = /* @__PURE__ */ new Map();
        for (const req of REQUIRED) {
          const e = lookup(req.key);
          if (!e) {
            const near = req.near.map((k) => envGet(env, k)).find((x) => x);
            const span2 = near ? near.keySpan : firstLine(env);
            const at = `${span2.start.offset}:${span2.end.offset}`;
            const slot = missing.get(at) ?? { span: span2, reqs: [] };
            slot.reqs.push(req);
            missing.set(at, slot);
            continue;
          }
          if (e.template) continue;
          const value = e.value.trim();
          if (ARE2.includes(req.key) && value.endsWith("DO_NOT_USE_IN_PRODUCTION")) {
            ctx.report({
              span: e.valueSpan,
              message: `"${req.key}" is a test value ending with "DO_NOT_USE_IN_PRODUCTION", so Mastodon aborts at boot in production; ${req.fix}`
            });
            continue;
          }
          if (env.isTemplate) continue;
          if (!value) {
            ctx.report({ span: e.keySpan, severity: req.severity, message: `"${req.key}" is empty, so ${req.cost}; ${req.fix}` });
          } else if (req.secret && isPlaceholderValue(value)) {
            ctx.report({
              span: e.valueSpan,
              severity: req.severity,
              message: `"${req.key}" still holds a placeholder in a real env file, so anyone can guess it; ${req.fix}`
            });
          }
        }
        if (!lookup("DATABASE_URL") && !lookup("DB_HOST")) {
          const near = ["DB_NAME", "DB_USER", "DB_PASS", "DB_PORT"].map((k) => envGet(env, k)).find((x) => x);
          const span2 = near ? near.keySpan : firstLine(env);
          const at = `${span2.start.offset}:${span2.end.offset}`;
          const slot = missing.get(at) ?? { span: span2, reqs: [] };
          slot.reqs.push({
            key: "DB_HOST",
            severity: "warning",
            short: "PostgreSQL on localhost",
            cost: 'Mastodon connects to PostgreSQL on "localhost"',
            fix: "set DB_HOST (or DATABASE_URL) unless PostgreSQL really runs on this host",
            near: [],
            secret: false
          });
          missing.set(at, slot);
        }
        for (const { span: span2, reqs } of missing.values()) {
          const sev = reqs.reduce((s, r) => severityRank(r.severity) > severityRank(s) ? r.severity : s, "info");
          const onlyDb = reqs.length === 1 && reqs[0].key === "DB_HOST";
          const report = { span: span2, severity: sev, confidence: onlyDb ? "low" : "high", message: "" };
          if (reqs.length === 1) {
            const r = reqs[0];
            report.message = `"${r.key}" is missing from this production env file, so ${r.cost}; ${r.fix}`;
          } else {
            const byCost = /* @__PURE__ */ new Map();
            for (const r of reqs) byCost.set(r.short, [...byCost.get(r.short) ?? [], `"${r.key}"`]);
            const names = [...byCost].map(([short, keys]) => `${list(keys)} (${short})`);
            const fixes = [...new Set(reqs.map((r) => r.fix))];
            const how = fixes.length === 1 ? fixes[0] : "set them (the rule documentation says how to generate each)";
            report.message = `this production env file lacks ${list(names)}; ${how}`;
          }
          ctx.report(report);
        }
      }
    }
  }
});

// src/lint/rules/MSTDN210.ts
var DEPENDENT = ["PORT", "DB", "USER", "PASSWORD", "SENTINEL_PORT", "SENTINEL_USERNAME", "SENTINEL_PASSWORD"];
var DROPPED_BY_URL = ["HOST", "PORT", "DB", "USER", "USERNAME", "PASSWORD", "SENTINELS", "SENTINEL_MASTER", "SENTINEL_PORT", "SENTINEL_USERNAME", "SENTINEL_PASSWORD"];
function present(e) {
  return e !== void 0;
}
function filled(env, e) {
  return e !== void 0 && (e.template || env.isTemplate || e.value.trim() !== "");
}
function who(prefix) {
  return prefix === "SIDEKIQ_" ? "Sidekiq" : prefix === "CACHE_" ? "the Rails cache" : "Mastodon";
}
function checkPrefix(env, prefix, report) {
  const k = (s) => `${prefix}REDIS_${s}`;
  const url = envGet(env, k("URL"));
  if (url) {
    if (url.template || url.value.trim() === "") return;
    for (const s of DROPPED_BY_URL) {
      const e = envGet(env, k(s));
      if (!present(e)) continue;
      if (prefix !== "" && s === "USERNAME") continue;
      report(e, `"${e.key}" is ignored because ${k("URL")} is set and wins over the other ${prefix}REDIS_* settings; put it in the URL or remove it`);
    }
    return;
  }
  if (prefix === "") return;
  const host = envGet(env, k("HOST"));
  const sentinel = filled(env, envGet(env, k("SENTINEL_MASTER"))) && filled(env, envGet(env, k("SENTINELS")));
  if (filled(env, host) || sentinel) return;
  const cost = `so ${who(prefix)} uses the base REDIS_* connection`;
  const fix = `set ${k("HOST")} or ${k("URL")}, or remove it`;
  if (present(host)) {
    report(host, `"${host.key}" is empty, so it counts as unset and ${who(prefix)} uses the base REDIS_* connection along with every other ${prefix}REDIS_* setting; set it or remove the ${prefix}REDIS_* lines`);
  }
  for (const s of [...DEPENDENT, "SENTINELS", "SENTINEL_MASTER"]) {
    const e = envGet(env, k(s));
    if (!present(e)) continue;
    const why = s === "SENTINELS" || s === "SENTINEL_MASTER" ? `${k("SENTINELS")} needs ${k("SENTINEL_MASTER")} (and the other way round)` : `neither ${k("URL")} nor ${k("HOST")} (nor ${k("SENTINELS")} with ${k("SENTINEL_MASTER")}) is set`;
    report(e, `"${e.key}" is ignored because ${why}, ${cost}; ${fix}`);
  }
}
var MSTDN210_default = defineRule({
  id: "MSTDN210",
  name: "redis-setting-ignored",
  severity: "warning",
  short: "A SIDEKIQ_REDIS_* / CACHE_REDIS_* / REDIS_* setting that Mastodon drops without a word",
  full: "Mastodon builds each Redis connection (`lib/mastodon/redis_configuration.rb`) from `<prefix>REDIS_URL`, else from `<prefix>REDIS_HOST` or a sentinel pair. When neither `SIDEKIQ_REDIS_URL` nor `SIDEKIQ_REDIS_HOST` (nor `SIDEKIQ_REDIS_SENTINELS` with `SIDEKIQ_REDIS_SENTINEL_MASTER`) is set, the whole base `REDIS_*` configuration is used and `SIDEKIQ_REDIS_PASSWORD`, `_PORT` or `_DB` are silently ignored: Sidekiq shares the main Redis, or fails to authenticate against it. Likewise, once a `*_URL` is set, the host, port, user and password settings of the same prefix are ignored.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      const report = (e, message) => ctx.report({ span: e.keySpan, message });
      checkPrefix(env, "SIDEKIQ_", report);
      checkPrefix(env, "CACHE_", report);
      checkPrefix(env, "", report);
    }
  }
});

// src/lint/rules/MSTDN211.ts
var MSTDN211_default = defineRule({
  id: "MSTDN211",
  name: "duplicate-env-key",
  severity: "warning",
  short: "A variable defined twice in one env file: only the last definition counts",
  full: "dotenv's parser (bkeepers/dotenv `lib/dotenv/parser.rb`, and the `dotenv` package the streaming server uses) fills a hash line by line, so a later `KEY=` silently replaces an earlier one; systemd `EnvironmentFile=` and Docker Compose `env_file:` behave the same. The result is well defined, but the earlier line lies to whoever reads or edits it: changing `S3_PERMISSION` near the top does nothing when another `S3_PERMISSION` follows at the bottom. Different values are a warning; identical repeats are reported as info.",
  check: {
    envFile(env, ctx) {
      if (env.origin !== "file") return;
      for (const [key, list2] of env.byKey) {
        for (let i = 1; i < list2.length; i++) {
          const e = list2[i];
          const earlier = list2.slice(0, i);
          const differs = earlier.some((p) => p.value !== e.value);
          const lines = earlier.map((p) => p.line).join(", ");
          ctx.report({
            span: e.keySpan,
            severity: differs ? void 0 : "info",
            message: differs ? `"${key}" is defined again here with a different value, and dotenv keeps only the last definition, so the value on line ${lines} is ignored; remove one of them` : `"${key}" repeats line ${lines} with the same value; dotenv keeps only the last definition, so remove the duplicate`,
            related: earlier.map((p) => ({ span: p.span, message: `earlier definition of ${key}, ignored` }))
          });
        }
      }
    }
  }
});

// src/lint/rules/MSTDN212.ts
var MSTDN212_default = defineRule({
  id: "MSTDN212",
  name: "s3-permission-unset",
  severity: "warning",
  short: "S3 is enabled without S3_PERMISSION, so every upload asks for the public-read ACL",
  full: "When `S3_PERMISSION` is absent, `config/initializers/paperclip.rb` uses `ENV.fetch('S3_PERMISSION') { 'public-read' }`, so every upload sends `x-amz-acl: public-read`. Buckets with ACLs disabled (Object Ownership \"Bucket owner enforced\", the AWS default for new buckets since April 2023, and several S3-compatible providers) reject that with `AccessControlListNotSupported`: new media, avatars and headers fail to store. Only a present but empty `S3_PERMISSION=` sends no ACL. Say explicitly which case the bucket is in.",
  check: {
    project(model, ctx) {
      const covered = new Set(mediaBuckets(model).filter((m) => m.permission.kind === "absent" && ownershipEvidence(m)?.state === "enforced").map((m) => m.env));
      for (const env of model.envFiles) if (!covered.has(env)) check(env, ctx);
    }
  }
});
function check(env, ctx) {
  {
    {
      if (env.origin !== "file") return;
      const enabled2 = envGet(env, "S3_ENABLED");
      if (!enabled2 || enabled2.template || enabled2.value !== "true") return;
      if (env.byKey.has("S3_PERMISSION")) return;
      ctx.report({
        span: enabled2.span,
        message: '"S3_PERMISSION" is not set although S3_ENABLED is true, so every upload sends "x-amz-acl: public-read", which buckets with ACLs disabled (the AWS default since April 2023) reject with AccessControlListNotSupported; set S3_PERMISSION= (empty) if the bucket has ACLs disabled, or S3_PERMISSION=public-read if it relies on ACLs'
      });
    }
  }
}

// src/lint/rules/MSTDN213.ts
var MSTDN213_default = defineRule({
  id: "MSTDN213",
  name: "live-bucket-unverified",
  severity: "warning",
  short: "`--check-bucket` could not read a setting of the live bucket, so it was not checked",
  full: "`mastodon-ops lint --check-bucket` reads the media bucket's ownership controls, public access block, lifecycle rules and policy with the AWS credentials of the environment. When a read is denied or fails, the ACL and lifecycle checks for that setting did not run: that is reported, never taken as a pass. Grant the read-only permissions (s3:GetBucketOwnershipControls, s3:GetBucketPublicAccessBlock, s3:GetLifecycleConfiguration, s3:GetBucketPolicy) or run without --check-bucket.",
  check: {
    project(model, ctx) {
      for (const n of model.liveBucketNotes) ctx.report({ span: n.span, message: n.message, severity: n.severity === "error" ? "error" : void 0 });
    }
  }
});

// src/lint/rules/MSTDN301.ts
var MSTDN301_default = defineRule({
  id: "MSTDN301",
  name: "proxy-forwards-authorization",
  severity: "error",
  short: "An nginx proxy to object storage forwards the client's Authorization header to the bucket",
  full: "nginx passes every request header it does not redefine, Authorization included. A media proxy in front of a bucket then lets anyone send requests signed with their own keys through your domain, and with `proxy_cache` the answer to such a request is cached and served to everyone; with providers that still accept signature V2, credentials leak. `proxy_set_header Authorization '';` drops the header. nginx inheritance makes this easy to lose: a level that has any `proxy_set_header` of its own (or `include proxy_params;`) inherits none from outer levels, so an `Authorization ''` set on the server is gone in such a location.",
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const noHeaders = effectiveDirective(p.levels, "proxy_pass_request_headers");
        if (noHeaders?.directive.args[0]?.value.toLowerCase() === "off") continue;
        const eff = effectiveList(p.levels, "proxy_set_header");
        const auth = eff?.directives.filter((d) => d.args[0]?.value.toLowerCase() === "authorization").pop();
        if (auth) {
          const v2 = auth.args[1]?.value ?? "";
          if (/\$http_authorization\b/i.test(v2)) {
            ctx.report({
              span: auth.span,
              confidence: p.confidence,
              message: `"proxy_set_header Authorization ${v2}" sends the client's Authorization header to ${p.provider}, so anyone can pass signed requests through your domain; set "proxy_set_header Authorization '';" instead`
            });
          }
          continue;
        }
        const target = proxyText(p);
        if (eff) {
          const outer = p.levels.slice(eff.index + 1).flatMap((l) => l.directives.filter((d) => d.name === "proxy_set_header" && d.args[0]?.value.toLowerCase() === "authorization" && (d.args[1]?.value ?? "") === "").map((d) => ({ d, l }))).shift();
          if (outer) {
            const first = eff.directives[0] ?? eff.level.unresolved[0];
            ctx.report({
              span: p.proxyPass.span,
              confidence: missingConfidence(p),
              message: `the "proxy_set_header" lines of ${levelName(eff.level)} replace every one inherited, including "proxy_set_header Authorization ''" of ${levelName(outer.l)}, so "${target}" forwards the client's Authorization header to the bucket; repeat "proxy_set_header Authorization '';" there`,
              related: [
                { span: outer.d.span, message: "not inherited by the proxy location" },
                ...first ? [{ span: first.span, message: "this level defines its own proxy headers" }] : []
              ]
            });
            continue;
          }
        }
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${target}" forwards the client's Authorization header to ${p.provider}, so anyone can send signed requests through your domain (and leak credentials with signature V2); add "proxy_set_header Authorization '';"`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN302.ts
var WRITES = ["POST", "PUT", "DELETE", "PATCH"];
function methodsMatched(cond) {
  const text = cond.args.map((a) => a.value).join(" ").trim().replace(/^\(\s*/, "").replace(/\s*\)$/, "");
  const m = /^\$request_method\s+(!~\*|!~|~\*|~|!=|=)\s+(.+)$/.exec(text);
  if (!m) return null;
  const op = m[1];
  const val = m[2].trim();
  if (op === "=" || op === "!=") return (x) => x === val === (op === "=");
  let re;
  try {
    re = new RegExp(val, op.endsWith("*") ? "i" : "");
  } catch {
    return () => true;
  }
  const negate = op.startsWith("!");
  return (x) => re.test(x) !== negate;
}
function refuses(block) {
  return (block ?? []).some((d) => d.name === "return" && Number(d.args[0]?.value) >= 400);
}
var GUARDED = /* @__PURE__ */ new WeakMap();
function ifGuard(level) {
  let g = GUARDED.get(level);
  if (g === void 0) {
    g = ifGuardOf(level);
    GUARDED.set(level, g);
  }
  return g;
}
function ifGuardOf(level) {
  return level.directives.some((d) => {
    if (d.name !== "if" || !d.block) return false;
    const sends = methodsMatched(d);
    return sends !== null && WRITES.every((w) => sends(w)) && refuses(d.block);
  });
}
var MSTDN302_default = defineRule({
  id: "MSTDN302",
  name: "proxy-allows-writes",
  severity: "error",
  short: "An nginx proxy to object storage lets PUT and DELETE requests through to the bucket",
  full: "A media proxy only needs GET (and HEAD, which GET implies). Without `limit_except GET { deny all; }` nginx passes PUT, POST and DELETE to the bucket: with a forwarded Authorization header, a bucket policy that trusts the proxy's address, or a public-write bucket, anyone can overwrite or delete media through your domain. An `if ($request_method !~ ^(GET|HEAD)$) { return 405; }` in the same location or its server is accepted too.",
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        let limit;
        let guarded = false;
        let ownLocationSeen = false;
        for (const l of p.levels) {
          if (l.kind === "location" || l.kind === "if") {
            if (!limit) limit = l.directives.filter((d) => d.name === "limit_except" && d.block).pop();
            if (!ownLocationSeen && ifGuard(l)) guarded = true;
            if (l.kind === "location") ownLocationSeen = true;
          } else if (l.kind === "server" && ifGuard(l)) guarded = true;
        }
        if (limit) {
          const writable = limit.args.find((a) => WRITES.includes(a.value.toUpperCase()));
          if (writable) {
            ctx.report({
              span: writable.span,
              confidence: p.confidence,
              message: `"limit_except" allows "${writable.value}" through to ${p.provider}, so media can be written or deleted through your domain; allow only "GET"`
            });
            continue;
          }
          const body = limit.block ?? [];
          const denies = body.some((d) => d.name === "deny" && d.args[0]?.value === "all");
          const auth = body.some((d) => d.name === "auth_basic" && d.args[0]?.value !== "off") || body.some((d) => d.name === "auth_request");
          if (!denies && !auth && !guarded) {
            ctx.report({
              span: limit.head,
              confidence: p.confidence,
              message: `"limit_except ${limit.args.map((a) => a.value).join(" ")}" has no "deny all;", so other methods still reach ${p.provider}; add "deny all;" inside it`
            });
          }
          continue;
        }
        if (guarded) continue;
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${proxyText(p)}" passes PUT, POST and DELETE requests to ${p.provider}, so media can be overwritten or deleted through your domain; add "limit_except GET { deny all; }"`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN303.ts
var MUST_HIDE = ["Set-Cookie", "x-amz-id-2", "x-amz-request-id"];
function clearPatterns(ds) {
  const out = [];
  for (const d of ds) {
    for (let i = 0; i < d.args.length; i++) {
      const v2 = d.args[i].value;
      if (v2 === "-s" || v2 === "-t") {
        i++;
        continue;
      }
      for (const name of v2.split(/\s+/).filter(Boolean)) {
        out.push(new RegExp(`^${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i"));
      }
    }
  }
  return out;
}
function hidden(p, header) {
  const hide = effectiveList(p.levels, "proxy_hide_header")?.directives ?? [];
  if (hide.some((d) => d.args[0]?.value.toLowerCase() === header.toLowerCase())) return true;
  const clear = effectiveList(p.levels, "more_clear_headers")?.directives ?? [];
  return clearPatterns(clear).some((re) => re.test(header));
}
var MSTDN303_default = defineRule({
  id: "MSTDN303",
  name: "proxy-leaks-storage-headers",
  severity: "warning",
  short: "An nginx proxy to object storage passes Set-Cookie and x-amz-* headers on to clients",
  full: "Storage providers answer with their own headers: request ids (`x-amz-id-2`, `x-amz-request-id`), bucket details and sometimes cookies. Passed through, they expose provider internals and let the provider set cookies on your media domain; with `proxy_cache`, nginx also refuses to cache any response that carries `Set-Cookie` unless told to ignore it. Hide them with `proxy_hide_header` (or `more_clear_headers`). Like `proxy_set_header`, a level with any `proxy_hide_header` of its own inherits none from outer levels.",
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const missing = MUST_HIDE.filter((h) => !hidden(p, h));
        const fixes = missing.map((h) => `"proxy_hide_header ${h};"`);
        const cache = effectiveDirective(p.levels, "proxy_cache");
        const cached = cache !== null && cache.directive.args[0]?.value !== "off";
        const ignore2 = effectiveDirective(p.levels, "proxy_ignore_headers");
        const ignoresCookie = ignore2?.directive.args.some((a) => a.value.toLowerCase() === "set-cookie") ?? false;
        const cookieBlocksCache = cached && !ignoresCookie;
        if (cookieBlocksCache) fixes.push('"proxy_ignore_headers Set-Cookie;"');
        if (fixes.length === 0) continue;
        const related2 = [];
        const eff = effectiveList(p.levels, "proxy_hide_header");
        if (eff) {
          for (const l of p.levels.slice(eff.index + 1)) {
            for (const d of l.directives) {
              if (d.name === "proxy_hide_header" && missing.some((h) => h.toLowerCase() === d.args[0]?.value.toLowerCase())) {
                related2.push({ span: d.span, message: `not inherited: the "proxy_hide_header" lines of ${levelName(eff.level)} replace it` });
              }
            }
          }
        }
        const list2 = missing.map((h) => `"${h}"`);
        const names = list2.length > 1 ? `${list2.slice(0, -1).join(", ")} and ${list2[list2.length - 1]}` : list2[0] ?? "";
        const costs = [];
        if (missing.some((h) => h.startsWith("x-amz"))) costs.push("exposes the provider's request ids");
        if (missing.includes("Set-Cookie")) costs.push("lets the provider set cookies on your media domain");
        const parts = [];
        if (missing.length > 0) parts.push(`passes the ${names} header${missing.length > 1 ? "s" : ""} of ${p.provider} on to clients, which ${costs.join(" and ")}`);
        if (cookieBlocksCache) parts.push('never caches a response that carries "Set-Cookie"');
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${proxyText(p)}" ${parts.join(", and ")}; add ${fixes.join(", ")}`,
          related: related2
        });
      }
    }
  }
});

// src/lint/rules/MSTDN304.ts
var MSTDN304_default = defineRule({
  id: "MSTDN304",
  name: "proxy-without-cache",
  severity: "info",
  short: "An nginx proxy to object storage has no proxy_cache, so every media view is paid egress",
  full: "Without `proxy_cache`, nginx fetches the object from the bucket for every request: each view of an avatar or an attachment is billed egress and adds the provider's latency. New posts are fetched by many clients at once, so add a `proxy_cache_path` zone, `proxy_cache` it in the proxy location, and `proxy_cache_lock on;` so one request fills the cache.",
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        const cache = effectiveDirective(p.levels, "proxy_cache");
        if (cache && cache.directive.args[0]?.value !== "off") continue;
        if (cache) {
          ctx.report({
            span: cache.directive.span,
            confidence: p.confidence,
            message: `"proxy_cache off" makes every media view behind "${proxyText(p)}" a paid fetch from ${p.provider}; use a "proxy_cache" zone instead`
          });
          continue;
        }
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${proxyText(p)}" has no "proxy_cache", so every media view is a paid fetch from ${p.provider}; add a "proxy_cache_path" zone and "proxy_cache <zone>;" with "proxy_cache_lock on;"`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN305.ts
var MSTDN305_default = defineRule({
  id: "MSTDN305",
  name: "variable-proxy-pass-without-resolver",
  severity: "warning",
  short: "proxy_pass to object storage uses a variable but no resolver is set, so every request fails with 502",
  full: 'With a variable in `proxy_pass` (the usual `proxy_pass $s3_backend$uri;`), nginx looks the host up for each request instead of at start-up, and that needs a `resolver`. Without one, unless the host names an `upstream` block, every request fails with 502 and the error log says "no resolver defined to resolve". Add `resolver` with your DNS server (for example `resolver 127.0.0.53 valid=300s;` on systemd-resolved hosts, `127.0.0.11` in Docker).',
  check: {
    project(model, ctx) {
      for (const p of s3Proxies(model)) {
        if (!p.variable || p.staticTarget) continue;
        if (effectiveDirective(p.levels, "resolver")) continue;
        const url = p.proxyPass.args[0];
        if (!url) continue;
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${url.template ?? url.value}" has variables, so nginx resolves the storage host for every request, and with no "resolver" each one fails with 502 ("no resolver defined to resolve"); add "resolver <dns server> valid=300s;"`
        });
      }
    }
  }
});

// src/lint/rules/MSTDN401.ts
var ROOTS = ["cache/", "accounts/", "media_attachments/", "preview_cards/", "custom_emojis/", "site_uploads/", "backups/"];
var MASTODON_ONLY = /^(?:[^/]+\/)*?(?:cache\/)?(?:media_attachments|accounts\/(?:avatars|headers)|preview_cards|custom_emojis|site_uploads)(?:\/|$)/;
function overlaps2(prefix, roots) {
  return prefix === "" || roots.some((r) => r.startsWith(prefix) || prefix.startsWith(r));
}
function describe(rule) {
  const what = rule.prefix === "" ? "every object" : rule.prefix === null ? "objects under a prefix not known here" : `objects under "${rule.prefix}"`;
  const e = rule.expiration;
  const when = e?.days != null ? ` after ${e.days} day${e.days === 1 ? "" : "s"}` : e?.date ? ` on ${e.date}` : "";
  return { what, when };
}
var COST = "S3 deletes them behind the database, which keeps naming the files, and the redownload workers skip any record whose file name is set, so the media never come back";
var FIX = 'remove the expiration and prune with "tootctl media remove" instead';
var MSTDN401_default = defineRule({
  id: "MSTDN401",
  name: "lifecycle-expires-media",
  severity: "error",
  short: "An S3 lifecycle rule expires Mastodon's media behind the database",
  full: "A lifecycle rule that expires objects under `cache/`, `accounts/`, `media_attachments/` and the other prefixes Mastodon writes (or a rule with no prefix, which covers the whole bucket) deletes files at the storage level. The database keeps `avatar_file_name`, `file_file_name` and friends, so Mastodon serves links to missing objects, and the redownload workers skip any record whose file name is still set: nothing heals. Prune with `tootctl media remove`, which clears the database and re-fetches on demand. Rules with Status Disabled, tag filters, and AbortIncompleteMultipartUpload or NoncurrentVersionExpiration alone are fine.",
  check: {
    project(model, ctx) {
      const seen = /* @__PURE__ */ new Set();
      const covered = /* @__PURE__ */ new Set();
      for (const m of mediaBuckets(model)) {
        let roots = ROOTS;
        let prefixKnown = true;
        if (m.keyPrefix) {
          if (m.keyPrefix.value === null) prefixKnown = false;
          else {
            const kp = m.keyPrefix.value.replace(/\/+$/, "");
            roots = ROOTS.map((r) => `${kp}/${r}`);
          }
        }
        for (const l of m.links) {
          covered.add(l.config);
          for (const rule of l.config.lifecycleRules) {
            if (seen.has(rule) || rule.enabled === false || !rule.expiration || rule.tagFiltered) continue;
            let confidence = lower(l.confidence, m.envConfidence);
            if (rule.enabled === null) confidence = "low";
            if (rule.prefix === null) confidence = "low";
            else if (!overlaps2(rule.prefix, roots)) {
              if (prefixKnown) continue;
              confidence = "low";
            }
            if (!prefixKnown && rule.prefix !== "") confidence = "low";
            seen.add(rule);
            ctx.report(finding(rule, l.config, confidence, `Mastodon's media bucket ${bucketLabel(m, l.config)}`, related(m, rule, l.why)));
          }
        }
      }
      for (const c of model.buckets) {
        if (covered.has(c)) continue;
        for (const rule of c.lifecycleRules) {
          if (seen.has(rule) || rule.enabled === false || !rule.expiration || rule.tagFiltered || rule.prefix === null) continue;
          if (!MASTODON_ONLY.test(rule.prefix)) continue;
          seen.add(rule);
          const rel = rule.prefixSpan ? [{ span: rule.prefixSpan, message: "a prefix only Mastodon writes" }] : [];
          ctx.report(finding(rule, c, rule.enabled === null ? "low" : "high", `bucket ${c.name !== null ? `"${c.name}"` : c.label}, which holds Mastodon's media`, rel));
        }
      }
    }
  }
});
function related(m, rule, why) {
  const out = [];
  if (rule.prefixSpan) out.push({ span: rule.prefixSpan, message: `the rule's prefix${why ? ` (${why})` : ""}` });
  const where = m.bucket ?? m.enabled;
  if (where) out.push({ span: where.span, message: "Mastodon stores its media in this bucket" + (!rule.prefixSpan && why ? ` (${why})` : "") });
  return out;
}
function finding(rule, c, confidence, where, rel) {
  const { what, when } = describe(rule);
  const id = rule.id !== null ? `lifecycle rule "${rule.id}"` : "a lifecycle rule";
  const verb = confidence === "low" ? "may expire" : "expires";
  return {
    span: rule.expiration?.span ?? rule.span,
    confidence,
    message: `${id} of ${c.label} ${verb} ${what}${when} in ${where}: ${COST}; ${FIX}`,
    related: rel
  };
}

// src/lint/rules/MSTDN402.ts
var LIST_ACTIONS = ["s3:ListBucket", "s3:ListBucketVersions"];
var MSTDN402_default = defineRule({
  id: "MSTDN402",
  name: "public-list-bucket",
  severity: "warning",
  short: "The media bucket's policy lets anyone list its objects",
  full: "A bucket policy statement that allows `s3:ListBucket` (or `s3:*`, `s3:List*`, `*`) to Principal `\"*\"` lets anyone enumerate every key in Mastodon's media bucket: every avatar, header and attachment, including media of private posts, whose URLs are otherwise unguessable. Mastodon only needs the public to read objects: grant `s3:GetObject` on `arn:aws:s3:::<bucket>/*` and nothing on the bucket itself. Mastodon's own admin dashboard warns about a listable media bucket as critical (Admin::SystemCheck::MediaPrivacyCheck).",
  check: {
    project(model, ctx) {
      const seen = /* @__PURE__ */ new Set();
      for (const m of mediaBuckets(model)) {
        for (const l of m.links) {
          const p = l.config.policy;
          if (!p) continue;
          for (const s of p.statements) {
            if (s.effect !== "Allow" || s.anyone !== true || s.notAction) continue;
            const hit = s.actions.find((a) => a.value !== null && LIST_ACTIONS.some((x) => actionMatches(a.value ?? "", x)));
            if (!hit || seen.has(hit)) continue;
            seen.add(hit);
            const confidence = lower(lower(l.confidence, m.envConfidence), s.conditional ? "low" : "high");
            const label = bucketLabel(m, l.config);
            const target = m.name ?? l.config.name;
            const related2 = [];
            if (s.conditional) related2.push({ span: s.span, message: "the statement has a Condition, which may narrow who can list" });
            const where = m.bucket ?? m.enabled;
            if (where) related2.push({ span: where.span, message: `Mastodon stores its media in this bucket${l.why ? ` (${l.why})` : ""}` });
            ctx.report({
              span: hit.span,
              confidence,
              message: `the bucket policy of ${l.config.label} ${confidence === "low" ? "may let" : "lets"} anyone run "${hit.value}" on Mastodon's media bucket ${label}, handing scrapers the key of every avatar and attachment, including those of private posts; grant the public only "s3:GetObject" on "arn:aws:s3:::${target ?? "<bucket>"}/*"`,
              related: related2
            });
          }
        }
      }
    }
  }
});

// src/lint/rules/index.ts
var RULES = [
  MSTDN001_default,
  MSTDN101_default,
  MSTDN102_default,
  MSTDN103_default,
  MSTDN104_default,
  MSTDN105_default,
  MSTDN106_default,
  MSTDN107_default,
  MSTDN108_default,
  MSTDN109_default,
  MSTDN110_default,
  MSTDN111_default,
  MSTDN201_default,
  MSTDN202_default,
  MSTDN203_default,
  MSTDN204_default,
  MSTDN205_default,
  MSTDN206_default,
  MSTDN207_default,
  MSTDN208_default,
  MSTDN209_default,
  MSTDN210_default,
  MSTDN211_default,
  MSTDN212_default,
  MSTDN213_default,
  MSTDN301_default,
  MSTDN302_default,
  MSTDN303_default,
  MSTDN304_default,
  MSTDN305_default,
  MSTDN401_default,
  MSTDN402_default
];

// src/lint/suppress.ts
var INLINE = /#\s*mastodon-(?:ops|lint):\s*ignore(-file)?\[([^\]]*)\]/g;
function scanSuppressions(file) {
  const out = { lines: /* @__PURE__ */ new Map(), file: /* @__PURE__ */ new Set() };
  const text = file.text;
  if (!text.includes("mastodon-ops:") && !text.includes("mastodon-lint:")) return out;
  for (const m of text.matchAll(INLINE)) {
    const ids = m[2].split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
    if (m[1]) {
      for (const id of ids) out.file.add(id);
      continue;
    }
    const line = file.position(m.index ?? 0).line;
    const set = out.lines.get(line) ?? /* @__PURE__ */ new Set();
    for (const id of ids) set.add(id);
    out.lines.set(line, set);
  }
  return out;
}
function matches(set, id) {
  return Boolean(set && (set.has(id) || set.has("ALL") || set.has("*")));
}
function inlineSuppressed(f, s) {
  if (!s) return false;
  if (matches(s.file, f.ruleId)) return true;
  const { line } = f.span.start;
  return matches(s.lines.get(line), f.ruleId) || matches(s.lines.get(line - 1), f.ruleId) || matches(s.lines.get(f.span.end.line), f.ruleId);
}
function globToRegExp2(glob) {
  const re = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*\/?/g, "\0").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]").replace(/\u0000/g, ".*");
  return new RegExp(`^${re}(/.*)?$`);
}
function configSuppressed(f, settings) {
  const rule = settings.rules.get(f.ruleId);
  if (!rule || rule.ignore.length === 0) return false;
  for (const entry3 of rule.ignore) {
    const m = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(entry3);
    if (!m) continue;
    const [, path, line, col] = m;
    if (!globToRegExp2(path.replace(/\/$/, "")).test(f.span.file)) continue;
    if (line && Number(line) !== f.span.start.line) continue;
    if (col && Number(col) !== f.span.start.column) continue;
    return true;
  }
  return false;
}

// src/lint/engine.ts
var SCRIPT_KINDS = /* @__PURE__ */ new Set(["shell", "cron-script"]);
var TF_MASTODON = /[Mm]astodon|MASTODON|(?:^|[^A-Za-z0-9_])S3_[A-Z]|AWS::S3|aws_s3_account|media_attachments|(?<!\w)(?:avatars|headers)(?!\w)|preview_cards|custom_emojis|site_uploads/;
var TF_BUCKET_RESOURCE = /^[ \t]*resource\s+"aws_s3_bucket"\s+"/gm;
function terraformModulesToParse(model, modules) {
  const names = literalBuckets(model);
  const anyBucketUnknown = model.envFiles.some((env) => {
    const enabled2 = envGet(env, "S3_ENABLED");
    const bucket = envGet(env, "S3_BUCKET");
    return !(bucket && !bucket.template && bucket.value) && enabled2 !== void 0 && (enabled2.template || enabled2.value === "true");
  });
  const counts = /* @__PURE__ */ new Map();
  let total = 0;
  for (const [dir, texts] of modules) {
    let n = 0;
    for (const t of texts) if (t.includes("aws_s3_bucket")) n += t.match(TF_BUCKET_RESOURCE)?.length ?? 0;
    counts.set(dir, n);
    total += n;
  }
  const concernsMastodon = (t) => TF_MASTODON.test(t) || names.some((b) => t.includes(b));
  const parse = /* @__PURE__ */ new Set();
  let unparsedBuckets = 0;
  for (const [dir, texts] of modules) {
    const n = counts.get(dir) ?? 0;
    const mustParse = n === 0 ? (
      // Variables, locals, or settings of a bucket defined elsewhere (a fragment).
      texts.some((t) => t.includes("aws_s3") || TF_MASTODON.test(t))
    ) : anyBucketUnknown || total < 2 || texts.some(concernsMastodon);
    if (mustParse) parse.add(dir);
    else unparsedBuckets += n;
  }
  return { parse, unparsedBuckets };
}
var NGINX_STORAGE = /amazonaws\.com|scw\.cloud|wasabisys|backblazeb2|r2\.cloudflarestorage|digitaloceanspaces|ionoscloud|linodeobjects|storage\.googleapis|minio|\bs3[.-]|@s3\b|\$s3_|mastodon|\/system\//i;
function storageHosts(model) {
  const out = /* @__PURE__ */ new Set();
  for (const env of model.envFiles) {
    for (const key of ["S3_ENDPOINT", "S3_HOSTNAME", "S3_ALIAS_HOST", "S3_CLOUDFRONT_HOST"]) {
      for (const e of env.byKey.get(key) ?? []) {
        if (e.template || !e.value) continue;
        const url = /^[a-z]+:\/\//i.test(e.value);
        const host = e.value.replace(/^[a-z]+:\/\//i, "").split("/")[0] ?? "";
        if (host.length > 3 && (url || /[.:]/.test(host))) out.add(host);
      }
    }
  }
  return [...out];
}
async function lint(opts) {
  return lintModel(await buildModel(opts), opts);
}
function lintSync(opts) {
  return lintModel(buildModelSync(opts), opts);
}
async function loadParsers() {
  await loadHclParser();
}
function lintModel(built, opts) {
  const settings = opts.settings ?? defaultSettings();
  const rules = opts.rules ?? RULES;
  const raw = runRules(rules, built.model, settings);
  return finish(raw, built.model, settings, rules, built.notices, built.scanned, built.parsed, opts.root);
}
async function buildModel(opts) {
  const read = readCandidates(opts);
  if (read.candidates.some((c) => c.kind === "terraform")) await loadHclParser();
  return extractAll(read, opts);
}
function buildModelSync(opts) {
  return extractAll(readCandidates(opts), opts);
}
function readCandidates(opts) {
  const found = discover(opts.paths, opts.root);
  const notices = [...found.notices];
  const candidates = [];
  for (const { rel, abs } of found.files) {
    let kind = classify(rel, "");
    const base3 = rel.slice(rel.lastIndexOf("/") + 1);
    if (!kind && base3.includes(".")) continue;
    const { file, notice } = readSource(rel, abs);
    if (notice) notices.push(notice);
    if (!file) continue;
    if (!kind) kind = classify(rel, file.text.slice(0, 128));
    if (!kind || !mayMatter(kind, file.text)) continue;
    candidates.push({ file, kind });
  }
  return { candidates, notices, scanned: found.files.length };
}
function extractAll({ candidates, notices, scanned }, opts) {
  const model = emptyModel(opts.root);
  const scripts = [];
  let parsed = 0;
  const known = /* @__PURE__ */ new Set();
  let seen = 0;
  const extract = (file, kind) => {
    while (seen < model.files.length) known.add(model.files[seen++].path);
    if (!known.has(file.path)) {
      known.add(file.path);
      model.files.push(file);
    }
    if (SCRIPT_KINDS.has(kind)) {
      scripts.push({ file, kind });
      return;
    }
    parsed++;
    const extractor = EXTRACTORS[kind];
    if (!extractor) return;
    try {
      extractor(file, model);
    } catch (e) {
      throw new InternalError(`extracting ${file.path} (${kind}) failed: ${e.message}`);
    }
  };
  const later = /* @__PURE__ */ new Set(["terraform", "nginx"]);
  for (const c of candidates) if (!later.has(c.kind)) extract(c.file, c.kind);
  const tf = candidates.filter((c) => c.kind === "terraform");
  const modules = /* @__PURE__ */ new Map();
  for (const c of tf) {
    const dir = c.file.path.slice(0, Math.max(0, c.file.path.lastIndexOf("/")));
    const list2 = modules.get(dir);
    if (list2) list2.push(c);
    else modules.set(dir, [c]);
  }
  const { parse, unparsedBuckets } = terraformModulesToParse(model, new Map([...modules].map(([dir, list2]) => [dir, list2.map((c) => c.file.text)])));
  for (const [dir, files] of modules) if (parse.has(dir)) for (const c of files) extract(c.file, c.kind);
  model.unparsedBuckets = unparsedBuckets;
  const hosts = storageHosts(model);
  for (const c of candidates) {
    if (c.kind !== "nginx") continue;
    const name = c.file.path.slice(c.file.path.lastIndexOf("/") + 1);
    if (name === "nginx.conf" || NGINX_STORAGE.test(c.file.text) || hosts.some((h) => c.file.text.includes(h))) extract(c.file, c.kind);
  }
  const mediaBucketNames = literalBuckets(model);
  for (const { file, kind } of scripts) {
    const caller = kind === "cron-script" ? runParts(file) : findCaller(file.path, model.scriptCalls);
    if (!caller && !scriptMayMatter(file.text, mediaBucketNames)) continue;
    if (kind === "cron-script" && caller) model.schedulers.push(caller.scheduler);
    parsed++;
    try {
      const invs = invocationsFromShell(file.text, void 0, {
        file,
        problems: model.parseProblems,
        env: caller ? cloneEnv(caller.env) : emptyEnv(),
        scheduler: caller?.scheduler ?? null
      });
      addInvocations(model, invs);
    } catch (e) {
      throw new InternalError(`reading shell script ${file.path} failed: ${e.message}`);
    }
  }
  return { model, notices, scanned, parsed };
}
function literalBuckets(model) {
  const out = /* @__PURE__ */ new Set();
  for (const env of model.envFiles) {
    const b = envGet(env, "S3_BUCKET");
    if (b && !b.template && b.value) out.add(b.value);
  }
  return [...out];
}
var SCRIPT_MASTODON = /tootctl|mastodon|public\/system|(?<![\w-])cache(?![\w-])|accounts\/(?:avatars|headers)|media_attachments|preview_cards|custom_emojis|site_uploads/i;
var SCRIPT_S3API_PUT = /s3api\s+put-/;
function scriptMayMatter(text, buckets) {
  return SCRIPT_MASTODON.test(text) || SCRIPT_S3API_PUT.test(text) || buckets.some((b) => text.includes(b));
}
function runParts(file) {
  const m = /cron\.(hourly|daily|weekly|monthly)\//.exec(file.path);
  if (!m) return null;
  const span2 = file.span(0, Math.min(file.text.length, file.text.indexOf("\n") === -1 ? file.text.length : file.text.indexOf("\n")));
  return {
    path: file.path,
    env: emptyEnv(),
    scheduler: { kind: "run-parts", label: `cron.${m[1]} script`, span: span2, schedule: { kind: "special", text: `@${m[1]}`, known: true, span: span2 } }
  };
}
function findCaller(path, calls) {
  let best = null;
  let bestLen = 0;
  for (const c of calls) {
    const want = c.path.replace(/^\.\//, "");
    const n = commonSuffixSegments(path, want);
    const baseOnly = n === 1;
    if (n > bestLen && (!baseOnly || !best)) {
      best = c;
      bestLen = n;
    }
  }
  return best;
}
function commonSuffixSegments(a, b) {
  const x = a.split("/");
  const y = b.split("/");
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}
function runRules(rules, model, settings) {
  const out = [];
  for (const rule of rules) {
    if (settings.rules.get(rule.id)?.disable) continue;
    const ctx = { settings, report: (r) => out.push({ rule, report: r }) };
    const annotatedCtx = { settings, report: (r) => out.push({ rule, report: r, annotated: true }) };
    const c = rule.check;
    let where = "";
    try {
      if (c.invocation || c.tootctl) {
        for (const inv of model.invocations) {
          where = inv.file.path;
          const ictx = isIgnored(inv.scheduler, rule.id) ? annotatedCtx : ctx;
          c.invocation?.(inv, ictx);
          if (inv.tootctl) c.tootctl?.(inv.tootctl, inv, ictx);
        }
      }
      if (c.envFile) {
        for (const env of model.envFiles) {
          where = env.file.path;
          c.envFile(env, ctx);
        }
      }
      if (c.project) {
        where = "the project";
        c.project(model, ctx);
      }
    } catch (e) {
      throw new InternalError(`rule ${rule.id} failed on ${where}: ${e.message}`);
    }
  }
  return out;
}
function snippetOf(files, span2) {
  const f = files.get(span2.file);
  if (!f) return "";
  const lines = [];
  for (let l = span2.start.line; l <= Math.min(span2.end.line, span2.start.line + 4); l++) {
    const t = f.lineText(l);
    lines.push(t.length > 400 ? `${t.slice(0, 400)}\u2026` : t);
  }
  return lines.join("\n");
}
function finish(raw, model, settings, rules, notices, scanned, parsed, root) {
  const files = new Map(model.files.map((f) => [f.path, f]));
  const supp = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  let suppressed = 0;
  for (const { rule, report, annotated } of raw) {
    const severity = settings.rules.get(rule.id)?.severity ?? report.severity ?? rule.severity;
    if (severityRank(severity) < severityRank(settings.minSeverity)) continue;
    const key = `${rule.id}\0${report.span.file}\0${report.span.start.offset}\0${report.span.end.offset}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const f = {
      ruleId: rule.id,
      severity,
      message: report.message,
      span: report.span,
      related: report.related ?? [],
      confidence: report.confidence ?? "high",
      helpUri: rule.helpUri,
      snippet: snippetOf(files, report.span)
    };
    if (settings.applyIgnores && annotated) {
      suppressed++;
      continue;
    }
    if (settings.applyIgnores) {
      let s = supp.get(f.span.file);
      if (!s) {
        const file = files.get(f.span.file);
        s = file ? scanSuppressions(file) : { lines: /* @__PURE__ */ new Map(), file: /* @__PURE__ */ new Set() };
        supp.set(f.span.file, s);
      }
      if (inlineSuppressed(f, s) || configSuppressed(f, settings)) {
        suppressed++;
        continue;
      }
    }
    findings.push(f);
  }
  findings.sort(compareFindings);
  return { root, findings, suppressed, notices, filesScanned: scanned, filesParsed: parsed, rules, model };
}

export {
  SourceFile,
  RULES,
  lint,
  lintSync,
  loadParsers,
  lintModel,
  buildModel,
  buildModelSync,
  runRules
};
