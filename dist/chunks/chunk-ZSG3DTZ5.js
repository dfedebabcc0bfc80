import { createRequire as __mopsCreateRequire } from 'node:module';
import { fileURLToPath as __mopsFileURLToPath } from 'node:url';
import { dirname as __mopsDirname } from 'node:path';
const require = __mopsCreateRequire(import.meta.url);
const __filename = __mopsFileURLToPath(import.meta.url);
const __dirname = __mopsDirname(__filename);
import {
  compareFindings,
  defaultSettings,
  severityRank
} from "./chunk-IMXAAYA5.js";
import {
  actionMatches,
  entry,
  get,
  has,
  isPublicAcl,
  items,
  lifecycleRuleFromApi,
  lifecycleRuleFromCfn,
  newBucketConfig,
  ownershipFromDoc,
  ownershipValue,
  parseJson,
  policyFromDoc,
  publicAccessBlockFromDoc,
  respan,
  str
} from "./chunk-HH3HSMCQ.js";
import {
  SourceFile,
  normalizeRepoPath
} from "./chunk-FTAW6ASX.js";
import {
  InternalError,
  UsageError,
  require_dist
} from "./chunk-IGJNZOZN.js";
import {
  envGet,
  indexEntries,
  parseEnv
} from "./chunk-RXEVMTNR.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-NL7GRAD7.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module2) {
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
    var classSource = (negated, body2) => {
      if (negated) {
        return `[^\\/${body2}]`;
      }
      const source = `[${body2}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start2) => {
      const { length } = pattern;
      let index2 = start2 + 1;
      let negated = EMPTY;
      const lead = pattern[index2];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index2++;
      }
      let body2 = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index2];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index2];
          body2 += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index2 + 1 < length && pattern[index2 + 1] !== "]") {
          index2++;
          let to = pattern[index2];
          if (to === ESCAPE) {
            to = pattern[index2 += 1];
          }
          if (prev <= to) {
            body2 += `-${escapeMember(to)}`;
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
            const name2 = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name2)) {
              return null;
            }
            body2 += POSIX_CLASSES[name2];
            prev = EMPTY;
            index2 = end;
          } else {
            body2 += escapeMember("[");
            prev = "[";
            index2 = nameStart - 2;
          }
        } else {
          body2 += escapeMember(char);
          prev = char;
        }
        index2++;
        if (pattern[index2] === "]") {
          return {
            end: index2,
            source: classSource(negated, body2)
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
      let out2 = EMPTY;
      let index2 = 0;
      while (index2 < length) {
        const char = pattern[index2];
        if (char === ESCAPE) {
          const escaped = pattern[index2 + 1];
          if (escaped === SLASH && index2 + 2 === length) {
            out2 += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out2 += pattern.slice(index2, index2 + 2);
          } else {
            out2 += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index2 += 2;
        } else if (isReserved(char)) {
          out2 += hold(`[${char}]`);
          index2++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index2);
          if (scanned === null) {
            out2 += hold(NEVER_MATCH);
            index2 = length;
          } else {
            out2 += hold(scanned.source);
            index2 = scanned.end + 1;
          }
        } else {
          out2 += char;
          index2++;
        }
      }
      return {
        source: out2,
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
        (_, run2, space) => space ? run2.slice(0, run2.length - run2.length % 2) + SPACE : run2,
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
        (_, start2) => `${start2}**`,
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
    var separatorAfter = (run2, at) => {
      let separator = EMPTY;
      for (let index2 = at + 1; index2 < run2.length && !run2[index2].wildcard; index2++) {
        separator += run2[index2].single;
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
      let out2 = EMPTY;
      let run2 = [];
      const flush = () => {
        let lastWildcard;
        run2.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run2.forEach((token, at) => {
          if (!token.wildcard) {
            out2 += token.single;
            return;
          }
          out2 += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run2, at)})[^\\/])*`;
        });
        run2 = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run2.push(token);
          return;
        }
        flush();
        out2 += token.boundary;
      });
      flush();
      return out2;
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
    var checkSourceOf = (body2, prefix) => {
      if (body2[body2.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body2.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body2) => {
      const index2 = body2.indexOf(SLASH);
      return index2 < 0 || index2 === body2.length - 1;
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
      constructor(pattern, mark, body2, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body2);
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
    var trimEnd = (body2, stripLineEnd) => {
      let lineEnd = body2.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body2[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body2[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body2[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body2.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body2[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body2.slice(0, end - 1) + SPACE : body2.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body2 = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body2[0] === "#") {
        return;
      }
      let negative = false;
      if (body2[0] === "!") {
        negative = true;
        body2 = body2.slice(1);
      }
      const last = body2[body2.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body2 = trimEnd(body2, stripLineEnd);
      }
      if (!body2 || hasTrailingBackslash(body2)) {
        return;
      }
      body2 = body2.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body2);
      return new IgnoreRule(
        pattern,
        mark,
        body2,
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
          ({ body: body2 }) => body2[body2.length - (body2[body2.length - 1] === SLASH ? 2 : 1)] === "*"
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
    module2.exports = factory;
    factory.default = factory;
    module2.exports.isPathValid = isPathValid;
    define(module2.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/cron-parser/dist/fields/types.js
var require_types = __commonJS({
  "node_modules/cron-parser/dist/fields/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/cron-parser/dist/fields/CronField.js
var require_CronField = __commonJS({
  "node_modules/cron-parser/dist/fields/CronField.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronField = void 0;
    var CronField = class _CronField {
      #hasLastChar = false;
      #hasQuestionMarkChar = false;
      #wildcard = false;
      #values = [];
      options = { rawValue: "" };
      /**
       * Returns the minimum value allowed for this field.
       */
      /* istanbul ignore next */
      static get min() {
        throw new Error("min must be overridden");
      }
      /**
       * Returns the maximum value allowed for this field.
       */
      /* istanbul ignore next */
      static get max() {
        throw new Error("max must be overridden");
      }
      /**
       * Returns the allowed characters for this field.
       */
      /* istanbul ignore next */
      static get chars() {
        return Object.freeze([]);
      }
      /**
       * Returns whether a string value, such as `L`, is allowed in this field.
       * @param {string} value - The value to check
       * @returns {boolean}
       */
      static isValidChar(value) {
        return this.chars.includes(value);
      }
      /**
       * Returns the regular expression used to validate this field.
       */
      static get validChars() {
        return /^[?,*\dH/-]+$|^.*H\(\d+-\d+\)\/\d+.*$|^.*H\(\d+-\d+\).*$|^.*H\/\d+.*$/;
      }
      /**
       * Returns the constraints for this field.
       */
      static get constraints() {
        return { min: this.min, max: this.max, chars: this.chars, validChars: this.validChars };
      }
      /**
       * CronField constructor. Initializes the field with the provided values.
       * @param {number[] | string[]} values - Values for this field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @throws {TypeError} if the constructor is called directly
       * @throws {Error} if validation fails
       */
      constructor(values, options = { rawValue: "" }) {
        if (!Array.isArray(values)) {
          throw new Error(`${this.constructor.name} Validation error, values is not an array`);
        }
        if (!(values.length > 0)) {
          throw new Error(`${this.constructor.name} Validation error, values contains no values`);
        }
        this.options = {
          ...options,
          rawValue: options.rawValue ?? ""
        };
        this.#values = [...values].sort(_CronField.sorter);
        this.#wildcard = this.options.wildcard !== void 0 ? this.options.wildcard : this.#isWildcardValue();
        this.#hasLastChar = this.options.rawValue.includes("L") || values.includes("L");
        this.#hasQuestionMarkChar = this.options.rawValue.includes("?") || values.includes("?");
      }
      /**
       * Returns the minimum value allowed for this field.
       * @returns {number}
       */
      get min() {
        return this.constructor.min;
      }
      /**
       * Returns the maximum value allowed for this field.
       * @returns {number}
       */
      get max() {
        return this.constructor.max;
      }
      /**
       * Returns an array of allowed special characters for this field.
       * @returns {string[]}
       */
      get chars() {
        return this.constructor.chars;
      }
      /**
       * Indicates whether this field has a "last" character.
       * @returns {boolean}
       */
      get hasLastChar() {
        return this.#hasLastChar;
      }
      /**
       * Indicates whether this field has a "question mark" character.
       * @returns {boolean}
       */
      get hasQuestionMarkChar() {
        return this.#hasQuestionMarkChar;
      }
      /**
       * Indicates whether this field is a wildcard.
       * @returns {boolean}
       */
      get isWildcard() {
        return this.#wildcard;
      }
      /**
       * Returns an array of allowed values for this field.
       * @returns {CronFieldType}
       */
      get values() {
        return this.#values;
      }
      /**
       * Helper function to sort values in ascending order.
       * @param {number | string} a - First value to compare
       * @param {number | string} b - Second value to compare
       * @returns {number} - A negative, zero, or positive value, depending on the sort order
       */
      static sorter(a, b) {
        const aIsNumber = typeof a === "number";
        const bIsNumber = typeof b === "number";
        if (aIsNumber && bIsNumber)
          return a - b;
        if (!aIsNumber && !bIsNumber)
          return a.localeCompare(b);
        return aIsNumber ? (
          /* istanbul ignore next - A will always be a number until L-2 is supported */
          -1
        ) : 1;
      }
      /**
       * Find the next (or previous when `reverse` is true) numeric value in a sorted list.
       * Returns null if there's no value strictly after/before the current one.
       *
       * @param values - Sorted numeric values
       * @param currentValue - Current value to compare against
       * @param reverse - When true, search in reverse for previous smaller value
       */
      static findNearestValueInList(values, currentValue, reverse) {
        if (reverse) {
          for (let i2 = values.length - 1; i2 >= 0; i2--) {
            if (values[i2] < currentValue)
              return values[i2];
          }
          return null;
        }
        for (let i2 = 0; i2 < values.length; i2++) {
          if (values[i2] > currentValue)
            return values[i2];
        }
        return null;
      }
      /**
       * Instance helper that operates on this field's numeric `values`.
       *
       * @param currentValue - Current value to compare against
       * @param reverse - When true, search in reverse for previous smaller value
       */
      findNearestValue(currentValue, reverse) {
        return this.constructor.findNearestValueInList(this.values, currentValue, reverse);
      }
      /**
       * Serializes the field to an object.
       * @returns {SerializedCronField}
       */
      serialize() {
        return {
          wildcard: this.#wildcard,
          values: this.#values
        };
      }
      /**
       * Validates the field values against the allowed range and special characters.
       * @throws {Error} if validation fails
       */
      validate() {
        let badValue2;
        const charsString = this.chars.length > 0 ? ` or chars ${this.chars.join("")}` : "";
        const field = this.constructor;
        const rangeTest = (value) => {
          badValue2 = value;
          return typeof value === "number" ? value >= this.min && value <= this.max : field.isValidChar(value);
        };
        const isValidRange = this.#values.every(rangeTest);
        if (!isValidRange) {
          throw new Error(`${this.constructor.name} Validation error, got value ${badValue2} expected range ${this.min}-${this.max}${charsString}`);
        }
        const duplicate = this.#values.find((value, index2) => this.#values.indexOf(value) !== index2);
        if (duplicate !== void 0) {
          throw new Error(`${this.constructor.name} Validation error, duplicate values found: ${duplicate}`);
        }
      }
      /**
       * Determines if the field is a wildcard based on the values.
       * When options.rawValue is not empty, it checks if the raw value is a wildcard, otherwise it checks if all values in the range are included.
       * @returns {boolean}
       */
      #isWildcardValue() {
        if (this.options.rawValue.length > 0) {
          return ["*", "?"].includes(this.options.rawValue);
        }
        return Array.from({ length: this.max - this.min + 1 }, (_, i2) => i2 + this.min).every((value) => this.#values.includes(value));
      }
    };
    exports.CronField = CronField;
  }
});

// node_modules/luxon/build/node/luxon.js
var require_luxon = __commonJS({
  "node_modules/luxon/build/node/luxon.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var LuxonError = class extends Error {
    };
    var InvalidDateTimeError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid DateTime: ${reason.toMessage()}`);
      }
    };
    var InvalidIntervalError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid Interval: ${reason.toMessage()}`);
      }
    };
    var InvalidDurationError = class extends LuxonError {
      constructor(reason) {
        super(`Invalid Duration: ${reason.toMessage()}`);
      }
    };
    var ConflictingSpecificationError = class extends LuxonError {
    };
    var InvalidUnitError = class extends LuxonError {
      constructor(unit) {
        super(`Invalid unit ${unit}`);
      }
    };
    var InvalidArgumentError = class extends LuxonError {
    };
    var ZoneIsAbstractError = class extends LuxonError {
      constructor() {
        super("Zone is an abstract class");
      }
    };
    var n = "numeric";
    var s = "short";
    var l = "long";
    var DATE_SHORT = {
      year: n,
      month: n,
      day: n
    };
    var DATE_MED = {
      year: n,
      month: s,
      day: n
    };
    var DATE_MED_WITH_WEEKDAY = {
      year: n,
      month: s,
      day: n,
      weekday: s
    };
    var DATE_FULL = {
      year: n,
      month: l,
      day: n
    };
    var DATE_HUGE = {
      year: n,
      month: l,
      day: n,
      weekday: l
    };
    var TIME_SIMPLE = {
      hour: n,
      minute: n
    };
    var TIME_WITH_SECONDS = {
      hour: n,
      minute: n,
      second: n
    };
    var TIME_WITH_SHORT_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      timeZoneName: s
    };
    var TIME_WITH_LONG_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      timeZoneName: l
    };
    var TIME_24_SIMPLE = {
      hour: n,
      minute: n,
      hourCycle: "h23"
    };
    var TIME_24_WITH_SECONDS = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23"
    };
    var TIME_24_WITH_SHORT_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23",
      timeZoneName: s
    };
    var TIME_24_WITH_LONG_OFFSET = {
      hour: n,
      minute: n,
      second: n,
      hourCycle: "h23",
      timeZoneName: l
    };
    var DATETIME_SHORT = {
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n
    };
    var DATETIME_SHORT_WITH_SECONDS = {
      year: n,
      month: n,
      day: n,
      hour: n,
      minute: n,
      second: n
    };
    var DATETIME_MED = {
      year: n,
      month: s,
      day: n,
      hour: n,
      minute: n
    };
    var DATETIME_MED_WITH_SECONDS = {
      year: n,
      month: s,
      day: n,
      hour: n,
      minute: n,
      second: n
    };
    var DATETIME_MED_WITH_WEEKDAY = {
      year: n,
      month: s,
      day: n,
      weekday: s,
      hour: n,
      minute: n
    };
    var DATETIME_FULL = {
      year: n,
      month: l,
      day: n,
      hour: n,
      minute: n,
      timeZoneName: s
    };
    var DATETIME_FULL_WITH_SECONDS = {
      year: n,
      month: l,
      day: n,
      hour: n,
      minute: n,
      second: n,
      timeZoneName: s
    };
    var DATETIME_HUGE = {
      year: n,
      month: l,
      day: n,
      weekday: l,
      hour: n,
      minute: n,
      timeZoneName: l
    };
    var DATETIME_HUGE_WITH_SECONDS = {
      year: n,
      month: l,
      day: n,
      weekday: l,
      hour: n,
      minute: n,
      second: n,
      timeZoneName: l
    };
    var Zone = class {
      /**
       * The type of zone
       * @abstract
       * @type {string}
       */
      get type() {
        throw new ZoneIsAbstractError();
      }
      /**
       * The name of this zone.
       * @abstract
       * @type {string}
       */
      get name() {
        throw new ZoneIsAbstractError();
      }
      /**
       * The IANA name of this zone.
       * Defaults to `name` if not overwritten by a subclass.
       * @abstract
       * @type {string}
       */
      get ianaName() {
        return this.name;
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year.
       * @abstract
       * @type {boolean}
       */
      get isUniversal() {
        throw new ZoneIsAbstractError();
      }
      /**
       * Returns the offset's common name (such as EST) at the specified timestamp
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to get the name
       * @param {Object} opts - Options to affect the format
       * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
       * @param {string} opts.locale - What locale to return the offset name in.
       * @return {string}
       */
      offsetName(ts, opts) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Returns the offset's value as a string
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       * @abstract
       * @param {number} ts - Epoch milliseconds for which to compute the offset
       * @return {number}
       */
      offset(ts) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return whether this Zone is equal to another zone
       * @abstract
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        throw new ZoneIsAbstractError();
      }
      /**
       * Return whether this Zone is valid.
       * @abstract
       * @type {boolean}
       */
      get isValid() {
        throw new ZoneIsAbstractError();
      }
    };
    var singleton$1 = null;
    var SystemZone = class _SystemZone extends Zone {
      /**
       * Get a singleton instance of the local zone
       * @return {SystemZone}
       */
      static get instance() {
        if (singleton$1 === null) {
          singleton$1 = new _SystemZone();
        }
        return singleton$1;
      }
      /** @override **/
      get type() {
        return "system";
      }
      /** @override **/
      get name() {
        return new Intl.DateTimeFormat().resolvedOptions().timeZone;
      }
      /** @override **/
      get isUniversal() {
        return false;
      }
      /** @override **/
      offsetName(ts, {
        format,
        locale
      }) {
        return parseZoneInfo(ts, format, locale);
      }
      /** @override **/
      formatOffset(ts, format) {
        return formatOffset(this.offset(ts), format);
      }
      /** @override **/
      offset(ts) {
        return -new Date(ts).getTimezoneOffset();
      }
      /** @override **/
      equals(otherZone) {
        return otherZone.type === "system";
      }
      /** @override **/
      get isValid() {
        return true;
      }
    };
    var dtfCache = /* @__PURE__ */ new Map();
    function makeDTF(zoneName) {
      let dtf = dtfCache.get(zoneName);
      if (dtf === void 0) {
        dtf = new Intl.DateTimeFormat("en-US", {
          hour12: false,
          timeZone: zoneName,
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
          minute: "2-digit",
          second: "2-digit",
          era: "short"
        });
        dtfCache.set(zoneName, dtf);
      }
      return dtf;
    }
    var typeToPos = {
      year: 0,
      month: 1,
      day: 2,
      era: 3,
      hour: 4,
      minute: 5,
      second: 6
    };
    function hackyOffset(dtf, date) {
      const formatted = dtf.format(date).replace(/\u200E/g, ""), parsed = /(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)/.exec(formatted), [, fMonth, fDay, fYear, fadOrBc, fHour, fMinute, fSecond] = parsed;
      return [fYear, fMonth, fDay, fadOrBc, fHour, fMinute, fSecond];
    }
    function partsOffset(dtf, date) {
      const formatted = dtf.formatToParts(date);
      const filled2 = [];
      for (let i2 = 0; i2 < formatted.length; i2++) {
        const {
          type,
          value
        } = formatted[i2];
        const pos = typeToPos[type];
        if (type === "era") {
          filled2[pos] = value;
        } else if (!isUndefined(pos)) {
          filled2[pos] = parseInt(value, 10);
        }
      }
      return filled2;
    }
    var ianaZoneCache = /* @__PURE__ */ new Map();
    var IANAZone = class _IANAZone extends Zone {
      /**
       * @param {string} name - Zone name
       * @return {IANAZone}
       */
      static create(name2) {
        let zone = ianaZoneCache.get(name2);
        if (zone === void 0) {
          ianaZoneCache.set(name2, zone = new _IANAZone(name2));
        }
        return zone;
      }
      /**
       * Reset local caches. Should only be necessary in testing scenarios.
       * @return {void}
       */
      static resetCache() {
        ianaZoneCache.clear();
        dtfCache.clear();
      }
      /**
       * Returns whether the provided string is a valid specifier. This only checks the string's format, not that the specifier identifies a known zone; see isValidZone for that.
       * @param {string} s - The string to check validity on
       * @example IANAZone.isValidSpecifier("America/New_York") //=> true
       * @example IANAZone.isValidSpecifier("Sport~~blorp") //=> false
       * @deprecated For backward compatibility, this forwards to isValidZone, better use `isValidZone()` directly instead.
       * @return {boolean}
       */
      static isValidSpecifier(s2) {
        return this.isValidZone(s2);
      }
      /**
       * Returns whether the provided string identifies a real zone
       * @param {string} zone - The string to check
       * @example IANAZone.isValidZone("America/New_York") //=> true
       * @example IANAZone.isValidZone("Fantasia/Castle") //=> false
       * @example IANAZone.isValidZone("Sport~~blorp") //=> false
       * @return {boolean}
       */
      static isValidZone(zone) {
        if (!zone) {
          return false;
        }
        try {
          new Intl.DateTimeFormat("en-US", {
            timeZone: zone
          }).format();
          return true;
        } catch (e) {
          return false;
        }
      }
      constructor(name2) {
        super();
        this.zoneName = name2;
        this.valid = _IANAZone.isValidZone(name2);
      }
      /**
       * The type of zone. `iana` for all instances of `IANAZone`.
       * @override
       * @type {string}
       */
      get type() {
        return "iana";
      }
      /**
       * The name of this zone (i.e. the IANA zone name).
       * @override
       * @type {string}
       */
      get name() {
        return this.zoneName;
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year:
       * Always returns false for all IANA zones.
       * @override
       * @type {boolean}
       */
      get isUniversal() {
        return false;
      }
      /**
       * Returns the offset's common name (such as EST) at the specified timestamp
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the name
       * @param {Object} opts - Options to affect the format
       * @param {string} opts.format - What style of offset to return. Accepts 'long' or 'short'.
       * @param {string} opts.locale - What locale to return the offset name in.
       * @return {string}
       */
      offsetName(ts, {
        format,
        locale
      }) {
        return parseZoneInfo(ts, format, locale, this.name);
      }
      /**
       * Returns the offset's value as a string
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        return formatOffset(this.offset(ts), format);
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       * @override
       * @param {number} ts - Epoch milliseconds for which to compute the offset
       * @return {number}
       */
      offset(ts) {
        if (!this.valid) return NaN;
        const date = new Date(ts);
        if (isNaN(date)) return NaN;
        const dtf = makeDTF(this.name);
        let [year, month, day, adOrBc, hour, minute, second] = dtf.formatToParts ? partsOffset(dtf, date) : hackyOffset(dtf, date);
        if (adOrBc === "BC") {
          year = -Math.abs(year) + 1;
        }
        const adjustedHour = hour === 24 ? 0 : hour;
        const asUTC = objToLocalTS({
          year,
          month,
          day,
          hour: adjustedHour,
          minute,
          second,
          millisecond: 0
        });
        let asTS = +date;
        const over = asTS % 1e3;
        asTS -= over >= 0 ? over : 1e3 + over;
        return (asUTC - asTS) / (60 * 1e3);
      }
      /**
       * Return whether this Zone is equal to another zone
       * @override
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        return otherZone.type === "iana" && otherZone.name === this.name;
      }
      /**
       * Return whether this Zone is valid.
       * @override
       * @type {boolean}
       */
      get isValid() {
        return this.valid;
      }
    };
    var intlLFCache = {};
    function getCachedLF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let dtf = intlLFCache[key];
      if (!dtf) {
        dtf = new Intl.ListFormat(locString, opts);
        intlLFCache[key] = dtf;
      }
      return dtf;
    }
    var intlDTCache = /* @__PURE__ */ new Map();
    function getCachedDTF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let dtf = intlDTCache.get(key);
      if (dtf === void 0) {
        dtf = new Intl.DateTimeFormat(locString, opts);
        intlDTCache.set(key, dtf);
      }
      return dtf;
    }
    var intlNumCache = /* @__PURE__ */ new Map();
    function getCachedINF(locString, opts = {}) {
      const key = JSON.stringify([locString, opts]);
      let inf = intlNumCache.get(key);
      if (inf === void 0) {
        inf = new Intl.NumberFormat(locString, opts);
        intlNumCache.set(key, inf);
      }
      return inf;
    }
    var intlRelCache = /* @__PURE__ */ new Map();
    function getCachedRTF(locString, opts = {}) {
      const {
        base: base3,
        ...cacheKeyOpts
      } = opts;
      const key = JSON.stringify([locString, cacheKeyOpts]);
      let inf = intlRelCache.get(key);
      if (inf === void 0) {
        inf = new Intl.RelativeTimeFormat(locString, opts);
        intlRelCache.set(key, inf);
      }
      return inf;
    }
    var sysLocaleCache = null;
    function systemLocale() {
      if (sysLocaleCache) {
        return sysLocaleCache;
      } else {
        sysLocaleCache = new Intl.DateTimeFormat().resolvedOptions().locale;
        return sysLocaleCache;
      }
    }
    var intlResolvedOptionsCache = /* @__PURE__ */ new Map();
    function getCachedIntResolvedOptions(locString) {
      let opts = intlResolvedOptionsCache.get(locString);
      if (opts === void 0) {
        opts = new Intl.DateTimeFormat(locString).resolvedOptions();
        intlResolvedOptionsCache.set(locString, opts);
      }
      return opts;
    }
    var weekInfoCache = /* @__PURE__ */ new Map();
    function getCachedWeekInfo(locString) {
      let data = weekInfoCache.get(locString);
      if (!data) {
        const locale = new Intl.Locale(locString);
        data = "getWeekInfo" in locale ? locale.getWeekInfo() : locale.weekInfo;
        if (!("minimalDays" in data)) {
          data = {
            ...fallbackWeekSettings,
            ...data
          };
        }
        weekInfoCache.set(locString, data);
      }
      return data;
    }
    function parseLocaleString(localeStr) {
      const xIndex = localeStr.indexOf("-x-");
      if (xIndex !== -1) {
        localeStr = localeStr.substring(0, xIndex);
      }
      const uIndex = localeStr.indexOf("-u-");
      if (uIndex === -1) {
        return [localeStr];
      } else {
        let options;
        let selectedStr;
        try {
          options = getCachedDTF(localeStr).resolvedOptions();
          selectedStr = localeStr;
        } catch (e) {
          const smaller = localeStr.substring(0, uIndex);
          options = getCachedDTF(smaller).resolvedOptions();
          selectedStr = smaller;
        }
        const {
          numberingSystem,
          calendar
        } = options;
        return [selectedStr, numberingSystem, calendar];
      }
    }
    function intlConfigString(localeStr, numberingSystem, outputCalendar) {
      if (outputCalendar || numberingSystem) {
        if (!localeStr.includes("-u-")) {
          localeStr += "-u";
        }
        if (outputCalendar) {
          localeStr += `-ca-${outputCalendar}`;
        }
        if (numberingSystem) {
          localeStr += `-nu-${numberingSystem}`;
        }
        return localeStr;
      } else {
        return localeStr;
      }
    }
    function mapMonths(f) {
      const ms = [];
      for (let i2 = 1; i2 <= 12; i2++) {
        const dt = DateTime.utc(2009, i2, 1);
        ms.push(f(dt));
      }
      return ms;
    }
    function mapWeekdays(f) {
      const ms = [];
      for (let i2 = 1; i2 <= 7; i2++) {
        const dt = DateTime.utc(2016, 11, 13 + i2);
        ms.push(f(dt));
      }
      return ms;
    }
    function listStuff(loc, length, englishFn, intlFn) {
      const mode = loc.listingMode();
      if (mode === "error") {
        return null;
      } else if (mode === "en") {
        return englishFn(length);
      } else {
        return intlFn(length);
      }
    }
    function supportsFastNumbers(loc) {
      if (loc.numberingSystem && loc.numberingSystem !== "latn") {
        return false;
      } else {
        return loc.numberingSystem === "latn" || !loc.locale || loc.locale.startsWith("en") || getCachedIntResolvedOptions(loc.locale).numberingSystem === "latn";
      }
    }
    var PolyNumberFormatter = class {
      constructor(intl, forceSimple, opts) {
        this.padTo = opts.padTo || 0;
        this.floor = opts.floor || false;
        const {
          padTo,
          floor,
          ...otherOpts
        } = opts;
        if (!forceSimple || Object.keys(otherOpts).length > 0) {
          const intlOpts = {
            useGrouping: false,
            ...opts
          };
          if (opts.padTo > 0) intlOpts.minimumIntegerDigits = opts.padTo;
          this.inf = getCachedINF(intl, intlOpts);
        }
      }
      format(i2) {
        if (this.inf) {
          const fixed = this.floor ? Math.floor(i2) : i2;
          return this.inf.format(fixed);
        } else {
          const fixed = this.floor ? Math.floor(i2) : roundTo(i2, 3);
          return padStart(fixed, this.padTo);
        }
      }
    };
    var PolyDateFormatter = class {
      constructor(dt, intl, opts) {
        this.opts = opts;
        this.originalZone = void 0;
        let z = void 0;
        if (this.opts.timeZone) {
          this.dt = dt;
        } else if (dt.zone.type === "fixed") {
          const gmtOffset = -1 * (dt.offset / 60);
          const offsetZ = gmtOffset >= 0 ? `Etc/GMT+${gmtOffset}` : `Etc/GMT${gmtOffset}`;
          if (dt.offset !== 0 && IANAZone.create(offsetZ).valid) {
            z = offsetZ;
            this.dt = dt;
          } else {
            z = "UTC";
            this.dt = dt.offset === 0 ? dt : dt.setZone("UTC").plus({
              minutes: dt.offset
            });
            this.originalZone = dt.zone;
          }
        } else if (dt.zone.type === "system") {
          this.dt = dt;
        } else if (dt.zone.type === "iana") {
          this.dt = dt;
          z = dt.zone.name;
        } else {
          z = "UTC";
          this.dt = dt.setZone("UTC").plus({
            minutes: dt.offset
          });
          this.originalZone = dt.zone;
        }
        const intlOpts = {
          ...this.opts
        };
        intlOpts.timeZone = intlOpts.timeZone || z;
        this.dtf = getCachedDTF(intl, intlOpts);
      }
      format() {
        if (this.originalZone) {
          return this.formatToParts().map(({
            value
          }) => value).join("");
        }
        return this.dtf.format(this.dt.toJSDate());
      }
      formatToParts() {
        const parts2 = this.dtf.formatToParts(this.dt.toJSDate());
        if (this.originalZone) {
          return parts2.map((part) => {
            if (part.type === "timeZoneName") {
              const offsetName = this.originalZone.offsetName(this.dt.ts, {
                locale: this.dt.locale,
                format: this.opts.timeZoneName
              });
              return {
                ...part,
                value: offsetName
              };
            } else {
              return part;
            }
          });
        }
        return parts2;
      }
      resolvedOptions() {
        return this.dtf.resolvedOptions();
      }
    };
    var PolyRelFormatter = class {
      constructor(intl, isEnglish, opts) {
        this.opts = {
          style: "long",
          ...opts
        };
        if (!isEnglish && hasRelative()) {
          this.rtf = getCachedRTF(intl, opts);
        }
      }
      format(count, unit) {
        if (this.rtf) {
          return this.rtf.format(count, unit);
        } else {
          return formatRelativeTime(unit, count, this.opts.numeric, this.opts.style !== "long");
        }
      }
      formatToParts(count, unit) {
        if (this.rtf) {
          return this.rtf.formatToParts(count, unit);
        } else {
          return [];
        }
      }
    };
    var fallbackWeekSettings = {
      firstDay: 1,
      minimalDays: 4,
      weekend: [6, 7]
    };
    var Locale = class _Locale {
      static fromOpts(opts) {
        return _Locale.create(opts.locale, opts.numberingSystem, opts.outputCalendar, opts.weekSettings, opts.defaultToEN);
      }
      static create(locale, numberingSystem, outputCalendar, weekSettings, defaultToEN = false) {
        const specifiedLocale = locale || Settings.defaultLocale;
        const localeR = specifiedLocale || (defaultToEN ? "en-US" : systemLocale());
        const numberingSystemR = numberingSystem || Settings.defaultNumberingSystem;
        const outputCalendarR = outputCalendar || Settings.defaultOutputCalendar;
        const weekSettingsR = validateWeekSettings(weekSettings) || Settings.defaultWeekSettings;
        return new _Locale(localeR, numberingSystemR, outputCalendarR, weekSettingsR, specifiedLocale);
      }
      static resetCache() {
        sysLocaleCache = null;
        intlDTCache.clear();
        intlNumCache.clear();
        intlRelCache.clear();
        intlResolvedOptionsCache.clear();
        weekInfoCache.clear();
      }
      static fromObject({
        locale,
        numberingSystem,
        outputCalendar,
        weekSettings
      } = {}) {
        return _Locale.create(locale, numberingSystem, outputCalendar, weekSettings);
      }
      constructor(locale, numbering, outputCalendar, weekSettings, specifiedLocale) {
        const [parsedLocale, parsedNumberingSystem, parsedOutputCalendar] = parseLocaleString(locale);
        this.locale = parsedLocale;
        this.numberingSystem = numbering || parsedNumberingSystem || null;
        this.outputCalendar = outputCalendar || parsedOutputCalendar || null;
        this.weekSettings = weekSettings;
        this.intl = intlConfigString(this.locale, this.numberingSystem, this.outputCalendar);
        this.weekdaysCache = {
          format: {},
          standalone: {}
        };
        this.monthsCache = {
          format: {},
          standalone: {}
        };
        this.meridiemCache = null;
        this.eraCache = {};
        this.specifiedLocale = specifiedLocale;
        this.fastNumbersCached = null;
      }
      get fastNumbers() {
        if (this.fastNumbersCached == null) {
          this.fastNumbersCached = supportsFastNumbers(this);
        }
        return this.fastNumbersCached;
      }
      listingMode() {
        const isActuallyEn = this.isEnglish();
        const hasNoWeirdness = (this.numberingSystem === null || this.numberingSystem === "latn") && (this.outputCalendar === null || this.outputCalendar === "gregory");
        return isActuallyEn && hasNoWeirdness ? "en" : "intl";
      }
      clone(alts) {
        if (!alts || Object.getOwnPropertyNames(alts).length === 0) {
          return this;
        } else {
          return _Locale.create(alts.locale || this.specifiedLocale, alts.numberingSystem || this.numberingSystem, alts.outputCalendar || this.outputCalendar, validateWeekSettings(alts.weekSettings) || this.weekSettings, alts.defaultToEN || false);
        }
      }
      redefaultToEN(alts = {}) {
        return this.clone({
          ...alts,
          defaultToEN: true
        });
      }
      redefaultToSystem(alts = {}) {
        return this.clone({
          ...alts,
          defaultToEN: false
        });
      }
      months(length, format = false) {
        return listStuff(this, length, months, () => {
          const monthSpecialCase = this.intl === "ja" || this.intl.startsWith("ja-");
          format &= !monthSpecialCase;
          const intl = format ? {
            month: length,
            day: "numeric"
          } : {
            month: length
          }, formatStr = format ? "format" : "standalone";
          if (!this.monthsCache[formatStr][length]) {
            const mapper = !monthSpecialCase ? (dt) => this.extract(dt, intl, "month") : (dt) => this.dtFormatter(dt, intl).format();
            this.monthsCache[formatStr][length] = mapMonths(mapper);
          }
          return this.monthsCache[formatStr][length];
        });
      }
      weekdays(length, format = false) {
        return listStuff(this, length, weekdays, () => {
          const intl = format ? {
            weekday: length,
            year: "numeric",
            month: "long",
            day: "numeric"
          } : {
            weekday: length
          }, formatStr = format ? "format" : "standalone";
          if (!this.weekdaysCache[formatStr][length]) {
            this.weekdaysCache[formatStr][length] = mapWeekdays((dt) => this.extract(dt, intl, "weekday"));
          }
          return this.weekdaysCache[formatStr][length];
        });
      }
      meridiems() {
        return listStuff(this, void 0, () => meridiems, () => {
          if (!this.meridiemCache) {
            const intl = {
              hour: "numeric",
              hourCycle: "h12"
            };
            this.meridiemCache = [DateTime.utc(2016, 11, 13, 9), DateTime.utc(2016, 11, 13, 19)].map((dt) => this.extract(dt, intl, "dayperiod"));
          }
          return this.meridiemCache;
        });
      }
      eras(length) {
        return listStuff(this, length, eras, () => {
          const intl = {
            era: length
          };
          if (!this.eraCache[length]) {
            this.eraCache[length] = [DateTime.utc(-40, 1, 1), DateTime.utc(2017, 1, 1)].map((dt) => this.extract(dt, intl, "era"));
          }
          return this.eraCache[length];
        });
      }
      extract(dt, intlOpts, field) {
        const df = this.dtFormatter(dt, intlOpts), results = df.formatToParts(), matching = results.find((m) => m.type.toLowerCase() === field);
        return matching ? matching.value : null;
      }
      numberFormatter(opts = {}) {
        return new PolyNumberFormatter(this.intl, opts.forceSimple || this.fastNumbers, opts);
      }
      dtFormatter(dt, intlOpts = {}) {
        return new PolyDateFormatter(dt, this.intl, intlOpts);
      }
      relFormatter(opts = {}) {
        return new PolyRelFormatter(this.intl, this.isEnglish(), opts);
      }
      listFormatter(opts = {}) {
        return getCachedLF(this.intl, opts);
      }
      isEnglish() {
        return this.locale === "en" || this.locale.toLowerCase() === "en-us" || getCachedIntResolvedOptions(this.intl).locale.startsWith("en-us");
      }
      getWeekSettings() {
        if (this.weekSettings) {
          return this.weekSettings;
        } else if (!hasLocaleWeekInfo()) {
          return fallbackWeekSettings;
        } else {
          return getCachedWeekInfo(this.locale);
        }
      }
      getStartOfWeek() {
        return this.getWeekSettings().firstDay;
      }
      getMinDaysInFirstWeek() {
        return this.getWeekSettings().minimalDays;
      }
      getWeekendDays() {
        return this.getWeekSettings().weekend;
      }
      equals(other) {
        return this.locale === other.locale && this.numberingSystem === other.numberingSystem && this.outputCalendar === other.outputCalendar;
      }
      toString() {
        return `Locale(${this.locale}, ${this.numberingSystem}, ${this.outputCalendar})`;
      }
    };
    var singleton = null;
    var FixedOffsetZone = class _FixedOffsetZone extends Zone {
      /**
       * Get a singleton instance of UTC
       * @return {FixedOffsetZone}
       */
      static get utcInstance() {
        if (singleton === null) {
          singleton = new _FixedOffsetZone(0);
        }
        return singleton;
      }
      /**
       * Get an instance with a specified offset
       * @param {number} offset - The offset in minutes
       * @return {FixedOffsetZone}
       */
      static instance(offset2) {
        return offset2 === 0 ? _FixedOffsetZone.utcInstance : new _FixedOffsetZone(offset2);
      }
      /**
       * Get an instance of FixedOffsetZone from a UTC offset string, like "UTC+6"
       * @param {string} s - The offset string to parse
       * @example FixedOffsetZone.parseSpecifier("UTC+6")
       * @example FixedOffsetZone.parseSpecifier("UTC+06")
       * @example FixedOffsetZone.parseSpecifier("UTC-6:00")
       * @return {FixedOffsetZone}
       */
      static parseSpecifier(s2) {
        if (s2) {
          const r = s2.match(/^utc(?:([+-]\d{1,2})(?::(\d{2}))?)?$/i);
          if (r) {
            return new _FixedOffsetZone(signedOffset(r[1], r[2]));
          }
        }
        return null;
      }
      constructor(offset2) {
        super();
        this.fixed = offset2;
      }
      /**
       * The type of zone. `fixed` for all instances of `FixedOffsetZone`.
       * @override
       * @type {string}
       */
      get type() {
        return "fixed";
      }
      /**
       * The name of this zone.
       * All fixed zones' names always start with "UTC" (plus optional offset)
       * @override
       * @type {string}
       */
      get name() {
        return this.fixed === 0 ? "UTC" : `UTC${formatOffset(this.fixed, "narrow")}`;
      }
      /**
       * The IANA name of this zone, i.e. `Etc/UTC` or `Etc/GMT+/-nn`
       *
       * @override
       * @type {string}
       */
      get ianaName() {
        if (this.fixed === 0) {
          return "Etc/UTC";
        } else {
          return `Etc/GMT${formatOffset(-this.fixed, "narrow")}`;
        }
      }
      /**
       * Returns the offset's common name at the specified timestamp.
       *
       * For fixed offset zones this equals to the zone name.
       * @override
       */
      offsetName() {
        return this.name;
      }
      /**
       * Returns the offset's value as a string
       * @override
       * @param {number} ts - Epoch milliseconds for which to get the offset
       * @param {string} format - What style of offset to return.
       *                          Accepts 'narrow', 'short', or 'techie'. Returning '+6', '+06:00', or '+0600' respectively
       * @return {string}
       */
      formatOffset(ts, format) {
        return formatOffset(this.fixed, format);
      }
      /**
       * Returns whether the offset is known to be fixed for the whole year:
       * Always returns true for all fixed offset zones.
       * @override
       * @type {boolean}
       */
      get isUniversal() {
        return true;
      }
      /**
       * Return the offset in minutes for this zone at the specified timestamp.
       *
       * For fixed offset zones, this is constant and does not depend on a timestamp.
       * @override
       * @return {number}
       */
      offset() {
        return this.fixed;
      }
      /**
       * Return whether this Zone is equal to another zone (i.e. also fixed and same offset)
       * @override
       * @param {Zone} otherZone - the zone to compare
       * @return {boolean}
       */
      equals(otherZone) {
        return otherZone.type === "fixed" && otherZone.fixed === this.fixed;
      }
      /**
       * Return whether this Zone is valid:
       * All fixed offset zones are valid.
       * @override
       * @type {boolean}
       */
      get isValid() {
        return true;
      }
    };
    var InvalidZone = class extends Zone {
      constructor(zoneName) {
        super();
        this.zoneName = zoneName;
      }
      /** @override **/
      get type() {
        return "invalid";
      }
      /** @override **/
      get name() {
        return this.zoneName;
      }
      /** @override **/
      get isUniversal() {
        return false;
      }
      /** @override **/
      offsetName() {
        return null;
      }
      /** @override **/
      formatOffset() {
        return "";
      }
      /** @override **/
      offset() {
        return NaN;
      }
      /** @override **/
      equals() {
        return false;
      }
      /** @override **/
      get isValid() {
        return false;
      }
    };
    function normalizeZone(input, defaultZone2) {
      if (isUndefined(input) || input === null) {
        return defaultZone2;
      } else if (input instanceof Zone) {
        return input;
      } else if (isString(input)) {
        const lowered = input.toLowerCase();
        if (lowered === "default") return defaultZone2;
        else if (lowered === "local" || lowered === "system") return SystemZone.instance;
        else if (lowered === "utc" || lowered === "gmt") return FixedOffsetZone.utcInstance;
        else return FixedOffsetZone.parseSpecifier(lowered) || IANAZone.create(input);
      } else if (isNumber(input)) {
        return FixedOffsetZone.instance(input);
      } else if (typeof input === "object" && "offset" in input && typeof input.offset === "function") {
        return input;
      } else {
        return new InvalidZone(input);
      }
    }
    var numberingSystems = {
      arab: "[\u0660-\u0669]",
      arabext: "[\u06F0-\u06F9]",
      bali: "[\u1B50-\u1B59]",
      beng: "[\u09E6-\u09EF]",
      deva: "[\u0966-\u096F]",
      fullwide: "[\uFF10-\uFF19]",
      gujr: "[\u0AE6-\u0AEF]",
      hanidec: "[\u3007|\u4E00|\u4E8C|\u4E09|\u56DB|\u4E94|\u516D|\u4E03|\u516B|\u4E5D]",
      khmr: "[\u17E0-\u17E9]",
      knda: "[\u0CE6-\u0CEF]",
      laoo: "[\u0ED0-\u0ED9]",
      limb: "[\u1946-\u194F]",
      mlym: "[\u0D66-\u0D6F]",
      mong: "[\u1810-\u1819]",
      mymr: "[\u1040-\u1049]",
      orya: "[\u0B66-\u0B6F]",
      tamldec: "[\u0BE6-\u0BEF]",
      telu: "[\u0C66-\u0C6F]",
      thai: "[\u0E50-\u0E59]",
      tibt: "[\u0F20-\u0F29]",
      latn: "\\d"
    };
    var numberingSystemsUTF16 = {
      arab: [1632, 1641],
      arabext: [1776, 1785],
      bali: [6992, 7001],
      beng: [2534, 2543],
      deva: [2406, 2415],
      fullwide: [65296, 65303],
      gujr: [2790, 2799],
      khmr: [6112, 6121],
      knda: [3302, 3311],
      laoo: [3792, 3801],
      limb: [6470, 6479],
      mlym: [3430, 3439],
      mong: [6160, 6169],
      mymr: [4160, 4169],
      orya: [2918, 2927],
      tamldec: [3046, 3055],
      telu: [3174, 3183],
      thai: [3664, 3673],
      tibt: [3872, 3881]
    };
    var hanidecChars = numberingSystems.hanidec.replace(/[\[|\]]/g, "").split("");
    function parseDigits(str4) {
      let value = parseInt(str4, 10);
      if (isNaN(value)) {
        value = "";
        for (let i2 = 0; i2 < str4.length; i2++) {
          const code = str4.charCodeAt(i2);
          if (str4[i2].search(numberingSystems.hanidec) !== -1) {
            value += hanidecChars.indexOf(str4[i2]);
          } else {
            for (const key in numberingSystemsUTF16) {
              const [min, max] = numberingSystemsUTF16[key];
              if (code >= min && code <= max) {
                value += code - min;
              }
            }
          }
        }
        return parseInt(value, 10);
      } else {
        return value;
      }
    }
    var digitRegexCache = /* @__PURE__ */ new Map();
    function resetDigitRegexCache() {
      digitRegexCache.clear();
    }
    function digitRegex({
      numberingSystem
    }, append = "") {
      const ns = numberingSystem || "latn";
      let appendCache = digitRegexCache.get(ns);
      if (appendCache === void 0) {
        appendCache = /* @__PURE__ */ new Map();
        digitRegexCache.set(ns, appendCache);
      }
      let regex = appendCache.get(append);
      if (regex === void 0) {
        regex = new RegExp(`${numberingSystems[ns]}${append}`);
        appendCache.set(append, regex);
      }
      return regex;
    }
    var now = () => Date.now();
    var defaultZone = "system";
    var defaultLocale = null;
    var defaultNumberingSystem = null;
    var defaultOutputCalendar = null;
    var twoDigitCutoffYear = 60;
    var throwOnInvalid;
    var defaultWeekSettings = null;
    var Settings = class {
      /**
       * Get the callback for returning the current timestamp.
       * @type {function}
       */
      static get now() {
        return now;
      }
      /**
       * Set the callback for returning the current timestamp.
       * The function should return a number, which will be interpreted as an Epoch millisecond count
       * @type {function}
       * @example Settings.now = () => Date.now() + 3000 // pretend it is 3 seconds in the future
       * @example Settings.now = () => 0 // always pretend it's Jan 1, 1970 at midnight in UTC time
       */
      static set now(n2) {
        now = n2;
      }
      /**
       * Set the default time zone to create DateTimes in. Does not affect existing instances.
       * Use the value "system" to reset this value to the system's time zone.
       * @type {string}
       */
      static set defaultZone(zone) {
        defaultZone = zone;
      }
      /**
       * Get the default time zone object currently used to create DateTimes. Does not affect existing instances.
       * The default value is the system's time zone (the one set on the machine that runs this code).
       * @type {Zone}
       */
      static get defaultZone() {
        return normalizeZone(defaultZone, SystemZone.instance);
      }
      /**
       * Get the default locale to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultLocale() {
        return defaultLocale;
      }
      /**
       * Set the default locale to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultLocale(locale) {
        defaultLocale = locale;
      }
      /**
       * Get the default numbering system to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultNumberingSystem() {
        return defaultNumberingSystem;
      }
      /**
       * Set the default numbering system to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultNumberingSystem(numberingSystem) {
        defaultNumberingSystem = numberingSystem;
      }
      /**
       * Get the default output calendar to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static get defaultOutputCalendar() {
        return defaultOutputCalendar;
      }
      /**
       * Set the default output calendar to create DateTimes with. Does not affect existing instances.
       * @type {string}
       */
      static set defaultOutputCalendar(outputCalendar) {
        defaultOutputCalendar = outputCalendar;
      }
      /**
       * @typedef {Object} WeekSettings
       * @property {number} firstDay
       * @property {number} minimalDays
       * @property {number[]} weekend
       */
      /**
       * @return {WeekSettings|null}
       */
      static get defaultWeekSettings() {
        return defaultWeekSettings;
      }
      /**
       * Allows overriding the default locale week settings, i.e. the start of the week, the weekend and
       * how many days are required in the first week of a year.
       * Does not affect existing instances.
       *
       * @param {WeekSettings|null} weekSettings
       */
      static set defaultWeekSettings(weekSettings) {
        defaultWeekSettings = validateWeekSettings(weekSettings);
      }
      /**
       * Get the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
       * @type {number}
       */
      static get twoDigitCutoffYear() {
        return twoDigitCutoffYear;
      }
      /**
       * Set the cutoff year for whether a 2-digit year string is interpreted in the current or previous century. Numbers higher than the cutoff will be considered to mean 19xx and numbers lower or equal to the cutoff will be considered 20xx.
       * @type {number}
       * @example Settings.twoDigitCutoffYear = 0 // all 'yy' are interpreted as 20th century
       * @example Settings.twoDigitCutoffYear = 99 // all 'yy' are interpreted as 21st century
       * @example Settings.twoDigitCutoffYear = 50 // '49' -> 2049; '50' -> 1950
       * @example Settings.twoDigitCutoffYear = 1950 // interpreted as 50
       * @example Settings.twoDigitCutoffYear = 2050 // ALSO interpreted as 50
       */
      static set twoDigitCutoffYear(cutoffYear) {
        twoDigitCutoffYear = cutoffYear % 100;
      }
      /**
       * Get whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
       * @type {boolean}
       */
      static get throwOnInvalid() {
        return throwOnInvalid;
      }
      /**
       * Set whether Luxon will throw when it encounters invalid DateTimes, Durations, or Intervals
       * @type {boolean}
       */
      static set throwOnInvalid(t) {
        throwOnInvalid = t;
      }
      /**
       * Reset Luxon's global caches. Should only be necessary in testing scenarios.
       * @return {void}
       */
      static resetCaches() {
        Locale.resetCache();
        IANAZone.resetCache();
        DateTime.resetCache();
        resetDigitRegexCache();
      }
    };
    var Invalid = class {
      constructor(reason, explanation) {
        this.reason = reason;
        this.explanation = explanation;
      }
      toMessage() {
        if (this.explanation) {
          return `${this.reason}: ${this.explanation}`;
        } else {
          return this.reason;
        }
      }
    };
    var nonLeapLadder = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    var leapLadder = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];
    function unitOutOfRange(unit, value) {
      return new Invalid("unit out of range", `you specified ${value} (of type ${typeof value}) as a ${unit}, which is invalid`);
    }
    function dayOfWeek(year, month, day) {
      const d = new Date(Date.UTC(year, month - 1, day));
      if (year < 100 && year >= 0) {
        d.setUTCFullYear(d.getUTCFullYear() - 1900);
      }
      const js = d.getUTCDay();
      return js === 0 ? 7 : js;
    }
    function computeOrdinal(year, month, day) {
      return day + (isLeapYear(year) ? leapLadder : nonLeapLadder)[month - 1];
    }
    function uncomputeOrdinal(year, ordinal) {
      const table = isLeapYear(year) ? leapLadder : nonLeapLadder, month0 = table.findIndex((i2) => i2 < ordinal), day = ordinal - table[month0];
      return {
        month: month0 + 1,
        day
      };
    }
    function isoWeekdayToLocal(isoWeekday, startOfWeek) {
      return (isoWeekday - startOfWeek + 7) % 7 + 1;
    }
    function gregorianToWeek(gregObj, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const {
        year,
        month,
        day
      } = gregObj, ordinal = computeOrdinal(year, month, day), weekday = isoWeekdayToLocal(dayOfWeek(year, month, day), startOfWeek);
      let weekNumber = Math.floor((ordinal - weekday + 14 - minDaysInFirstWeek) / 7), weekYear;
      if (weekNumber < 1) {
        weekYear = year - 1;
        weekNumber = weeksInWeekYear(weekYear, minDaysInFirstWeek, startOfWeek);
      } else if (weekNumber > weeksInWeekYear(year, minDaysInFirstWeek, startOfWeek)) {
        weekYear = year + 1;
        weekNumber = 1;
      } else {
        weekYear = year;
      }
      return {
        weekYear,
        weekNumber,
        weekday,
        ...timeObject(gregObj)
      };
    }
    function weekToGregorian(weekData, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const {
        weekYear,
        weekNumber,
        weekday
      } = weekData, weekdayOfJan4 = isoWeekdayToLocal(dayOfWeek(weekYear, 1, minDaysInFirstWeek), startOfWeek), yearInDays = daysInYear(weekYear);
      let ordinal = weekNumber * 7 + weekday - weekdayOfJan4 - 7 + minDaysInFirstWeek, year;
      if (ordinal < 1) {
        year = weekYear - 1;
        ordinal += daysInYear(year);
      } else if (ordinal > yearInDays) {
        year = weekYear + 1;
        ordinal -= daysInYear(weekYear);
      } else {
        year = weekYear;
      }
      const {
        month,
        day
      } = uncomputeOrdinal(year, ordinal);
      return {
        year,
        month,
        day,
        ...timeObject(weekData)
      };
    }
    function gregorianToOrdinal(gregData) {
      const {
        year,
        month,
        day
      } = gregData;
      const ordinal = computeOrdinal(year, month, day);
      return {
        year,
        ordinal,
        ...timeObject(gregData)
      };
    }
    function ordinalToGregorian(ordinalData) {
      const {
        year,
        ordinal
      } = ordinalData;
      const {
        month,
        day
      } = uncomputeOrdinal(year, ordinal);
      return {
        year,
        month,
        day,
        ...timeObject(ordinalData)
      };
    }
    function usesLocalWeekValues(obj, loc) {
      const hasLocaleWeekData = !isUndefined(obj.localWeekday) || !isUndefined(obj.localWeekNumber) || !isUndefined(obj.localWeekYear);
      if (hasLocaleWeekData) {
        const hasIsoWeekData = !isUndefined(obj.weekday) || !isUndefined(obj.weekNumber) || !isUndefined(obj.weekYear);
        if (hasIsoWeekData) {
          throw new ConflictingSpecificationError("Cannot mix locale-based week fields with ISO-based week fields");
        }
        if (!isUndefined(obj.localWeekday)) obj.weekday = obj.localWeekday;
        if (!isUndefined(obj.localWeekNumber)) obj.weekNumber = obj.localWeekNumber;
        if (!isUndefined(obj.localWeekYear)) obj.weekYear = obj.localWeekYear;
        delete obj.localWeekday;
        delete obj.localWeekNumber;
        delete obj.localWeekYear;
        return {
          minDaysInFirstWeek: loc.getMinDaysInFirstWeek(),
          startOfWeek: loc.getStartOfWeek()
        };
      } else {
        return {
          minDaysInFirstWeek: 4,
          startOfWeek: 1
        };
      }
    }
    function hasInvalidWeekData(obj, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const validYear = isInteger(obj.weekYear), validWeek = integerBetween(obj.weekNumber, 1, weeksInWeekYear(obj.weekYear, minDaysInFirstWeek, startOfWeek)), validWeekday = integerBetween(obj.weekday, 1, 7);
      if (!validYear) {
        return unitOutOfRange("weekYear", obj.weekYear);
      } else if (!validWeek) {
        return unitOutOfRange("week", obj.weekNumber);
      } else if (!validWeekday) {
        return unitOutOfRange("weekday", obj.weekday);
      } else return false;
    }
    function hasInvalidOrdinalData(obj) {
      const validYear = isInteger(obj.year), validOrdinal = integerBetween(obj.ordinal, 1, daysInYear(obj.year));
      if (!validYear) {
        return unitOutOfRange("year", obj.year);
      } else if (!validOrdinal) {
        return unitOutOfRange("ordinal", obj.ordinal);
      } else return false;
    }
    function hasInvalidGregorianData(obj) {
      const validYear = isInteger(obj.year), validMonth = integerBetween(obj.month, 1, 12), validDay = integerBetween(obj.day, 1, daysInMonth(obj.year, obj.month));
      if (!validYear) {
        return unitOutOfRange("year", obj.year);
      } else if (!validMonth) {
        return unitOutOfRange("month", obj.month);
      } else if (!validDay) {
        return unitOutOfRange("day", obj.day);
      } else return false;
    }
    function hasInvalidTimeData(obj) {
      const {
        hour,
        minute,
        second,
        millisecond
      } = obj;
      const validHour = integerBetween(hour, 0, 23) || hour === 24 && minute === 0 && second === 0 && millisecond === 0, validMinute = integerBetween(minute, 0, 59), validSecond = integerBetween(second, 0, 59), validMillisecond = integerBetween(millisecond, 0, 999);
      if (!validHour) {
        return unitOutOfRange("hour", hour);
      } else if (!validMinute) {
        return unitOutOfRange("minute", minute);
      } else if (!validSecond) {
        return unitOutOfRange("second", second);
      } else if (!validMillisecond) {
        return unitOutOfRange("millisecond", millisecond);
      } else return false;
    }
    function isUndefined(o) {
      return typeof o === "undefined";
    }
    function isNumber(o) {
      return typeof o === "number";
    }
    function isInteger(o) {
      return typeof o === "number" && o % 1 === 0;
    }
    function isString(o) {
      return typeof o === "string";
    }
    function isDate(o) {
      return Object.prototype.toString.call(o) === "[object Date]";
    }
    function hasRelative() {
      try {
        return typeof Intl !== "undefined" && !!Intl.RelativeTimeFormat;
      } catch (e) {
        return false;
      }
    }
    function hasLocaleWeekInfo() {
      try {
        return typeof Intl !== "undefined" && !!Intl.Locale && ("weekInfo" in Intl.Locale.prototype || "getWeekInfo" in Intl.Locale.prototype);
      } catch (e) {
        return false;
      }
    }
    function maybeArray(thing) {
      return Array.isArray(thing) ? thing : [thing];
    }
    function bestBy(arr, by, compare) {
      if (arr.length === 0) {
        return void 0;
      }
      return arr.reduce((best, next) => {
        const pair2 = [by(next), next];
        if (!best) {
          return pair2;
        } else if (compare(best[0], pair2[0]) === best[0]) {
          return best;
        } else {
          return pair2;
        }
      }, null)[1];
    }
    function pick(obj, keys) {
      return keys.reduce((a, k) => {
        a[k] = obj[k];
        return a;
      }, {});
    }
    function hasOwnProperty(obj, prop) {
      return Object.prototype.hasOwnProperty.call(obj, prop);
    }
    function validateWeekSettings(settings) {
      if (settings == null) {
        return null;
      } else if (typeof settings !== "object") {
        throw new InvalidArgumentError("Week settings must be an object");
      } else {
        if (!integerBetween(settings.firstDay, 1, 7) || !integerBetween(settings.minimalDays, 1, 7) || !Array.isArray(settings.weekend) || settings.weekend.some((v2) => !integerBetween(v2, 1, 7))) {
          throw new InvalidArgumentError("Invalid week settings");
        }
        return {
          firstDay: settings.firstDay,
          minimalDays: settings.minimalDays,
          weekend: Array.from(settings.weekend)
        };
      }
    }
    function integerBetween(thing, bottom, top) {
      return isInteger(thing) && thing >= bottom && thing <= top;
    }
    function floorMod(x, n2) {
      return x - n2 * Math.floor(x / n2);
    }
    function padStart(input, n2 = 2) {
      const isNeg = input < 0;
      let padded;
      if (isNeg) {
        padded = "-" + ("" + -input).padStart(n2, "0");
      } else {
        padded = ("" + input).padStart(n2, "0");
      }
      return padded;
    }
    function parseInteger(string) {
      if (isUndefined(string) || string === null || string === "") {
        return void 0;
      } else {
        return parseInt(string, 10);
      }
    }
    function parseFloating(string) {
      if (isUndefined(string) || string === null || string === "") {
        return void 0;
      } else {
        return parseFloat(string);
      }
    }
    function parseMillis(fraction) {
      if (isUndefined(fraction) || fraction === null || fraction === "") {
        return void 0;
      } else {
        const f = parseFloat("0." + fraction) * 1e3;
        return Math.floor(f);
      }
    }
    function roundTo(number, digits, rounding = "round") {
      const factor = 10 ** digits;
      switch (rounding) {
        case "expand":
          return number > 0 ? Math.ceil(number * factor) / factor : Math.floor(number * factor) / factor;
        case "trunc":
          return Math.trunc(number * factor) / factor;
        case "round":
          return Math.round(number * factor) / factor;
        case "floor":
          return Math.floor(number * factor) / factor;
        case "ceil":
          return Math.ceil(number * factor) / factor;
        default:
          throw new RangeError(`Value rounding ${rounding} is out of range`);
      }
    }
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    function daysInYear(year) {
      return isLeapYear(year) ? 366 : 365;
    }
    function daysInMonth(year, month) {
      const modMonth = floorMod(month - 1, 12) + 1, modYear = year + (month - modMonth) / 12;
      if (modMonth === 2) {
        return isLeapYear(modYear) ? 29 : 28;
      } else {
        return [31, null, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][modMonth - 1];
      }
    }
    function objToLocalTS(obj) {
      let d = Date.UTC(obj.year, obj.month - 1, obj.day, obj.hour, obj.minute, obj.second, obj.millisecond);
      if (obj.year < 100 && obj.year >= 0) {
        d = new Date(d);
        d.setUTCFullYear(obj.year, obj.month - 1, obj.day);
      }
      return +d;
    }
    function firstWeekOffset(year, minDaysInFirstWeek, startOfWeek) {
      const fwdlw = isoWeekdayToLocal(dayOfWeek(year, 1, minDaysInFirstWeek), startOfWeek);
      return -fwdlw + minDaysInFirstWeek - 1;
    }
    function weeksInWeekYear(weekYear, minDaysInFirstWeek = 4, startOfWeek = 1) {
      const weekOffset = firstWeekOffset(weekYear, minDaysInFirstWeek, startOfWeek);
      const weekOffsetNext = firstWeekOffset(weekYear + 1, minDaysInFirstWeek, startOfWeek);
      return (daysInYear(weekYear) - weekOffset + weekOffsetNext) / 7;
    }
    function untruncateYear(year) {
      if (year > 99) {
        return year;
      } else return year > Settings.twoDigitCutoffYear ? 1900 + year : 2e3 + year;
    }
    function parseZoneInfo(ts, offsetFormat, locale, timeZone = null) {
      const date = new Date(ts), intlOpts = {
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit"
      };
      if (timeZone) {
        intlOpts.timeZone = timeZone;
      }
      const modified = {
        timeZoneName: offsetFormat,
        ...intlOpts
      };
      const parsed = new Intl.DateTimeFormat(locale, modified).formatToParts(date).find((m) => m.type.toLowerCase() === "timezonename");
      return parsed ? parsed.value : null;
    }
    function signedOffset(offHourStr, offMinuteStr) {
      let offHour = parseInt(offHourStr, 10);
      if (Number.isNaN(offHour)) {
        offHour = 0;
      }
      const offMin = parseInt(offMinuteStr, 10) || 0, offMinSigned = offHour < 0 || Object.is(offHour, -0) ? -offMin : offMin;
      return offHour * 60 + offMinSigned;
    }
    function asNumber(value) {
      const numericValue = Number(value);
      if (typeof value === "boolean" || value === "" || !Number.isFinite(numericValue)) throw new InvalidArgumentError(`Invalid unit value ${value}`);
      return numericValue;
    }
    function normalizeObject(obj, normalizer) {
      const normalized = {};
      for (const u in obj) {
        if (hasOwnProperty(obj, u)) {
          const v2 = obj[u];
          if (v2 === void 0 || v2 === null) continue;
          normalized[normalizer(u)] = asNumber(v2);
        }
      }
      return normalized;
    }
    function formatOffset(offset2, format) {
      const hours = Math.trunc(Math.abs(offset2 / 60)), minutes = Math.trunc(Math.abs(offset2 % 60)), sign = offset2 >= 0 ? "+" : "-";
      switch (format) {
        case "short":
          return `${sign}${padStart(hours, 2)}:${padStart(minutes, 2)}`;
        case "narrow":
          return `${sign}${hours}${minutes > 0 ? `:${minutes}` : ""}`;
        case "techie":
          return `${sign}${padStart(hours, 2)}${padStart(minutes, 2)}`;
        default:
          throw new RangeError(`Value format ${format} is out of range for property format`);
      }
    }
    function timeObject(obj) {
      return pick(obj, ["hour", "minute", "second", "millisecond"]);
    }
    var monthsLong = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    var monthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    var monthsNarrow = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];
    function months(length) {
      switch (length) {
        case "narrow":
          return [...monthsNarrow];
        case "short":
          return [...monthsShort];
        case "long":
          return [...monthsLong];
        case "numeric":
          return ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
        case "2-digit":
          return ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
        default:
          return null;
      }
    }
    var weekdaysLong = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    var weekdaysShort = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    var weekdaysNarrow = ["M", "T", "W", "T", "F", "S", "S"];
    function weekdays(length) {
      switch (length) {
        case "narrow":
          return [...weekdaysNarrow];
        case "short":
          return [...weekdaysShort];
        case "long":
          return [...weekdaysLong];
        case "numeric":
          return ["1", "2", "3", "4", "5", "6", "7"];
        default:
          return null;
      }
    }
    var meridiems = ["AM", "PM"];
    var erasLong = ["Before Christ", "Anno Domini"];
    var erasShort = ["BC", "AD"];
    var erasNarrow = ["B", "A"];
    function eras(length) {
      switch (length) {
        case "narrow":
          return [...erasNarrow];
        case "short":
          return [...erasShort];
        case "long":
          return [...erasLong];
        default:
          return null;
      }
    }
    function meridiemForDateTime(dt) {
      return meridiems[dt.hour < 12 ? 0 : 1];
    }
    function weekdayForDateTime(dt, length) {
      return weekdays(length)[dt.weekday - 1];
    }
    function monthForDateTime(dt, length) {
      return months(length)[dt.month - 1];
    }
    function eraForDateTime(dt, length) {
      return eras(length)[dt.year < 0 ? 0 : 1];
    }
    function formatRelativeTime(unit, count, numeric = "always", narrow2 = false) {
      const units = {
        years: ["year", "yr."],
        quarters: ["quarter", "qtr."],
        months: ["month", "mo."],
        weeks: ["week", "wk."],
        days: ["day", "day", "days"],
        hours: ["hour", "hr."],
        minutes: ["minute", "min."],
        seconds: ["second", "sec."]
      };
      const lastable = ["hours", "minutes", "seconds"].indexOf(unit) === -1;
      if (numeric === "auto" && lastable) {
        const isDay = unit === "days";
        switch (count) {
          case 1:
            return isDay ? "tomorrow" : `next ${units[unit][0]}`;
          case -1:
            return isDay ? "yesterday" : `last ${units[unit][0]}`;
          case 0:
            return isDay ? "today" : `this ${units[unit][0]}`;
        }
      }
      const isInPast = Object.is(count, -0) || count < 0, fmtValue = Math.abs(count), singular = fmtValue === 1, lilUnits = units[unit], fmtUnit = narrow2 ? singular ? lilUnits[1] : lilUnits[2] || lilUnits[1] : singular ? units[unit][0] : unit;
      return isInPast ? `${fmtValue} ${fmtUnit} ago` : `in ${fmtValue} ${fmtUnit}`;
    }
    function stringifyTokens(splits, tokenToString) {
      let s2 = "";
      for (const token of splits) {
        if (token.literal) {
          s2 += token.val;
        } else {
          s2 += tokenToString(token.val);
        }
      }
      return s2;
    }
    var macroTokenToFormatOpts = {
      D: DATE_SHORT,
      DD: DATE_MED,
      DDD: DATE_FULL,
      DDDD: DATE_HUGE,
      t: TIME_SIMPLE,
      tt: TIME_WITH_SECONDS,
      ttt: TIME_WITH_SHORT_OFFSET,
      tttt: TIME_WITH_LONG_OFFSET,
      T: TIME_24_SIMPLE,
      TT: TIME_24_WITH_SECONDS,
      TTT: TIME_24_WITH_SHORT_OFFSET,
      TTTT: TIME_24_WITH_LONG_OFFSET,
      f: DATETIME_SHORT,
      ff: DATETIME_MED,
      fff: DATETIME_FULL,
      ffff: DATETIME_HUGE,
      F: DATETIME_SHORT_WITH_SECONDS,
      FF: DATETIME_MED_WITH_SECONDS,
      FFF: DATETIME_FULL_WITH_SECONDS,
      FFFF: DATETIME_HUGE_WITH_SECONDS
    };
    var Formatter = class _Formatter {
      static create(locale, opts = {}) {
        return new _Formatter(locale, opts);
      }
      static parseFormat(fmt) {
        let current = null, currentFull = "", bracketed = false;
        const splits = [];
        for (let i2 = 0; i2 < fmt.length; i2++) {
          const c = fmt.charAt(i2);
          if (c === "'") {
            if (currentFull.length > 0 || bracketed) {
              splits.push({
                literal: bracketed || /^\s+$/.test(currentFull),
                val: currentFull === "" ? "'" : currentFull
              });
            }
            current = null;
            currentFull = "";
            bracketed = !bracketed;
          } else if (bracketed) {
            currentFull += c;
          } else if (c === current) {
            currentFull += c;
          } else {
            if (currentFull.length > 0) {
              splits.push({
                literal: /^\s+$/.test(currentFull),
                val: currentFull
              });
            }
            currentFull = c;
            current = c;
          }
        }
        if (currentFull.length > 0) {
          splits.push({
            literal: bracketed || /^\s+$/.test(currentFull),
            val: currentFull
          });
        }
        return splits;
      }
      static macroTokenToFormatOpts(token) {
        return macroTokenToFormatOpts[token];
      }
      constructor(locale, formatOpts) {
        this.opts = formatOpts;
        this.loc = locale;
        this.systemLoc = null;
      }
      formatWithSystemDefault(dt, opts) {
        if (this.systemLoc === null) {
          this.systemLoc = this.loc.redefaultToSystem();
        }
        const df = this.systemLoc.dtFormatter(dt, {
          ...this.opts,
          ...opts
        });
        return df.format();
      }
      dtFormatter(dt, opts = {}) {
        return this.loc.dtFormatter(dt, {
          ...this.opts,
          ...opts
        });
      }
      formatDateTime(dt, opts) {
        return this.dtFormatter(dt, opts).format();
      }
      formatDateTimeParts(dt, opts) {
        return this.dtFormatter(dt, opts).formatToParts();
      }
      formatInterval(interval, opts) {
        const df = this.dtFormatter(interval.start, opts);
        return df.dtf.formatRange(interval.start.toJSDate(), interval.end.toJSDate());
      }
      resolvedOptions(dt, opts) {
        return this.dtFormatter(dt, opts).resolvedOptions();
      }
      num(n2, p = 0, signDisplay = void 0) {
        if (this.opts.forceSimple) {
          return padStart(n2, p);
        }
        const opts = {
          ...this.opts
        };
        if (p > 0) {
          opts.padTo = p;
        }
        if (signDisplay) {
          opts.signDisplay = signDisplay;
        }
        return this.loc.numberFormatter(opts).format(n2);
      }
      formatDateTimeFromString(dt, fmt) {
        const knownEnglish = this.loc.listingMode() === "en", useDateTimeFormatter = this.loc.outputCalendar && this.loc.outputCalendar !== "gregory", string = (opts, extract) => this.loc.extract(dt, opts, extract), formatOffset2 = (opts) => {
          if (dt.isOffsetFixed && dt.offset === 0 && opts.allowZ) {
            return "Z";
          }
          return dt.isValid ? dt.zone.formatOffset(dt.ts, opts.format) : "";
        }, meridiem = () => knownEnglish ? meridiemForDateTime(dt) : string({
          hour: "numeric",
          hourCycle: "h12"
        }, "dayperiod"), month = (length, standalone) => knownEnglish ? monthForDateTime(dt, length) : string(standalone ? {
          month: length
        } : {
          month: length,
          day: "numeric"
        }, "month"), weekday = (length, standalone) => knownEnglish ? weekdayForDateTime(dt, length) : string(standalone ? {
          weekday: length
        } : {
          weekday: length,
          month: "long",
          day: "numeric"
        }, "weekday"), maybeMacro = (token) => {
          const formatOpts = _Formatter.macroTokenToFormatOpts(token);
          if (formatOpts) {
            return this.formatWithSystemDefault(dt, formatOpts);
          } else {
            return token;
          }
        }, era = (length) => knownEnglish ? eraForDateTime(dt, length) : string({
          era: length
        }, "era"), tokenToString = (token) => {
          switch (token) {
            // ms
            case "S":
              return this.num(dt.millisecond);
            case "u":
            // falls through
            case "SSS":
              return this.num(dt.millisecond, 3);
            // seconds
            case "s":
              return this.num(dt.second);
            case "ss":
              return this.num(dt.second, 2);
            // fractional seconds
            case "uu":
              return this.num(Math.floor(dt.millisecond / 10), 2);
            case "uuu":
              return this.num(Math.floor(dt.millisecond / 100));
            // minutes
            case "m":
              return this.num(dt.minute);
            case "mm":
              return this.num(dt.minute, 2);
            // hours
            case "h":
              return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12);
            case "hh":
              return this.num(dt.hour % 12 === 0 ? 12 : dt.hour % 12, 2);
            case "H":
              return this.num(dt.hour);
            case "HH":
              return this.num(dt.hour, 2);
            // offset
            case "Z":
              return formatOffset2({
                format: "narrow",
                allowZ: this.opts.allowZ
              });
            case "ZZ":
              return formatOffset2({
                format: "short",
                allowZ: this.opts.allowZ
              });
            case "ZZZ":
              return formatOffset2({
                format: "techie",
                allowZ: this.opts.allowZ
              });
            case "ZZZZ":
              return dt.zone.offsetName(dt.ts, {
                format: "short",
                locale: this.loc.locale
              });
            case "ZZZZZ":
              return dt.zone.offsetName(dt.ts, {
                format: "long",
                locale: this.loc.locale
              });
            // zone
            case "z":
              return dt.zoneName;
            // meridiems
            case "a":
              return meridiem();
            // dates
            case "d":
              return useDateTimeFormatter ? string({
                day: "numeric"
              }, "day") : this.num(dt.day);
            case "dd":
              return useDateTimeFormatter ? string({
                day: "2-digit"
              }, "day") : this.num(dt.day, 2);
            // weekdays - standalone
            case "c":
              return this.num(dt.weekday);
            case "ccc":
              return weekday("short", true);
            case "cccc":
              return weekday("long", true);
            case "ccccc":
              return weekday("narrow", true);
            // weekdays - format
            case "E":
              return this.num(dt.weekday);
            case "EEE":
              return weekday("short", false);
            case "EEEE":
              return weekday("long", false);
            case "EEEEE":
              return weekday("narrow", false);
            // months - standalone
            case "L":
              return useDateTimeFormatter ? string({
                month: "numeric",
                day: "numeric"
              }, "month") : this.num(dt.month);
            case "LL":
              return useDateTimeFormatter ? string({
                month: "2-digit",
                day: "numeric"
              }, "month") : this.num(dt.month, 2);
            case "LLL":
              return month("short", true);
            case "LLLL":
              return month("long", true);
            case "LLLLL":
              return month("narrow", true);
            // months - format
            case "M":
              return useDateTimeFormatter ? string({
                month: "numeric"
              }, "month") : this.num(dt.month);
            case "MM":
              return useDateTimeFormatter ? string({
                month: "2-digit"
              }, "month") : this.num(dt.month, 2);
            case "MMM":
              return month("short", false);
            case "MMMM":
              return month("long", false);
            case "MMMMM":
              return month("narrow", false);
            // years
            case "y":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year);
            case "yy":
              return useDateTimeFormatter ? string({
                year: "2-digit"
              }, "year") : this.num(dt.year.toString().slice(-2), 2);
            case "yyyy":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year, 4);
            case "yyyyyy":
              return useDateTimeFormatter ? string({
                year: "numeric"
              }, "year") : this.num(dt.year, 6);
            // eras
            case "G":
              return era("short");
            case "GG":
              return era("long");
            case "GGGGG":
              return era("narrow");
            case "kk":
              return this.num(dt.weekYear.toString().slice(-2), 2);
            case "kkkk":
              return this.num(dt.weekYear, 4);
            case "W":
              return this.num(dt.weekNumber);
            case "WW":
              return this.num(dt.weekNumber, 2);
            case "n":
              return this.num(dt.localWeekNumber);
            case "nn":
              return this.num(dt.localWeekNumber, 2);
            case "ii":
              return this.num(dt.localWeekYear.toString().slice(-2), 2);
            case "iiii":
              return this.num(dt.localWeekYear, 4);
            case "o":
              return this.num(dt.ordinal);
            case "ooo":
              return this.num(dt.ordinal, 3);
            case "q":
              return this.num(dt.quarter);
            case "qq":
              return this.num(dt.quarter, 2);
            case "X":
              return this.num(Math.floor(dt.ts / 1e3));
            case "x":
              return this.num(dt.ts);
            default:
              return maybeMacro(token);
          }
        };
        return stringifyTokens(_Formatter.parseFormat(fmt), tokenToString);
      }
      formatDurationFromString(dur, fmt) {
        const invertLargest = this.opts.signMode === "negativeLargestOnly" ? -1 : 1;
        const tokenToField = (token) => {
          switch (token[0]) {
            case "S":
              return "milliseconds";
            case "s":
              return "seconds";
            case "m":
              return "minutes";
            case "h":
              return "hours";
            case "d":
              return "days";
            case "w":
              return "weeks";
            case "M":
              return "months";
            case "y":
              return "years";
            default:
              return null;
          }
        }, tokenToString = (lildur, info2) => (token) => {
          const mapped = tokenToField(token);
          if (mapped) {
            const inversionFactor = info2.isNegativeDuration && mapped !== info2.largestUnit ? invertLargest : 1;
            let signDisplay;
            if (this.opts.signMode === "negativeLargestOnly" && mapped !== info2.largestUnit) {
              signDisplay = "never";
            } else if (this.opts.signMode === "all") {
              signDisplay = "always";
            } else {
              signDisplay = "auto";
            }
            return this.num(lildur.get(mapped) * inversionFactor, token.length, signDisplay);
          } else {
            return token;
          }
        }, tokens = _Formatter.parseFormat(fmt), realTokens = tokens.reduce((found, {
          literal,
          val
        }) => literal ? found : found.concat(val), []), collapsed = dur.shiftTo(...realTokens.map(tokenToField).filter((t) => t)), durationInfo = {
          isNegativeDuration: collapsed < 0,
          // this relies on "collapsed" being based on "shiftTo", which builds up the object
          // in order
          largestUnit: Object.keys(collapsed.values)[0]
        };
        return stringifyTokens(tokens, tokenToString(collapsed, durationInfo));
      }
    };
    var ianaRegex = /[A-Za-z_+-]{1,256}(?::?\/[A-Za-z0-9_+-]{1,256}(?:\/[A-Za-z0-9_+-]{1,256})?)?/;
    function combineRegexes(...regexes) {
      const full = regexes.reduce((f, r) => f + r.source, "");
      return RegExp(`^${full}$`);
    }
    function combineExtractors(...extractors) {
      return (m) => extractors.reduce(([mergedVals, mergedZone, cursor], ex) => {
        const [val, zone, next] = ex(m, cursor);
        return [{
          ...mergedVals,
          ...val
        }, zone || mergedZone, next];
      }, [{}, null, 1]).slice(0, 2);
    }
    function parse(s2, ...patterns) {
      if (s2 == null) {
        return [null, null];
      }
      for (const [regex, extractor] of patterns) {
        const m = regex.exec(s2);
        if (m) {
          return extractor(m);
        }
      }
      return [null, null];
    }
    function simpleParse(...keys) {
      return (match2, cursor) => {
        const ret = {};
        let i2;
        for (i2 = 0; i2 < keys.length; i2++) {
          ret[keys[i2]] = parseInteger(match2[cursor + i2]);
        }
        return [ret, null, cursor + i2];
      };
    }
    var offsetRegex = /(?:([Zz])|([+-]\d\d)(?::?(\d\d))?)/;
    var isoExtendedZone = `(?:${offsetRegex.source}?(?:\\[(${ianaRegex.source})\\])?)?`;
    var isoTimeBaseRegex = /(\d\d)(?::?(\d\d)(?::?(\d\d)(?:[.,](\d{1,30}))?)?)?/;
    var isoTimeRegex = RegExp(`${isoTimeBaseRegex.source}${isoExtendedZone}`);
    var isoTimeExtensionRegex = RegExp(`(?:[Tt]${isoTimeRegex.source})?`);
    var isoYmdRegex = /([+-]\d{6}|\d{4})(?:-?(\d\d)(?:-?(\d\d))?)?/;
    var isoWeekRegex = /(\d{4})-?W(\d\d)(?:-?(\d))?/;
    var isoOrdinalRegex = /(\d{4})-?(\d{3})/;
    var extractISOWeekData = simpleParse("weekYear", "weekNumber", "weekDay");
    var extractISOOrdinalData = simpleParse("year", "ordinal");
    var sqlYmdRegex = /(\d{4})-(\d\d)-(\d\d)/;
    var sqlTimeRegex = RegExp(`${isoTimeBaseRegex.source} ?(?:${offsetRegex.source}|(${ianaRegex.source}))?`);
    var sqlTimeExtensionRegex = RegExp(`(?: ${sqlTimeRegex.source})?`);
    function int(match2, pos, fallback) {
      const m = match2[pos];
      return isUndefined(m) ? fallback : parseInteger(m);
    }
    function extractISOYmd(match2, cursor) {
      const item = {
        year: int(match2, cursor),
        month: int(match2, cursor + 1, 1),
        day: int(match2, cursor + 2, 1)
      };
      return [item, null, cursor + 3];
    }
    function extractISOTime(match2, cursor) {
      const item = {
        hours: int(match2, cursor, 0),
        minutes: int(match2, cursor + 1, 0),
        seconds: int(match2, cursor + 2, 0),
        milliseconds: parseMillis(match2[cursor + 3])
      };
      return [item, null, cursor + 4];
    }
    function extractISOOffset(match2, cursor) {
      const local = !match2[cursor] && !match2[cursor + 1], fullOffset = signedOffset(match2[cursor + 1], match2[cursor + 2]), zone = local ? null : FixedOffsetZone.instance(fullOffset);
      return [{}, zone, cursor + 3];
    }
    function extractIANAZone(match2, cursor) {
      const zone = match2[cursor] ? IANAZone.create(match2[cursor]) : null;
      return [{}, zone, cursor + 1];
    }
    var isoTimeOnly = RegExp(`^T?${isoTimeBaseRegex.source}$`);
    var isoDuration = /^-?P(?:(?:(-?\d{1,20}(?:\.\d{1,20})?)Y)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20}(?:\.\d{1,20})?)W)?(?:(-?\d{1,20}(?:\.\d{1,20})?)D)?(?:T(?:(-?\d{1,20}(?:\.\d{1,20})?)H)?(?:(-?\d{1,20}(?:\.\d{1,20})?)M)?(?:(-?\d{1,20})(?:[.,](-?\d{1,20}))?S)?)?)$/;
    function extractISODuration(match2) {
      const [s2, yearStr, monthStr, weekStr, dayStr, hourStr, minuteStr, secondStr, millisecondsStr] = match2;
      const hasNegativePrefix = s2[0] === "-";
      const negativeSeconds = secondStr && secondStr[0] === "-";
      const maybeNegate = (num, force = false) => num !== void 0 && (force || num && hasNegativePrefix) ? -num : num;
      return [{
        years: maybeNegate(parseFloating(yearStr)),
        months: maybeNegate(parseFloating(monthStr)),
        weeks: maybeNegate(parseFloating(weekStr)),
        days: maybeNegate(parseFloating(dayStr)),
        hours: maybeNegate(parseFloating(hourStr)),
        minutes: maybeNegate(parseFloating(minuteStr)),
        seconds: maybeNegate(parseFloating(secondStr), secondStr === "-0"),
        milliseconds: maybeNegate(parseMillis(millisecondsStr), negativeSeconds)
      }];
    }
    var obsOffsets = {
      GMT: 0,
      EDT: -4 * 60,
      EST: -5 * 60,
      CDT: -5 * 60,
      CST: -6 * 60,
      MDT: -6 * 60,
      MST: -7 * 60,
      PDT: -7 * 60,
      PST: -8 * 60
    };
    function fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr) {
      const result = {
        year: yearStr.length === 2 ? untruncateYear(parseInteger(yearStr)) : parseInteger(yearStr),
        month: monthsShort.indexOf(monthStr) + 1,
        day: parseInteger(dayStr),
        hour: parseInteger(hourStr),
        minute: parseInteger(minuteStr)
      };
      if (secondStr) result.second = parseInteger(secondStr);
      if (weekdayStr) {
        result.weekday = weekdayStr.length > 3 ? weekdaysLong.indexOf(weekdayStr) + 1 : weekdaysShort.indexOf(weekdayStr) + 1;
      }
      return result;
    }
    var rfc2822 = /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s)?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s(\d{2,4})\s(\d\d):(\d\d)(?::(\d\d))?\s(?:(UT|GMT|[ECMP][SD]T)|([Zz])|(?:([+-]\d\d)(\d\d)))$/;
    function extractRFC2822(match2) {
      const [, weekdayStr, dayStr, monthStr, yearStr, hourStr, minuteStr, secondStr, obsOffset, milOffset, offHourStr, offMinuteStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      let offset2;
      if (obsOffset) {
        offset2 = obsOffsets[obsOffset];
      } else if (milOffset) {
        offset2 = 0;
      } else {
        offset2 = signedOffset(offHourStr, offMinuteStr);
      }
      return [result, new FixedOffsetZone(offset2)];
    }
    function preprocessRFC2822(s2) {
      return s2.replace(/\([^()]*\)|[\n\t]/g, " ").replace(/(\s\s+)/g, " ").trim();
    }
    var rfc1123 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
    var rfc850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
    var ascii = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( \d|\d\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;
    function extractRFC1123Or850(match2) {
      const [, weekdayStr, dayStr, monthStr, yearStr, hourStr, minuteStr, secondStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      return [result, FixedOffsetZone.utcInstance];
    }
    function extractASCII(match2) {
      const [, weekdayStr, monthStr, dayStr, hourStr, minuteStr, secondStr, yearStr] = match2, result = fromStrings(weekdayStr, yearStr, monthStr, dayStr, hourStr, minuteStr, secondStr);
      return [result, FixedOffsetZone.utcInstance];
    }
    var isoYmdWithTimeExtensionRegex = combineRegexes(isoYmdRegex, isoTimeExtensionRegex);
    var isoWeekWithTimeExtensionRegex = combineRegexes(isoWeekRegex, isoTimeExtensionRegex);
    var isoOrdinalWithTimeExtensionRegex = combineRegexes(isoOrdinalRegex, isoTimeExtensionRegex);
    var isoTimeCombinedRegex = combineRegexes(isoTimeRegex);
    var extractISOYmdTimeAndOffset = combineExtractors(extractISOYmd, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOWeekTimeAndOffset = combineExtractors(extractISOWeekData, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOOrdinalDateAndTime = combineExtractors(extractISOOrdinalData, extractISOTime, extractISOOffset, extractIANAZone);
    var extractISOTimeAndOffset = combineExtractors(extractISOTime, extractISOOffset, extractIANAZone);
    function parseISODate(s2) {
      return parse(s2, [isoYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset], [isoWeekWithTimeExtensionRegex, extractISOWeekTimeAndOffset], [isoOrdinalWithTimeExtensionRegex, extractISOOrdinalDateAndTime], [isoTimeCombinedRegex, extractISOTimeAndOffset]);
    }
    function parseRFC2822Date(s2) {
      return parse(preprocessRFC2822(s2), [rfc2822, extractRFC2822]);
    }
    function parseHTTPDate(s2) {
      return parse(s2, [rfc1123, extractRFC1123Or850], [rfc850, extractRFC1123Or850], [ascii, extractASCII]);
    }
    function parseISODuration(s2) {
      return parse(s2, [isoDuration, extractISODuration]);
    }
    var extractISOTimeOnly = combineExtractors(extractISOTime);
    function parseISOTimeOnly(s2) {
      return parse(s2, [isoTimeOnly, extractISOTimeOnly]);
    }
    var sqlYmdWithTimeExtensionRegex = combineRegexes(sqlYmdRegex, sqlTimeExtensionRegex);
    var sqlTimeCombinedRegex = combineRegexes(sqlTimeRegex);
    var extractISOTimeOffsetAndIANAZone = combineExtractors(extractISOTime, extractISOOffset, extractIANAZone);
    function parseSQL(s2) {
      return parse(s2, [sqlYmdWithTimeExtensionRegex, extractISOYmdTimeAndOffset], [sqlTimeCombinedRegex, extractISOTimeOffsetAndIANAZone]);
    }
    var INVALID$2 = "Invalid Duration";
    var lowOrderMatrix = {
      weeks: {
        days: 7,
        hours: 7 * 24,
        minutes: 7 * 24 * 60,
        seconds: 7 * 24 * 60 * 60,
        milliseconds: 7 * 24 * 60 * 60 * 1e3
      },
      days: {
        hours: 24,
        minutes: 24 * 60,
        seconds: 24 * 60 * 60,
        milliseconds: 24 * 60 * 60 * 1e3
      },
      hours: {
        minutes: 60,
        seconds: 60 * 60,
        milliseconds: 60 * 60 * 1e3
      },
      minutes: {
        seconds: 60,
        milliseconds: 60 * 1e3
      },
      seconds: {
        milliseconds: 1e3
      }
    };
    var casualMatrix = {
      years: {
        quarters: 4,
        months: 12,
        weeks: 52,
        days: 365,
        hours: 365 * 24,
        minutes: 365 * 24 * 60,
        seconds: 365 * 24 * 60 * 60,
        milliseconds: 365 * 24 * 60 * 60 * 1e3
      },
      quarters: {
        months: 3,
        weeks: 13,
        days: 91,
        hours: 91 * 24,
        minutes: 91 * 24 * 60,
        seconds: 91 * 24 * 60 * 60,
        milliseconds: 91 * 24 * 60 * 60 * 1e3
      },
      months: {
        weeks: 4,
        days: 30,
        hours: 30 * 24,
        minutes: 30 * 24 * 60,
        seconds: 30 * 24 * 60 * 60,
        milliseconds: 30 * 24 * 60 * 60 * 1e3
      },
      ...lowOrderMatrix
    };
    var daysInYearAccurate = 146097 / 400;
    var daysInMonthAccurate = 146097 / 4800;
    var accurateMatrix = {
      years: {
        quarters: 4,
        months: 12,
        weeks: daysInYearAccurate / 7,
        days: daysInYearAccurate,
        hours: daysInYearAccurate * 24,
        minutes: daysInYearAccurate * 24 * 60,
        seconds: daysInYearAccurate * 24 * 60 * 60,
        milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3
      },
      quarters: {
        months: 3,
        weeks: daysInYearAccurate / 28,
        days: daysInYearAccurate / 4,
        hours: daysInYearAccurate * 24 / 4,
        minutes: daysInYearAccurate * 24 * 60 / 4,
        seconds: daysInYearAccurate * 24 * 60 * 60 / 4,
        milliseconds: daysInYearAccurate * 24 * 60 * 60 * 1e3 / 4
      },
      months: {
        weeks: daysInMonthAccurate / 7,
        days: daysInMonthAccurate,
        hours: daysInMonthAccurate * 24,
        minutes: daysInMonthAccurate * 24 * 60,
        seconds: daysInMonthAccurate * 24 * 60 * 60,
        milliseconds: daysInMonthAccurate * 24 * 60 * 60 * 1e3
      },
      ...lowOrderMatrix
    };
    var orderedUnits$1 = ["years", "quarters", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds"];
    var reverseUnits = orderedUnits$1.slice(0).reverse();
    function clone$1(dur, alts, clear = false) {
      const conf = {
        values: clear ? alts.values : {
          ...dur.values,
          ...alts.values || {}
        },
        loc: dur.loc.clone(alts.loc),
        conversionAccuracy: alts.conversionAccuracy || dur.conversionAccuracy,
        matrix: alts.matrix || dur.matrix
      };
      return new Duration(conf);
    }
    function durationToMillis(matrix, vals) {
      var _vals$milliseconds;
      let sum = (_vals$milliseconds = vals.milliseconds) != null ? _vals$milliseconds : 0;
      for (const unit of reverseUnits.slice(1)) {
        if (vals[unit]) {
          sum += vals[unit] * matrix[unit]["milliseconds"];
        }
      }
      return sum;
    }
    function normalizeValues(matrix, vals) {
      const factor = durationToMillis(matrix, vals) < 0 ? -1 : 1;
      orderedUnits$1.reduceRight((previous, current) => {
        if (!isUndefined(vals[current])) {
          if (previous) {
            const previousVal = vals[previous] * factor;
            const conv = matrix[current][previous];
            const rollUp = Math.floor(previousVal / conv);
            vals[current] += rollUp * factor;
            vals[previous] -= rollUp * conv * factor;
          }
          return current;
        } else {
          return previous;
        }
      }, null);
      orderedUnits$1.reduce((previous, current) => {
        if (!isUndefined(vals[current])) {
          if (previous) {
            const fraction = vals[previous] % 1;
            vals[previous] -= fraction;
            vals[current] += fraction * matrix[previous][current];
          }
          return current;
        } else {
          return previous;
        }
      }, null);
    }
    function removeZeroes(vals) {
      const newVals = {};
      for (const [key, value] of Object.entries(vals)) {
        if (value !== 0) {
          newVals[key] = value;
        }
      }
      return newVals;
    }
    var Duration = class _Duration {
      /**
       * @private
       */
      constructor(config) {
        const accurate = config.conversionAccuracy === "longterm" || false;
        let matrix = accurate ? accurateMatrix : casualMatrix;
        if (config.matrix) {
          matrix = config.matrix;
        }
        this.values = config.values;
        this.loc = config.loc || Locale.create();
        this.conversionAccuracy = accurate ? "longterm" : "casual";
        this.invalid = config.invalid || null;
        this.matrix = matrix;
        this.isLuxonDuration = true;
      }
      /**
       * Create Duration from a number of milliseconds.
       * @param {number} count of milliseconds
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @return {Duration}
       */
      static fromMillis(count, opts) {
        return _Duration.fromObject({
          milliseconds: count
        }, opts);
      }
      /**
       * Create a Duration from a JavaScript object with keys like 'years' and 'hours'.
       * If this object is empty then a zero milliseconds duration is returned.
       * @param {Object} obj - the object to create the DateTime from
       * @param {number} obj.years
       * @param {number} obj.quarters
       * @param {number} obj.months
       * @param {number} obj.weeks
       * @param {number} obj.days
       * @param {number} obj.hours
       * @param {number} obj.minutes
       * @param {number} obj.seconds
       * @param {number} obj.milliseconds
       * @param {Object} [opts=[]] - options for creating this Duration
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the custom conversion system to use
       * @return {Duration}
       */
      static fromObject(obj, opts = {}) {
        if (obj == null || typeof obj !== "object") {
          throw new InvalidArgumentError(`Duration.fromObject: argument expected to be an object, got ${obj === null ? "null" : typeof obj}`);
        }
        return new _Duration({
          values: normalizeObject(obj, _Duration.normalizeUnit),
          loc: Locale.fromObject(opts),
          conversionAccuracy: opts.conversionAccuracy,
          matrix: opts.matrix
        });
      }
      /**
       * Create a Duration from DurationLike.
       *
       * @param {Object | number | Duration} durationLike
       * One of:
       * - object with keys like 'years' and 'hours'.
       * - number representing milliseconds
       * - Duration instance
       * @return {Duration}
       */
      static fromDurationLike(durationLike) {
        if (isNumber(durationLike)) {
          return _Duration.fromMillis(durationLike);
        } else if (_Duration.isDuration(durationLike)) {
          return durationLike;
        } else if (typeof durationLike === "object") {
          return _Duration.fromObject(durationLike);
        } else {
          throw new InvalidArgumentError(`Unknown duration argument ${durationLike} of type ${typeof durationLike}`);
        }
      }
      /**
       * Create a Duration from an ISO 8601 duration string.
       * @param {string} text - text to parse
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the preset conversion system to use
       * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
       * @example Duration.fromISO('P3Y6M1W4DT12H30M5S').toObject() //=> { years: 3, months: 6, weeks: 1, days: 4, hours: 12, minutes: 30, seconds: 5 }
       * @example Duration.fromISO('PT23H').toObject() //=> { hours: 23 }
       * @example Duration.fromISO('P5Y3M').toObject() //=> { years: 5, months: 3 }
       * @return {Duration}
       */
      static fromISO(text, opts) {
        const [parsed] = parseISODuration(text);
        if (parsed) {
          return _Duration.fromObject(parsed, opts);
        } else {
          return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
        }
      }
      /**
       * Create a Duration from an ISO 8601 time string.
       * @param {string} text - text to parse
       * @param {Object} opts - options for parsing
       * @param {string} [opts.locale='en-US'] - the locale to use
       * @param {string} opts.numberingSystem - the numbering system to use
       * @param {string} [opts.conversionAccuracy='casual'] - the preset conversion system to use
       * @param {string} [opts.matrix=Object] - the conversion system to use
       * @see https://en.wikipedia.org/wiki/ISO_8601#Times
       * @example Duration.fromISOTime('11:22:33.444').toObject() //=> { hours: 11, minutes: 22, seconds: 33, milliseconds: 444 }
       * @example Duration.fromISOTime('11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('T11:00').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @example Duration.fromISOTime('T1100').toObject() //=> { hours: 11, minutes: 0, seconds: 0 }
       * @return {Duration}
       */
      static fromISOTime(text, opts) {
        const [parsed] = parseISOTimeOnly(text);
        if (parsed) {
          return _Duration.fromObject(parsed, opts);
        } else {
          return _Duration.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
        }
      }
      /**
       * Create an invalid Duration.
       * @param {string} reason - simple string of why this datetime is invalid. Should not contain parameters or anything else data-dependent
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {Duration}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the Duration is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidDurationError(invalid);
        } else {
          return new _Duration({
            invalid
          });
        }
      }
      /**
       * @private
       */
      static normalizeUnit(unit) {
        const normalized = {
          year: "years",
          years: "years",
          quarter: "quarters",
          quarters: "quarters",
          month: "months",
          months: "months",
          week: "weeks",
          weeks: "weeks",
          day: "days",
          days: "days",
          hour: "hours",
          hours: "hours",
          minute: "minutes",
          minutes: "minutes",
          second: "seconds",
          seconds: "seconds",
          millisecond: "milliseconds",
          milliseconds: "milliseconds"
        }[unit ? unit.toLowerCase() : unit];
        if (!normalized) throw new InvalidUnitError(unit);
        return normalized;
      }
      /**
       * Check if an object is a Duration. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isDuration(o) {
        return o && o.isLuxonDuration || false;
      }
      /**
       * Get  the locale of a Duration, such 'en-GB'
       * @type {string}
       */
      get locale() {
        return this.isValid ? this.loc.locale : null;
      }
      /**
       * Get the numbering system of a Duration, such 'beng'. The numbering system is used when formatting the Duration
       *
       * @type {string}
       */
      get numberingSystem() {
        return this.isValid ? this.loc.numberingSystem : null;
      }
      /**
       * Returns a string representation of this Duration formatted according to the specified format string. You may use these tokens:
       * * `S` for milliseconds
       * * `s` for seconds
       * * `m` for minutes
       * * `h` for hours
       * * `d` for days
       * * `w` for weeks
       * * `M` for months
       * * `y` for years
       * Notes:
       * * Add padding by repeating the token, e.g. "yy" pads the years to two digits, "hhhh" pads the hours out to four digits
       * * Tokens can be escaped by wrapping with single quotes.
       * * The duration will be converted to the set of units in the format string using {@link Duration#shiftTo} and the Durations's conversion accuracy setting.
       * @param {string} fmt - the format string
       * @param {Object} opts - options
       * @param {boolean} [opts.floor=true] - floor numerical values
       * @param {'negative'|'all'|'negativeLargestOnly'} [opts.signMode=negative] - How to handle signs
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("y d s") //=> "1 6 2"
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("yy dd sss") //=> "01 06 002"
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toFormat("M S") //=> "12 518402000"
       * @example Duration.fromObject({ days: 6, seconds: 2 }).toFormat("d s", { signMode: "all" }) //=> "+6 +2"
       * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "all" }) //=> "-6 -2"
       * @example Duration.fromObject({ days: -6, seconds: -2 }).toFormat("d s", { signMode: "negativeLargestOnly" }) //=> "-6 2"
       * @return {string}
       */
      toFormat(fmt, opts = {}) {
        const fmtOpts = {
          ...opts,
          floor: opts.round !== false && opts.floor !== false
        };
        return this.isValid ? Formatter.create(this.loc, fmtOpts).formatDurationFromString(this, fmt) : INVALID$2;
      }
      /**
       * Returns a string representation of a Duration with all units included.
       * To modify its behavior, use `listStyle` and any Intl.NumberFormat option, though `unitDisplay` is especially relevant.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat/NumberFormat#options
       * @param {Object} opts - Formatting options. Accepts the same keys as the options parameter of the native `Intl.NumberFormat` constructor, as well as `listStyle`.
       * @param {string} [opts.listStyle='narrow'] - How to format the merged list. Corresponds to the `style` property of the options parameter of the native `Intl.ListFormat` constructor.
       * @param {boolean} [opts.showZeros=true] - Show all units previously used by the duration even if they are zero
       * @example
       * ```js
       * var dur = Duration.fromObject({ months: 1, weeks: 0, hours: 5, minutes: 6 })
       * dur.toHuman() //=> '1 month, 0 weeks, 5 hours, 6 minutes'
       * dur.toHuman({ listStyle: "long" }) //=> '1 month, 0 weeks, 5 hours, and 6 minutes'
       * dur.toHuman({ unitDisplay: "short" }) //=> '1 mth, 0 wks, 5 hr, 6 min'
       * dur.toHuman({ showZeros: false }) //=> '1 month, 5 hours, 6 minutes'
       * ```
       */
      toHuman(opts = {}) {
        if (!this.isValid) return INVALID$2;
        const showZeros = opts.showZeros !== false;
        const l2 = orderedUnits$1.map((unit) => {
          const val = this.values[unit];
          if (isUndefined(val) || val === 0 && !showZeros) {
            return null;
          }
          return this.loc.numberFormatter({
            style: "unit",
            unitDisplay: "long",
            ...opts,
            unit: unit.slice(0, -1)
          }).format(val);
        }).filter((n2) => n2);
        return this.loc.listFormatter({
          type: "conjunction",
          style: opts.listStyle || "narrow",
          ...opts
        }).format(l2);
      }
      /**
       * Returns a JavaScript object with this Duration's values.
       * @example Duration.fromObject({ years: 1, days: 6, seconds: 2 }).toObject() //=> { years: 1, days: 6, seconds: 2 }
       * @return {Object}
       */
      toObject() {
        if (!this.isValid) return {};
        return {
          ...this.values
        };
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Duration.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Durations
       * @example Duration.fromObject({ years: 3, seconds: 45 }).toISO() //=> 'P3YT45S'
       * @example Duration.fromObject({ months: 4, seconds: 45 }).toISO() //=> 'P4MT45S'
       * @example Duration.fromObject({ months: 5 }).toISO() //=> 'P5M'
       * @example Duration.fromObject({ minutes: 5 }).toISO() //=> 'PT5M'
       * @example Duration.fromObject({ milliseconds: 6 }).toISO() //=> 'PT0.006S'
       * @return {string}
       */
      toISO() {
        if (!this.isValid) return null;
        let s2 = "P";
        if (this.years !== 0) s2 += this.years + "Y";
        if (this.months !== 0 || this.quarters !== 0) s2 += this.months + this.quarters * 3 + "M";
        if (this.weeks !== 0) s2 += this.weeks + "W";
        if (this.days !== 0) s2 += this.days + "D";
        if (this.hours !== 0 || this.minutes !== 0 || this.seconds !== 0 || this.milliseconds !== 0) s2 += "T";
        if (this.hours !== 0) s2 += this.hours + "H";
        if (this.minutes !== 0) s2 += this.minutes + "M";
        if (this.seconds !== 0 || this.milliseconds !== 0)
          s2 += roundTo(this.seconds + this.milliseconds / 1e3, 3) + "S";
        if (s2 === "P") s2 += "T0S";
        return s2;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Duration, formatted as a time of day.
       * Note that this will return null if the duration is invalid, negative, or equal to or greater than 24 hours.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Times
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @example Duration.fromObject({ hours: 11 }).toISOTime() //=> '11:00:00.000'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressMilliseconds: true }) //=> '11:00:00'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ suppressSeconds: true }) //=> '11:00'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ includePrefix: true }) //=> 'T11:00:00.000'
       * @example Duration.fromObject({ hours: 11 }).toISOTime({ format: 'basic' }) //=> '110000.000'
       * @return {string}
       */
      toISOTime(opts = {}) {
        if (!this.isValid) return null;
        const millis = this.toMillis();
        if (millis < 0 || millis >= 864e5) return null;
        opts = {
          suppressMilliseconds: false,
          suppressSeconds: false,
          includePrefix: false,
          format: "extended",
          ...opts,
          includeOffset: false
        };
        const dateTime = DateTime.fromMillis(millis, {
          zone: "UTC"
        });
        return dateTime.toISOTime(opts);
      }
      /**
       * Returns an ISO 8601 representation of this Duration appropriate for use in JSON.
       * @return {string}
       */
      toJSON() {
        return this.toISO();
      }
      /**
       * Returns an ISO 8601 representation of this Duration appropriate for use in debugging.
       * @return {string}
       */
      toString() {
        return this.toISO();
      }
      /**
       * Returns a string representation of this Duration appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `Duration { values: ${JSON.stringify(this.values)} }`;
        } else {
          return `Duration { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns an milliseconds value of this Duration.
       * @return {number}
       */
      toMillis() {
        if (!this.isValid) return NaN;
        return durationToMillis(this.matrix, this.values);
      }
      /**
       * Returns an milliseconds value of this Duration. Alias of {@link toMillis}
       * @return {number}
       */
      valueOf() {
        return this.toMillis();
      }
      /**
       * Make this Duration longer by the specified amount. Return a newly-constructed Duration.
       * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @return {Duration}
       */
      plus(duration) {
        if (!this.isValid) return this;
        const dur = _Duration.fromDurationLike(duration), result = {};
        for (const k of orderedUnits$1) {
          if (hasOwnProperty(dur.values, k) || hasOwnProperty(this.values, k)) {
            result[k] = dur.get(k) + this.get(k);
          }
        }
        return clone$1(this, {
          values: result
        }, true);
      }
      /**
       * Make this Duration shorter by the specified amount. Return a newly-constructed Duration.
       * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @return {Duration}
       */
      minus(duration) {
        if (!this.isValid) return this;
        const dur = _Duration.fromDurationLike(duration);
        return this.plus(dur.negate());
      }
      /**
       * Scale this Duration by the specified amount. Return a newly-constructed Duration.
       * @param {function} fn - The function to apply to each unit. Arity is 1 or 2: the value of the unit and, optionally, the unit name. Must return a number.
       * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits(x => x * 2) //=> { hours: 2, minutes: 60 }
       * @example Duration.fromObject({ hours: 1, minutes: 30 }).mapUnits((x, u) => u === "hours" ? x * 2 : x) //=> { hours: 2, minutes: 30 }
       * @return {Duration}
       */
      mapUnits(fn) {
        if (!this.isValid) return this;
        const result = {};
        for (const k of Object.keys(this.values)) {
          result[k] = asNumber(fn(this.values[k], k));
        }
        return clone$1(this, {
          values: result
        }, true);
      }
      /**
       * Get the value of unit.
       * @param {string} unit - a unit such as 'minute' or 'day'
       * @example Duration.fromObject({years: 2, days: 3}).get('years') //=> 2
       * @example Duration.fromObject({years: 2, days: 3}).get('months') //=> 0
       * @example Duration.fromObject({years: 2, days: 3}).get('days') //=> 3
       * @return {number}
       */
      get(unit) {
        return this[_Duration.normalizeUnit(unit)];
      }
      /**
       * "Set" the values of specified units. Return a newly-constructed Duration.
       * @param {Object} values - a mapping of units to numbers
       * @example dur.set({ years: 2017 })
       * @example dur.set({ hours: 8, minutes: 30 })
       * @return {Duration}
       */
      set(values) {
        if (!this.isValid) return this;
        const mixed = {
          ...this.values,
          ...normalizeObject(values, _Duration.normalizeUnit)
        };
        return clone$1(this, {
          values: mixed
        });
      }
      /**
       * "Set" the locale and/or numberingSystem.  Returns a newly-constructed Duration.
       * @example dur.reconfigure({ locale: 'en-GB' })
       * @return {Duration}
       */
      reconfigure({
        locale,
        numberingSystem,
        conversionAccuracy,
        matrix
      } = {}) {
        const loc = this.loc.clone({
          locale,
          numberingSystem
        });
        const opts = {
          loc,
          matrix,
          conversionAccuracy
        };
        return clone$1(this, opts);
      }
      /**
       * Return the length of the duration in the specified unit.
       * @param {string} unit - a unit such as 'minutes' or 'days'
       * @example Duration.fromObject({years: 1}).as('days') //=> 365
       * @example Duration.fromObject({years: 1}).as('months') //=> 12
       * @example Duration.fromObject({hours: 60}).as('days') //=> 2.5
       * @return {number}
       */
      as(unit) {
        return this.isValid ? this.shiftTo(unit).get(unit) : NaN;
      }
      /**
       * Reduce this Duration to its canonical representation in its current units.
       * Assuming the overall value of the Duration is positive, this means:
       * - excessive values for lower-order units are converted to higher-order units (if possible, see first and second example)
       * - negative lower-order units are converted to higher order units (there must be such a higher order unit, otherwise
       *   the overall value would be negative, see third example)
       * - fractional values for higher-order units are converted to lower-order units (if possible, see fourth example)
       *
       * If the overall value is negative, the result of this method is equivalent to `this.negate().normalize().negate()`.
       * @example Duration.fromObject({ years: 2, days: 5000 }).normalize().toObject() //=> { years: 15, days: 255 }
       * @example Duration.fromObject({ days: 5000 }).normalize().toObject() //=> { days: 5000 }
       * @example Duration.fromObject({ hours: 12, minutes: -45 }).normalize().toObject() //=> { hours: 11, minutes: 15 }
       * @example Duration.fromObject({ years: 2.5, days: 0, hours: 0 }).normalize().toObject() //=> { years: 2, days: 182, hours: 12 }
       * @return {Duration}
       */
      normalize() {
        if (!this.isValid) return this;
        const vals = this.toObject();
        normalizeValues(this.matrix, vals);
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Rescale units to its largest representation
       * @example Duration.fromObject({ milliseconds: 90000 }).rescale().toObject() //=> { minutes: 1, seconds: 30 }
       * @return {Duration}
       */
      rescale() {
        if (!this.isValid) return this;
        const vals = removeZeroes(this.normalize().shiftToAll().toObject());
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Convert this Duration into its representation in a different set of units.
       * @example Duration.fromObject({ hours: 1, seconds: 30 }).shiftTo('minutes', 'milliseconds').toObject() //=> { minutes: 60, milliseconds: 30000 }
       * @return {Duration}
       */
      shiftTo(...units) {
        if (!this.isValid) return this;
        if (units.length === 0) {
          return this;
        }
        units = units.map((u) => _Duration.normalizeUnit(u));
        const built = {}, accumulated = {}, vals = this.toObject();
        let lastUnit;
        for (const k of orderedUnits$1) {
          if (units.indexOf(k) >= 0) {
            lastUnit = k;
            let own = 0;
            for (const ak in accumulated) {
              own += this.matrix[ak][k] * accumulated[ak];
              accumulated[ak] = 0;
            }
            if (isNumber(vals[k])) {
              own += vals[k];
            }
            const i2 = Math.trunc(own);
            built[k] = i2;
            accumulated[k] = (own * 1e3 - i2 * 1e3) / 1e3;
          } else if (isNumber(vals[k])) {
            accumulated[k] = vals[k];
          }
        }
        for (const key in accumulated) {
          if (accumulated[key] !== 0) {
            built[lastUnit] += key === lastUnit ? accumulated[key] : accumulated[key] / this.matrix[lastUnit][key];
          }
        }
        normalizeValues(this.matrix, built);
        return clone$1(this, {
          values: built
        }, true);
      }
      /**
       * Shift this Duration to all available units.
       * Same as shiftTo("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds")
       * @return {Duration}
       */
      shiftToAll() {
        if (!this.isValid) return this;
        return this.shiftTo("years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds");
      }
      /**
       * Return the negative of this Duration.
       * @example Duration.fromObject({ hours: 1, seconds: 30 }).negate().toObject() //=> { hours: -1, seconds: -30 }
       * @return {Duration}
       */
      negate() {
        if (!this.isValid) return this;
        const negated = {};
        for (const k of Object.keys(this.values)) {
          negated[k] = this.values[k] === 0 ? 0 : -this.values[k];
        }
        return clone$1(this, {
          values: negated
        }, true);
      }
      /**
       * Removes all units with values equal to 0 from this Duration.
       * @example Duration.fromObject({ years: 2, days: 0, hours: 0, minutes: 0 }).removeZeros().toObject() //=> { years: 2 }
       * @return {Duration}
       */
      removeZeros() {
        if (!this.isValid) return this;
        const vals = removeZeroes(this.values);
        return clone$1(this, {
          values: vals
        }, true);
      }
      /**
       * Get the years.
       * @type {number}
       */
      get years() {
        return this.isValid ? this.values.years || 0 : NaN;
      }
      /**
       * Get the quarters.
       * @type {number}
       */
      get quarters() {
        return this.isValid ? this.values.quarters || 0 : NaN;
      }
      /**
       * Get the months.
       * @type {number}
       */
      get months() {
        return this.isValid ? this.values.months || 0 : NaN;
      }
      /**
       * Get the weeks
       * @type {number}
       */
      get weeks() {
        return this.isValid ? this.values.weeks || 0 : NaN;
      }
      /**
       * Get the days.
       * @type {number}
       */
      get days() {
        return this.isValid ? this.values.days || 0 : NaN;
      }
      /**
       * Get the hours.
       * @type {number}
       */
      get hours() {
        return this.isValid ? this.values.hours || 0 : NaN;
      }
      /**
       * Get the minutes.
       * @type {number}
       */
      get minutes() {
        return this.isValid ? this.values.minutes || 0 : NaN;
      }
      /**
       * Get the seconds.
       * @return {number}
       */
      get seconds() {
        return this.isValid ? this.values.seconds || 0 : NaN;
      }
      /**
       * Get the milliseconds.
       * @return {number}
       */
      get milliseconds() {
        return this.isValid ? this.values.milliseconds || 0 : NaN;
      }
      /**
       * Returns whether the Duration is invalid. Invalid durations are returned by diff operations
       * on invalid DateTimes or Intervals.
       * @return {boolean}
       */
      get isValid() {
        return this.invalid === null;
      }
      /**
       * Returns an error code if this Duration became invalid, or null if the Duration is valid
       * @return {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this Duration became invalid, or null if the Duration is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Equality check
       * Two Durations are equal iff they have the same units and the same values for each unit.
       * @param {Duration} other
       * @return {boolean}
       */
      equals(other) {
        if (!this.isValid || !other.isValid) {
          return false;
        }
        if (!this.loc.equals(other.loc)) {
          return false;
        }
        function eq(v1, v2) {
          if (v1 === void 0 || v1 === 0) return v2 === void 0 || v2 === 0;
          return v1 === v2;
        }
        for (const u of orderedUnits$1) {
          if (!eq(this.values[u], other.values[u])) {
            return false;
          }
        }
        return true;
      }
    };
    var INVALID$1 = "Invalid Interval";
    function validateStartEnd(start2, end) {
      if (!start2 || !start2.isValid) {
        return Interval.invalid("missing or invalid start");
      } else if (!end || !end.isValid) {
        return Interval.invalid("missing or invalid end");
      } else if (end < start2) {
        return Interval.invalid("end before start", `The end of an interval must be after its start, but you had start=${start2.toISO()} and end=${end.toISO()}`);
      } else {
        return null;
      }
    }
    var Interval = class _Interval {
      /**
       * @private
       */
      constructor(config) {
        this.s = config.start;
        this.e = config.end;
        this.invalid = config.invalid || null;
        this.isLuxonInterval = true;
      }
      /**
       * Create an invalid Interval.
       * @param {string} reason - simple string of why this Interval is invalid. Should not contain parameters or anything else data-dependent
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {Interval}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the Interval is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidIntervalError(invalid);
        } else {
          return new _Interval({
            invalid
          });
        }
      }
      /**
       * Create an Interval from a start DateTime and an end DateTime. Inclusive of the start but not the end.
       * @param {DateTime|Date|Object} start
       * @param {DateTime|Date|Object} end
       * @return {Interval}
       */
      static fromDateTimes(start2, end) {
        const builtStart = friendlyDateTime(start2), builtEnd = friendlyDateTime(end);
        const validateError = validateStartEnd(builtStart, builtEnd);
        if (validateError == null) {
          return new _Interval({
            start: builtStart,
            end: builtEnd
          });
        } else {
          return validateError;
        }
      }
      /**
       * Create an Interval from a start DateTime and a Duration to extend to.
       * @param {DateTime|Date|Object} start
       * @param {Duration|Object|number} duration - the length of the Interval.
       * @return {Interval}
       */
      static after(start2, duration) {
        const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(start2);
        return _Interval.fromDateTimes(dt, dt.plus(dur));
      }
      /**
       * Create an Interval from an end DateTime and a Duration to extend backwards to.
       * @param {DateTime|Date|Object} end
       * @param {Duration|Object|number} duration - the length of the Interval.
       * @return {Interval}
       */
      static before(end, duration) {
        const dur = Duration.fromDurationLike(duration), dt = friendlyDateTime(end);
        return _Interval.fromDateTimes(dt.minus(dur), dt);
      }
      /**
       * Create an Interval from an ISO 8601 string.
       * Accepts `<start>/<end>`, `<start>/<duration>`, and `<duration>/<end>` formats.
       * @param {string} text - the ISO string to parse
       * @param {Object} [opts] - options to pass {@link DateTime#fromISO} and optionally {@link Duration#fromISO}
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @return {Interval}
       */
      static fromISO(text, opts) {
        const [s2, e] = (text || "").split("/", 2);
        if (s2 && e) {
          let start2, startIsValid;
          try {
            start2 = DateTime.fromISO(s2, opts);
            startIsValid = start2.isValid;
          } catch (e2) {
            startIsValid = false;
          }
          let end, endIsValid;
          try {
            end = DateTime.fromISO(e, opts);
            endIsValid = end.isValid;
          } catch (e2) {
            endIsValid = false;
          }
          if (startIsValid && endIsValid) {
            return _Interval.fromDateTimes(start2, end);
          }
          if (startIsValid) {
            const dur = Duration.fromISO(e, opts);
            if (dur.isValid) {
              return _Interval.after(start2, dur);
            }
          } else if (endIsValid) {
            const dur = Duration.fromISO(s2, opts);
            if (dur.isValid) {
              return _Interval.before(end, dur);
            }
          }
        }
        return _Interval.invalid("unparsable", `the input "${text}" can't be parsed as ISO 8601`);
      }
      /**
       * Check if an object is an Interval. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isInterval(o) {
        return o && o.isLuxonInterval || false;
      }
      /**
       * Returns the start of the Interval
       * @type {DateTime}
       */
      get start() {
        return this.isValid ? this.s : null;
      }
      /**
       * Returns the end of the Interval. This is the first instant which is not part of the interval
       * (Interval is half-open).
       * @type {DateTime}
       */
      get end() {
        return this.isValid ? this.e : null;
      }
      /**
       * Returns the last DateTime included in the interval (since end is not part of the interval)
       * @type {DateTime}
       */
      get lastDateTime() {
        return this.isValid ? this.e ? this.e.minus(1) : null : null;
      }
      /**
       * Returns whether this Interval's end is at least its start, meaning that the Interval isn't 'backwards'.
       * @type {boolean}
       */
      get isValid() {
        return this.invalidReason === null;
      }
      /**
       * Returns an error code if this Interval is invalid, or null if the Interval is valid
       * @type {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this Interval became invalid, or null if the Interval is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Returns the length of the Interval in the specified unit.
       * @param {string} unit - the unit (such as 'hours' or 'days') to return the length in.
       * @return {number}
       */
      length(unit = "milliseconds") {
        return this.isValid ? this.toDuration(...[unit]).get(unit) : NaN;
      }
      /**
       * Returns the count of minutes, hours, days, months, or years included in the Interval, even in part.
       * Unlike {@link Interval#length} this counts sections of the calendar, not periods of time, e.g. specifying 'day'
       * asks 'what dates are included in this interval?', not 'how many days long is this interval?'
       * @param {string} [unit='milliseconds'] - the unit of time to count.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; this operation will always use the locale of the start DateTime
       * @return {number}
       */
      count(unit = "milliseconds", opts) {
        if (!this.isValid) return NaN;
        const start2 = this.start.startOf(unit, opts);
        let end;
        if (opts != null && opts.useLocaleWeeks) {
          end = this.end.reconfigure({
            locale: start2.locale
          });
        } else {
          end = this.end;
        }
        end = end.startOf(unit, opts);
        return Math.floor(end.diff(start2, unit).get(unit)) + (end.valueOf() !== this.end.valueOf());
      }
      /**
       * Returns whether this Interval's start and end are both in the same unit of time
       * @param {string} unit - the unit of time to check sameness on
       * @return {boolean}
       */
      hasSame(unit) {
        return this.isValid ? this.isEmpty() || this.e.minus(1).hasSame(this.s, unit) : false;
      }
      /**
       * Return whether this Interval has the same start and end DateTimes.
       * @return {boolean}
       */
      isEmpty() {
        return this.s.valueOf() === this.e.valueOf();
      }
      /**
       * Return whether this Interval's start is after the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      isAfter(dateTime) {
        if (!this.isValid) return false;
        return this.s > dateTime;
      }
      /**
       * Return whether this Interval's end is before the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      isBefore(dateTime) {
        if (!this.isValid) return false;
        return this.e <= dateTime;
      }
      /**
       * Return whether this Interval contains the specified DateTime.
       * @param {DateTime} dateTime
       * @return {boolean}
       */
      contains(dateTime) {
        if (!this.isValid) return false;
        return this.s <= dateTime && this.e > dateTime;
      }
      /**
       * "Sets" the start and/or end dates. Returns a newly-constructed Interval.
       * @param {Object} values - the values to set
       * @param {DateTime} values.start - the starting DateTime
       * @param {DateTime} values.end - the ending DateTime
       * @return {Interval}
       */
      set({
        start: start2,
        end
      } = {}) {
        if (!this.isValid) return this;
        return _Interval.fromDateTimes(start2 || this.s, end || this.e);
      }
      /**
       * Split this Interval at each of the specified DateTimes
       * @param {...DateTime} dateTimes - the unit of time to count.
       * @return {Array}
       */
      splitAt(...dateTimes) {
        if (!this.isValid) return [];
        const sorted = dateTimes.map(friendlyDateTime).filter((d) => this.contains(d)).sort((a, b) => a.toMillis() - b.toMillis()), results = [];
        let {
          s: s2
        } = this, i2 = 0;
        while (s2 < this.e) {
          const added = sorted[i2] || this.e, next = +added > +this.e ? this.e : added;
          results.push(_Interval.fromDateTimes(s2, next));
          s2 = next;
          i2 += 1;
        }
        return results;
      }
      /**
       * Split this Interval into smaller Intervals, each of the specified length.
       * Left over time is grouped into a smaller interval
       * @param {Duration|Object|number} duration - The length of each resulting interval.
       * @return {Array}
       */
      splitBy(duration) {
        const dur = Duration.fromDurationLike(duration);
        if (!this.isValid || !dur.isValid || dur.as("milliseconds") === 0) {
          return [];
        }
        let {
          s: s2
        } = this, idx = 1, next;
        const results = [];
        while (s2 < this.e) {
          const added = this.start.plus(dur.mapUnits((x) => x * idx));
          next = +added > +this.e ? this.e : added;
          results.push(_Interval.fromDateTimes(s2, next));
          s2 = next;
          idx += 1;
        }
        return results;
      }
      /**
       * Split this Interval into the specified number of smaller intervals.
       * @param {number} numberOfParts - The number of Intervals to divide the Interval into.
       * @return {Array}
       */
      divideEqually(numberOfParts) {
        if (!this.isValid) return [];
        return this.splitBy(this.length() / numberOfParts).slice(0, numberOfParts);
      }
      /**
       * Return whether this Interval overlaps with the specified Interval
       * @param {Interval} other
       * @return {boolean}
       */
      overlaps(other) {
        return this.e > other.s && this.s < other.e;
      }
      /**
       * Return whether this Interval's end is adjacent to the specified Interval's start.
       * @param {Interval} other
       * @return {boolean}
       */
      abutsStart(other) {
        if (!this.isValid) return false;
        return +this.e === +other.s;
      }
      /**
       * Return whether this Interval's start is adjacent to the specified Interval's end.
       * @param {Interval} other
       * @return {boolean}
       */
      abutsEnd(other) {
        if (!this.isValid) return false;
        return +other.e === +this.s;
      }
      /**
       * Returns true if this Interval fully contains the specified Interval, specifically if the intersect (of this Interval and the other Interval) is equal to the other Interval; false otherwise.
       * @param {Interval} other
       * @return {boolean}
       */
      engulfs(other) {
        if (!this.isValid) return false;
        return this.s <= other.s && this.e >= other.e;
      }
      /**
       * Return whether this Interval has the same start and end as the specified Interval.
       * @param {Interval} other
       * @return {boolean}
       */
      equals(other) {
        if (!this.isValid || !other.isValid) {
          return false;
        }
        return this.s.equals(other.s) && this.e.equals(other.e);
      }
      /**
       * Return an Interval representing the intersection of this Interval and the specified Interval.
       * Specifically, the resulting Interval has the maximum start time and the minimum end time of the two Intervals.
       * Returns null if the intersection is empty, meaning, the intervals don't intersect.
       * @param {Interval} other
       * @return {Interval}
       */
      intersection(other) {
        if (!this.isValid) return this;
        const s2 = this.s > other.s ? this.s : other.s, e = this.e < other.e ? this.e : other.e;
        if (s2 >= e) {
          return null;
        } else {
          return _Interval.fromDateTimes(s2, e);
        }
      }
      /**
       * Return an Interval representing the union of this Interval and the specified Interval.
       * Specifically, the resulting Interval has the minimum start time and the maximum end time of the two Intervals.
       * @param {Interval} other
       * @return {Interval}
       */
      union(other) {
        if (!this.isValid) return this;
        const s2 = this.s < other.s ? this.s : other.s, e = this.e > other.e ? this.e : other.e;
        return _Interval.fromDateTimes(s2, e);
      }
      /**
       * Merge an array of Intervals into an equivalent minimal set of Intervals.
       * Combines overlapping and adjacent Intervals.
       * The resulting array will contain the Intervals in ascending order, that is, starting with the earliest Interval
       * and ending with the latest.
       *
       * @param {Array} intervals
       * @return {Array}
       */
      static merge(intervals) {
        const [found, final] = intervals.sort((a, b) => a.s - b.s).reduce(([sofar, current], item) => {
          if (!current) {
            return [sofar, item];
          } else if (current.overlaps(item) || current.abutsStart(item)) {
            return [sofar, current.union(item)];
          } else {
            return [sofar.concat([current]), item];
          }
        }, [[], null]);
        if (final) {
          found.push(final);
        }
        return found;
      }
      /**
       * Return an array of Intervals representing the spans of time that only appear in one of the specified Intervals.
       * @param {Array} intervals
       * @return {Array}
       */
      static xor(intervals) {
        let start2 = null, currentCount = 0;
        const results = [], ends = intervals.map((i2) => [{
          time: i2.s,
          type: "s"
        }, {
          time: i2.e,
          type: "e"
        }]), flattened = Array.prototype.concat(...ends), arr = flattened.sort((a, b) => a.time - b.time);
        for (const i2 of arr) {
          currentCount += i2.type === "s" ? 1 : -1;
          if (currentCount === 1) {
            start2 = i2.time;
          } else {
            if (start2 && +start2 !== +i2.time) {
              results.push(_Interval.fromDateTimes(start2, i2.time));
            }
            start2 = null;
          }
        }
        return _Interval.merge(results);
      }
      /**
       * Return an Interval representing the span of time in this Interval that doesn't overlap with any of the specified Intervals.
       * @param {...Interval} intervals
       * @return {Array}
       */
      difference(...intervals) {
        return _Interval.xor([this].concat(intervals)).map((i2) => this.intersection(i2)).filter((i2) => i2 && !i2.isEmpty());
      }
      /**
       * Returns a string representation of this Interval appropriate for debugging.
       * @return {string}
       */
      toString() {
        if (!this.isValid) return INVALID$1;
        return `[${this.s.toISO()} \u2013 ${this.e.toISO()})`;
      }
      /**
       * Returns a string representation of this Interval appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `Interval { start: ${this.s.toISO()}, end: ${this.e.toISO()} }`;
        } else {
          return `Interval { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns a localized string representing this Interval. Accepts the same options as the
       * Intl.DateTimeFormat constructor and any presets defined by Luxon, such as
       * {@link DateTime.DATE_FULL} or {@link DateTime.TIME_SIMPLE}. The exact behavior of this method
       * is browser-specific, but in general it will return an appropriate representation of the
       * Interval in the assigned locale. Defaults to the system's locale if no locale has been
       * specified.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {Object} [formatOpts=DateTime.DATE_SHORT] - Either a DateTime preset or
       * Intl.DateTimeFormat constructor options.
       * @param {Object} opts - Options to override the configuration of the start DateTime.
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(); //=> 11/7/2022 – 11/8/2022
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL); //=> November 7 – 8, 2022
       * @example Interval.fromISO('2022-11-07T09:00Z/2022-11-08T09:00Z').toLocaleString(DateTime.DATE_FULL, { locale: 'fr-FR' }); //=> 7–8 novembre 2022
       * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString(DateTime.TIME_SIMPLE); //=> 6:00 – 8:00 PM
       * @example Interval.fromISO('2022-11-07T17:00Z/2022-11-07T19:00Z').toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> Mon, Nov 07, 6:00 – 8:00 p
       * @return {string}
       */
      toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
        return this.isValid ? Formatter.create(this.s.loc.clone(opts), formatOpts).formatInterval(this) : INVALID$1;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this Interval.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @param {Object} opts - The same options as {@link DateTime#toISO}
       * @return {string}
       */
      toISO(opts) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISO(opts)}/${this.e.toISO(opts)}`;
      }
      /**
       * Returns an ISO 8601-compliant string representation of date of this Interval.
       * The time components are ignored.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @return {string}
       */
      toISODate() {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISODate()}/${this.e.toISODate()}`;
      }
      /**
       * Returns an ISO 8601-compliant string representation of time of this Interval.
       * The date components are ignored.
       * @see https://en.wikipedia.org/wiki/ISO_8601#Time_intervals
       * @param {Object} opts - The same options as {@link DateTime#toISO}
       * @return {string}
       */
      toISOTime(opts) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toISOTime(opts)}/${this.e.toISOTime(opts)}`;
      }
      /**
       * Returns a string representation of this Interval formatted according to the specified format
       * string. **You may not want this.** See {@link Interval#toLocaleString} for a more flexible
       * formatting tool.
       * @param {string} dateFormat - The format string. This string formats the start and end time.
       * See {@link DateTime#toFormat} for details.
       * @param {Object} opts - Options.
       * @param {string} [opts.separator =  ' – '] - A separator to place between the start and end
       * representations.
       * @return {string}
       */
      toFormat(dateFormat, {
        separator = " \u2013 "
      } = {}) {
        if (!this.isValid) return INVALID$1;
        return `${this.s.toFormat(dateFormat)}${separator}${this.e.toFormat(dateFormat)}`;
      }
      /**
       * Return a Duration representing the time spanned by this interval.
       * @param {string|string[]} [unit=['milliseconds']] - the unit or units (such as 'hours' or 'days') to include in the duration.
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @example Interval.fromDateTimes(dt1, dt2).toDuration().toObject() //=> { milliseconds: 88489257 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration('days').toObject() //=> { days: 1.0241812152777778 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes']).toObject() //=> { hours: 24, minutes: 34.82095 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration(['hours', 'minutes', 'seconds']).toObject() //=> { hours: 24, minutes: 34, seconds: 49.257 }
       * @example Interval.fromDateTimes(dt1, dt2).toDuration('seconds').toObject() //=> { seconds: 88489.257 }
       * @return {Duration}
       */
      toDuration(unit, opts) {
        if (!this.isValid) {
          return Duration.invalid(this.invalidReason);
        }
        return this.e.diff(this.s, unit, opts);
      }
      /**
       * Run mapFn on the interval start and end, returning a new Interval from the resulting DateTimes
       * @param {function} mapFn
       * @return {Interval}
       * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.toUTC())
       * @example Interval.fromDateTimes(dt1, dt2).mapEndpoints(endpoint => endpoint.plus({ hours: 2 }))
       */
      mapEndpoints(mapFn) {
        return _Interval.fromDateTimes(mapFn(this.s), mapFn(this.e));
      }
    };
    var Info = class {
      /**
       * Return whether the specified zone contains a DST.
       * @param {string|Zone} [zone='local'] - Zone to check. Defaults to the environment's local zone.
       * @return {boolean}
       */
      static hasDST(zone = Settings.defaultZone) {
        const proto = DateTime.now().setZone(zone).set({
          month: 12
        });
        return !zone.isUniversal && proto.offset !== proto.set({
          month: 6
        }).offset;
      }
      /**
       * Return whether the specified zone is a valid IANA specifier.
       * @param {string} zone - Zone to check
       * @return {boolean}
       */
      static isValidIANAZone(zone) {
        return IANAZone.isValidZone(zone);
      }
      /**
       * Converts the input into a {@link Zone} instance.
       *
       * * If `input` is already a Zone instance, it is returned unchanged.
       * * If `input` is a string containing a valid time zone name, a Zone instance
       *   with that name is returned.
       * * If `input` is a string that doesn't refer to a known time zone, a Zone
       *   instance with {@link Zone#isValid} == false is returned.
       * * If `input is a number, a Zone instance with the specified fixed offset
       *   in minutes is returned.
       * * If `input` is `null` or `undefined`, the default zone is returned.
       * @param {string|Zone|number} [input] - the value to be converted
       * @return {Zone}
       */
      static normalizeZone(input) {
        return normalizeZone(input, Settings.defaultZone);
      }
      /**
       * Get the weekday on which the week starts according to the given locale.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number} the start of the week, 1 for Monday through 7 for Sunday
       */
      static getStartOfWeek({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getStartOfWeek();
      }
      /**
       * Get the minimum number of days necessary in a week before it is considered part of the next year according
       * to the given locale.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number}
       */
      static getMinimumDaysInFirstWeek({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getMinDaysInFirstWeek();
      }
      /**
       * Get the weekdays, which are considered the weekend according to the given locale
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @returns {number[]} an array of weekdays, 1 for Monday through 7 for Sunday
       */
      static getWeekendWeekdays({
        locale = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale)).getWeekendDays().slice();
      }
      /**
       * Return an array of standalone month names.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @param {string} [opts.outputCalendar='gregory'] - the calendar
       * @example Info.months()[0] //=> 'January'
       * @example Info.months('short')[0] //=> 'Jan'
       * @example Info.months('numeric')[0] //=> '1'
       * @example Info.months('short', { locale: 'fr-CA' } )[0] //=> 'janv.'
       * @example Info.months('numeric', { locale: 'ar' })[0] //=> '١'
       * @example Info.months('long', { outputCalendar: 'islamic' })[0] //=> 'Rabiʻ I'
       * @return {Array}
       */
      static months(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null,
        outputCalendar = "gregory"
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, outputCalendar)).months(length);
      }
      /**
       * Return an array of format month names.
       * Format months differ from standalone months in that they're meant to appear next to the day of the month. In some languages, that
       * changes the string.
       * See {@link Info#months}
       * @param {string} [length='long'] - the length of the month representation, such as "numeric", "2-digit", "narrow", "short", "long"
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @param {string} [opts.outputCalendar='gregory'] - the calendar
       * @return {Array}
       */
      static monthsFormat(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null,
        outputCalendar = "gregory"
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, outputCalendar)).months(length, true);
      }
      /**
       * Return an array of standalone week names.
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param {string} [length='long'] - the length of the weekday representation, such as "narrow", "short", "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @example Info.weekdays()[0] //=> 'Monday'
       * @example Info.weekdays('short')[0] //=> 'Mon'
       * @example Info.weekdays('short', { locale: 'fr-CA' })[0] //=> 'lun.'
       * @example Info.weekdays('short', { locale: 'ar' })[0] //=> 'الاثنين'
       * @return {Array}
       */
      static weekdays(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, null)).weekdays(length);
      }
      /**
       * Return an array of format week names.
       * Format weekdays differ from standalone weekdays in that they're meant to appear next to more date information. In some languages, that
       * changes the string.
       * See {@link Info#weekdays}
       * @param {string} [length='long'] - the length of the month representation, such as "narrow", "short", "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale=null] - the locale code
       * @param {string} [opts.numberingSystem=null] - the numbering system
       * @param {string} [opts.locObj=null] - an existing locale object to use
       * @return {Array}
       */
      static weekdaysFormat(length = "long", {
        locale = null,
        numberingSystem = null,
        locObj = null
      } = {}) {
        return (locObj || Locale.create(locale, numberingSystem, null)).weekdays(length, true);
      }
      /**
       * Return an array of meridiems.
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @example Info.meridiems() //=> [ 'AM', 'PM' ]
       * @example Info.meridiems({ locale: 'my' }) //=> [ 'နံနက်', 'ညနေ' ]
       * @return {Array}
       */
      static meridiems({
        locale = null
      } = {}) {
        return Locale.create(locale).meridiems();
      }
      /**
       * Return an array of eras, such as ['BC', 'AD']. The locale can be specified, but the calendar system is always Gregorian.
       * @param {string} [length='short'] - the length of the era representation, such as "short" or "long".
       * @param {Object} opts - options
       * @param {string} [opts.locale] - the locale code
       * @example Info.eras() //=> [ 'BC', 'AD' ]
       * @example Info.eras('long') //=> [ 'Before Christ', 'Anno Domini' ]
       * @example Info.eras('long', { locale: 'fr' }) //=> [ 'avant Jésus-Christ', 'après Jésus-Christ' ]
       * @return {Array}
       */
      static eras(length = "short", {
        locale = null
      } = {}) {
        return Locale.create(locale, null, "gregory").eras(length);
      }
      /**
       * Return the set of available features in this environment.
       * Some features of Luxon are not available in all environments. For example, on older browsers, relative time formatting support is not available. Use this function to figure out if that's the case.
       * Keys:
       * * `relative`: whether this environment supports relative time formatting
       * * `localeWeek`: whether this environment supports different weekdays for the start of the week based on the locale
       * @example Info.features() //=> { relative: false, localeWeek: true }
       * @return {Object}
       */
      static features() {
        return {
          relative: hasRelative(),
          localeWeek: hasLocaleWeekInfo()
        };
      }
    };
    function dayDiff(earlier, later) {
      const utcDayStart = (dt) => dt.toUTC(0, {
        keepLocalTime: true
      }).startOf("day").valueOf(), ms = utcDayStart(later) - utcDayStart(earlier);
      return Math.floor(Duration.fromMillis(ms).as("days"));
    }
    function highOrderDiffs(cursor, later, units) {
      const differs = [["years", (a, b) => b.year - a.year], ["quarters", (a, b) => b.quarter - a.quarter + (b.year - a.year) * 4], ["months", (a, b) => b.month - a.month + (b.year - a.year) * 12], ["weeks", (a, b) => {
        const days = dayDiff(a, b);
        return (days - days % 7) / 7;
      }], ["days", dayDiff]];
      const results = {};
      const earlier = cursor;
      let lowestOrder, highWater;
      for (const [unit, differ] of differs) {
        if (units.indexOf(unit) >= 0) {
          lowestOrder = unit;
          results[unit] = differ(cursor, later);
          highWater = earlier.plus(results);
          if (highWater > later) {
            results[unit]--;
            cursor = earlier.plus(results);
            if (cursor > later) {
              highWater = cursor;
              results[unit]--;
              cursor = earlier.plus(results);
            }
          } else {
            cursor = highWater;
          }
        }
      }
      return [cursor, results, highWater, lowestOrder];
    }
    function diff(earlier, later, units, opts) {
      let [cursor, results, highWater, lowestOrder] = highOrderDiffs(earlier, later, units);
      const remainingMillis = later - cursor;
      const lowerOrderUnits = units.filter((u) => ["hours", "minutes", "seconds", "milliseconds"].indexOf(u) >= 0);
      if (lowerOrderUnits.length === 0) {
        if (highWater < later) {
          highWater = cursor.plus({
            [lowestOrder]: 1
          });
        }
        if (highWater !== cursor) {
          results[lowestOrder] = (results[lowestOrder] || 0) + remainingMillis / (highWater - cursor);
        }
      }
      const duration = Duration.fromObject(results, opts);
      if (lowerOrderUnits.length > 0) {
        return Duration.fromMillis(remainingMillis, opts).shiftTo(...lowerOrderUnits).plus(duration);
      } else {
        return duration;
      }
    }
    var MISSING_FTP = "missing Intl.DateTimeFormat.formatToParts support";
    function intUnit(regex, post = (i2) => i2) {
      return {
        regex,
        deser: ([s2]) => post(parseDigits(s2))
      };
    }
    var NBSP = String.fromCharCode(160);
    var spaceOrNBSP = `[ ${NBSP}]`;
    var spaceOrNBSPRegExp = new RegExp(spaceOrNBSP, "g");
    function fixListRegex(s2) {
      return s2.replace(/\./g, "\\.?").replace(spaceOrNBSPRegExp, spaceOrNBSP);
    }
    function stripInsensitivities(s2) {
      return s2.replace(/\./g, "").replace(spaceOrNBSPRegExp, " ").toLowerCase();
    }
    function oneOf(strings, startIndex) {
      if (strings === null) {
        return null;
      } else {
        return {
          regex: RegExp(strings.map(fixListRegex).join("|")),
          deser: ([s2]) => strings.findIndex((i2) => stripInsensitivities(s2) === stripInsensitivities(i2)) + startIndex
        };
      }
    }
    function offset(regex, groups) {
      return {
        regex,
        deser: ([, h, m]) => signedOffset(h, m),
        groups
      };
    }
    function simple(regex) {
      return {
        regex,
        deser: ([s2]) => s2
      };
    }
    function escapeToken(value) {
      return value.replace(/[\-\[\]{}()*+?.,\\\^$|#\s]/g, "\\$&");
    }
    function unitForToken(token, loc) {
      const one = digitRegex(loc), two = digitRegex(loc, "{2}"), three = digitRegex(loc, "{3}"), four = digitRegex(loc, "{4}"), six = digitRegex(loc, "{6}"), oneOrTwo = digitRegex(loc, "{1,2}"), oneToThree = digitRegex(loc, "{1,3}"), oneToSix = digitRegex(loc, "{1,6}"), oneToNine = digitRegex(loc, "{1,9}"), twoToFour = digitRegex(loc, "{2,4}"), fourToSix = digitRegex(loc, "{4,6}"), literal = (t) => ({
        regex: RegExp(escapeToken(t.val)),
        deser: ([s2]) => s2,
        literal: true
      }), unitate = (t) => {
        if (token.literal) {
          return literal(t);
        }
        switch (t.val) {
          // era
          case "G":
            return oneOf(loc.eras("short"), 0);
          case "GG":
            return oneOf(loc.eras("long"), 0);
          // years
          case "y":
            return intUnit(oneToSix);
          case "yy":
            return intUnit(twoToFour, untruncateYear);
          case "yyyy":
            return intUnit(four);
          case "yyyyy":
            return intUnit(fourToSix);
          case "yyyyyy":
            return intUnit(six);
          // months
          case "M":
            return intUnit(oneOrTwo);
          case "MM":
            return intUnit(two);
          case "MMM":
            return oneOf(loc.months("short", true), 1);
          case "MMMM":
            return oneOf(loc.months("long", true), 1);
          case "L":
            return intUnit(oneOrTwo);
          case "LL":
            return intUnit(two);
          case "LLL":
            return oneOf(loc.months("short", false), 1);
          case "LLLL":
            return oneOf(loc.months("long", false), 1);
          // dates
          case "d":
            return intUnit(oneOrTwo);
          case "dd":
            return intUnit(two);
          // ordinals
          case "o":
            return intUnit(oneToThree);
          case "ooo":
            return intUnit(three);
          // time
          case "HH":
            return intUnit(two);
          case "H":
            return intUnit(oneOrTwo);
          case "hh":
            return intUnit(two);
          case "h":
            return intUnit(oneOrTwo);
          case "mm":
            return intUnit(two);
          case "m":
            return intUnit(oneOrTwo);
          case "q":
            return intUnit(oneOrTwo);
          case "qq":
            return intUnit(two);
          case "s":
            return intUnit(oneOrTwo);
          case "ss":
            return intUnit(two);
          case "S":
            return intUnit(oneToThree);
          case "SSS":
            return intUnit(three);
          case "u":
            return simple(oneToNine);
          case "uu":
            return simple(oneOrTwo);
          case "uuu":
            return intUnit(one);
          // meridiem
          case "a":
            return oneOf(loc.meridiems(), 0);
          // weekYear (k)
          case "kkkk":
            return intUnit(four);
          case "kk":
            return intUnit(twoToFour, untruncateYear);
          // weekNumber (W)
          case "W":
            return intUnit(oneOrTwo);
          case "WW":
            return intUnit(two);
          // weekdays
          case "E":
          case "c":
            return intUnit(one);
          case "EEE":
            return oneOf(loc.weekdays("short", false), 1);
          case "EEEE":
            return oneOf(loc.weekdays("long", false), 1);
          case "ccc":
            return oneOf(loc.weekdays("short", true), 1);
          case "cccc":
            return oneOf(loc.weekdays("long", true), 1);
          // offset/zone
          case "Z":
          case "ZZ":
            return offset(new RegExp(`([+-]${oneOrTwo.source})(?::(${two.source}))?`), 2);
          case "ZZZ":
            return offset(new RegExp(`([+-]${oneOrTwo.source})(${two.source})?`), 2);
          // we don't support ZZZZ (PST) or ZZZZZ (Pacific Standard Time) in parsing
          // because we don't have any way to figure out what they are
          case "z":
            return simple(/[a-z_+-/]{1,256}?/i);
          // this special-case "token" represents a place where a macro-token expanded into a white-space literal
          // in this case we accept any non-newline white-space
          case " ":
            return simple(/[^\S\n\r]/);
          default:
            return literal(t);
        }
      };
      const unit = unitate(token) || {
        invalidReason: MISSING_FTP
      };
      unit.token = token;
      return unit;
    }
    var partTypeStyleToTokenVal = {
      year: {
        "2-digit": "yy",
        numeric: "yyyyy"
      },
      month: {
        numeric: "M",
        "2-digit": "MM",
        short: "MMM",
        long: "MMMM"
      },
      day: {
        numeric: "d",
        "2-digit": "dd"
      },
      weekday: {
        short: "EEE",
        long: "EEEE"
      },
      dayperiod: "a",
      dayPeriod: "a",
      hour12: {
        numeric: "h",
        "2-digit": "hh"
      },
      hour24: {
        numeric: "H",
        "2-digit": "HH"
      },
      minute: {
        numeric: "m",
        "2-digit": "mm"
      },
      second: {
        numeric: "s",
        "2-digit": "ss"
      },
      timeZoneName: {
        long: "ZZZZZ",
        short: "ZZZ"
      }
    };
    function tokenForPart(part, formatOpts, resolvedOpts) {
      const {
        type,
        value
      } = part;
      if (type === "literal") {
        const isSpace2 = /^\s+$/.test(value);
        return {
          literal: !isSpace2,
          val: isSpace2 ? " " : value
        };
      }
      const style = formatOpts[type];
      let actualType = type;
      if (type === "hour") {
        if (formatOpts.hour12 != null) {
          actualType = formatOpts.hour12 ? "hour12" : "hour24";
        } else if (formatOpts.hourCycle != null) {
          if (formatOpts.hourCycle === "h11" || formatOpts.hourCycle === "h12") {
            actualType = "hour12";
          } else {
            actualType = "hour24";
          }
        } else {
          actualType = resolvedOpts.hour12 ? "hour12" : "hour24";
        }
      }
      let val = partTypeStyleToTokenVal[actualType];
      if (typeof val === "object") {
        val = val[style];
      }
      if (val) {
        return {
          literal: false,
          val
        };
      }
      return void 0;
    }
    function buildRegex(units) {
      const re = units.map((u) => u.regex).reduce((f, r) => `${f}(${r.source})`, "");
      return [`^${re}$`, units];
    }
    function match(input, regex, handlers) {
      const matches2 = input.match(regex);
      if (matches2) {
        const all = {};
        let matchIndex = 1;
        for (const i2 in handlers) {
          if (hasOwnProperty(handlers, i2)) {
            const h = handlers[i2], groups = h.groups ? h.groups + 1 : 1;
            if (!h.literal && h.token) {
              all[h.token.val[0]] = h.deser(matches2.slice(matchIndex, matchIndex + groups));
            }
            matchIndex += groups;
          }
        }
        return [matches2, all];
      } else {
        return [matches2, {}];
      }
    }
    function dateTimeFromMatches(matches2) {
      const toField = (token) => {
        switch (token) {
          case "S":
            return "millisecond";
          case "s":
            return "second";
          case "m":
            return "minute";
          case "h":
          case "H":
            return "hour";
          case "d":
            return "day";
          case "o":
            return "ordinal";
          case "L":
          case "M":
            return "month";
          case "y":
            return "year";
          case "E":
          case "c":
            return "weekday";
          case "W":
            return "weekNumber";
          case "k":
            return "weekYear";
          case "q":
            return "quarter";
          default:
            return null;
        }
      };
      let zone = null;
      let specificOffset;
      if (!isUndefined(matches2.z)) {
        zone = IANAZone.create(matches2.z);
      }
      if (!isUndefined(matches2.Z)) {
        if (!zone) {
          zone = new FixedOffsetZone(matches2.Z);
        }
        specificOffset = matches2.Z;
      }
      if (!isUndefined(matches2.q)) {
        matches2.M = (matches2.q - 1) * 3 + 1;
      }
      if (!isUndefined(matches2.h)) {
        if (matches2.h < 12 && matches2.a === 1) {
          matches2.h += 12;
        } else if (matches2.h === 12 && matches2.a === 0) {
          matches2.h = 0;
        }
      }
      if (matches2.G === 0 && matches2.y) {
        matches2.y = -matches2.y;
      }
      if (!isUndefined(matches2.u)) {
        matches2.S = parseMillis(matches2.u);
      }
      const vals = Object.keys(matches2).reduce((r, k) => {
        const f = toField(k);
        if (f) {
          r[f] = matches2[k];
        }
        return r;
      }, {});
      return [vals, zone, specificOffset];
    }
    var dummyDateTimeCache = null;
    function getDummyDateTime() {
      if (!dummyDateTimeCache) {
        dummyDateTimeCache = DateTime.fromMillis(1555555555555);
      }
      return dummyDateTimeCache;
    }
    function maybeExpandMacroToken(token, locale) {
      if (token.literal) {
        return token;
      }
      const formatOpts = Formatter.macroTokenToFormatOpts(token.val);
      const tokens = formatOptsToTokens(formatOpts, locale);
      if (tokens == null || tokens.includes(void 0)) {
        return token;
      }
      return tokens;
    }
    function expandMacroTokens(tokens, locale) {
      return Array.prototype.concat(...tokens.map((t) => maybeExpandMacroToken(t, locale)));
    }
    var TokenParser = class {
      constructor(locale, format) {
        this.locale = locale;
        this.format = format;
        this.tokens = expandMacroTokens(Formatter.parseFormat(format), locale);
        this.units = this.tokens.map((t) => unitForToken(t, locale));
        this.disqualifyingUnit = this.units.find((t) => t.invalidReason);
        if (!this.disqualifyingUnit) {
          const [regexString, handlers] = buildRegex(this.units);
          this.regex = RegExp(regexString, "i");
          this.handlers = handlers;
        }
      }
      explainFromTokens(input) {
        if (!this.isValid) {
          return {
            input,
            tokens: this.tokens,
            invalidReason: this.invalidReason
          };
        } else {
          const [rawMatches, matches2] = match(input, this.regex, this.handlers), [result, zone, specificOffset] = matches2 ? dateTimeFromMatches(matches2) : [null, null, void 0];
          if (hasOwnProperty(matches2, "a") && hasOwnProperty(matches2, "H")) {
            throw new ConflictingSpecificationError("Can't include meridiem when specifying 24-hour format");
          }
          return {
            input,
            tokens: this.tokens,
            regex: this.regex,
            rawMatches,
            matches: matches2,
            result,
            zone,
            specificOffset
          };
        }
      }
      get isValid() {
        return !this.disqualifyingUnit;
      }
      get invalidReason() {
        return this.disqualifyingUnit ? this.disqualifyingUnit.invalidReason : null;
      }
    };
    function explainFromTokens(locale, input, format) {
      const parser2 = new TokenParser(locale, format);
      return parser2.explainFromTokens(input);
    }
    function parseFromTokens(locale, input, format) {
      const {
        result,
        zone,
        specificOffset,
        invalidReason
      } = explainFromTokens(locale, input, format);
      return [result, zone, specificOffset, invalidReason];
    }
    function formatOptsToTokens(formatOpts, locale) {
      if (!formatOpts) {
        return null;
      }
      const formatter = Formatter.create(locale, formatOpts);
      const df = formatter.dtFormatter(getDummyDateTime());
      const parts2 = df.formatToParts();
      const resolvedOpts = df.resolvedOptions();
      return parts2.map((p) => tokenForPart(p, formatOpts, resolvedOpts));
    }
    var INVALID = "Invalid DateTime";
    var MAX_DATE = 864e13;
    function unsupportedZone(zone) {
      return new Invalid("unsupported zone", `the zone "${zone.name}" is not supported`);
    }
    function possiblyCachedWeekData(dt) {
      if (dt.weekData === null) {
        dt.weekData = gregorianToWeek(dt.c);
      }
      return dt.weekData;
    }
    function possiblyCachedLocalWeekData(dt) {
      if (dt.localWeekData === null) {
        dt.localWeekData = gregorianToWeek(dt.c, dt.loc.getMinDaysInFirstWeek(), dt.loc.getStartOfWeek());
      }
      return dt.localWeekData;
    }
    function clone(inst, alts) {
      const current = {
        ts: inst.ts,
        zone: inst.zone,
        c: inst.c,
        o: inst.o,
        loc: inst.loc,
        invalid: inst.invalid
      };
      return new DateTime({
        ...current,
        ...alts,
        old: current
      });
    }
    function fixOffset(localTS, o, tz) {
      let utcGuess = localTS - o * 60 * 1e3;
      const o2 = tz.offset(utcGuess);
      if (o === o2) {
        return [utcGuess, o];
      }
      utcGuess -= (o2 - o) * 60 * 1e3;
      const o3 = tz.offset(utcGuess);
      if (o2 === o3) {
        return [utcGuess, o2];
      }
      return [localTS - Math.min(o2, o3) * 60 * 1e3, Math.max(o2, o3)];
    }
    function tsToObj(ts, offset2) {
      ts += offset2 * 60 * 1e3;
      const d = new Date(ts);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds()
      };
    }
    function objToTS(obj, offset2, zone) {
      return fixOffset(objToLocalTS(obj), offset2, zone);
    }
    function adjustTime(inst, dur) {
      const oPre = inst.o, year = inst.c.year + Math.trunc(dur.years), month = inst.c.month + Math.trunc(dur.months) + Math.trunc(dur.quarters) * 3, c = {
        ...inst.c,
        year,
        month,
        day: Math.min(inst.c.day, daysInMonth(year, month)) + Math.trunc(dur.days) + Math.trunc(dur.weeks) * 7
      }, millisToAdd = Duration.fromObject({
        years: dur.years - Math.trunc(dur.years),
        quarters: dur.quarters - Math.trunc(dur.quarters),
        months: dur.months - Math.trunc(dur.months),
        weeks: dur.weeks - Math.trunc(dur.weeks),
        days: dur.days - Math.trunc(dur.days),
        hours: dur.hours,
        minutes: dur.minutes,
        seconds: dur.seconds,
        milliseconds: dur.milliseconds
      }).as("milliseconds"), localTS = objToLocalTS(c);
      let [ts, o] = fixOffset(localTS, oPre, inst.zone);
      if (millisToAdd !== 0) {
        ts += millisToAdd;
        o = inst.zone.offset(ts);
      }
      return {
        ts,
        o
      };
    }
    function parseDataToDateTime(parsed, parsedZone, opts, format, text, specificOffset) {
      const {
        setZone,
        zone
      } = opts;
      if (parsed && Object.keys(parsed).length !== 0 || parsedZone) {
        const interpretationZone = parsedZone || zone, inst = DateTime.fromObject(parsed, {
          ...opts,
          zone: interpretationZone,
          specificOffset
        });
        return setZone ? inst : inst.setZone(zone);
      } else {
        return DateTime.invalid(new Invalid("unparsable", `the input "${text}" can't be parsed as ${format}`));
      }
    }
    function toTechFormat(dt, format, allowZ = true) {
      return dt.isValid ? Formatter.create(Locale.create("en-US"), {
        allowZ,
        forceSimple: true
      }).formatDateTimeFromString(dt, format) : null;
    }
    function toISODate(o, extended, precision) {
      const longFormat = o.c.year > 9999 || o.c.year < 0;
      let c = "";
      if (longFormat && o.c.year >= 0) c += "+";
      c += padStart(o.c.year, longFormat ? 6 : 4);
      if (precision === "year") return c;
      if (extended) {
        c += "-";
        c += padStart(o.c.month);
        if (precision === "month") return c;
        c += "-";
      } else {
        c += padStart(o.c.month);
        if (precision === "month") return c;
      }
      c += padStart(o.c.day);
      return c;
    }
    function toISOTime(o, extended, suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision) {
      let showSeconds = !suppressSeconds || o.c.millisecond !== 0 || o.c.second !== 0, c = "";
      switch (precision) {
        case "day":
        case "month":
        case "year":
          break;
        default:
          c += padStart(o.c.hour);
          if (precision === "hour") break;
          if (extended) {
            c += ":";
            c += padStart(o.c.minute);
            if (precision === "minute") break;
            if (showSeconds) {
              c += ":";
              c += padStart(o.c.second);
            }
          } else {
            c += padStart(o.c.minute);
            if (precision === "minute") break;
            if (showSeconds) {
              c += padStart(o.c.second);
            }
          }
          if (precision === "second") break;
          if (showSeconds && (!suppressMilliseconds || o.c.millisecond !== 0)) {
            c += ".";
            c += padStart(o.c.millisecond, 3);
          }
      }
      if (includeOffset) {
        if (o.isOffsetFixed && o.offset === 0 && !extendedZone) {
          c += "Z";
        } else if (o.o < 0) {
          c += "-";
          c += padStart(Math.trunc(-o.o / 60));
          c += ":";
          c += padStart(Math.trunc(-o.o % 60));
        } else {
          c += "+";
          c += padStart(Math.trunc(o.o / 60));
          c += ":";
          c += padStart(Math.trunc(o.o % 60));
        }
      }
      if (extendedZone) {
        c += "[" + o.zone.ianaName + "]";
      }
      return c;
    }
    var defaultUnitValues = {
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var defaultWeekUnitValues = {
      weekNumber: 1,
      weekday: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var defaultOrdinalUnitValues = {
      ordinal: 1,
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0
    };
    var orderedUnits = ["year", "month", "day", "hour", "minute", "second", "millisecond"];
    var orderedWeekUnits = ["weekYear", "weekNumber", "weekday", "hour", "minute", "second", "millisecond"];
    var orderedOrdinalUnits = ["year", "ordinal", "hour", "minute", "second", "millisecond"];
    function normalizeUnit(unit) {
      const normalized = {
        year: "year",
        years: "year",
        month: "month",
        months: "month",
        day: "day",
        days: "day",
        hour: "hour",
        hours: "hour",
        minute: "minute",
        minutes: "minute",
        quarter: "quarter",
        quarters: "quarter",
        second: "second",
        seconds: "second",
        millisecond: "millisecond",
        milliseconds: "millisecond",
        weekday: "weekday",
        weekdays: "weekday",
        weeknumber: "weekNumber",
        weeksnumber: "weekNumber",
        weeknumbers: "weekNumber",
        weekyear: "weekYear",
        weekyears: "weekYear",
        ordinal: "ordinal"
      }[unit.toLowerCase()];
      if (!normalized) throw new InvalidUnitError(unit);
      return normalized;
    }
    function normalizeUnitWithLocalWeeks(unit) {
      switch (unit.toLowerCase()) {
        case "localweekday":
        case "localweekdays":
          return "localWeekday";
        case "localweeknumber":
        case "localweeknumbers":
          return "localWeekNumber";
        case "localweekyear":
        case "localweekyears":
          return "localWeekYear";
        default:
          return normalizeUnit(unit);
      }
    }
    function guessOffsetForZone(zone) {
      if (zoneOffsetTs === void 0) {
        zoneOffsetTs = Settings.now();
      }
      if (zone.type !== "iana") {
        return zone.offset(zoneOffsetTs);
      }
      const zoneName = zone.name;
      let offsetGuess = zoneOffsetGuessCache.get(zoneName);
      if (offsetGuess === void 0) {
        offsetGuess = zone.offset(zoneOffsetTs);
        zoneOffsetGuessCache.set(zoneName, offsetGuess);
      }
      return offsetGuess;
    }
    function quickDT(obj, opts) {
      const zone = normalizeZone(opts.zone, Settings.defaultZone);
      if (!zone.isValid) {
        return DateTime.invalid(unsupportedZone(zone));
      }
      const loc = Locale.fromObject(opts);
      let ts, o;
      if (!isUndefined(obj.year)) {
        for (const u of orderedUnits) {
          if (isUndefined(obj[u])) {
            obj[u] = defaultUnitValues[u];
          }
        }
        const invalid = hasInvalidGregorianData(obj) || hasInvalidTimeData(obj);
        if (invalid) {
          return DateTime.invalid(invalid);
        }
        const offsetProvis = guessOffsetForZone(zone);
        [ts, o] = objToTS(obj, offsetProvis, zone);
      } else {
        ts = Settings.now();
      }
      return new DateTime({
        ts,
        zone,
        loc,
        o
      });
    }
    function diffRelative(start2, end, opts) {
      const round = isUndefined(opts.round) ? true : opts.round, rounding = isUndefined(opts.rounding) ? "trunc" : opts.rounding, format = (c, unit) => {
        c = roundTo(c, round || opts.calendary ? 0 : 2, opts.calendary ? "round" : rounding);
        const formatter = end.loc.clone(opts).relFormatter(opts);
        return formatter.format(c, unit);
      }, differ = (unit) => {
        if (opts.calendary) {
          if (!end.hasSame(start2, unit)) {
            return end.startOf(unit).diff(start2.startOf(unit), unit).get(unit);
          } else return 0;
        } else {
          return end.diff(start2, unit).get(unit);
        }
      };
      if (opts.unit) {
        return format(differ(opts.unit), opts.unit);
      }
      for (const unit of opts.units) {
        const count = differ(unit);
        if (Math.abs(count) >= 1) {
          return format(count, unit);
        }
      }
      return format(start2 > end ? -0 : 0, opts.units[opts.units.length - 1]);
    }
    function lastOpts(argList) {
      let opts = {}, args2;
      if (argList.length > 0 && typeof argList[argList.length - 1] === "object") {
        opts = argList[argList.length - 1];
        args2 = Array.from(argList).slice(0, argList.length - 1);
      } else {
        args2 = Array.from(argList);
      }
      return [opts, args2];
    }
    var zoneOffsetTs;
    var zoneOffsetGuessCache = /* @__PURE__ */ new Map();
    var DateTime = class _DateTime {
      /**
       * @access private
       */
      constructor(config) {
        const zone = config.zone || Settings.defaultZone;
        let invalid = config.invalid || (Number.isNaN(config.ts) ? new Invalid("invalid input") : null) || (!zone.isValid ? unsupportedZone(zone) : null);
        this.ts = isUndefined(config.ts) ? Settings.now() : config.ts;
        let c = null, o = null;
        if (!invalid) {
          const unchanged = config.old && config.old.ts === this.ts && config.old.zone.equals(zone);
          if (unchanged) {
            [c, o] = [config.old.c, config.old.o];
          } else {
            const ot = isNumber(config.o) && !config.old ? config.o : zone.offset(this.ts);
            c = tsToObj(this.ts, ot);
            invalid = Number.isNaN(c.year) ? new Invalid("invalid input") : null;
            c = invalid ? null : c;
            o = invalid ? null : ot;
          }
        }
        this._zone = zone;
        this.loc = config.loc || Locale.create();
        this.invalid = invalid;
        this.weekData = null;
        this.localWeekData = null;
        this.c = c;
        this.o = o;
        this.isLuxonDateTime = true;
      }
      // CONSTRUCT
      /**
       * Create a DateTime for the current instant, in the system's time zone.
       *
       * Use Settings to override these default values if needed.
       * @example DateTime.now().toISO() //~> now in the ISO format
       * @return {DateTime}
       */
      static now() {
        return new _DateTime({});
      }
      /**
       * Create a local DateTime
       * @param {number} [year] - The calendar year. If omitted (as in, call `local()` with no arguments), the current time will be used
       * @param {number} [month=1] - The month, 1-indexed
       * @param {number} [day=1] - The day of the month, 1-indexed
       * @param {number} [hour=0] - The hour of the day, in 24-hour time
       * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
       * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
       * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
       * @example DateTime.local()                                  //~> now
       * @example DateTime.local({ zone: "America/New_York" })      //~> now, in US east coast time
       * @example DateTime.local(2017)                              //~> 2017-01-01T00:00:00
       * @example DateTime.local(2017, 3)                           //~> 2017-03-01T00:00:00
       * @example DateTime.local(2017, 3, 12, { locale: "fr" })     //~> 2017-03-12T00:00:00, with a French locale
       * @example DateTime.local(2017, 3, 12, 5)                    //~> 2017-03-12T05:00:00
       * @example DateTime.local(2017, 3, 12, 5, { zone: "utc" })   //~> 2017-03-12T05:00:00, in UTC
       * @example DateTime.local(2017, 3, 12, 5, 45)                //~> 2017-03-12T05:45:00
       * @example DateTime.local(2017, 3, 12, 5, 45, 10)            //~> 2017-03-12T05:45:10
       * @example DateTime.local(2017, 3, 12, 5, 45, 10, 765)       //~> 2017-03-12T05:45:10.765
       * @return {DateTime}
       */
      static local() {
        const [opts, args2] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args2;
        return quickDT({
          year,
          month,
          day,
          hour,
          minute,
          second,
          millisecond
        }, opts);
      }
      /**
       * Create a DateTime in UTC
       * @param {number} [year] - The calendar year. If omitted (as in, call `utc()` with no arguments), the current time will be used
       * @param {number} [month=1] - The month, 1-indexed
       * @param {number} [day=1] - The day of the month
       * @param {number} [hour=0] - The hour of the day, in 24-hour time
       * @param {number} [minute=0] - The minute of the hour, meaning a number between 0 and 59
       * @param {number} [second=0] - The second of the minute, meaning a number between 0 and 59
       * @param {number} [millisecond=0] - The millisecond of the second, meaning a number between 0 and 999
       * @param {Object} options - configuration options for the DateTime
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} [options.outputCalendar] - the output calendar to set on the resulting DateTime instance
       * @param {string} [options.numberingSystem] - the numbering system to set on the resulting DateTime instance
       * @param {string} [options.weekSettings] - the week settings to set on the resulting DateTime instance
       * @example DateTime.utc()                                              //~> now
       * @example DateTime.utc(2017)                                          //~> 2017-01-01T00:00:00Z
       * @example DateTime.utc(2017, 3)                                       //~> 2017-03-01T00:00:00Z
       * @example DateTime.utc(2017, 3, 12)                                   //~> 2017-03-12T00:00:00Z
       * @example DateTime.utc(2017, 3, 12, 5)                                //~> 2017-03-12T05:00:00Z
       * @example DateTime.utc(2017, 3, 12, 5, 45)                            //~> 2017-03-12T05:45:00Z
       * @example DateTime.utc(2017, 3, 12, 5, 45, { locale: "fr" })          //~> 2017-03-12T05:45:00Z with a French locale
       * @example DateTime.utc(2017, 3, 12, 5, 45, 10)                        //~> 2017-03-12T05:45:10Z
       * @example DateTime.utc(2017, 3, 12, 5, 45, 10, 765, { locale: "fr" }) //~> 2017-03-12T05:45:10.765Z with a French locale
       * @return {DateTime}
       */
      static utc() {
        const [opts, args2] = lastOpts(arguments), [year, month, day, hour, minute, second, millisecond] = args2;
        opts.zone = FixedOffsetZone.utcInstance;
        return quickDT({
          year,
          month,
          day,
          hour,
          minute,
          second,
          millisecond
        }, opts);
      }
      /**
       * Create a DateTime from a JavaScript Date object. Uses the default zone.
       * @param {Date} date - a JavaScript Date object
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @return {DateTime}
       */
      static fromJSDate(date, options = {}) {
        const ts = isDate(date) ? date.valueOf() : NaN;
        if (Number.isNaN(ts)) {
          return _DateTime.invalid("invalid input");
        }
        const zoneToUse = normalizeZone(options.zone, Settings.defaultZone);
        if (!zoneToUse.isValid) {
          return _DateTime.invalid(unsupportedZone(zoneToUse));
        }
        return new _DateTime({
          ts,
          zone: zoneToUse,
          loc: Locale.fromObject(options)
        });
      }
      /**
       * Create a DateTime from a number of milliseconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
       * @param {number} milliseconds - a number of milliseconds since 1970 UTC
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromMillis(milliseconds, options = {}) {
        if (!isNumber(milliseconds)) {
          throw new InvalidArgumentError(`fromMillis requires a numerical input, but received a ${typeof milliseconds} with value ${milliseconds}`);
        } else if (milliseconds < -MAX_DATE || milliseconds > MAX_DATE) {
          return _DateTime.invalid("Timestamp out of range");
        } else {
          return new _DateTime({
            ts: milliseconds,
            zone: normalizeZone(options.zone, Settings.defaultZone),
            loc: Locale.fromObject(options)
          });
        }
      }
      /**
       * Create a DateTime from a number of seconds since the epoch (meaning since 1 January 1970 00:00:00 UTC). Uses the default zone.
       * @param {number} seconds - a number of seconds since 1970 UTC
       * @param {Object} options - configuration options for the DateTime
       * @param {string|Zone} [options.zone='local'] - the zone to place the DateTime into
       * @param {string} [options.locale] - a locale to set on the resulting DateTime instance
       * @param {string} options.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} options.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} options.weekSettings - the week settings to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromSeconds(seconds, options = {}) {
        if (!isNumber(seconds)) {
          throw new InvalidArgumentError("fromSeconds requires a numerical input");
        } else {
          return new _DateTime({
            ts: seconds * 1e3,
            zone: normalizeZone(options.zone, Settings.defaultZone),
            loc: Locale.fromObject(options)
          });
        }
      }
      /**
       * Create a DateTime from a JavaScript object with keys like 'year' and 'hour' with reasonable defaults.
       * @param {Object} obj - the object to create the DateTime from
       * @param {number} obj.year - a year, such as 1987
       * @param {number} obj.month - a month, 1-12
       * @param {number} obj.day - a day of the month, 1-31, depending on the month
       * @param {number} obj.ordinal - day of the year, 1-365 or 366
       * @param {number} obj.weekYear - an ISO week year
       * @param {number} obj.weekNumber - an ISO week number, between 1 and 52 or 53, depending on the year
       * @param {number} obj.weekday - an ISO weekday, 1-7, where 1 is Monday and 7 is Sunday
       * @param {number} obj.localWeekYear - a week year, according to the locale
       * @param {number} obj.localWeekNumber - a week number, between 1 and 52 or 53, depending on the year, according to the locale
       * @param {number} obj.localWeekday - a weekday, 1-7, where 1 is the first and 7 is the last day of the week, according to the locale
       * @param {number} obj.hour - hour of the day, 0-23
       * @param {number} obj.minute - minute of the hour, 0-59
       * @param {number} obj.second - second of the minute, 0-59
       * @param {number} obj.millisecond - millisecond of the second, 0-999
       * @param {Object} opts - options for creating this DateTime
       * @param {string|Zone} [opts.zone='local'] - interpret the numbers in the context of a particular zone. Can take any value taken as the first argument to setZone()
       * @param {string} [opts.locale='system\'s locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromObject({ year: 1982, month: 5, day: 25}).toISODate() //=> '1982-05-25'
       * @example DateTime.fromObject({ year: 1982 }).toISODate() //=> '1982-01-01'
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }) //~> today at 10:26:06
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'utc' }),
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'local' })
       * @example DateTime.fromObject({ hour: 10, minute: 26, second: 6 }, { zone: 'America/New_York' })
       * @example DateTime.fromObject({ weekYear: 2016, weekNumber: 2, weekday: 3 }).toISODate() //=> '2016-01-13'
       * @example DateTime.fromObject({ localWeekYear: 2022, localWeekNumber: 1, localWeekday: 1 }, { locale: "en-US" }).toISODate() //=> '2021-12-26'
       * @return {DateTime}
       */
      static fromObject(obj, opts = {}) {
        obj = obj || {};
        const zoneToUse = normalizeZone(opts.zone, Settings.defaultZone);
        if (!zoneToUse.isValid) {
          return _DateTime.invalid(unsupportedZone(zoneToUse));
        }
        const loc = Locale.fromObject(opts);
        const normalized = normalizeObject(obj, normalizeUnitWithLocalWeeks);
        const {
          minDaysInFirstWeek,
          startOfWeek
        } = usesLocalWeekValues(normalized, loc);
        const tsNow = Settings.now(), offsetProvis = !isUndefined(opts.specificOffset) ? opts.specificOffset : zoneToUse.offset(tsNow), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
        if ((containsGregor || containsOrdinal) && definiteWeekDef) {
          throw new ConflictingSpecificationError("Can't mix weekYear/weekNumber units with year/month/day or ordinals");
        }
        if (containsGregorMD && containsOrdinal) {
          throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
        }
        const useWeekData = definiteWeekDef || normalized.weekday && !containsGregor;
        let units, defaultValues, objNow = tsToObj(tsNow, offsetProvis);
        if (useWeekData) {
          units = orderedWeekUnits;
          defaultValues = defaultWeekUnitValues;
          objNow = gregorianToWeek(objNow, minDaysInFirstWeek, startOfWeek);
        } else if (containsOrdinal) {
          units = orderedOrdinalUnits;
          defaultValues = defaultOrdinalUnitValues;
          objNow = gregorianToOrdinal(objNow);
        } else {
          units = orderedUnits;
          defaultValues = defaultUnitValues;
        }
        let foundFirst = false;
        for (const u of units) {
          const v2 = normalized[u];
          if (!isUndefined(v2)) {
            foundFirst = true;
          } else if (foundFirst) {
            normalized[u] = defaultValues[u];
          } else {
            normalized[u] = objNow[u];
          }
        }
        const higherOrderInvalid = useWeekData ? hasInvalidWeekData(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? hasInvalidOrdinalData(normalized) : hasInvalidGregorianData(normalized), invalid = higherOrderInvalid || hasInvalidTimeData(normalized);
        if (invalid) {
          return _DateTime.invalid(invalid);
        }
        const gregorian = useWeekData ? weekToGregorian(normalized, minDaysInFirstWeek, startOfWeek) : containsOrdinal ? ordinalToGregorian(normalized) : normalized, [tsFinal, offsetFinal] = objToTS(gregorian, offsetProvis, zoneToUse), inst = new _DateTime({
          ts: tsFinal,
          zone: zoneToUse,
          o: offsetFinal,
          loc
        });
        if (normalized.weekday && containsGregor && obj.weekday !== inst.weekday) {
          return _DateTime.invalid("mismatched weekday", `you can't specify both a weekday of ${normalized.weekday} and a date of ${inst.toISO()}`);
        }
        if (!inst.isValid) {
          return _DateTime.invalid(inst.invalid);
        }
        return inst;
      }
      /**
       * Create a DateTime from an ISO 8601 string
       * @param {string} text - the ISO string
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the time to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} [opts.outputCalendar] - the output calendar to set on the resulting DateTime instance
       * @param {string} [opts.numberingSystem] - the numbering system to set on the resulting DateTime instance
       * @param {string} [opts.weekSettings] - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromISO('2016-05-25T09:08:34.123')
       * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00')
       * @example DateTime.fromISO('2016-05-25T09:08:34.123+06:00', {setZone: true})
       * @example DateTime.fromISO('2016-05-25T09:08:34.123', {zone: 'utc'})
       * @example DateTime.fromISO('2016-W05-4')
       * @return {DateTime}
       */
      static fromISO(text, opts = {}) {
        const [vals, parsedZone] = parseISODate(text);
        return parseDataToDateTime(vals, parsedZone, opts, "ISO 8601", text);
      }
      /**
       * Create a DateTime from an RFC 2822 string
       * @param {string} text - the RFC 2822 string
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since the offset is always specified in the string itself, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
       * @param {boolean} [opts.setZone=false] - override the zone with a fixed-offset zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromRFC2822('25 Nov 2016 13:23:12 GMT')
       * @example DateTime.fromRFC2822('Fri, 25 Nov 2016 13:23:12 +0600')
       * @example DateTime.fromRFC2822('25 Nov 2016 13:23 Z')
       * @return {DateTime}
       */
      static fromRFC2822(text, opts = {}) {
        const [vals, parsedZone] = parseRFC2822Date(text);
        return parseDataToDateTime(vals, parsedZone, opts, "RFC 2822", text);
      }
      /**
       * Create a DateTime from an HTTP header date
       * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
       * @param {string} text - the HTTP header date
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - convert the time to this zone. Since HTTP dates are always in UTC, this has no effect on the interpretation of string, merely the zone the resulting DateTime is expressed in.
       * @param {boolean} [opts.setZone=false] - override the zone with the fixed-offset zone specified in the string. For HTTP dates, this is always UTC, so this option is equivalent to setting the `zone` option to 'utc', but this option is included for consistency with similar methods.
       * @param {string} [opts.locale='system's locale'] - a locale to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @param {string} opts.numberingSystem - the numbering system to set on the resulting DateTime instance
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @example DateTime.fromHTTP('Sun, 06 Nov 1994 08:49:37 GMT')
       * @example DateTime.fromHTTP('Sunday, 06-Nov-94 08:49:37 GMT')
       * @example DateTime.fromHTTP('Sun Nov  6 08:49:37 1994')
       * @return {DateTime}
       */
      static fromHTTP(text, opts = {}) {
        const [vals, parsedZone] = parseHTTPDate(text);
        return parseDataToDateTime(vals, parsedZone, opts, "HTTP", opts);
      }
      /**
       * Create a DateTime from an input string and format string.
       * Defaults to en-US if no locale has been specified, regardless of the system's locale. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/parsing?id=table-of-tokens).
       * @param {string} text - the string to parse
       * @param {string} fmt - the format the string is expected to be in (see the link below for the formats)
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
       * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @return {DateTime}
       */
      static fromFormat(text, fmt, opts = {}) {
        if (isUndefined(text) || isUndefined(fmt)) {
          throw new InvalidArgumentError("fromFormat requires an input string and a format");
        }
        const {
          locale = null,
          numberingSystem = null
        } = opts, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        }), [vals, parsedZone, specificOffset, invalid] = parseFromTokens(localeToUse, text, fmt);
        if (invalid) {
          return _DateTime.invalid(invalid);
        } else {
          return parseDataToDateTime(vals, parsedZone, opts, `format ${fmt}`, text, specificOffset);
        }
      }
      /**
       * @deprecated use fromFormat instead
       */
      static fromString(text, fmt, opts = {}) {
        return _DateTime.fromFormat(text, fmt, opts);
      }
      /**
       * Create a DateTime from a SQL date, time, or datetime
       * Defaults to en-US if no locale has been specified, regardless of the system's locale
       * @param {string} text - the string to parse
       * @param {Object} opts - options to affect the creation
       * @param {string|Zone} [opts.zone='local'] - use this zone if no offset is specified in the input string itself. Will also convert the DateTime to this zone
       * @param {boolean} [opts.setZone=false] - override the zone with a zone specified in the string itself, if it specifies one
       * @param {string} [opts.locale='en-US'] - a locale string to use when parsing. Will also set the DateTime to this locale
       * @param {string} opts.numberingSystem - the numbering system to use when parsing. Will also set the resulting DateTime to this numbering system
       * @param {string} opts.weekSettings - the week settings to set on the resulting DateTime instance
       * @param {string} opts.outputCalendar - the output calendar to set on the resulting DateTime instance
       * @example DateTime.fromSQL('2017-05-15')
       * @example DateTime.fromSQL('2017-05-15 09:12:34')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342+06:00')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles')
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342 America/Los_Angeles', { setZone: true })
       * @example DateTime.fromSQL('2017-05-15 09:12:34.342', { zone: 'America/Los_Angeles' })
       * @example DateTime.fromSQL('09:12:34.342')
       * @return {DateTime}
       */
      static fromSQL(text, opts = {}) {
        const [vals, parsedZone] = parseSQL(text);
        return parseDataToDateTime(vals, parsedZone, opts, "SQL", text);
      }
      /**
       * Create an invalid DateTime.
       * @param {string} reason - simple string of why this DateTime is invalid. Should not contain parameters or anything else data-dependent.
       * @param {string} [explanation=null] - longer explanation, may include parameters and other useful debugging information
       * @return {DateTime}
       */
      static invalid(reason, explanation = null) {
        if (!reason) {
          throw new InvalidArgumentError("need to specify a reason the DateTime is invalid");
        }
        const invalid = reason instanceof Invalid ? reason : new Invalid(reason, explanation);
        if (Settings.throwOnInvalid) {
          throw new InvalidDateTimeError(invalid);
        } else {
          return new _DateTime({
            invalid
          });
        }
      }
      /**
       * Check if an object is an instance of DateTime. Works across context boundaries
       * @param {object} o
       * @return {boolean}
       */
      static isDateTime(o) {
        return o && o.isLuxonDateTime || false;
      }
      /**
       * Produce the format string for a set of options
       * @param formatOpts
       * @param localeOpts
       * @returns {string}
       */
      static parseFormatForOpts(formatOpts, localeOpts = {}) {
        const tokenList = formatOptsToTokens(formatOpts, Locale.fromObject(localeOpts));
        return !tokenList ? null : tokenList.map((t) => t ? t.val : null).join("");
      }
      /**
       * Produce the the fully expanded format token for the locale
       * Does NOT quote characters, so quoted tokens will not round trip correctly
       * @param fmt
       * @param localeOpts
       * @returns {string}
       */
      static expandFormat(fmt, localeOpts = {}) {
        const expanded = expandMacroTokens(Formatter.parseFormat(fmt), Locale.fromObject(localeOpts));
        return expanded.map((t) => t.val).join("");
      }
      static resetCache() {
        zoneOffsetTs = void 0;
        zoneOffsetGuessCache.clear();
      }
      // INFO
      /**
       * Get the value of unit.
       * @param {string} unit - a unit such as 'minute' or 'day'
       * @example DateTime.local(2017, 7, 4).get('month'); //=> 7
       * @example DateTime.local(2017, 7, 4).get('day'); //=> 4
       * @return {number}
       */
      get(unit) {
        return this[unit];
      }
      /**
       * Returns whether the DateTime is valid. Invalid DateTimes occur when:
       * * The DateTime was created from invalid calendar information, such as the 13th month or February 30
       * * The DateTime was created by an operation on another invalid date
       * @type {boolean}
       */
      get isValid() {
        return this.invalid === null;
      }
      /**
       * Returns an error code if this DateTime is invalid, or null if the DateTime is valid
       * @type {string}
       */
      get invalidReason() {
        return this.invalid ? this.invalid.reason : null;
      }
      /**
       * Returns an explanation of why this DateTime became invalid, or null if the DateTime is valid
       * @type {string}
       */
      get invalidExplanation() {
        return this.invalid ? this.invalid.explanation : null;
      }
      /**
       * Get the locale of a DateTime, such 'en-GB'. The locale is used when formatting the DateTime
       *
       * @type {string}
       */
      get locale() {
        return this.isValid ? this.loc.locale : null;
      }
      /**
       * Get the numbering system of a DateTime, such 'beng'. The numbering system is used when formatting the DateTime
       *
       * @type {string}
       */
      get numberingSystem() {
        return this.isValid ? this.loc.numberingSystem : null;
      }
      /**
       * Get the output calendar of a DateTime, such 'islamic'. The output calendar is used when formatting the DateTime
       *
       * @type {string}
       */
      get outputCalendar() {
        return this.isValid ? this.loc.outputCalendar : null;
      }
      /**
       * Get the time zone associated with this DateTime.
       * @type {Zone}
       */
      get zone() {
        return this._zone;
      }
      /**
       * Get the name of the time zone.
       * @type {string}
       */
      get zoneName() {
        return this.isValid ? this.zone.name : null;
      }
      /**
       * Get the year
       * @example DateTime.local(2017, 5, 25).year //=> 2017
       * @type {number}
       */
      get year() {
        return this.isValid ? this.c.year : NaN;
      }
      /**
       * Get the quarter
       * @example DateTime.local(2017, 5, 25).quarter //=> 2
       * @type {number}
       */
      get quarter() {
        return this.isValid ? Math.ceil(this.c.month / 3) : NaN;
      }
      /**
       * Get the month (1-12).
       * @example DateTime.local(2017, 5, 25).month //=> 5
       * @type {number}
       */
      get month() {
        return this.isValid ? this.c.month : NaN;
      }
      /**
       * Get the day of the month (1-30ish).
       * @example DateTime.local(2017, 5, 25).day //=> 25
       * @type {number}
       */
      get day() {
        return this.isValid ? this.c.day : NaN;
      }
      /**
       * Get the hour of the day (0-23).
       * @example DateTime.local(2017, 5, 25, 9).hour //=> 9
       * @type {number}
       */
      get hour() {
        return this.isValid ? this.c.hour : NaN;
      }
      /**
       * Get the minute of the hour (0-59).
       * @example DateTime.local(2017, 5, 25, 9, 30).minute //=> 30
       * @type {number}
       */
      get minute() {
        return this.isValid ? this.c.minute : NaN;
      }
      /**
       * Get the second of the minute (0-59).
       * @example DateTime.local(2017, 5, 25, 9, 30, 52).second //=> 52
       * @type {number}
       */
      get second() {
        return this.isValid ? this.c.second : NaN;
      }
      /**
       * Get the millisecond of the second (0-999).
       * @example DateTime.local(2017, 5, 25, 9, 30, 52, 654).millisecond //=> 654
       * @type {number}
       */
      get millisecond() {
        return this.isValid ? this.c.millisecond : NaN;
      }
      /**
       * Get the week year
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2014, 12, 31).weekYear //=> 2015
       * @type {number}
       */
      get weekYear() {
        return this.isValid ? possiblyCachedWeekData(this).weekYear : NaN;
      }
      /**
       * Get the week number of the week year (1-52ish).
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2017, 5, 25).weekNumber //=> 21
       * @type {number}
       */
      get weekNumber() {
        return this.isValid ? possiblyCachedWeekData(this).weekNumber : NaN;
      }
      /**
       * Get the day of the week.
       * 1 is Monday and 7 is Sunday
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2014, 11, 31).weekday //=> 4
       * @type {number}
       */
      get weekday() {
        return this.isValid ? possiblyCachedWeekData(this).weekday : NaN;
      }
      /**
       * Returns true if this date is on a weekend according to the locale, false otherwise
       * @returns {boolean}
       */
      get isWeekend() {
        return this.isValid && this.loc.getWeekendDays().includes(this.weekday);
      }
      /**
       * Get the day of the week according to the locale.
       * 1 is the first day of the week and 7 is the last day of the week.
       * If the locale assigns Sunday as the first day of the week, then a date which is a Sunday will return 1,
       * @returns {number}
       */
      get localWeekday() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekday : NaN;
      }
      /**
       * Get the week number of the week year according to the locale. Different locales assign week numbers differently,
       * because the week can start on different days of the week (see localWeekday) and because a different number of days
       * is required for a week to count as the first week of a year.
       * @returns {number}
       */
      get localWeekNumber() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekNumber : NaN;
      }
      /**
       * Get the week year according to the locale. Different locales assign week numbers (and therefor week years)
       * differently, see localWeekNumber.
       * @returns {number}
       */
      get localWeekYear() {
        return this.isValid ? possiblyCachedLocalWeekData(this).weekYear : NaN;
      }
      /**
       * Get the ordinal (meaning the day of the year)
       * @example DateTime.local(2017, 5, 25).ordinal //=> 145
       * @type {number|DateTime}
       */
      get ordinal() {
        return this.isValid ? gregorianToOrdinal(this.c).ordinal : NaN;
      }
      /**
       * Get the human readable short month name, such as 'Oct'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).monthShort //=> Oct
       * @type {string}
       */
      get monthShort() {
        return this.isValid ? Info.months("short", {
          locObj: this.loc
        })[this.month - 1] : null;
      }
      /**
       * Get the human readable long month name, such as 'October'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).monthLong //=> October
       * @type {string}
       */
      get monthLong() {
        return this.isValid ? Info.months("long", {
          locObj: this.loc
        })[this.month - 1] : null;
      }
      /**
       * Get the human readable short weekday, such as 'Mon'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).weekdayShort //=> Mon
       * @type {string}
       */
      get weekdayShort() {
        return this.isValid ? Info.weekdays("short", {
          locObj: this.loc
        })[this.weekday - 1] : null;
      }
      /**
       * Get the human readable long weekday, such as 'Monday'.
       * Defaults to the system's locale if no locale has been specified
       * @example DateTime.local(2017, 10, 30).weekdayLong //=> Monday
       * @type {string}
       */
      get weekdayLong() {
        return this.isValid ? Info.weekdays("long", {
          locObj: this.loc
        })[this.weekday - 1] : null;
      }
      /**
       * Get the UTC offset of this DateTime in minutes
       * @example DateTime.now().offset //=> -240
       * @example DateTime.utc().offset //=> 0
       * @type {number}
       */
      get offset() {
        return this.isValid ? +this.o : NaN;
      }
      /**
       * Get the short human name for the zone's current offset, for example "EST" or "EDT".
       * Defaults to the system's locale if no locale has been specified
       * @type {string}
       */
      get offsetNameShort() {
        if (this.isValid) {
          return this.zone.offsetName(this.ts, {
            format: "short",
            locale: this.locale
          });
        } else {
          return null;
        }
      }
      /**
       * Get the long human name for the zone's current offset, for example "Eastern Standard Time" or "Eastern Daylight Time".
       * Defaults to the system's locale if no locale has been specified
       * @type {string}
       */
      get offsetNameLong() {
        if (this.isValid) {
          return this.zone.offsetName(this.ts, {
            format: "long",
            locale: this.locale
          });
        } else {
          return null;
        }
      }
      /**
       * Get whether this zone's offset ever changes, as in a DST.
       * @type {boolean}
       */
      get isOffsetFixed() {
        return this.isValid ? this.zone.isUniversal : null;
      }
      /**
       * Get whether the DateTime is in a DST.
       * @type {boolean}
       */
      get isInDST() {
        if (this.isOffsetFixed) {
          return false;
        } else {
          return this.offset > this.set({
            month: 1,
            day: 1
          }).offset || this.offset > this.set({
            month: 5
          }).offset;
        }
      }
      /**
       * Get those DateTimes which have the same local time as this DateTime, but a different offset from UTC
       * in this DateTime's zone. During DST changes local time can be ambiguous, for example
       * `2023-10-29T02:30:00` in `Europe/Berlin` can have offset `+01:00` or `+02:00`.
       * This method will return both possible DateTimes if this DateTime's local time is ambiguous.
       * @returns {DateTime[]}
       */
      getPossibleOffsets() {
        if (!this.isValid || this.isOffsetFixed) {
          return [this];
        }
        const dayMs = 864e5;
        const minuteMs = 6e4;
        const localTS = objToLocalTS(this.c);
        const oEarlier = this.zone.offset(localTS - dayMs);
        const oLater = this.zone.offset(localTS + dayMs);
        const o1 = this.zone.offset(localTS - oEarlier * minuteMs);
        const o2 = this.zone.offset(localTS - oLater * minuteMs);
        if (o1 === o2) {
          return [this];
        }
        const ts1 = localTS - o1 * minuteMs;
        const ts2 = localTS - o2 * minuteMs;
        const c1 = tsToObj(ts1, o1);
        const c2 = tsToObj(ts2, o2);
        if (c1.hour === c2.hour && c1.minute === c2.minute && c1.second === c2.second && c1.millisecond === c2.millisecond) {
          return [clone(this, {
            ts: ts1
          }), clone(this, {
            ts: ts2
          })];
        }
        return [this];
      }
      /**
       * Returns true if this DateTime is in a leap year, false otherwise
       * @example DateTime.local(2016).isInLeapYear //=> true
       * @example DateTime.local(2013).isInLeapYear //=> false
       * @type {boolean}
       */
      get isInLeapYear() {
        return isLeapYear(this.year);
      }
      /**
       * Returns the number of days in this DateTime's month
       * @example DateTime.local(2016, 2).daysInMonth //=> 29
       * @example DateTime.local(2016, 3).daysInMonth //=> 31
       * @type {number}
       */
      get daysInMonth() {
        return daysInMonth(this.year, this.month);
      }
      /**
       * Returns the number of days in this DateTime's year
       * @example DateTime.local(2016).daysInYear //=> 366
       * @example DateTime.local(2013).daysInYear //=> 365
       * @type {number}
       */
      get daysInYear() {
        return this.isValid ? daysInYear(this.year) : NaN;
      }
      /**
       * Returns the number of weeks in this DateTime's year
       * @see https://en.wikipedia.org/wiki/ISO_week_date
       * @example DateTime.local(2004).weeksInWeekYear //=> 53
       * @example DateTime.local(2013).weeksInWeekYear //=> 52
       * @type {number}
       */
      get weeksInWeekYear() {
        return this.isValid ? weeksInWeekYear(this.weekYear) : NaN;
      }
      /**
       * Returns the number of weeks in this DateTime's local week year
       * @example DateTime.local(2020, 6, {locale: 'en-US'}).weeksInLocalWeekYear //=> 52
       * @example DateTime.local(2020, 6, {locale: 'de-DE'}).weeksInLocalWeekYear //=> 53
       * @type {number}
       */
      get weeksInLocalWeekYear() {
        return this.isValid ? weeksInWeekYear(this.localWeekYear, this.loc.getMinDaysInFirstWeek(), this.loc.getStartOfWeek()) : NaN;
      }
      /**
       * Returns the resolved Intl options for this DateTime.
       * This is useful in understanding the behavior of formatting methods
       * @param {Object} opts - the same options as toLocaleString
       * @return {Object}
       */
      resolvedLocaleOptions(opts = {}) {
        const {
          locale,
          numberingSystem,
          calendar
        } = Formatter.create(this.loc.clone(opts), opts).resolvedOptions(this);
        return {
          locale,
          numberingSystem,
          outputCalendar: calendar
        };
      }
      // TRANSFORM
      /**
       * "Set" the DateTime's zone to UTC. Returns a newly-constructed DateTime.
       *
       * Equivalent to {@link DateTime#setZone}('utc')
       * @param {number} [offset=0] - optionally, an offset from UTC in minutes
       * @param {Object} [opts={}] - options to pass to `setZone()`
       * @return {DateTime}
       */
      toUTC(offset2 = 0, opts = {}) {
        return this.setZone(FixedOffsetZone.instance(offset2), opts);
      }
      /**
       * "Set" the DateTime's zone to the host's local zone. Returns a newly-constructed DateTime.
       *
       * Equivalent to `setZone('local')`
       * @return {DateTime}
       */
      toLocal() {
        return this.setZone(Settings.defaultZone);
      }
      /**
       * "Set" the DateTime's zone to specified zone. Returns a newly-constructed DateTime.
       *
       * By default, the setter keeps the underlying time the same (as in, the same timestamp), but the new instance will report different local times and consider DSTs when making computations, as with {@link DateTime#plus}. You may wish to use {@link DateTime#toLocal} and {@link DateTime#toUTC} which provide simple convenience wrappers for commonly used zones.
       * @param {string|Zone} [zone='local'] - a zone identifier. As a string, that can be any IANA zone supported by the host environment, or a fixed-offset name of the form 'UTC+3', or the strings 'local' or 'utc'. You may also supply an instance of a {@link DateTime#Zone} class.
       * @param {Object} opts - options
       * @param {boolean} [opts.keepLocalTime=false] - If true, adjust the underlying time so that the local time stays the same, but in the target zone. You should rarely need this.
       * @return {DateTime}
       */
      setZone(zone, {
        keepLocalTime = false,
        keepCalendarTime = false
      } = {}) {
        zone = normalizeZone(zone, Settings.defaultZone);
        if (zone.equals(this.zone)) {
          return this;
        } else if (!zone.isValid) {
          return _DateTime.invalid(unsupportedZone(zone));
        } else {
          let newTS = this.ts;
          if (keepLocalTime || keepCalendarTime) {
            const offsetGuess = zone.offset(this.ts);
            const asObj = this.toObject();
            [newTS] = objToTS(asObj, offsetGuess, zone);
          }
          return clone(this, {
            ts: newTS,
            zone
          });
        }
      }
      /**
       * "Set" the locale, numberingSystem, or outputCalendar. Returns a newly-constructed DateTime.
       * @param {Object} properties - the properties to set
       * @example DateTime.local(2017, 5, 25).reconfigure({ locale: 'en-GB' })
       * @return {DateTime}
       */
      reconfigure({
        locale,
        numberingSystem,
        outputCalendar
      } = {}) {
        const loc = this.loc.clone({
          locale,
          numberingSystem,
          outputCalendar
        });
        return clone(this, {
          loc
        });
      }
      /**
       * "Set" the locale. Returns a newly-constructed DateTime.
       * Just a convenient alias for reconfigure({ locale })
       * @example DateTime.local(2017, 5, 25).setLocale('en-GB')
       * @return {DateTime}
       */
      setLocale(locale) {
        return this.reconfigure({
          locale
        });
      }
      /**
       * "Set" the values of specified units. Returns a newly-constructed DateTime.
       * You can only set units with this method; for "setting" metadata, see {@link DateTime#reconfigure} and {@link DateTime#setZone}.
       *
       * This method also supports setting locale-based week units, i.e. `localWeekday`, `localWeekNumber` and `localWeekYear`.
       * They cannot be mixed with ISO-week units like `weekday`.
       * @param {Object} values - a mapping of units to numbers
       * @example dt.set({ year: 2017 })
       * @example dt.set({ hour: 8, minute: 30 })
       * @example dt.set({ weekday: 5 })
       * @example dt.set({ year: 2005, ordinal: 234 })
       * @return {DateTime}
       */
      set(values) {
        if (!this.isValid) return this;
        const normalized = normalizeObject(values, normalizeUnitWithLocalWeeks);
        const {
          minDaysInFirstWeek,
          startOfWeek
        } = usesLocalWeekValues(normalized, this.loc);
        const settingWeekStuff = !isUndefined(normalized.weekYear) || !isUndefined(normalized.weekNumber) || !isUndefined(normalized.weekday), containsOrdinal = !isUndefined(normalized.ordinal), containsGregorYear = !isUndefined(normalized.year), containsGregorMD = !isUndefined(normalized.month) || !isUndefined(normalized.day), containsGregor = containsGregorYear || containsGregorMD, definiteWeekDef = normalized.weekYear || normalized.weekNumber;
        if ((containsGregor || containsOrdinal) && definiteWeekDef) {
          throw new ConflictingSpecificationError("Can't mix weekYear/weekNumber units with year/month/day or ordinals");
        }
        if (containsGregorMD && containsOrdinal) {
          throw new ConflictingSpecificationError("Can't mix ordinal dates with month/day");
        }
        let mixed;
        if (settingWeekStuff) {
          mixed = weekToGregorian({
            ...gregorianToWeek(this.c, minDaysInFirstWeek, startOfWeek),
            ...normalized
          }, minDaysInFirstWeek, startOfWeek);
        } else if (!isUndefined(normalized.ordinal)) {
          mixed = ordinalToGregorian({
            ...gregorianToOrdinal(this.c),
            ...normalized
          });
        } else {
          mixed = {
            ...this.toObject(),
            ...normalized
          };
          if (isUndefined(normalized.day)) {
            mixed.day = Math.min(daysInMonth(mixed.year, mixed.month), mixed.day);
          }
        }
        const [ts, o] = objToTS(mixed, this.o, this.zone);
        return clone(this, {
          ts,
          o
        });
      }
      /**
       * Add a period of time to this DateTime and return the resulting DateTime
       *
       * Adding hours, minutes, seconds, or milliseconds increases the timestamp by the right number of milliseconds. Adding days, months, or years shifts the calendar, accounting for DSTs and leap years along the way. Thus, `dt.plus({ hours: 24 })` may result in a different time than `dt.plus({ days: 1 })` if there's a DST shift in between.
       * @param {Duration|Object|number} duration - The amount to add. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       * @example DateTime.now().plus(123) //~> in 123 milliseconds
       * @example DateTime.now().plus({ minutes: 15 }) //~> in 15 minutes
       * @example DateTime.now().plus({ days: 1 }) //~> this time tomorrow
       * @example DateTime.now().plus({ days: -1 }) //~> this time yesterday
       * @example DateTime.now().plus({ hours: 3, minutes: 13 }) //~> in 3 hr, 13 min
       * @example DateTime.now().plus(Duration.fromObject({ hours: 3, minutes: 13 })) //~> in 3 hr, 13 min
       * @return {DateTime}
       */
      plus(duration) {
        if (!this.isValid) return this;
        const dur = Duration.fromDurationLike(duration);
        return clone(this, adjustTime(this, dur));
      }
      /**
       * Subtract a period of time to this DateTime and return the resulting DateTime
       * See {@link DateTime#plus}
       * @param {Duration|Object|number} duration - The amount to subtract. Either a Luxon Duration, a number of milliseconds, the object argument to Duration.fromObject()
       @return {DateTime}
       */
      minus(duration) {
        if (!this.isValid) return this;
        const dur = Duration.fromDurationLike(duration).negate();
        return clone(this, adjustTime(this, dur));
      }
      /**
       * "Set" this DateTime to the beginning of a unit of time.
       * @param {string} unit - The unit to go to the beginning of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
       * @example DateTime.local(2014, 3, 3).startOf('month').toISODate(); //=> '2014-03-01'
       * @example DateTime.local(2014, 3, 3).startOf('year').toISODate(); //=> '2014-01-01'
       * @example DateTime.local(2014, 3, 3).startOf('week').toISODate(); //=> '2014-03-03', weeks always start on Mondays
       * @example DateTime.local(2014, 3, 3, 5, 30).startOf('day').toISOTime(); //=> '00:00.000-05:00'
       * @example DateTime.local(2014, 3, 3, 5, 30).startOf('hour').toISOTime(); //=> '05:00:00.000-05:00'
       * @return {DateTime}
       */
      startOf(unit, {
        useLocaleWeeks = false
      } = {}) {
        if (!this.isValid) return this;
        const o = {}, normalizedUnit = Duration.normalizeUnit(unit);
        switch (normalizedUnit) {
          case "years":
            o.month = 1;
          // falls through
          case "quarters":
          case "months":
            o.day = 1;
          // falls through
          case "weeks":
          case "days":
            o.hour = 0;
          // falls through
          case "hours":
            o.minute = 0;
          // falls through
          case "minutes":
            o.second = 0;
          // falls through
          case "seconds":
            o.millisecond = 0;
            break;
        }
        if (normalizedUnit === "weeks") {
          if (useLocaleWeeks) {
            const startOfWeek = this.loc.getStartOfWeek();
            const {
              weekday
            } = this;
            if (weekday < startOfWeek) {
              o.weekNumber = this.weekNumber - 1;
            }
            o.weekday = startOfWeek;
          } else {
            o.weekday = 1;
          }
        }
        if (normalizedUnit === "quarters") {
          const q = Math.ceil(this.month / 3);
          o.month = (q - 1) * 3 + 1;
        }
        return this.set(o);
      }
      /**
       * "Set" this DateTime to the end (meaning the last millisecond) of a unit of time
       * @param {string} unit - The unit to go to the end of. Can be 'year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', or 'millisecond'.
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week
       * @example DateTime.local(2014, 3, 3).endOf('month').toISO(); //=> '2014-03-31T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3).endOf('year').toISO(); //=> '2014-12-31T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3).endOf('week').toISO(); // => '2014-03-09T23:59:59.999-05:00', weeks start on Mondays
       * @example DateTime.local(2014, 3, 3, 5, 30).endOf('day').toISO(); //=> '2014-03-03T23:59:59.999-05:00'
       * @example DateTime.local(2014, 3, 3, 5, 30).endOf('hour').toISO(); //=> '2014-03-03T05:59:59.999-05:00'
       * @return {DateTime}
       */
      endOf(unit, opts) {
        return this.isValid ? this.plus({
          [unit]: 1
        }).startOf(unit, opts).minus(1) : this;
      }
      // OUTPUT
      /**
       * Returns a string representation of this DateTime formatted according to the specified format string.
       * **You may not want this.** See {@link DateTime#toLocaleString} for a more flexible formatting tool. For a table of tokens and their interpretations, see [here](https://moment.github.io/luxon/#/formatting?id=table-of-tokens).
       * Defaults to en-US if no locale has been specified, regardless of the system's locale.
       * @param {string} fmt - the format string
       * @param {Object} opts - opts to override the configuration options on this DateTime
       * @example DateTime.now().toFormat('yyyy LLL dd') //=> '2017 Apr 22'
       * @example DateTime.now().setLocale('fr').toFormat('yyyy LLL dd') //=> '2017 avr. 22'
       * @example DateTime.now().toFormat('yyyy LLL dd', { locale: "fr" }) //=> '2017 avr. 22'
       * @example DateTime.now().toFormat("HH 'hours and' mm 'minutes'") //=> '20 hours and 55 minutes'
       * @return {string}
       */
      toFormat(fmt, opts = {}) {
        return this.isValid ? Formatter.create(this.loc.redefaultToEN(opts)).formatDateTimeFromString(this, fmt) : INVALID;
      }
      /**
       * Returns a localized string representing this date. Accepts the same options as the Intl.DateTimeFormat constructor and any presets defined by Luxon, such as `DateTime.DATE_FULL` or `DateTime.TIME_SIMPLE`.
       * The exact behavior of this method is browser-specific, but in general it will return an appropriate representation
       * of the DateTime in the assigned locale.
       * Defaults to the system's locale if no locale has been specified
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat
       * @param formatOpts {Object} - Intl.DateTimeFormat constructor options and configuration options
       * @param {Object} opts - opts to override the configuration options on this DateTime
       * @example DateTime.now().toLocaleString(); //=> 4/20/2017
       * @example DateTime.now().setLocale('en-gb').toLocaleString(); //=> '20/04/2017'
       * @example DateTime.now().toLocaleString(DateTime.DATE_FULL); //=> 'April 20, 2017'
       * @example DateTime.now().toLocaleString(DateTime.DATE_FULL, { locale: 'fr' }); //=> '28 août 2022'
       * @example DateTime.now().toLocaleString(DateTime.TIME_SIMPLE); //=> '11:32 AM'
       * @example DateTime.now().toLocaleString(DateTime.DATETIME_SHORT); //=> '4/20/2017, 11:32 AM'
       * @example DateTime.now().toLocaleString({ weekday: 'long', month: 'long', day: '2-digit' }); //=> 'Thursday, April 20'
       * @example DateTime.now().toLocaleString({ weekday: 'short', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit' }); //=> 'Thu, Apr 20, 11:27 AM'
       * @example DateTime.now().toLocaleString({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }); //=> '11:32'
       * @return {string}
       */
      toLocaleString(formatOpts = DATE_SHORT, opts = {}) {
        return this.isValid ? Formatter.create(this.loc.clone(opts), formatOpts).formatDateTime(this) : INVALID;
      }
      /**
       * Returns an array of format "parts", meaning individual tokens along with metadata. This is allows callers to post-process individual sections of the formatted output.
       * Defaults to the system's locale if no locale has been specified
       * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DateTimeFormat/formatToParts
       * @param opts {Object} - Intl.DateTimeFormat constructor options, same as `toLocaleString`.
       * @example DateTime.now().toLocaleParts(); //=> [
       *                                   //=>   { type: 'day', value: '25' },
       *                                   //=>   { type: 'literal', value: '/' },
       *                                   //=>   { type: 'month', value: '05' },
       *                                   //=>   { type: 'literal', value: '/' },
       *                                   //=>   { type: 'year', value: '1982' }
       *                                   //=> ]
       */
      toLocaleParts(opts = {}) {
        return this.isValid ? Formatter.create(this.loc.clone(opts), opts).formatDateTimeParts(this) : [];
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.extendedZone=false] - add the time zone format extension
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'years', 'months', 'days', 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
       * @example DateTime.utc(1983, 5, 25).toISO() //=> '1982-05-25T00:00:00.000Z'
       * @example DateTime.now().toISO() //=> '2017-04-22T20:47:05.335-04:00'
       * @example DateTime.now().toISO({ includeOffset: false }) //=> '2017-04-22T20:47:05.335'
       * @example DateTime.now().toISO({ format: 'basic' }) //=> '20170422T204705.335-0400'
       * @example DateTime.now().toISO({ precision: 'day' }) //=> '2017-04-22Z'
       * @example DateTime.now().toISO({ precision: 'minute' }) //=> '2017-04-22T20:47Z'
       * @return {string|null}
       */
      toISO({
        format = "extended",
        suppressSeconds = false,
        suppressMilliseconds = false,
        includeOffset = true,
        extendedZone = false,
        precision = "milliseconds"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        precision = normalizeUnit(precision);
        const ext = format === "extended";
        let c = toISODate(this, ext, precision);
        if (orderedUnits.indexOf(precision) >= 3) c += "T";
        c += toISOTime(this, ext, suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision);
        return c;
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's date component
       * @param {Object} opts - options
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='day'] - truncate output to desired precision: 'years', 'months', or 'days'.
       * @example DateTime.utc(1982, 5, 25).toISODate() //=> '1982-05-25'
       * @example DateTime.utc(1982, 5, 25).toISODate({ format: 'basic' }) //=> '19820525'
       * @example DateTime.utc(1982, 5, 25).toISODate({ precision: 'month' }) //=> '1982-05'
       * @return {string|null}
       */
      toISODate({
        format = "extended",
        precision = "day"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        return toISODate(this, format === "extended", normalizeUnit(precision));
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's week date
       * @example DateTime.utc(1982, 5, 25).toISOWeekDate() //=> '1982-W21-2'
       * @return {string}
       */
      toISOWeekDate() {
        return toTechFormat(this, "kkkk-'W'WW-c");
      }
      /**
       * Returns an ISO 8601-compliant string representation of this DateTime's time component
       * @param {Object} opts - options
       * @param {boolean} [opts.suppressMilliseconds=false] - exclude milliseconds from the format if they're 0
       * @param {boolean} [opts.suppressSeconds=false] - exclude seconds from the format if they're 0
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.extendedZone=true] - add the time zone format extension
       * @param {boolean} [opts.includePrefix=false] - include the `T` prefix
       * @param {string} [opts.format='extended'] - choose between the basic and extended format
       * @param {string} [opts.precision='milliseconds'] - truncate output to desired presicion: 'hours', 'minutes', 'seconds' or 'milliseconds'. When precision and suppressSeconds or suppressMilliseconds are used together, precision sets the maximum unit shown in the output, however seconds or milliseconds will still be suppressed if they are 0.
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime() //=> '07:34:19.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34, seconds: 0, milliseconds: 0 }).toISOTime({ suppressSeconds: true }) //=> '07:34Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ format: 'basic' }) //=> '073419.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34 }).toISOTime({ includePrefix: true }) //=> 'T07:34:19.361Z'
       * @example DateTime.utc().set({ hour: 7, minute: 34, second: 56 }).toISOTime({ precision: 'minute' }) //=> '07:34Z'
       * @return {string}
       */
      toISOTime({
        suppressMilliseconds = false,
        suppressSeconds = false,
        includeOffset = true,
        includePrefix = false,
        extendedZone = false,
        format = "extended",
        precision = "milliseconds"
      } = {}) {
        if (!this.isValid) {
          return null;
        }
        precision = normalizeUnit(precision);
        let c = includePrefix && orderedUnits.indexOf(precision) >= 3 ? "T" : "";
        return c + toISOTime(this, format === "extended", suppressSeconds, suppressMilliseconds, includeOffset, extendedZone, precision);
      }
      /**
       * Returns an RFC 2822-compatible string representation of this DateTime
       * @example DateTime.utc(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 +0000'
       * @example DateTime.local(2014, 7, 13).toRFC2822() //=> 'Sun, 13 Jul 2014 00:00:00 -0400'
       * @return {string}
       */
      toRFC2822() {
        return toTechFormat(this, "EEE, dd LLL yyyy HH:mm:ss ZZZ", false);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in HTTP headers. The output is always expressed in GMT.
       * Specifically, the string conforms to RFC 1123.
       * @see https://www.w3.org/Protocols/rfc2616/rfc2616-sec3.html#sec3.3.1
       * @example DateTime.utc(2014, 7, 13).toHTTP() //=> 'Sun, 13 Jul 2014 00:00:00 GMT'
       * @example DateTime.utc(2014, 7, 13, 19).toHTTP() //=> 'Sun, 13 Jul 2014 19:00:00 GMT'
       * @return {string}
       */
      toHTTP() {
        return toTechFormat(this.toUTC(), "EEE, dd LLL yyyy HH:mm:ss 'GMT'");
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL Date
       * @example DateTime.utc(2014, 7, 13).toSQLDate() //=> '2014-07-13'
       * @return {string|null}
       */
      toSQLDate() {
        if (!this.isValid) {
          return null;
        }
        return toISODate(this, true);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL Time
       * @param {Object} opts - options
       * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
       * @example DateTime.utc().toSQL() //=> '05:15:16.345'
       * @example DateTime.now().toSQL() //=> '05:15:16.345 -04:00'
       * @example DateTime.now().toSQL({ includeOffset: false }) //=> '05:15:16.345'
       * @example DateTime.now().toSQL({ includeZone: false }) //=> '05:15:16.345 America/New_York'
       * @return {string}
       */
      toSQLTime({
        includeOffset = true,
        includeZone = false,
        includeOffsetSpace = true
      } = {}) {
        let fmt = "HH:mm:ss.SSS";
        if (includeZone || includeOffset) {
          if (includeOffsetSpace) {
            fmt += " ";
          }
          if (includeZone) {
            fmt += "z";
          } else if (includeOffset) {
            fmt += "ZZ";
          }
        }
        return toTechFormat(this, fmt, true);
      }
      /**
       * Returns a string representation of this DateTime appropriate for use in SQL DateTime
       * @param {Object} opts - options
       * @param {boolean} [opts.includeZone=false] - include the zone, such as 'America/New_York'. Overrides includeOffset.
       * @param {boolean} [opts.includeOffset=true] - include the offset, such as 'Z' or '-04:00'
       * @param {boolean} [opts.includeOffsetSpace=true] - include the space between the time and the offset, such as '05:15:16.345 -04:00'
       * @example DateTime.utc(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 Z'
       * @example DateTime.local(2014, 7, 13).toSQL() //=> '2014-07-13 00:00:00.000 -04:00'
       * @example DateTime.local(2014, 7, 13).toSQL({ includeOffset: false }) //=> '2014-07-13 00:00:00.000'
       * @example DateTime.local(2014, 7, 13).toSQL({ includeZone: true }) //=> '2014-07-13 00:00:00.000 America/New_York'
       * @return {string}
       */
      toSQL(opts = {}) {
        if (!this.isValid) {
          return null;
        }
        return `${this.toSQLDate()} ${this.toSQLTime(opts)}`;
      }
      /**
       * Returns a string representation of this DateTime appropriate for debugging
       * @return {string}
       */
      toString() {
        return this.isValid ? this.toISO() : INVALID;
      }
      /**
       * Returns a string representation of this DateTime appropriate for the REPL.
       * @return {string}
       */
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        if (this.isValid) {
          return `DateTime { ts: ${this.toISO()}, zone: ${this.zone.name}, locale: ${this.locale} }`;
        } else {
          return `DateTime { Invalid, reason: ${this.invalidReason} }`;
        }
      }
      /**
       * Returns the epoch milliseconds of this DateTime. Alias of {@link DateTime#toMillis}
       * @return {number}
       */
      valueOf() {
        return this.toMillis();
      }
      /**
       * Returns the epoch milliseconds of this DateTime.
       * @return {number}
       */
      toMillis() {
        return this.isValid ? this.ts : NaN;
      }
      /**
       * Returns the epoch seconds (including milliseconds in the fractional part) of this DateTime.
       * @return {number}
       */
      toSeconds() {
        return this.isValid ? this.ts / 1e3 : NaN;
      }
      /**
       * Returns the epoch seconds (as a whole number) of this DateTime.
       * @return {number}
       */
      toUnixInteger() {
        return this.isValid ? Math.floor(this.ts / 1e3) : NaN;
      }
      /**
       * Returns an ISO 8601 representation of this DateTime appropriate for use in JSON.
       * @return {string}
       */
      toJSON() {
        return this.toISO();
      }
      /**
       * Returns a BSON serializable equivalent to this DateTime.
       * @return {Date}
       */
      toBSON() {
        return this.toJSDate();
      }
      /**
       * Returns a JavaScript object with this DateTime's year, month, day, and so on.
       * @param opts - options for generating the object
       * @param {boolean} [opts.includeConfig=false] - include configuration attributes in the output
       * @example DateTime.now().toObject() //=> { year: 2017, month: 4, day: 22, hour: 20, minute: 49, second: 42, millisecond: 268 }
       * @return {Object}
       */
      toObject(opts = {}) {
        if (!this.isValid) return {};
        const base3 = {
          ...this.c
        };
        if (opts.includeConfig) {
          base3.outputCalendar = this.outputCalendar;
          base3.numberingSystem = this.loc.numberingSystem;
          base3.locale = this.loc.locale;
        }
        return base3;
      }
      /**
       * Returns a JavaScript Date equivalent to this DateTime.
       * @return {Date}
       */
      toJSDate() {
        return new Date(this.isValid ? this.ts : NaN);
      }
      // COMPARE
      /**
       * Return the difference between two DateTimes as a Duration.
       * @param {DateTime} otherDateTime - the DateTime to compare this one to
       * @param {string|string[]} [unit=['milliseconds']] - the unit or array of units (such as 'hours' or 'days') to include in the duration.
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @example
       * var i1 = DateTime.fromISO('1982-05-25T09:45'),
       *     i2 = DateTime.fromISO('1983-10-14T10:30');
       * i2.diff(i1).toObject() //=> { milliseconds: 43807500000 }
       * i2.diff(i1, 'hours').toObject() //=> { hours: 12168.75 }
       * i2.diff(i1, ['months', 'days']).toObject() //=> { months: 16, days: 19.03125 }
       * i2.diff(i1, ['months', 'days', 'hours']).toObject() //=> { months: 16, days: 19, hours: 0.75 }
       * @return {Duration}
       */
      diff(otherDateTime, unit = "milliseconds", opts = {}) {
        if (!this.isValid || !otherDateTime.isValid) {
          return Duration.invalid("created by diffing an invalid DateTime");
        }
        const durOpts = {
          locale: this.locale,
          numberingSystem: this.numberingSystem,
          ...opts
        };
        const units = maybeArray(unit).map(Duration.normalizeUnit), otherIsLater = otherDateTime.valueOf() > this.valueOf(), earlier = otherIsLater ? this : otherDateTime, later = otherIsLater ? otherDateTime : this, diffed = diff(earlier, later, units, durOpts);
        return otherIsLater ? diffed.negate() : diffed;
      }
      /**
       * Return the difference between this DateTime and right now.
       * See {@link DateTime#diff}
       * @param {string|string[]} [unit=['milliseconds']] - the unit or units units (such as 'hours' or 'days') to include in the duration
       * @param {Object} opts - options that affect the creation of the Duration
       * @param {string} [opts.conversionAccuracy='casual'] - the conversion system to use
       * @return {Duration}
       */
      diffNow(unit = "milliseconds", opts = {}) {
        return this.diff(_DateTime.now(), unit, opts);
      }
      /**
       * Return an Interval spanning between this DateTime and another DateTime
       * @param {DateTime} otherDateTime - the other end point of the Interval
       * @return {Interval|DateTime}
       */
      until(otherDateTime) {
        return this.isValid ? Interval.fromDateTimes(this, otherDateTime) : this;
      }
      /**
       * Return whether this DateTime is in the same unit of time as another DateTime.
       * Higher-order units must also be identical for this function to return `true`.
       * Note that time zones are **ignored** in this comparison, which compares the **local** calendar time. Use {@link DateTime#setZone} to convert one of the dates if needed.
       * @param {DateTime} otherDateTime - the other DateTime
       * @param {string} unit - the unit of time to check sameness on
       * @param {Object} opts - options
       * @param {boolean} [opts.useLocaleWeeks=false] - If true, use weeks based on the locale, i.e. use the locale-dependent start of the week; only the locale of this DateTime is used
       * @example DateTime.now().hasSame(otherDT, 'day'); //~> true if otherDT is in the same current calendar day
       * @return {boolean}
       */
      hasSame(otherDateTime, unit, opts) {
        if (!this.isValid) return false;
        const inputMs = otherDateTime.valueOf();
        const adjustedToZone = this.setZone(otherDateTime.zone, {
          keepLocalTime: true
        });
        return adjustedToZone.startOf(unit, opts) <= inputMs && inputMs <= adjustedToZone.endOf(unit, opts);
      }
      /**
       * Equality check
       * Two DateTimes are equal if and only if they represent the same millisecond, have the same zone and location, and are both valid.
       * To compare just the millisecond values, use `+dt1 === +dt2`.
       * @param {DateTime} other - the other DateTime
       * @return {boolean}
       */
      equals(other) {
        return this.isValid && other.isValid && this.valueOf() === other.valueOf() && this.zone.equals(other.zone) && this.loc.equals(other.loc);
      }
      /**
       * Returns a string representation of a this time relative to now, such as "in two days". Can only internationalize if your
       * platform supports Intl.RelativeTimeFormat. Rounds towards zero by default.
       * @param {Object} options - options that affect the output
       * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
       * @param {string} [options.style="long"] - the style of units, must be "long", "short", or "narrow"
       * @param {string|string[]} options.unit - use a specific unit or array of units; if omitted, or an array, the method will pick the best unit. Use an array or one of "years", "quarters", "months", "weeks", "days", "hours", "minutes", or "seconds"
       * @param {boolean} [options.round=true] - whether to round the numbers in the output.
       * @param {string} [options.rounding="trunc"] - rounding method to use when rounding the numbers in the output. Can be "trunc" (toward zero), "expand" (away from zero), "round", "floor", or "ceil".
       * @param {number} [options.padding=0] - padding in milliseconds. This allows you to round up the result if it fits inside the threshold. Don't use in combination with {round: false} because the decimal output will include the padding.
       * @param {string} options.locale - override the locale of this DateTime
       * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
       * @example DateTime.now().plus({ days: 1 }).toRelative() //=> "in 1 day"
       * @example DateTime.now().setLocale("es").toRelative({ days: 1 }) //=> "dentro de 1 día"
       * @example DateTime.now().plus({ days: 1 }).toRelative({ locale: "fr" }) //=> "dans 23 heures"
       * @example DateTime.now().minus({ days: 2 }).toRelative() //=> "2 days ago"
       * @example DateTime.now().minus({ days: 2 }).toRelative({ unit: "hours" }) //=> "48 hours ago"
       * @example DateTime.now().minus({ hours: 36 }).toRelative({ round: false }) //=> "1.5 days ago"
       */
      toRelative(options = {}) {
        if (!this.isValid) return null;
        const base3 = options.base || _DateTime.fromObject({}, {
          zone: this.zone
        }), padding = options.padding ? this < base3 ? -options.padding : options.padding : 0;
        let units = ["years", "months", "days", "hours", "minutes", "seconds"];
        let unit = options.unit;
        if (Array.isArray(options.unit)) {
          units = options.unit;
          unit = void 0;
        }
        return diffRelative(base3, this.plus(padding), {
          ...options,
          numeric: "always",
          units,
          unit
        });
      }
      /**
       * Returns a string representation of this date relative to today, such as "yesterday" or "next month".
       * Only internationalizes on platforms that supports Intl.RelativeTimeFormat.
       * @param {Object} options - options that affect the output
       * @param {DateTime} [options.base=DateTime.now()] - the DateTime to use as the basis to which this time is compared. Defaults to now.
       * @param {string} options.locale - override the locale of this DateTime
       * @param {string} options.unit - use a specific unit; if omitted, the method will pick the unit. Use one of "years", "quarters", "months", "weeks", or "days"
       * @param {string} options.numberingSystem - override the numberingSystem of this DateTime. The Intl system may choose not to honor this
       * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar() //=> "tomorrow"
       * @example DateTime.now().setLocale("es").plus({ days: 1 }).toRelative() //=> ""mañana"
       * @example DateTime.now().plus({ days: 1 }).toRelativeCalendar({ locale: "fr" }) //=> "demain"
       * @example DateTime.now().minus({ days: 2 }).toRelativeCalendar() //=> "2 days ago"
       */
      toRelativeCalendar(options = {}) {
        if (!this.isValid) return null;
        return diffRelative(options.base || _DateTime.fromObject({}, {
          zone: this.zone
        }), this, {
          ...options,
          numeric: "auto",
          units: ["years", "months", "days"],
          calendary: true
        });
      }
      /**
       * Return the min of several date times
       * @param {...DateTime} dateTimes - the DateTimes from which to choose the minimum
       * @return {DateTime} the min DateTime, or undefined if called with no argument
       */
      static min(...dateTimes) {
        if (!dateTimes.every(_DateTime.isDateTime)) {
          throw new InvalidArgumentError("min requires all arguments be DateTimes");
        }
        return bestBy(dateTimes, (i2) => i2.valueOf(), Math.min);
      }
      /**
       * Return the max of several date times
       * @param {...DateTime} dateTimes - the DateTimes from which to choose the maximum
       * @return {DateTime} the max DateTime, or undefined if called with no argument
       */
      static max(...dateTimes) {
        if (!dateTimes.every(_DateTime.isDateTime)) {
          throw new InvalidArgumentError("max requires all arguments be DateTimes");
        }
        return bestBy(dateTimes, (i2) => i2.valueOf(), Math.max);
      }
      // MISC
      /**
       * Explain how a string would be parsed by fromFormat()
       * @param {string} text - the string to parse
       * @param {string} fmt - the format the string is expected to be in (see description)
       * @param {Object} options - options taken by fromFormat()
       * @return {Object}
       */
      static fromFormatExplain(text, fmt, options = {}) {
        const {
          locale = null,
          numberingSystem = null
        } = options, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        return explainFromTokens(localeToUse, text, fmt);
      }
      /**
       * @deprecated use fromFormatExplain instead
       */
      static fromStringExplain(text, fmt, options = {}) {
        return _DateTime.fromFormatExplain(text, fmt, options);
      }
      /**
       * Build a parser for `fmt` using the given locale. This parser can be passed
       * to {@link DateTime.fromFormatParser} to a parse a date in this format. This
       * can be used to optimize cases where many dates need to be parsed in a
       * specific format.
       *
       * @param {String} fmt - the format the string is expected to be in (see
       * description)
       * @param {Object} options - options used to set locale and numberingSystem
       * for parser
       * @returns {TokenParser} - opaque object to be used
       */
      static buildFormatParser(fmt, options = {}) {
        const {
          locale = null,
          numberingSystem = null
        } = options, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        return new TokenParser(localeToUse, fmt);
      }
      /**
       * Create a DateTime from an input string and format parser.
       *
       * The format parser must have been created with the same locale as this call.
       *
       * @param {String} text - the string to parse
       * @param {TokenParser} formatParser - parser from {@link DateTime.buildFormatParser}
       * @param {Object} opts - options taken by fromFormat()
       * @returns {DateTime}
       */
      static fromFormatParser(text, formatParser, opts = {}) {
        if (isUndefined(text) || isUndefined(formatParser)) {
          throw new InvalidArgumentError("fromFormatParser requires an input string and a format parser");
        }
        const {
          locale = null,
          numberingSystem = null
        } = opts, localeToUse = Locale.fromOpts({
          locale,
          numberingSystem,
          defaultToEN: true
        });
        if (!localeToUse.equals(formatParser.locale)) {
          throw new InvalidArgumentError(`fromFormatParser called with a locale of ${localeToUse}, but the format parser was created for ${formatParser.locale}`);
        }
        const {
          result,
          zone,
          specificOffset,
          invalidReason
        } = formatParser.explainFromTokens(text);
        if (invalidReason) {
          return _DateTime.invalid(invalidReason);
        } else {
          return parseDataToDateTime(result, zone, opts, `format ${formatParser.format}`, text, specificOffset);
        }
      }
      // FORMAT PRESETS
      /**
       * {@link DateTime#toLocaleString} format like 10/14/1983
       * @type {Object}
       */
      static get DATE_SHORT() {
        return DATE_SHORT;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983'
       * @type {Object}
       */
      static get DATE_MED() {
        return DATE_MED;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Fri, Oct 14, 1983'
       * @type {Object}
       */
      static get DATE_MED_WITH_WEEKDAY() {
        return DATE_MED_WITH_WEEKDAY;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983'
       * @type {Object}
       */
      static get DATE_FULL() {
        return DATE_FULL;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Tuesday, October 14, 1983'
       * @type {Object}
       */
      static get DATE_HUGE() {
        return DATE_HUGE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_SIMPLE() {
        return TIME_SIMPLE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_SECONDS() {
        return TIME_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_SHORT_OFFSET() {
        return TIME_WITH_SHORT_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get TIME_WITH_LONG_OFFSET() {
        return TIME_WITH_LONG_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_SIMPLE() {
        return TIME_24_SIMPLE;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_SECONDS() {
        return TIME_24_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 EDT', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_SHORT_OFFSET() {
        return TIME_24_WITH_SHORT_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '09:30:23 Eastern Daylight Time', always 24-hour.
       * @type {Object}
       */
      static get TIME_24_WITH_LONG_OFFSET() {
        return TIME_24_WITH_LONG_OFFSET;
      }
      /**
       * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_SHORT() {
        return DATETIME_SHORT;
      }
      /**
       * {@link DateTime#toLocaleString} format like '10/14/1983, 9:30:33 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_SHORT_WITH_SECONDS() {
        return DATETIME_SHORT_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED() {
        return DATETIME_MED;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Oct 14, 1983, 9:30:33 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED_WITH_SECONDS() {
        return DATETIME_MED_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Fri, 14 Oct 1983, 9:30 AM'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_MED_WITH_WEEKDAY() {
        return DATETIME_MED_WITH_WEEKDAY;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_FULL() {
        return DATETIME_FULL;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'October 14, 1983, 9:30:33 AM EDT'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_FULL_WITH_SECONDS() {
        return DATETIME_FULL_WITH_SECONDS;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_HUGE() {
        return DATETIME_HUGE;
      }
      /**
       * {@link DateTime#toLocaleString} format like 'Friday, October 14, 1983, 9:30:33 AM Eastern Daylight Time'. Only 12-hour if the locale is.
       * @type {Object}
       */
      static get DATETIME_HUGE_WITH_SECONDS() {
        return DATETIME_HUGE_WITH_SECONDS;
      }
    };
    function friendlyDateTime(dateTimeish) {
      if (DateTime.isDateTime(dateTimeish)) {
        return dateTimeish;
      } else if (dateTimeish && dateTimeish.valueOf && isNumber(dateTimeish.valueOf())) {
        return DateTime.fromJSDate(dateTimeish);
      } else if (dateTimeish && typeof dateTimeish === "object") {
        return DateTime.fromObject(dateTimeish);
      } else {
        throw new InvalidArgumentError(`Unknown datetime argument: ${dateTimeish}, of type ${typeof dateTimeish}`);
      }
    }
    var VERSION = "3.7.2";
    exports.DateTime = DateTime;
    exports.Duration = Duration;
    exports.FixedOffsetZone = FixedOffsetZone;
    exports.IANAZone = IANAZone;
    exports.Info = Info;
    exports.Interval = Interval;
    exports.InvalidZone = InvalidZone;
    exports.Settings = Settings;
    exports.SystemZone = SystemZone;
    exports.VERSION = VERSION;
    exports.Zone = Zone;
  }
});

// node_modules/cron-parser/dist/CronDate.js
var require_CronDate = __commonJS({
  "node_modules/cron-parser/dist/CronDate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDate = exports.DAYS_IN_MONTH = exports.DateMathOp = exports.TimeUnit = void 0;
    var luxon_1 = require_luxon();
    var TimeUnit;
    (function(TimeUnit2) {
      TimeUnit2["Second"] = "Second";
      TimeUnit2["Minute"] = "Minute";
      TimeUnit2["Hour"] = "Hour";
      TimeUnit2["Day"] = "Day";
      TimeUnit2["Month"] = "Month";
      TimeUnit2["Year"] = "Year";
    })(TimeUnit || (exports.TimeUnit = TimeUnit = {}));
    var DateMathOp;
    (function(DateMathOp2) {
      DateMathOp2["Add"] = "Add";
      DateMathOp2["Subtract"] = "Subtract";
    })(DateMathOp || (exports.DateMathOp = DateMathOp = {}));
    exports.DAYS_IN_MONTH = Object.freeze([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    var CronDate = class _CronDate {
      #date;
      #dstStart = null;
      #dstStartLandingHour = null;
      #dstEnd = null;
      /**
       * Constructs a new CronDate instance.
       * @param {CronDate | Date | number | string} [timestamp] - The timestamp to initialize the CronDate with.
       * @param {string} [tz] - The timezone to use for the CronDate.
       */
      constructor(timestamp, tz) {
        const dateOpts = { zone: tz };
        if (!timestamp && timestamp !== 0) {
          this.#date = luxon_1.DateTime.local();
        } else if (timestamp instanceof _CronDate) {
          this.#date = timestamp.#date;
          this.#dstStart = timestamp.#dstStart;
          this.#dstStartLandingHour = timestamp.#dstStartLandingHour;
          this.#dstEnd = timestamp.#dstEnd;
        } else if (timestamp instanceof Date) {
          this.#date = luxon_1.DateTime.fromJSDate(timestamp, dateOpts);
        } else if (typeof timestamp === "number") {
          this.#date = luxon_1.DateTime.fromMillis(timestamp, dateOpts);
        } else {
          this.#date = luxon_1.DateTime.fromISO(timestamp, dateOpts);
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromRFC2822(timestamp, dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromSQL(timestamp, dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromFormat(timestamp, "EEE, d MMM yyyy HH:mm:ss", dateOpts));
          this.#date.isValid || (this.#date = luxon_1.DateTime.fromHTTP(timestamp, dateOpts));
        }
        if (!this.#date.isValid) {
          throw new Error(`CronDate: unhandled timestamp: ${timestamp}`);
        }
        if (tz && tz !== this.#date.zoneName) {
          this.#date = this.#date.setZone(tz);
        }
      }
      /**
       * Determines if the given year is a leap year.
       * @param {number} year - The year to check
       * @returns {boolean} - True if the year is a leap year, false otherwise
       * @private
       */
      static #isLeapYear(year) {
        return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
      }
      /**
       * Returns daylight savings start time.
       * @returns {number | null}
       */
      get dstStart() {
        return this.#dstStart;
      }
      /**
       * Returns the first existing hour after the skipped window, or null.
       * @returns {number | null}
       */
      get dstStartLandingHour() {
        return this.#dstStartLandingHour;
      }
      /**
       * Discards the recorded daylight savings start window. The two halves are
       * only meaningful together, so neither is writable on its own.
       */
      clearDstStart() {
        this.#dstStart = null;
        this.#dstStartLandingHour = null;
      }
      /**
       * Returns daylight savings end time.
       * @returns {number | null}
       */
      get dstEnd() {
        return this.#dstEnd;
      }
      /**
       * Sets daylight savings end time.
       * @param {number | null} value
       */
      set dstEnd(value) {
        this.#dstEnd = value;
      }
      /**
       * Adds one year to the current CronDate.
       */
      addYear() {
        this.#date = this.#date.plus({ years: 1 });
      }
      /**
       * Adds one month to the current CronDate.
       */
      addMonth() {
        this.#date = this.#date.plus({ months: 1 }).startOf("month");
      }
      /**
       * Adds one day to the current CronDate.
       */
      addDay() {
        this.#date = this.#date.plus({ days: 1 }).startOf("day");
      }
      /**
       * Adds one hour to the current CronDate.
       */
      addHour() {
        this.#date = this.#date.plus({ hours: 1 }).startOf("hour");
      }
      /**
       * Adds one minute to the current CronDate.
       */
      addMinute() {
        this.#date = this.#date.plus({ minutes: 1 }).startOf("minute");
      }
      /**
       * Adds one second to the current CronDate.
       */
      addSecond() {
        this.#date = this.#date.plus({ seconds: 1 });
      }
      /**
       * Subtracts one year from the current CronDate.
       */
      subtractYear() {
        this.#date = this.#date.minus({ years: 1 });
      }
      /**
       * Subtracts one month from the current CronDate.
       * If the month is 1, it will subtract one year instead.
       */
      subtractMonth() {
        this.#date = this.#date.minus({ months: 1 }).endOf("month").startOf("second");
      }
      /**
       * Subtracts one day from the current CronDate.
       * If the day is 1, it will subtract one month instead.
       */
      subtractDay() {
        this.#date = this.#date.minus({ days: 1 }).endOf("day").startOf("second");
      }
      /**
       * Subtracts one hour from the current CronDate.
       * If the hour is 0, it will subtract one day instead.
       */
      subtractHour() {
        this.#date = this.#date.minus({ hours: 1 }).endOf("hour").startOf("second");
      }
      /**
       * Subtracts one minute from the current CronDate.
       * If the minute is 0, it will subtract one hour instead.
       */
      subtractMinute() {
        this.#date = this.#date.minus({ minutes: 1 }).endOf("minute").startOf("second");
      }
      /**
       * Subtracts one second from the current CronDate.
       * If the second is 0, it will subtract one minute instead.
       */
      subtractSecond() {
        this.#date = this.#date.minus({ seconds: 1 });
      }
      /**
       * Adds a unit of time to the current CronDate.
       * @param {TimeUnit} unit
       */
      addUnit(unit) {
        switch (unit) {
          case TimeUnit.Year:
            return this.addYear();
          case TimeUnit.Month:
            return this.addMonth();
          case TimeUnit.Day:
            return this.addDay();
          case TimeUnit.Hour:
            return this.addHour();
          case TimeUnit.Minute:
            return this.addMinute();
          case TimeUnit.Second:
            return this.addSecond();
        }
      }
      /**
       * Subtracts a unit of time from the current CronDate.
       * @param {TimeUnit} unit
       */
      subtractUnit(unit) {
        switch (unit) {
          case TimeUnit.Year:
            return this.subtractYear();
          case TimeUnit.Month:
            return this.subtractMonth();
          case TimeUnit.Day:
            return this.subtractDay();
          case TimeUnit.Hour:
            return this.subtractHour();
          case TimeUnit.Minute:
            return this.subtractMinute();
          case TimeUnit.Second:
            return this.subtractSecond();
        }
      }
      /**
       * Handles a math operation.
       * @param {DateMathOp} verb - {'add' | 'subtract'}
       * @param {TimeUnit} unit - {'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'}
       */
      invokeDateOperation(verb, unit) {
        if (verb === DateMathOp.Add) {
          this.addUnit(unit);
          return;
        }
        if (verb === DateMathOp.Subtract) {
          this.subtractUnit(unit);
          return;
        }
        throw new Error(`Invalid verb: ${verb}`);
      }
      /**
       * Returns the day.
       * @returns {number}
       */
      getDate() {
        return this.#date.day;
      }
      /**
       * Returns the year.
       * @returns {number}
       */
      getFullYear() {
        return this.#date.year;
      }
      /**
       * Returns the day of the week.
       * @returns {number}
       */
      getDay() {
        const weekday = this.#date.weekday;
        return weekday === 7 ? 0 : weekday;
      }
      /**
       * Returns the month.
       * @returns {number}
       */
      getMonth() {
        return this.#date.month - 1;
      }
      /**
       * Returns the hour.
       * @returns {number}
       */
      getHours() {
        return this.#date.hour;
      }
      /**
       * Returns the minutes.
       * @returns {number}
       */
      getMinutes() {
        return this.#date.minute;
      }
      /**
       * Returns the seconds.
       * @returns {number}
       */
      getSeconds() {
        return this.#date.second;
      }
      /**
       * Returns the milliseconds.
       * @returns {number}
       */
      getMilliseconds() {
        return this.#date.millisecond;
      }
      /**
       * Returns the timezone offset from UTC in minutes (e.g. UTC+2 => 120).
       * Useful for detecting DST transition days.
       *
       * @returns {number} UTC offset in minutes
       */
      getUTCOffset() {
        return this.#date.offset;
      }
      /**
       * Sets the time to the start of the day (00:00:00.000) in the current timezone.
       */
      setStartOfDay() {
        this.#date = this.#date.startOf("day");
      }
      /**
       * Sets the time to the end of the day (23:59:59.999) in the current timezone.
       */
      setEndOfDay() {
        this.#date = this.#date.endOf("day");
      }
      /**
       * Returns the time.
       * @returns {number}
       */
      getTime() {
        return this.#date.valueOf();
      }
      /**
       * Returns the UTC day.
       * @returns {number}
       */
      getUTCDate() {
        return this.#getUTC().day;
      }
      /**
       * Returns the UTC year.
       * @returns {number}
       */
      getUTCFullYear() {
        return this.#getUTC().year;
      }
      /**
       * Returns the UTC day of the week.
       * @returns {number}
       */
      getUTCDay() {
        const weekday = this.#getUTC().weekday;
        return weekday === 7 ? 0 : weekday;
      }
      /**
       * Returns the UTC month.
       * @returns {number}
       */
      getUTCMonth() {
        return this.#getUTC().month - 1;
      }
      /**
       * Returns the UTC hour.
       * @returns {number}
       */
      getUTCHours() {
        return this.#getUTC().hour;
      }
      /**
       * Returns the UTC minutes.
       * @returns {number}
       */
      getUTCMinutes() {
        return this.#getUTC().minute;
      }
      /**
       * Returns the UTC seconds.
       * @returns {number}
       */
      getUTCSeconds() {
        return this.#getUTC().second;
      }
      /**
       * Returns the UTC milliseconds.
       * @returns {string | null}
       */
      toISOString() {
        return this.#date.toUTC().toISO();
      }
      /**
       * Returns the date as a JSON string.
       * @returns {string | null}
       */
      toJSON() {
        return this.#date.toJSON();
      }
      /**
       * Sets a date unit, skipping the luxon `set` call when the value does not change.
       */
      #set(unit, value) {
        if (this.#date[unit] !== value) {
          this.#date = this.#date.set({ [unit]: value });
        }
      }
      /**
       * Sets the day.
       * @param d
       */
      setDate(d) {
        this.#set("day", d);
      }
      /**
       * Sets the year.
       * @param y
       */
      setFullYear(y) {
        this.#set("year", y);
      }
      /**
       * Sets the day of the week.
       * @param d
       */
      setDay(d) {
        this.#set("weekday", d);
      }
      /**
       * Sets the month.
       * @param m
       */
      setMonth(m) {
        this.#set("month", m + 1);
      }
      /**
       * Sets the hour.
       * @param h
       */
      setHours(h) {
        this.#set("hour", h);
      }
      /**
       * Sets the minutes.
       * @param m
       */
      setMinutes(m) {
        this.#set("minute", m);
      }
      /**
       * Sets the seconds.
       * @param s
       */
      setSeconds(s) {
        this.#set("second", s);
      }
      /**
       * Sets the milliseconds.
       * @param s
       */
      setMilliseconds(s) {
        this.#set("millisecond", s);
      }
      /**
       * Returns the date as a string.
       * @returns {string}
       */
      toString() {
        return this.toDate().toString();
      }
      /**
       * Returns the date as a Date object.
       * @returns {Date}
       */
      toDate() {
        return this.#date.toJSDate();
      }
      /**
       * Returns true if the day is the last day of the month.
       * @returns {boolean}
       */
      isLastDayOfMonth() {
        const { day, month } = this.#date;
        if (month === 2) {
          const isLeap = _CronDate.#isLeapYear(this.#date.year);
          return day === exports.DAYS_IN_MONTH[month - 1] - (isLeap ? 0 : 1);
        }
        return day === exports.DAYS_IN_MONTH[month - 1];
      }
      /**
       * Returns true if the day is the last weekday of the month.
       * @returns {boolean}
       */
      isLastWeekdayOfMonth() {
        const { day, month } = this.#date;
        let lastDay;
        if (month === 2) {
          lastDay = exports.DAYS_IN_MONTH[month - 1] - (_CronDate.#isLeapYear(this.#date.year) ? 0 : 1);
        } else {
          lastDay = exports.DAYS_IN_MONTH[month - 1];
        }
        return day > lastDay - 7;
      }
      /**
       * Primarily for internal use.
       * @param {DateMathOp} op - The operation to perform.
       * @param {TimeUnit} unit - The unit of time to use.
       * @param {number} [hoursLength] - The length of the hours. Used to skip the DST handling when every hour is scheduled.
       */
      applyDateOperation(op, unit, hoursLength) {
        if (unit === TimeUnit.Month || unit === TimeUnit.Day) {
          this.invokeDateOperation(op, unit);
          this.clearDstStart();
          if (op === DateMathOp.Add && hoursLength !== 24 && this.getHours() > 0) {
            this.#dstStart = 0;
            this.#dstStartLandingHour = this.getHours();
          }
          return;
        }
        const previousHour = this.getHours();
        const previousOffset = this.getUTCOffset();
        this.invokeDateOperation(op, unit);
        const currentHour = this.getHours();
        const advance = (currentHour - previousHour + 24) % 24;
        if (op === DateMathOp.Add && this.getUTCOffset() > previousOffset && advance >= 2) {
          if (hoursLength !== 24) {
            this.#dstStart = (previousHour + 1) % 24;
            this.#dstStartLandingHour = currentHour;
          }
        } else if (advance === 0 && this.getMinutes() === 0 && this.getSeconds() === 0) {
          if (hoursLength !== 24) {
            this.dstEnd = currentHour;
          }
        }
      }
      /**
       * Returns the UTC date.
       * @private
       * @returns {DateTime}
       */
      #getUTC() {
        return this.#date.toUTC();
      }
    };
    exports.CronDate = CronDate;
    exports.default = CronDate;
  }
});

// node_modules/cron-parser/dist/fields/CronMonth.js
var require_CronMonth = __commonJS({
  "node_modules/cron-parser/dist/fields/CronMonth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronMonth = void 0;
    var CronDate_1 = require_CronDate();
    var CronField_1 = require_CronField();
    var MIN_MONTH = 1;
    var MAX_MONTH = 12;
    var MONTH_CHARS = Object.freeze([]);
    var CronMonth = class extends CronField_1.CronField {
      static get min() {
        return MIN_MONTH;
      }
      static get max() {
        return MAX_MONTH;
      }
      static get chars() {
        return MONTH_CHARS;
      }
      static get daysInMonth() {
        return CronDate_1.DAYS_IN_MONTH;
      }
      /**
       * CronDayOfMonth constructor. Initializes the "day of the month" field with the provided values.
       * @param {MonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "day of the month" field.
       * @returns {MonthRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronMonth = CronMonth;
  }
});

// node_modules/cron-parser/dist/fields/CronDayOfMonth.js
var require_CronDayOfMonth = __commonJS({
  "node_modules/cron-parser/dist/fields/CronDayOfMonth.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDayOfMonth = void 0;
    var CronField_1 = require_CronField();
    var CronMonth_1 = require_CronMonth();
    var MIN_DAY = 1;
    var MAX_DAY = 31;
    var DAY_CHARS = Object.freeze(["L"]);
    var CronDayOfMonth = class _CronDayOfMonth extends CronField_1.CronField {
      /**
       * Creates a "day of the month" field limited to the days the given month has.
       * @param {MonthRange[]} month - Values for the "month" field the days are used with
       * @param {DayOfMonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @returns {CronDayOfMonth}
       */
      static fromMonth(month, values, options) {
        if (month.length !== 1) {
          return new _CronDayOfMonth(values, options);
        }
        const daysInMonth = CronMonth_1.CronMonth.daysInMonth[month[0] - 1];
        const days = values.filter((value) => typeof value !== "number" || value <= daysInMonth);
        return new _CronDayOfMonth(days.length > 0 ? days : values, options);
      }
      static get min() {
        return MIN_DAY;
      }
      static get max() {
        return MAX_DAY;
      }
      static get chars() {
        return DAY_CHARS;
      }
      static get validChars() {
        return /^[?,*\dLH/-]+$|^.*H\(\d+-\d+\)\/\d+.*$|^.*H\(\d+-\d+\).*$|^.*H\/\d+.*$/;
      }
      /**
       * CronDayOfMonth constructor. Initializes the "day of the month" field with the provided values.
       * @param {DayOfMonthRange[]} values - Values for the "day of the month" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       * @throws {Error} if validation fails
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "day of the month" field.
       * @returns {DayOfMonthRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronDayOfMonth = CronDayOfMonth;
  }
});

// node_modules/cron-parser/dist/fields/CronDayOfWeek.js
var require_CronDayOfWeek = __commonJS({
  "node_modules/cron-parser/dist/fields/CronDayOfWeek.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronDayOfWeek = void 0;
    var CronField_1 = require_CronField();
    var MIN_DAY = 0;
    var MAX_DAY = 7;
    var DAY_CHARS = Object.freeze(["L"]);
    var CronDayOfWeek = class extends CronField_1.CronField {
      static get min() {
        return MIN_DAY;
      }
      static get max() {
        return MAX_DAY;
      }
      static get chars() {
        return DAY_CHARS;
      }
      static isValidChar(value) {
        return /^[0-7]?L$/.test(value);
      }
      static get validChars() {
        return /^[?,*\dLH#/-]+$|^.*H\(\d+-\d+\)\/\d+.*$|^.*H\(\d+-\d+\).*$|^.*H\/\d+.*$/;
      }
      /**
       * CronDayOfTheWeek constructor. Initializes the "day of the week" field with the provided values.
       * @param {DayOfWeekRange[]} values - Values for the "day of the week" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
        if (this.values.some((value) => value === "L")) {
          throw new Error(`${this.constructor.name} Validation error, unexpected standalone L`);
        }
      }
      /**
       * Returns an array of allowed values for the "day of the week" field.
       * @returns {DayOfWeekRange[]}
       */
      get values() {
        return super.values;
      }
      /**
       * Returns the nth day of the week if specified in the cron expression.
       * This is used for the '#' character in the cron expression.
       * @returns {number} The nth day of the week (1-5) or 0 if not specified.
       */
      get nthDay() {
        return this.options.nthDayOfWeek ?? 0;
      }
    };
    exports.CronDayOfWeek = CronDayOfWeek;
  }
});

// node_modules/cron-parser/dist/fields/CronHour.js
var require_CronHour = __commonJS({
  "node_modules/cron-parser/dist/fields/CronHour.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronHour = void 0;
    var CronField_1 = require_CronField();
    var MIN_HOUR = 0;
    var MAX_HOUR = 23;
    var HOUR_CHARS = Object.freeze([]);
    var CronHour = class extends CronField_1.CronField {
      static get min() {
        return MIN_HOUR;
      }
      static get max() {
        return MAX_HOUR;
      }
      static get chars() {
        return HOUR_CHARS;
      }
      /**
       * CronHour constructor. Initializes the "hour" field with the provided values.
       * @param {HourRange[]} values - Values for the "hour" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "hour" field.
       * @returns {HourRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronHour = CronHour;
  }
});

// node_modules/cron-parser/dist/fields/CronMinute.js
var require_CronMinute = __commonJS({
  "node_modules/cron-parser/dist/fields/CronMinute.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronMinute = void 0;
    var CronField_1 = require_CronField();
    var MIN_MINUTE = 0;
    var MAX_MINUTE = 59;
    var MINUTE_CHARS = Object.freeze([]);
    var CronMinute = class extends CronField_1.CronField {
      static get min() {
        return MIN_MINUTE;
      }
      static get max() {
        return MAX_MINUTE;
      }
      static get chars() {
        return MINUTE_CHARS;
      }
      /**
       * CronSecond constructor. Initializes the "second" field with the provided values.
       * @param {SixtyRange[]} values - Values for the "second" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "second" field.
       * @returns {SixtyRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronMinute = CronMinute;
  }
});

// node_modules/cron-parser/dist/fields/CronSecond.js
var require_CronSecond = __commonJS({
  "node_modules/cron-parser/dist/fields/CronSecond.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronSecond = void 0;
    var CronField_1 = require_CronField();
    var MIN_SECOND = 0;
    var MAX_SECOND = 59;
    var SECOND_CHARS = Object.freeze([]);
    var CronSecond = class extends CronField_1.CronField {
      static get min() {
        return MIN_SECOND;
      }
      static get max() {
        return MAX_SECOND;
      }
      static get chars() {
        return SECOND_CHARS;
      }
      /**
       * CronSecond constructor. Initializes the "second" field with the provided values.
       * @param {SixtyRange[]} values - Values for the "second" field
       * @param {CronFieldOptions} [options] - Options provided by the parser
       */
      constructor(values, options) {
        super(values, options);
        this.validate();
      }
      /**
       * Returns an array of allowed values for the "second" field.
       * @returns {SixtyRange[]}
       */
      get values() {
        return super.values;
      }
    };
    exports.CronSecond = CronSecond;
  }
});

// node_modules/cron-parser/dist/fields/index.js
var require_fields = __commonJS({
  "node_modules/cron-parser/dist/fields/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    __exportStar(require_types(), exports);
    __exportStar(require_CronDayOfMonth(), exports);
    __exportStar(require_CronDayOfWeek(), exports);
    __exportStar(require_CronField(), exports);
    __exportStar(require_CronHour(), exports);
    __exportStar(require_CronMinute(), exports);
    __exportStar(require_CronMonth(), exports);
    __exportStar(require_CronSecond(), exports);
  }
});

// node_modules/cron-parser/dist/CronFieldCollection.js
var require_CronFieldCollection = __commonJS({
  "node_modules/cron-parser/dist/CronFieldCollection.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFieldCollection = void 0;
    var fields_1 = require_fields();
    var CronFieldCollection = class _CronFieldCollection {
      #second;
      #minute;
      #hour;
      #dayOfMonth;
      #month;
      #dayOfWeek;
      /**
       * Creates a new CronFieldCollection instance by partially overriding fields from an existing one.
       * @param {CronFieldCollection} base - The base CronFieldCollection to copy fields from
       * @param {CronFieldOverride} fields - The fields to override, can be CronField instances or raw values
       * @returns {CronFieldCollection} A new CronFieldCollection instance
       * @example
       * const base = new CronFieldCollection({
       *   second: new CronSecond([0]),
       *   minute: new CronMinute([0]),
       *   hour: new CronHour([12]),
       *   dayOfMonth: new CronDayOfMonth([1]),
       *   month: new CronMonth([1]),
       *   dayOfWeek: new CronDayOfWeek([1])
       * });
       *
       * // Using CronField instances
       * const modified1 = CronFieldCollection.from(base, {
       *   hour: new CronHour([15]),
       *   minute: new CronMinute([30])
       * });
       *
       * // Using raw values
       * const modified2 = CronFieldCollection.from(base, {
       *   hour: [15],        // Will create new CronHour
       *   minute: [30]       // Will create new CronMinute
       * });
       */
      static from(base3, fields) {
        return new _CronFieldCollection({
          second: this.resolveField(fields_1.CronSecond, base3.second, fields.second),
          minute: this.resolveField(fields_1.CronMinute, base3.minute, fields.minute),
          hour: this.resolveField(fields_1.CronHour, base3.hour, fields.hour),
          dayOfMonth: this.resolveField(fields_1.CronDayOfMonth, base3.dayOfMonth, fields.dayOfMonth),
          month: this.resolveField(fields_1.CronMonth, base3.month, fields.month),
          dayOfWeek: this.resolveField(fields_1.CronDayOfWeek, base3.dayOfWeek, fields.dayOfWeek)
        });
      }
      /**
       * Resolves a field value, either using the provided CronField instance or creating a new one from raw values.
       * @param constructor - The constructor for creating new field instances
       * @param baseField - The base field to use if no override is provided
       * @param fieldValue - The override value, either a CronField instance or raw values
       * @returns The resolved CronField instance
       * @private
       */
      static resolveField(constructor, baseField, fieldValue) {
        if (!fieldValue) {
          return baseField;
        }
        if (fieldValue instanceof fields_1.CronField) {
          return fieldValue;
        }
        return new constructor(fieldValue);
      }
      /**
       * CronFieldCollection constructor. Initializes the cron fields with the provided values.
       * @param {CronFields} param0 - The cron fields values
       * @throws {Error} if validation fails
       * @example
       * const cronFields = new CronFieldCollection({
       *   second: new CronSecond([0]),
       *   minute: new CronMinute([0, 30]),
       *   hour: new CronHour([9]),
       *   dayOfMonth: new CronDayOfMonth([15]),
       *   month: new CronMonth([1]),
       *   dayOfWeek: new CronDayOfTheWeek([1, 2, 3, 4, 5]),
       * })
       *
       * console.log(cronFields.second.values); // [0]
       * console.log(cronFields.minute.values); // [0, 30]
       * console.log(cronFields.hour.values); // [9]
       * console.log(cronFields.dayOfMonth.values); // [15]
       * console.log(cronFields.month.values); // [1]
       * console.log(cronFields.dayOfWeek.values); // [1, 2, 3, 4, 5]
       */
      constructor({ second, minute, hour, dayOfMonth, month, dayOfWeek }) {
        if (!second) {
          throw new Error("Validation error, Field second is missing");
        }
        if (!minute) {
          throw new Error("Validation error, Field minute is missing");
        }
        if (!hour) {
          throw new Error("Validation error, Field hour is missing");
        }
        if (!dayOfMonth) {
          throw new Error("Validation error, Field dayOfMonth is missing");
        }
        if (!month) {
          throw new Error("Validation error, Field month is missing");
        }
        if (!dayOfWeek) {
          throw new Error("Validation error, Field dayOfWeek is missing");
        }
        if (!dayOfMonth.hasLastChar && dayOfWeek.isWildcard) {
          const longestMonth = Math.max(...month.values.map((value) => fields_1.CronMonth.daysInMonth[value - 1]));
          if (!(parseInt(dayOfMonth.values[0], 10) <= longestMonth)) {
            throw new Error("Invalid explicit day of month definition");
          }
        }
        this.#second = second;
        this.#minute = minute;
        this.#hour = hour;
        this.#month = month;
        this.#dayOfWeek = dayOfWeek;
        this.#dayOfMonth = dayOfMonth;
      }
      /**
       * Returns the second field.
       * @returns {CronSecond}
       */
      get second() {
        return this.#second;
      }
      /**
       * Returns the minute field.
       * @returns {CronMinute}
       */
      get minute() {
        return this.#minute;
      }
      /**
       * Returns the hour field.
       * @returns {CronHour}
       */
      get hour() {
        return this.#hour;
      }
      /**
       * Returns the day of the month field.
       * @returns {CronDayOfMonth}
       */
      get dayOfMonth() {
        return this.#dayOfMonth;
      }
      /**
       * Returns the month field.
       * @returns {CronMonth}
       */
      get month() {
        return this.#month;
      }
      /**
       * Returns the day of the week field.
       * @returns {CronDayOfWeek}
       */
      get dayOfWeek() {
        return this.#dayOfWeek;
      }
      /**
       * Returns a string representation of the cron fields.
       * @param {(number | CronChars)[]} input - The cron fields values
       * @static
       * @returns {FieldRange[]} - The compacted cron fields
       */
      static compactField(input) {
        if (input.length === 0) {
          return [];
        }
        const output = [];
        let current = void 0;
        input.forEach((item, i2, arr) => {
          if (current === void 0) {
            current = { start: item, count: 1 };
            return;
          }
          const prevItem = arr[i2 - 1] || current.start;
          const nextItem = arr[i2 + 1];
          if (item === "L" || item === "W") {
            output.push(current);
            output.push({ start: item, count: 1 });
            current = void 0;
            return;
          }
          if (current.step === void 0 && nextItem !== void 0) {
            const step = item - prevItem;
            const nextStep = nextItem - item;
            if (step <= nextStep) {
              current = { ...current, count: 2, end: item, step };
              return;
            }
            current.step = 1;
          }
          if (item - (current.end ?? 0) === current.step) {
            current.count++;
            current.end = item;
          } else {
            if (current.count === 1) {
              output.push({ start: current.start, count: 1 });
            } else if (current.count === 2) {
              output.push({ start: current.start, count: 1 });
              output.push({
                start: current.end ?? /* istanbul ignore next - see above */
                prevItem,
                count: 1
              });
            } else {
              output.push(current);
            }
            current = { start: item, count: 1 };
          }
        });
        if (current) {
          output.push(current);
        }
        return output;
      }
      /**
       * Handles a single range.
       * @param {CronField} field - The cron field to stringify
       * @param {FieldRange} range {start: number, end: number, step: number, count: number} The range to handle.
       * @param {number} max The maximum value for the field.
       * @returns {string | null} The stringified range or null if it cannot be stringified.
       * @private
       */
      static #handleSingleRange(field, range3, max) {
        const step = range3.step;
        if (!step) {
          return null;
        }
        if (step === 1 && range3.start === field.min && range3.end && range3.end >= max) {
          const isDayField = field instanceof fields_1.CronDayOfMonth || field instanceof fields_1.CronDayOfWeek;
          if (isDayField && !field.isWildcard) {
            return null;
          }
          return field.hasQuestionMarkChar ? "?" : "*";
        }
        if (step !== 1 && range3.start === field.min && range3.end && range3.end >= max - step + 1) {
          return `*/${step}`;
        }
        return null;
      }
      /**
       * Handles multiple ranges.
       * @param {FieldRange} range {start: number, end: number, step: number, count: number} The range to handle.
       * @returns {string} The stringified range.
       * @private
       */
      static #handleMultipleRanges(range3) {
        const step = range3.step;
        if (step === 1) {
          return `${range3.start}-${range3.end}`;
        }
        const multiplier = range3.start === 0 ? range3.count - 1 : range3.count;
        if (!step) {
          throw new Error("Unexpected range step");
        }
        if (!range3.end) {
          throw new Error("Unexpected range end");
        }
        if (step * multiplier > range3.end) {
          const mapFn = (_, index2) => {
            if (typeof range3.start !== "number") {
              throw new Error("Unexpected range start");
            }
            return index2 % step === 0 ? range3.start + index2 : null;
          };
          if (typeof range3.start !== "number") {
            throw new Error("Unexpected range start");
          }
          const seed = { length: range3.end - range3.start + 1 };
          return Array.from(seed, mapFn).filter((value) => value !== null).join(",");
        }
        return `${range3.start}-${range3.end}/${step}`;
      }
      /**
       * Returns a string representation of the cron fields.
       * @param {CronField} field - The cron field to stringify
       * @static
       * @returns {string} - The stringified cron field
       */
      stringifyField(field) {
        let max = field.max;
        let values = field.values;
        if (field instanceof fields_1.CronDayOfWeek) {
          max = 6;
          const dayOfWeek = this.#dayOfWeek.values;
          values = dayOfWeek[dayOfWeek.length - 1] === 7 ? dayOfWeek.slice(0, -1) : dayOfWeek;
        }
        if (field instanceof fields_1.CronDayOfMonth) {
          max = this.#month.values.length === 1 ? fields_1.CronMonth.daysInMonth[this.#month.values[0] - 1] : field.max;
        }
        const ranges = _CronFieldCollection.compactField(values);
        if (ranges.length === 1) {
          const singleRangeResult = _CronFieldCollection.#handleSingleRange(field, ranges[0], max);
          if (singleRangeResult) {
            return singleRangeResult;
          }
        }
        return ranges.map((range3) => {
          const value = range3.count === 1 ? range3.start.toString() : _CronFieldCollection.#handleMultipleRanges(range3);
          if (field instanceof fields_1.CronDayOfWeek && field.nthDay > 0) {
            return `${value}#${field.nthDay}`;
          }
          return value;
        }).join(",");
      }
      /**
       * Returns a string representation of the cron field values.
       * @param {boolean} includeSeconds - Whether to include seconds in the output
       * @returns {string} The formatted cron string
       */
      stringify(includeSeconds = false) {
        const arr = [];
        if (includeSeconds) {
          arr.push(this.stringifyField(this.#second));
        }
        arr.push(
          this.stringifyField(this.#minute),
          // minute
          this.stringifyField(this.#hour),
          // hour
          this.stringifyField(this.#dayOfMonth),
          // dayOfMonth
          this.stringifyField(this.#month),
          // month
          this.stringifyField(this.#dayOfWeek)
        );
        return arr.join(" ");
      }
      /**
       * Returns a serialized representation of the cron fields values.
       * @returns {SerializedCronFields} An object containing the cron field values
       */
      serialize() {
        return {
          second: this.#second.serialize(),
          minute: this.#minute.serialize(),
          hour: this.#hour.serialize(),
          dayOfMonth: this.#dayOfMonth.serialize(),
          month: this.#month.serialize(),
          dayOfWeek: this.#dayOfWeek.serialize()
        };
      }
    };
    exports.CronFieldCollection = CronFieldCollection;
  }
});

// node_modules/cron-parser/dist/CronExpression.js
var require_CronExpression = __commonJS({
  "node_modules/cron-parser/dist/CronExpression.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronExpression = exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE = exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE = void 0;
    var CronDate_1 = require_CronDate();
    exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE = "Out of the time span range";
    exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE = "Invalid expression, loop limit exceeded";
    var LOOP_LIMIT = 1e4;
    var CronExpression = class _CronExpression {
      #options;
      #tz;
      #initialDate;
      #currentDate;
      #startDate;
      #endDate;
      #fields;
      #dstTransitionDayKey = null;
      #isDstTransitionDay = false;
      /**
       * Creates a new CronExpression instance.
       *
       * @param {CronFieldCollection} fields - Cron fields.
       * @param {CronExpressionOptions} options - Parser options.
       */
      constructor(fields, options) {
        this.#options = options;
        this.#tz = options.tz;
        this.#startDate = options.startDate != null ? new CronDate_1.CronDate(options.startDate, this.#tz) : null;
        this.#endDate = options.endDate != null ? new CronDate_1.CronDate(options.endDate, this.#tz) : null;
        let currentDateValue = options.currentDate ?? options.startDate;
        if (currentDateValue != null) {
          const tempCurrentDate = new CronDate_1.CronDate(currentDateValue, this.#tz);
          if (this.#startDate && tempCurrentDate.getTime() < this.#startDate.getTime()) {
            currentDateValue = this.#startDate;
          } else if (this.#endDate && tempCurrentDate.getTime() > this.#endDate.getTime()) {
            currentDateValue = this.#endDate;
          }
        }
        this.#initialDate = new CronDate_1.CronDate(currentDateValue, this.#tz);
        this.#currentDate = this.#initialDate;
        this.#fields = fields;
      }
      /**
       * Getter for the cron fields.
       *
       * @returns {CronFieldCollection} Cron fields.
       */
      get fields() {
        return this.#fields;
      }
      /**
       * Converts cron fields back to a CronExpression instance.
       *
       * @public
       * @param {Record<string, number[]>} fields - The input cron fields object.
       * @param {CronExpressionOptions} [options] - Optional parsing options.
       * @returns {CronExpression} - A new CronExpression instance.
       */
      static fieldsToExpression(fields, options) {
        return new _CronExpression(fields, options || {});
      }
      /**
       * Checks if the given value matches any element in the sequence.
       *
       * @param {number} value - The value to be matched.
       * @param {number[]} sequence - The sequence to be checked against.
       * @returns {boolean} - True if the value matches an element in the sequence; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #matchSchedule(value, sequence) {
        return sequence.some((element) => element === value);
      }
      /**
       * Returns the minimum or maximum value from the given array of numbers.
       *
       * @param {number[]} values - An array of numbers.
       * @param {boolean} reverse - If true, returns the maximum value; otherwise, returns the minimum value.
       * @returns {number} - The minimum or maximum value.
       */
      #getMinOrMax(values, reverse) {
        return values[reverse ? values.length - 1 : 0];
      }
      /**
       * Checks whether the given date falls on a DST transition day in its timezone.
       *
       * This is used to disable certain “direct set” fast paths on DST days, because setting the hour
       * directly may land on a non-existent or repeated local time. We cache the result per calendar day
       * to keep iteration overhead low.
       *
       * @param {CronDate} currentDate - Date to check (in the cron timezone)
       * @returns {boolean} True when the day has a DST transition
       * @private
       */
      #checkDstTransition(currentDate) {
        const key = `${currentDate.getFullYear()}-${currentDate.getMonth() + 1}-${currentDate.getDate()}`;
        if (this.#dstTransitionDayKey === key) {
          return this.#isDstTransitionDay;
        }
        const startOfDay = new CronDate_1.CronDate(currentDate);
        startOfDay.setStartOfDay();
        const endOfDay = new CronDate_1.CronDate(currentDate);
        endOfDay.setEndOfDay();
        this.#dstTransitionDayKey = key;
        this.#isDstTransitionDay = startOfDay.getUTCOffset() !== endOfDay.getUTCOffset();
        return this.#isDstTransitionDay;
      }
      /**
       * Moves the date to the next/previous allowed second value. If there is no remaining allowed second
       * within the current minute, rolls to the next/previous minute and resets seconds to the min/max allowed.
       *
       * @param {CronDate} currentDate - Mutable date being iterated
       * @param {DateMathOp} dateMathVerb - Add/Subtract depending on direction
       * @param {boolean} reverse - When true, iterating backwards
       * @private
       */
      #moveToNextSecond(currentDate, dateMathVerb, reverse) {
        const seconds = this.#fields.second.values;
        const currentSecond = currentDate.getSeconds();
        const nextSecond = this.#fields.second.findNearestValue(currentSecond, reverse);
        if (nextSecond !== null) {
          currentDate.setSeconds(nextSecond);
          return;
        }
        currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Minute, this.#fields.hour.values.length);
        currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
      }
      /**
       * Moves the date to the next/previous allowed minute value and resets seconds to the min/max allowed.
       * If there is no remaining allowed minute within the current hour, rolls to the next/previous hour and
       * resets minutes/seconds to their extrema.
       *
       * @param {CronDate} currentDate - Mutable date being iterated
       * @param {DateMathOp} dateMathVerb - Add/Subtract depending on direction
       * @param {boolean} reverse - When true, iterating backwards
       * @private
       */
      #moveToNextMinute(currentDate, dateMathVerb, reverse) {
        const minutes = this.#fields.minute.values;
        const seconds = this.#fields.second.values;
        const currentMinute = currentDate.getMinutes();
        const nextMinute = this.#fields.minute.findNearestValue(currentMinute, reverse);
        if (nextMinute !== null) {
          currentDate.setMinutes(nextMinute);
          currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
          return;
        }
        currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Hour, this.#fields.hour.values.length);
        currentDate.setMinutes(this.#getMinOrMax(minutes, reverse));
        currentDate.setSeconds(this.#getMinOrMax(seconds, reverse));
      }
      /**
       * Determines if the current date matches the last specified weekday of the month.
       *
       * @param {Array<(number|string)>} expressions - An array of expressions containing weekdays and "L" for the last weekday.
       * @param {CronDate} currentDate - The current date object.
       * @returns {boolean} - True if the current date matches the last specified weekday of the month; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #isLastWeekdayOfMonthMatch(expressions, currentDate) {
        if (!currentDate.isLastWeekdayOfMonth()) {
          return false;
        }
        const day = currentDate.getDay();
        return expressions.some((expression) => day === parseInt(expression.toString().charAt(0), 10) % 7);
      }
      /**
       * Determines if the current date matches the nth occurrence of a weekday in the month.
       *
       * @param {number} nthDay - The nth occurrence (1-5) from a `#` expression; values <= 0 mean no nth constraint.
       * @param {CronDate} currentDate - The current date object.
       * @returns {boolean} - True if there is no nth constraint, or the current date is the nth occurrence of its weekday; otherwise, false.
       * @memberof CronExpression
       * @private
       */
      static #isNthWeekdayOfMonthMatch(nthDay, currentDate) {
        return nthDay <= 0 || Math.ceil(currentDate.getDate() / 7) === nthDay;
      }
      /**
       * Find the next scheduled date based on the cron expression.
       * @returns {CronDate} - The next scheduled date or an ES6 compatible iterator object.
       * @memberof CronExpression
       * @public
       */
      next() {
        return this.#findSchedule();
      }
      /**
       * Find the previous scheduled date based on the cron expression.
       * @returns {CronDate} - The previous scheduled date or an ES6 compatible iterator object.
       * @memberof CronExpression
       * @public
       */
      prev() {
        return this.#findSchedule(true);
      }
      /**
       * Check if there is a next scheduled date based on the current date and cron expression.
       * @returns {boolean} - Returns true if there is a next scheduled date, false otherwise.
       * @memberof CronExpression
       * @public
       */
      hasNext() {
        const current = this.#currentDate;
        try {
          this.#findSchedule();
          return true;
        } catch {
          return false;
        } finally {
          this.#currentDate = current;
        }
      }
      /**
       * Check if there is a previous scheduled date based on the current date and cron expression.
       * @returns {boolean} - Returns true if there is a previous scheduled date, false otherwise.
       * @memberof CronExpression
       * @public
       */
      hasPrev() {
        const current = this.#currentDate;
        try {
          this.#findSchedule(true);
          return true;
        } catch {
          return false;
        } finally {
          this.#currentDate = current;
        }
      }
      /**
       * Iterate over a specified number of steps and optionally execute a callback function for each step.
       * @param {number} steps - The number of steps to iterate. Positive value iterates forward, negative value iterates backward.
       * @returns {CronDate[]} - An array of iterator fields or CronDate objects.
       * @memberof CronExpression
       * @public
       */
      take(limit) {
        const items3 = [];
        if (limit >= 0) {
          for (let i2 = 0; i2 < limit; i2++) {
            try {
              items3.push(this.next());
            } catch {
              return items3;
            }
          }
        } else {
          for (let i2 = 0; i2 > limit; i2--) {
            try {
              items3.push(this.prev());
            } catch {
              return items3;
            }
          }
        }
        return items3;
      }
      /**
       * Reset the iterator to a new date or its initial date after applying the configured range.
       * @param {Date | CronDate} [newDate] - Optional new date to reset to. If not provided, it will reset to the initial date.
       * @memberof CronExpression
       * @public
       */
      reset(newDate) {
        this.#currentDate = newDate ? new CronDate_1.CronDate(newDate, this.#tz) : this.#initialDate;
      }
      /**
       * Generate a string representation of the cron expression.
       * @param {boolean} [includeSeconds=false] - Whether to include the seconds field in the string representation.
       * @returns {string} - The string representation of the cron expression.
       * @memberof CronExpression
       * @public
       */
      stringify(includeSeconds = false) {
        return this.#fields.stringify(includeSeconds);
      }
      /**
       * Check if the cron expression includes the given date
       * @param {Date|CronDate} date
       * @returns {boolean}
       */
      includesDate(date) {
        const { second, minute, hour, month } = this.#fields;
        const dt = new CronDate_1.CronDate(date, this.#tz);
        if (!second.values.includes(dt.getSeconds()) || !minute.values.includes(dt.getMinutes()) || !hour.values.includes(dt.getHours()) || !month.values.includes(dt.getMonth() + 1)) {
          return false;
        }
        if (!this.#matchDayOfMonth(dt)) {
          return false;
        }
        return true;
      }
      /**
       * Returns the string representation of the cron expression.
       * @returns {CronDate} - The next schedule date.
       */
      toString() {
        return this.#options.expression || this.stringify(true);
      }
      /**
       * Determines if the given date matches the cron expression's day of month and day of week fields.
       *
       * The function checks the following rules:
       * Rule 1: If both "day of month" and "day of week" are restricted (not wildcard), then one or both must match the current day.
       * Rule 2: If "day of month" is restricted and "day of week" is not restricted, then "day of month" must match the current day.
       * Rule 3: If "day of month" is a wildcard, "day of week" is not a wildcard, and "day of week" matches the current day, then the match is accepted.
       * In all rules, a "day of week" match also honors an nth-occurrence (`#`) constraint (e.g. `5#3` = the 3rd Friday) and the last-weekday (`L`) form.
       * If none of the rules match, the match is rejected.
       *
       * @param {CronDate} currentDate - The current date to be evaluated against the cron expression.
       * @returns {boolean} Returns true if the current date matches the cron expression's day of month and day of week fields, otherwise false.
       * @memberof CronExpression
       * @private
       */
      #matchDayOfMonth(currentDate) {
        const isDayOfMonthWildcardMatch = this.#fields.dayOfMonth.isWildcard;
        const isRestrictedDayOfMonth = !isDayOfMonthWildcardMatch;
        const isDayOfWeekWildcardMatch = this.#fields.dayOfWeek.isWildcard;
        const isRestrictedDayOfWeek = !isDayOfWeekWildcardMatch;
        const matchedDOM = _CronExpression.#matchSchedule(currentDate.getDate(), this.#fields.dayOfMonth.values) || this.#fields.dayOfMonth.hasLastChar && currentDate.isLastDayOfMonth();
        const nthDay = this.#fields.dayOfWeek.nthDay;
        const matchedDOW = _CronExpression.#matchSchedule(currentDate.getDay(), this.#fields.dayOfWeek.values) && _CronExpression.#isNthWeekdayOfMonthMatch(nthDay, currentDate) || this.#fields.dayOfWeek.hasLastChar && _CronExpression.#isLastWeekdayOfMonthMatch(this.#fields.dayOfWeek.values, currentDate);
        if (isRestrictedDayOfMonth && isRestrictedDayOfWeek && (matchedDOM || matchedDOW)) {
          return true;
        }
        if (matchedDOM && !isRestrictedDayOfWeek) {
          return true;
        }
        if (isDayOfMonthWildcardMatch && !isDayOfWeekWildcardMatch && matchedDOW) {
          return true;
        }
        return false;
      }
      /**
       * Determines if the current hour matches the cron expression.
       *
       * @param {CronDate} currentDate - The current date object.
       * @param {DateMathOp} dateMathVerb - The date math operation enumeration value.
       * @param {boolean} reverse - A flag indicating whether the matching should be done in reverse order.
       * @returns {boolean} - True if the current hour matches the cron expression; otherwise, false.
       */
      #matchHour(currentDate, dateMathVerb, reverse) {
        const hourValues = this.#fields.hour.values;
        const hours = hourValues;
        const currentHour = currentDate.getHours();
        const isMatch = _CronExpression.#matchSchedule(currentHour, hourValues);
        const isDstEnd = currentDate.dstEnd === currentHour;
        if (currentDate.dstStart !== null && currentDate.dstStartLandingHour === currentHour) {
          for (let skipped = currentDate.dstStart; skipped !== currentHour; skipped = (skipped + 1) % 24) {
            if (_CronExpression.#matchSchedule(skipped, hourValues)) {
              return true;
            }
          }
        }
        if (isDstEnd && !reverse) {
          currentDate.dstEnd = null;
          currentDate.applyDateOperation(CronDate_1.DateMathOp.Add, CronDate_1.TimeUnit.Hour, hours.length);
          return false;
        }
        if (isMatch) {
          return true;
        }
        currentDate.clearDstStart();
        const nextHour = this.#fields.hour.findNearestValue(currentHour, reverse);
        if (nextHour === null) {
          currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Day, hours.length);
          return false;
        }
        if (this.#checkDstTransition(currentDate)) {
          const steps = reverse ? currentHour - nextHour : nextHour - currentHour;
          for (let i2 = 0; i2 < steps; i2++) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Hour, hours.length);
            if (!reverse && currentDate.getHours() >= nextHour)
              break;
            if (reverse && currentDate.getHours() <= nextHour)
              break;
          }
        } else {
          currentDate.setHours(nextHour);
        }
        currentDate.setMinutes(this.#getMinOrMax(this.#fields.minute.values, reverse));
        currentDate.setSeconds(this.#getMinOrMax(this.#fields.second.values, reverse));
        return false;
      }
      /**
       * Validates the current date against the start and end dates of the cron expression.
       * If the current date is outside the specified time span, an error is thrown.
       *
       * @param currentDate {CronDate} - The current date to validate.
       * @throws {Error} If the current date is outside the specified time span.
       * @private
       */
      #validateTimeSpan(currentDate) {
        if (!this.#startDate && !this.#endDate) {
          return;
        }
        const currentTime = currentDate.getTime();
        if (this.#startDate && currentTime < this.#startDate.getTime()) {
          throw new Error(exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE);
        }
        if (this.#endDate && currentTime > this.#endDate.getTime()) {
          throw new Error(exports.TIME_SPAN_OUT_OF_BOUNDS_ERROR_MESSAGE);
        }
      }
      /**
       * Finds the next or previous schedule based on the cron expression.
       *
       * @param {boolean} [reverse=false] - If true, finds the previous schedule; otherwise, finds the next schedule.
       * @returns {CronDate} - The next or previous schedule date.
       * @private
       */
      #findSchedule(reverse = false) {
        const dateMathVerb = reverse ? CronDate_1.DateMathOp.Subtract : CronDate_1.DateMathOp.Add;
        const currentDate = new CronDate_1.CronDate(this.#currentDate);
        const startTimestamp = currentDate.getTime();
        if (currentDate.getMilliseconds() > 0) {
          currentDate.setMilliseconds(0);
          if (!reverse) {
            currentDate.applyDateOperation(CronDate_1.DateMathOp.Add, CronDate_1.TimeUnit.Second, this.#fields.hour.values.length);
          }
        }
        let stepCount = 0;
        while (++stepCount < LOOP_LIMIT) {
          this.#validateTimeSpan(currentDate);
          if (!_CronExpression.#matchSchedule(currentDate.getMonth() + 1, this.#fields.month.values)) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Month, this.#fields.hour.values.length);
            continue;
          }
          if (!this.#matchDayOfMonth(currentDate)) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Day, this.#fields.hour.values.length);
            continue;
          }
          if (!this.#matchHour(currentDate, dateMathVerb, reverse)) {
            continue;
          }
          if (!_CronExpression.#matchSchedule(currentDate.getMinutes(), this.#fields.minute.values)) {
            this.#moveToNextMinute(currentDate, dateMathVerb, reverse);
            continue;
          }
          if (!_CronExpression.#matchSchedule(currentDate.getSeconds(), this.#fields.second.values)) {
            this.#moveToNextSecond(currentDate, dateMathVerb, reverse);
            continue;
          }
          if (startTimestamp === currentDate.getTime()) {
            currentDate.applyDateOperation(dateMathVerb, CronDate_1.TimeUnit.Second, this.#fields.hour.values.length);
            continue;
          }
          break;
        }
        if (stepCount >= LOOP_LIMIT) {
          throw new Error(exports.LOOPS_LIMIT_EXCEEDED_ERROR_MESSAGE);
        }
        this.#currentDate = currentDate;
        return currentDate;
      }
      /**
       * Returns an iterator for iterating through future CronDate instances
       *
       * @name Symbol.iterator
       * @memberof CronExpression
       * @returns {Iterator<CronDate>} An iterator object for CronExpression that returns CronDate values.
       */
      [Symbol.iterator]() {
        return {
          next: () => {
            try {
              const schedule = this.#findSchedule();
              return { value: schedule, done: false };
            } catch {
              return { value: void 0, done: true };
            }
          }
        };
      }
    };
    exports.CronExpression = CronExpression;
    exports.default = CronExpression;
  }
});

// node_modules/cron-parser/dist/utils/random.js
var require_random = __commonJS({
  "node_modules/cron-parser/dist/utils/random.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.seededRandom = seededRandom;
    function xfnv1a(str4) {
      let h = 2166136261 >>> 0;
      for (let i2 = 0; i2 < str4.length; i2++) {
        h ^= str4.charCodeAt(i2);
        h = Math.imul(h, 16777619);
      }
      return () => h >>> 0;
    }
    function mulberry32(seed) {
      return () => {
        let t = seed += 1831565813;
        t = Math.imul(t ^ t >>> 15, t | 1);
        t ^= t + Math.imul(t ^ t >>> 7, t | 61);
        return ((t ^ t >>> 14) >>> 0) / 4294967296;
      };
    }
    function seededRandom(str4) {
      const seed = str4 ? xfnv1a(str4)() : Math.floor(Math.random() * 1e10);
      return mulberry32(seed);
    }
  }
});

// node_modules/cron-parser/dist/CronExpressionParser.js
var require_CronExpressionParser = __commonJS({
  "node_modules/cron-parser/dist/CronExpressionParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronExpressionParser = exports.DayOfWeek = exports.Months = exports.CronUnit = exports.PredefinedExpressions = void 0;
    var CronFieldCollection_1 = require_CronFieldCollection();
    var CronExpression_1 = require_CronExpression();
    var random_1 = require_random();
    var fields_1 = require_fields();
    var PredefinedExpressions;
    (function(PredefinedExpressions2) {
      PredefinedExpressions2["@yearly"] = "0 0 0 1 1 *";
      PredefinedExpressions2["@annually"] = "0 0 0 1 1 *";
      PredefinedExpressions2["@monthly"] = "0 0 0 1 * *";
      PredefinedExpressions2["@weekly"] = "0 0 0 * * 0";
      PredefinedExpressions2["@daily"] = "0 0 0 * * *";
      PredefinedExpressions2["@hourly"] = "0 0 * * * *";
      PredefinedExpressions2["@minutely"] = "0 * * * * *";
      PredefinedExpressions2["@secondly"] = "* * * * * *";
      PredefinedExpressions2["@weekdays"] = "0 0 0 * * 1-5";
      PredefinedExpressions2["@weekends"] = "0 0 0 * * 0,6";
    })(PredefinedExpressions || (exports.PredefinedExpressions = PredefinedExpressions = {}));
    var CronUnit;
    (function(CronUnit2) {
      CronUnit2["Second"] = "Second";
      CronUnit2["Minute"] = "Minute";
      CronUnit2["Hour"] = "Hour";
      CronUnit2["DayOfMonth"] = "DayOfMonth";
      CronUnit2["Month"] = "Month";
      CronUnit2["DayOfWeek"] = "DayOfWeek";
    })(CronUnit || (exports.CronUnit = CronUnit = {}));
    var Months;
    (function(Months2) {
      Months2[Months2["jan"] = 1] = "jan";
      Months2[Months2["feb"] = 2] = "feb";
      Months2[Months2["mar"] = 3] = "mar";
      Months2[Months2["apr"] = 4] = "apr";
      Months2[Months2["may"] = 5] = "may";
      Months2[Months2["jun"] = 6] = "jun";
      Months2[Months2["jul"] = 7] = "jul";
      Months2[Months2["aug"] = 8] = "aug";
      Months2[Months2["sep"] = 9] = "sep";
      Months2[Months2["oct"] = 10] = "oct";
      Months2[Months2["nov"] = 11] = "nov";
      Months2[Months2["dec"] = 12] = "dec";
    })(Months || (exports.Months = Months = {}));
    var DayOfWeek;
    (function(DayOfWeek2) {
      DayOfWeek2[DayOfWeek2["sun"] = 0] = "sun";
      DayOfWeek2[DayOfWeek2["mon"] = 1] = "mon";
      DayOfWeek2[DayOfWeek2["tue"] = 2] = "tue";
      DayOfWeek2[DayOfWeek2["wed"] = 3] = "wed";
      DayOfWeek2[DayOfWeek2["thu"] = 4] = "thu";
      DayOfWeek2[DayOfWeek2["fri"] = 5] = "fri";
      DayOfWeek2[DayOfWeek2["sat"] = 6] = "sat";
    })(DayOfWeek || (exports.DayOfWeek = DayOfWeek = {}));
    var MAX_FIELD_VALUES = 256;
    var MAX_EXPRESSION_LENGTH = 1024;
    var CronExpressionParser2 = class _CronExpressionParser {
      /**
       * Parses a cron expression and returns a CronExpression object.
       * @param {string} expression - The cron expression to parse.
       * @param {CronExpressionOptions} [options={}] - The options to use when parsing the expression.
       * @param {boolean} [options.strict=false] - If true, will throw an error if the expression contains both dayOfMonth and dayOfWeek, or a hashed range or step the field cannot satisfy.
       * @param {CronDate} [options.currentDate=new CronDate(undefined, 'UTC')] - The date to use when calculating the next/previous occurrence.
       *
       * @returns {CronExpression} A CronExpression object.
       */
      static parse(expression, options = {}) {
        const { strict = false, hashSeed } = options;
        const rand = (0, random_1.seededRandom)(hashSeed);
        if (Object.hasOwn(PredefinedExpressions, expression)) {
          expression = PredefinedExpressions[expression];
        }
        const rawFields = _CronExpressionParser.#getRawFields(expression, strict);
        if (!(rawFields.dayOfMonth === "*" || rawFields.dayOfWeek === "*" || !strict)) {
          throw new Error("Cannot use both dayOfMonth and dayOfWeek together in strict mode!");
        }
        const second = _CronExpressionParser.#parseField(CronUnit.Second, rawFields.second, fields_1.CronSecond.constraints, rand, strict);
        const minute = _CronExpressionParser.#parseField(CronUnit.Minute, rawFields.minute, fields_1.CronMinute.constraints, rand, strict);
        const hour = _CronExpressionParser.#parseField(CronUnit.Hour, rawFields.hour, fields_1.CronHour.constraints, rand, strict);
        const month = _CronExpressionParser.#parseField(CronUnit.Month, rawFields.month, fields_1.CronMonth.constraints, rand, strict);
        const dayOfMonth = _CronExpressionParser.#parseField(CronUnit.DayOfMonth, rawFields.dayOfMonth, fields_1.CronDayOfMonth.constraints, rand, strict);
        const { dayOfWeek: _dayOfWeek, nthDayOfWeek } = _CronExpressionParser.#parseNthDay(rawFields.dayOfWeek);
        const dayOfWeek = _CronExpressionParser.#parseField(CronUnit.DayOfWeek, _dayOfWeek, fields_1.CronDayOfWeek.constraints, rand, strict);
        const fields = new CronFieldCollection_1.CronFieldCollection({
          second: new fields_1.CronSecond(second, { rawValue: rawFields.second }),
          minute: new fields_1.CronMinute(minute, { rawValue: rawFields.minute }),
          hour: new fields_1.CronHour(hour, { rawValue: rawFields.hour }),
          dayOfMonth: fields_1.CronDayOfMonth.fromMonth(month, dayOfMonth, { rawValue: rawFields.dayOfMonth }),
          month: new fields_1.CronMonth(month, { rawValue: rawFields.month }),
          dayOfWeek: new fields_1.CronDayOfWeek(dayOfWeek, { rawValue: rawFields.dayOfWeek, nthDayOfWeek })
        });
        return new CronExpression_1.CronExpression(fields, { ...options, expression });
      }
      /**
       * Get the raw fields from a cron expression.
       * @param {string} expression - The cron expression to parse.
       * @param {boolean} strict - If true, will throw an error if the expression contains both dayOfMonth and dayOfWeek.
       * @private
       * @returns {RawCronFields} The raw fields.
       */
      static #getRawFields(expression, strict) {
        if (strict && !expression.length) {
          throw new Error("Invalid cron expression");
        }
        expression = expression || "0 * * * * *";
        if (expression.length > MAX_EXPRESSION_LENGTH) {
          throw new Error(`Invalid cron expression, too long, expected at most ${MAX_EXPRESSION_LENGTH} characters`);
        }
        const atoms = expression.trim().split(/\s+/);
        if (strict && atoms.length < 6) {
          throw new Error("Invalid cron expression, expected 6 fields");
        }
        if (atoms.length > 6) {
          throw new Error("Invalid cron expression, too many fields");
        }
        const defaults = ["0", "*", "*", "*", "*", "*"];
        if (atoms.length < defaults.length) {
          atoms.unshift(...defaults.slice(0, defaults.length - atoms.length));
        }
        const [second, minute, hour, dayOfMonth, month, dayOfWeek] = atoms;
        return { second, minute, hour, dayOfMonth, month, dayOfWeek };
      }
      /**
       * Parse a field from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} value - The value of the field.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {PRNG} rand - The random number generator to use.
       * @param {boolean} strict - If true, will throw an error on an unusable hashed range or step.
       * @private
       * @returns {(number | string)[]} The parsed field.
       */
      static #parseField(field, value, constraints, rand, strict) {
        if (field === CronUnit.Month || field === CronUnit.DayOfWeek) {
          const aliases = field === CronUnit.Month ? Months : DayOfWeek;
          value = value.replace(/[a-z]{3}/gi, (match) => {
            match = match.toLowerCase();
            const replacer = aliases[match];
            if (replacer === void 0) {
              throw new Error(`Validation error, cannot resolve alias "${match}"`);
            }
            return replacer.toString();
          });
        }
        if (!constraints.validChars.test(value)) {
          throw new Error(`Invalid characters, got value: ${value}`);
        }
        value = this.#parseWildcard(value, constraints);
        value = this.#parseHashed(value, constraints, rand, field, strict);
        return this.#parseSequence(field, value, constraints);
      }
      /**
       * Parse a wildcard from a cron expression.
       * @param {string} value - The value to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       */
      static #parseWildcard(value, constraints) {
        const parsed = value.replace(/(^|,)[*?](?=\/|,|$)/g, (_, separator) => `${separator}${constraints.min}-${constraints.max}`);
        if (/[*?]/.test(parsed)) {
          throw new Error(`Invalid wildcard, got value: ${value}`);
        }
        return parsed;
      }
      /**
       * Parse a hashed value from a cron expression.
       * @param {string} value - The value to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {PRNG} rand - The random number generator to use.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable range or step.
       * @param {boolean} strict - If true, will throw an error on an unusable hashed range or step.
       * @private
       */
      static #parseHashed(value, constraints, rand, field, strict) {
        const randomValue = rand();
        let count = 0;
        return value.replace(/H(?:\((\d+)-(\d+)\))?(?:\/(\d+))?/g, (_, min, max, step) => {
          if (min && max && step) {
            const minNum = parseInt(min, 10);
            const maxNum = parseInt(max, 10);
            const stepNum = parseInt(step, 10);
            if (stepNum <= 0) {
              throw new Error(`Invalid step: ${stepNum}, must be positive`);
            }
            const range3 = _CronExpressionParser.#hashedRange(minNum, maxNum, constraints, field, strict);
            count += Math.ceil((range3.max - range3.min + 1) / stepNum);
            _CronExpressionParser.#assertMaxFieldValues(field, count);
            return _CronExpressionParser.#hashedStep(randomValue, range3.min, range3.max, stepNum, field, strict);
          } else if (min && max) {
            const minNum = parseInt(min, 10);
            const maxNum = parseInt(max, 10);
            const range3 = _CronExpressionParser.#hashedRange(minNum, maxNum, constraints, field, strict);
            return String(_CronExpressionParser.#hashedValue(randomValue, range3.min, range3.max));
          } else if (step) {
            const stepNum = parseInt(step, 10);
            if (stepNum <= 0) {
              throw new Error(`Invalid step: ${stepNum}, must be positive`);
            }
            count += Math.ceil((constraints.max - constraints.min + 1) / stepNum);
            _CronExpressionParser.#assertMaxFieldValues(field, count);
            return _CronExpressionParser.#hashedStep(randomValue, constraints.min, constraints.max, stepNum, field, strict);
          } else {
            return String(_CronExpressionParser.#hashedValue(randomValue, constraints.min, constraints.max));
          }
        });
      }
      /**
       * Pick a single hashed value within an inclusive range.
       * @param {number} randomValue - The seeded random value in [0, 1).
       * @param {number} min - Lowest value that may be picked.
       * @param {number} max - Highest value that may be picked.
       * @private
       */
      static #hashedValue(randomValue, min, max) {
        return Math.floor(randomValue * (max - min + 1)) + min;
      }
      /**
       * Name a field the way the expression object does, rather than the Pascal case of CronUnit.
       * @param {CronUnit} field - The field to name.
       * @private
       */
      static #fieldName(field) {
        return field.charAt(0).toLowerCase() + field.slice(1);
      }
      /**
       * Narrow an explicit hashed range to the values the field can hold, so that values are only
       * ever drawn from the range a step is measured against. In strict mode a bound outside the
       * field constraints is rejected instead of clamped, which keeps the range reported in the
       * error the one that was written.
       * @param {number} min - Lowest value the expression asks for.
       * @param {number} max - Highest value the expression asks for.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable range.
       * @param {boolean} strict - If true, will throw an error on a range outside the constraints.
       * @private
       */
      static #hashedRange(min, max, constraints, field, strict) {
        if (min > max) {
          throw new Error(`Invalid range: ${min}-${max}, min > max`);
        }
        if (strict && (min < constraints.min || max > constraints.max)) {
          throw new Error(`Invalid range: ${min}-${max}, outside the ${constraints.min}-${constraints.max} range of the ${_CronExpressionParser.#fieldName(field)} field`);
        }
        const rangeMin = Math.max(min, constraints.min);
        const rangeMax = Math.min(max, constraints.max);
        if (rangeMin > rangeMax) {
          throw new Error(`Invalid range: ${min}-${max}, no usable value in the ${_CronExpressionParser.#fieldName(field)} field`);
        }
        return { min: rangeMin, max: rangeMax };
      }
      /**
       * Build the hashed values of a stepped range, offset from the start of the step by the seeded
       * jitter. A step wider than the range leaves no step-aligned value inside it, so a single
       * hashed occurrence within the range is used instead of an empty field, or in strict mode the
       * expression is rejected as unsatisfiable.
       * @param {number} randomValue - The seeded random value in [0, 1).
       * @param {number} min - Lowest value the range allows.
       * @param {number} max - Highest value the range allows.
       * @param {number} step - The step between values, already validated as positive.
       * @param {CronUnit} field - The field being parsed, used when reporting an unusable step.
       * @param {boolean} strict - If true, will throw an error on a step wider than its range.
       * @private
       */
      static #hashedStep(randomValue, min, max, step, field, strict) {
        if (strict && step > max - min + 1) {
          throw new Error(`Invalid step: ${step}, wider than the ${min}-${max} range of the ${_CronExpressionParser.#fieldName(field)} field`);
        }
        const offset = Math.floor(randomValue * step);
        const values = [];
        for (let i2 = Math.floor(min / step) * step + offset; i2 <= max; i2 += step) {
          if (i2 >= min) {
            values.push(i2);
          }
        }
        if (values.length === 0) {
          return String(_CronExpressionParser.#hashedValue(randomValue, min, max));
        }
        return values.join(",");
      }
      /**
       * Throw once a field has expanded to more than MAX_FIELD_VALUES values.
       * @param {CronUnit} field - The field being parsed.
       * @param {number} count - The number of values collected so far.
       * @private
       */
      static #assertMaxFieldValues(field, count) {
        if (count > MAX_FIELD_VALUES) {
          throw new Error(`Constraint error, too many values in ${field} field, expected at most ${MAX_FIELD_VALUES}`);
        }
      }
      /**
       * Parse a sequence from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The sequence to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       */
      static #parseSequence(field, val, constraints) {
        const stack = [];
        function handleResult(result, constraints2) {
          if (Array.isArray(result)) {
            stack.push(...result);
          } else {
            if (_CronExpressionParser.#isValidConstraintChar(constraints2, result)) {
              stack.push(result);
            } else {
              const v2 = parseInt(result.toString(), 10);
              const isValid = v2 >= constraints2.min && v2 <= constraints2.max;
              if (!isValid) {
                throw new Error(`Constraint error, got value ${result} expected range ${constraints2.min}-${constraints2.max}`);
              }
              stack.push(field === CronUnit.DayOfWeek ? v2 % 7 : result);
            }
          }
        }
        const atoms = val.split(",");
        for (const atom of atoms) {
          _CronExpressionParser.#assertMaxFieldValues(field, stack.length);
          if (!(atom.length > 0)) {
            throw new Error("Invalid list value format");
          }
          handleResult(_CronExpressionParser.#parseRepeat(field, atom, constraints), constraints);
        }
        return stack;
      }
      /**
       * Parse repeat from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The repeat to parse.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {(number | string)[]} The parsed repeat.
       */
      static #parseRepeat(field, val, constraints) {
        const atoms = val.split("/");
        if (atoms.length > 2) {
          throw new Error(`Invalid repeat: ${val}`);
        }
        if (atoms.length === 2) {
          if (!atoms[0].includes("-")) {
            atoms[0] = `${atoms[0]}-${constraints.max}`;
          }
          return _CronExpressionParser.#parseRange(field, atoms[0], +atoms[1], constraints);
        }
        return _CronExpressionParser.#parseRange(field, val, 1, constraints);
      }
      /**
       * Validate a cron range.
       * @param {number} min - The minimum value of the range.
       * @param {number} max - The maximum value of the range.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {void}
       * @throws {Error} Throws an error if the range is invalid.
       */
      static #validateRange(min, max, constraints) {
        const isValid = !isNaN(min) && !isNaN(max) && min >= constraints.min && max <= constraints.max;
        if (!isValid) {
          throw new Error(`Constraint error, got range ${min}-${max} expected range ${constraints.min}-${constraints.max}`);
        }
        if (min > max) {
          throw new Error(`Invalid range: ${min}-${max}, min(${min}) > max(${max})`);
        }
      }
      /**
       * Validate a cron repeat interval.
       * @param {number} repeatInterval - The repeat interval to validate.
       * @private
       * @returns {void}
       * @throws {Error} Throws an error if the repeat interval is invalid.
       */
      static #validateRepeatInterval(repeatInterval) {
        if (!(!isNaN(repeatInterval) && repeatInterval > 0)) {
          throw new Error(`Constraint error, cannot repeat at every ${repeatInterval} time.`);
        }
      }
      /**
       * Create a range from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {number} min - The minimum value of the range.
       * @param {number} max - The maximum value of the range.
       * @param {number} repeatInterval - The repeat interval of the range.
       * @private
       * @returns {number[]} The created range.
       */
      static #createRange(field, min, max, repeatInterval) {
        const stack = [];
        if (field === CronUnit.DayOfWeek && max % 7 === 0 && (max - min) % repeatInterval === 0) {
          stack.push(0);
        }
        for (let index2 = min; index2 <= max; index2 += repeatInterval) {
          if (stack.indexOf(index2) === -1) {
            stack.push(index2);
          }
        }
        return stack;
      }
      /**
       * Parse a range from a cron expression.
       * @param {CronUnit} field - The field to parse.
       * @param {string} val - The range to parse.
       * @param {number} repeatInterval - The repeat interval of the range.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @private
       * @returns {number[] | string[] | number | string} The parsed range.
       */
      static #parseRange(field, val, repeatInterval, constraints) {
        const atoms = val.split("-");
        if (atoms.length <= 1) {
          return isNaN(+val) ? val : +val;
        }
        if (atoms.length > 2) {
          throw new Error(`Invalid range: ${val}`);
        }
        const [min, max] = atoms.map((atom) => /^\d+$/.test(atom) ? +atom : NaN);
        this.#validateRange(min, max, constraints);
        this.#validateRepeatInterval(repeatInterval);
        return this.#createRange(field, min, max, repeatInterval);
      }
      /**
       * Parse a cron expression.
       * @param {string} val - The cron expression to parse.
       * @private
       * @returns {string} The parsed cron expression.
       */
      static #parseNthDay(val) {
        const atoms = val.split("#");
        if (atoms.length <= 1) {
          return { dayOfWeek: atoms[0] };
        }
        const nthValue = +atoms[atoms.length - 1];
        const matches2 = val.match(/([,\-/L])/);
        if (matches2 !== null) {
          throw new Error(`Constraint error, invalid dayOfWeek \`#\` and \`${matches2?.[0]}\` special characters are incompatible`);
        }
        if (!(atoms.length <= 2 && !isNaN(nthValue) && nthValue >= 1 && nthValue <= 5)) {
          throw new Error("Constraint error, invalid dayOfWeek occurrence number (#)");
        }
        return { dayOfWeek: atoms[0], nthDayOfWeek: nthValue };
      }
      /**
       * Checks if a character is valid for a field.
       * @param {CronConstraints} constraints - The constraints for the field.
       * @param {string | number} value - The value to check.
       * @private
       * @returns {boolean} Whether the character is valid for the field.
       */
      static #isValidConstraintChar(constraints, value) {
        return constraints.chars.some((char) => value.toString().includes(char));
      }
    };
    exports.CronExpressionParser = CronExpressionParser2;
  }
});

// node_modules/cron-parser/dist/CronFileParser.js
var require_CronFileParser = __commonJS({
  "node_modules/cron-parser/dist/CronFileParser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFileParser = void 0;
    var CronExpressionParser_1 = require_CronExpressionParser();
    var CronFileParser = class _CronFileParser {
      /**
       * Parse a crontab file asynchronously
       * @param filePath Path to crontab file
       * @returns Promise resolving to parse results
       * @throws If file cannot be read
       */
      static async parseFile(filePath) {
        const { readFile } = __require("fs/promises");
        const data = await readFile(filePath, "utf8");
        return _CronFileParser.#parseContent(data);
      }
      /**
       * Parse a crontab file synchronously
       * @param filePath Path to crontab file
       * @returns Parse results
       * @throws If file cannot be read
       */
      static parseFileSync(filePath) {
        const { readFileSync: readFileSync3 } = __require("fs");
        const data = readFileSync3(filePath, "utf8");
        return _CronFileParser.#parseContent(data);
      }
      /**
       * Internal method to parse crontab file content
       * @private
       */
      static #parseContent(data) {
        const blocks2 = data.split("\n");
        const result = {
          variables: {},
          expressions: [],
          errors: {}
        };
        for (const block of blocks2) {
          const entry3 = block.trim();
          if (entry3.length === 0 || entry3.startsWith("#")) {
            continue;
          }
          const variableMatch = entry3.match(/^([^\s=]+)\s*=\s*(.*)$/);
          if (variableMatch) {
            const [, key, value] = variableMatch;
            Object.defineProperty(result.variables, key, {
              value: value.replace(/^(["'])(.*)\1$/, "$2"),
              // Remove one matching pair of quotes around the value
              enumerable: true,
              writable: true,
              configurable: true
            });
            continue;
          }
          try {
            const parsedEntry = _CronFileParser.#parseEntry(entry3);
            result.expressions.push(parsedEntry.interval);
          } catch (err2) {
            Object.defineProperty(result.errors, entry3, {
              value: err2,
              enumerable: true,
              writable: true,
              configurable: true
            });
          }
        }
        return result;
      }
      /**
       * Parse a single crontab entry
       * @private
       */
      static #parseEntry(entry3) {
        const atoms = entry3.split(/\s+/);
        const scheduleLength = atoms[0].startsWith("@") ? 1 : 5;
        return {
          interval: CronExpressionParser_1.CronExpressionParser.parse(atoms.slice(0, scheduleLength).join(" ")),
          command: atoms.slice(scheduleLength, atoms.length)
        };
      }
    };
    exports.CronFileParser = CronFileParser;
  }
});

// node_modules/cron-parser/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/cron-parser/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CronFileParser = exports.CronExpressionParser = exports.CronExpression = exports.CronFieldCollection = exports.CronDate = void 0;
    var CronExpressionParser_1 = require_CronExpressionParser();
    var CronDate_1 = require_CronDate();
    Object.defineProperty(exports, "CronDate", { enumerable: true, get: function() {
      return CronDate_1.CronDate;
    } });
    var CronFieldCollection_1 = require_CronFieldCollection();
    Object.defineProperty(exports, "CronFieldCollection", { enumerable: true, get: function() {
      return CronFieldCollection_1.CronFieldCollection;
    } });
    var CronExpression_1 = require_CronExpression();
    Object.defineProperty(exports, "CronExpression", { enumerable: true, get: function() {
      return CronExpression_1.CronExpression;
    } });
    var CronExpressionParser_2 = require_CronExpressionParser();
    Object.defineProperty(exports, "CronExpressionParser", { enumerable: true, get: function() {
      return CronExpressionParser_2.CronExpressionParser;
    } });
    var CronFileParser_1 = require_CronFileParser();
    Object.defineProperty(exports, "CronFileParser", { enumerable: true, get: function() {
      return CronFileParser_1.CronFileParser;
    } });
    __exportStar(require_fields(), exports);
    exports.default = CronExpressionParser_1.CronExpressionParser;
  }
});

// src/lint/classify.ts
function basename(p) {
  const i2 = p.lastIndexOf("/");
  return i2 === -1 ? p : p.slice(i2 + 1);
}
var SHEBANG_SHELL = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+)?(?:ba|da|k|z)?sh\b/;
function classify(path, head) {
  const name2 = basename(path);
  const lower2 = name2.toLowerCase();
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
  if (!name2.includes(".") && SHEBANG_SHELL.test(head)) return "shell";
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
function child(dir, name2) {
  return dir.endsWith(sep) ? dir + name2 : dir + sep + name2;
}
function inside(relDir) {
  return relDir === "" || !(relDir.startsWith("..") || isAbsolute(relDir));
}
function walk(dir, relDir, root, scopes, out2, notices, seen) {
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
      walk(abs, fast ? relDir ? `${relDir}/${e.name}` : e.name : toRel(root, abs), root, localScopes, out2, notices, seen);
    } else if (e.isFile()) {
      if (localScopes && ignored(localScopes, abs, false)) continue;
      if (seen.has(abs)) continue;
      seen.add(abs);
      out2.push({ rel: fast ? relDir ? `${relDir}/${e.name}` : e.name : toRel(root, abs), abs });
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
  return { root, files: [], invocations: [], schedulers: [], scriptCalls: [], envFiles: [], buckets: [], nginx: [], parseProblems: [], liveBucketNotes: [] };
}

// src/lint/parse/shell.ts
var KEYWORDS_SKIP = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "time", "{", "}", "esac"]);
function identity(n) {
  const a = new Array(n);
  for (let i2 = 0; i2 < n; i2++) a[i2] = i2;
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
  fo(i2) {
    return this.off[Math.min(i2, this.s.length)] ?? 0;
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
    const start2 = this.i;
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
      this.ensureCommand(start2).redirects.push({ op });
      return;
    }
    while (this.i < s.length && (s[this.i] === " " || s[this.i] === "	")) this.i++;
    const target = this.word();
    const cmd2 = this.ensureCommand(start2);
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
  ensureCommand(start2) {
    if (!this.cur) {
      this.cur = { assignments: [], words: [], redirects: [], heredocs: [], start: this.fo(start2), end: this.fo(start2) };
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
    const start2 = this.i;
    const parts2 = [];
    let lit = "";
    let litOff = [];
    const flush = () => {
      if (lit) parts2.push({ kind: "lit", text: lit, offsets: litOff });
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
            this.expansion(parts2);
            rawChars += s.slice(before, this.i);
            continue;
          }
          push(d, this.i);
          rawChars += d;
          this.i++;
        }
        if (!closed) this.problems.push({ start: this.fo(start2), end: this.fo(s.length), message: "unterminated double quote" });
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
        this.expansion(parts2);
        rawChars += s.slice(before, this.i);
        continue;
      }
      rawChars += c;
      push(c, this.i);
      this.i++;
    }
    flush();
    if (this.i === start2) return null;
    return { parts: parts2, start: this.fo(start2), end: this.fo(this.i), raw: rawChars };
  }
  /** At `$` or a backtick: reads one expansion into `parts`, collecting nested commands. */
  expansion(parts2) {
    const s = this.s;
    const start2 = this.i;
    if (s[this.i] === "`") {
      let j = this.i + 1;
      while (j < s.length && s[j] !== "`") j += s[j] === "\\" ? 2 : 1;
      this.nested(this.i + 1, Math.min(j, s.length));
      this.i = Math.min(j + 1, s.length);
      parts2.push({ kind: "unknown", start: this.fo(start2), end: this.fo(this.i) });
      return;
    }
    const n = s[this.i + 1];
    if (n === "(") {
      const arithmetic = s[this.i + 2] === "(";
      const close = this.matchParen(this.i + 1);
      if (!arithmetic) this.nested(this.i + 2, close);
      this.i = Math.min(close + 1, s.length);
      parts2.push({ kind: "unknown", start: this.fo(start2), end: this.fo(this.i) });
      return;
    }
    if (n === "{") {
      const close = s.indexOf("}", this.i + 2);
      const end = close === -1 ? s.length : close;
      const inner = s.slice(this.i + 2, end);
      this.i = Math.min(end + 1, s.length);
      const m2 = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=])(.*))?$/s.exec(inner);
      if (m2 && (m2[2] === void 0 || !/[$`'"\\]/.test(m2[3] ?? ""))) {
        parts2.push({ kind: "var", name: m2[1], fallback: m2[2] ? m2[3] ?? "" : void 0, start: this.fo(start2), end: this.fo(this.i) });
      } else {
        parts2.push({ kind: "unknown", start: this.fo(start2), end: this.fo(this.i) });
      }
      return;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9@*#?$!-]/.exec(s.slice(this.i + 1, this.i + 200));
    if (m) {
      this.i += 1 + m[0].length;
      if (/^[A-Za-z_]/.test(m[0])) parts2.push({ kind: "var", name: m[0], start: this.fo(start2), end: this.fo(this.i) });
      else parts2.push({ kind: "unknown", start: this.fo(start2), end: this.fo(this.i) });
      return;
    }
    parts2.push({ kind: "lit", text: "$", offsets: [this.fo(this.i)] });
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
  const parts2 = params.split(",").map((p) => p.trim()).filter((p) => p !== "");
  let min = 0;
  let max = 0;
  const names = [];
  for (const p of parts2) {
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
  const args2 = max === 0 ? "none" : min > 0 ? "some" : "any";
  return { args: args2, minArgs: min, maxArgs: max, argNames: names };
}
function cmd(params, options, extra = {}) {
  return { ...sig(params), options, ...extra };
}
var concurrency = { name: "concurrency", type: "numeric", default: 5, aliases: ["c"] };
var verbose = { name: "verbose", type: "boolean", default: false, aliases: ["v"] };
var dryRun = { name: "dry-run", type: "boolean", default: false };
var bool = (name2, extra = {}) => ({ name: name2, type: "boolean", ...extra });
var str2 = (name2, extra = {}) => ({ name: name2, type: "string", ...extra });
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
function groupClass(commands) {
  return { commands: { ...commands, help: GROUP_HELP }, groups: {}, map: HELP_MAP };
}
var method = (key) => key.replace(/-/g, "_");
function resolveCommand(cls, typed) {
  const keys = [...Object.keys(cls.groups), ...Object.keys(cls.commands)];
  const byMethod = new Map(keys.map((k) => [method(k), k]));
  const names = [...byMethod.keys(), ...Object.keys(cls.map)];
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
  const i2 = words.findIndex((w) => w.value !== null && w.value.startsWith("-"));
  return i2 === -1 ? [words, []] : [words.slice(0, i2), words.slice(i2)];
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
          this.unshift([...m[1]].map((f, i2) => ({ ...subWord(shifted, i2 + 1, i2 + 2), value: `-${f}`, text: `-${f}`, offsets: void 0 })));
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
  positionals2.forEach((w, i2) => {
    const o = parser2.origin.get(w);
    if (!o || o.kind === "swallowed") return;
    const typed = w.value ?? w.text;
    const argName = spec.argNames[Math.min(i2, spec.argNames.length - 1)];
    const subject = o.kind === "unknown-switch" ? "it" : `"${typed}"`;
    const effect = overflow ? `so Thor passes ${subject} to the command as an argument and tootctl exits 1 with "was called with arguments" without doing anything` : unknown || !argName ? `so Thor passes ${subject} to the command as an argument instead` : `so Thor passes ${subject} to the command as a ${argName} argument instead and the job runs as if it were not there`;
    if (o.kind === "unknown-switch") {
      const name2 = EQ_RE.exec(typed)?.[1] ?? typed;
      const suggestion = suggestOption(name2, spec);
      call.problems.push({
        kind: "unknown-option",
        word: w,
        suggestion,
        message: `"${label}" has no option "${name2}", ${effect}; ${suggestion ? `use "${suggestion}"` : "remove it"}`
      });
    } else {
      call.problems.push({
        kind: "bad-value",
        word: w,
        message: `"${o.option}" takes no value but got "${typed}", ${effect}; write "${o.option}" alone, or "${o.option}=false" to turn it off`
      });
    }
    explained.add(w);
    for (let j = i2 + 1; j < positionals2.length && parser2.origin.get(positionals2[j])?.kind === "swallowed"; j++) explained.add(positionals2[j]);
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
  const { start: start2, end } = w.span;
  if (!offs || to <= from || start2.line !== end.line) return w.span;
  const s = offs[from];
  const ends = w.ends;
  const endOf = (k) => ends ? ends[k] : (offs[k] ?? -2) + 1;
  const e = endOf(to - 1);
  if (s === void 0 || e === void 0 || s < start2.offset || e > end.offset) return w.span;
  for (let k = from + 1; k < to; k++) {
    const prevEnd = endOf(k - 1);
    const same = offs[k] === offs[k - 1] && endOf(k) === prevEnd;
    if (offs[k] !== prevEnd && !same) return w.span;
  }
  return {
    file: w.span.file,
    start: { line: start2.line, column: start2.column + (s - start2.offset), offset: s },
    end: { line: start2.line, column: start2.column + (e - start2.offset), offset: e }
  };
}
function joinSpans(a, b) {
  const start2 = b.start.offset < a.start.offset ? b.start : a.start;
  const end = b.end.offset > a.end.offset ? b.end : a.end;
  return { file: a.file, start: start2, end };
}
function optionValue(call, name2) {
  const o = call.options.get(name2);
  if (o) return o.value;
  const spec = call.spec?.options.find((x) => x.name === name2);
  return spec?.default;
}
function flag(call, name2) {
  const o = call.options.get(name2);
  if (o) return o.value === null ? null : o.value === true;
  return call.hasUnknownWords ? null : false;
}
function isCommand(call, ...path) {
  return call.command.length === path.length && path.every((p, i2) => call.command[i2] === p);
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
function distance(a, b, bound = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i2 = 1; i2 <= a.length; i2++) {
    let prev = row[0];
    row[0] = i2;
    let rowMin = row[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i2 - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
      if (row[j] < rowMin) rowMin = row[j];
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
  const out2 = [];
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
    for (const item of invs) out2.push(item);
    const shell = invs.find((i2) => SHELLS.test(i2.argv[0]?.value ?? ""));
    if (cmd2.heredocs.length && shell) {
      const label = base(shell.argv[0]?.value ?? "sh");
      for (const h of cmd2.heredocs) {
        for (const inner of invocationsFromShell(h.text, h.offsets, { ...ctx, env: shell.env, depth: (ctx.depth ?? 0) + 1 })) {
          out2.push({ ...inner, via: [...shell.via, `${label} <<heredoc`, ...inner.via] });
        }
      }
    }
  }
  return out2;
}
function assign(w, file, env, source) {
  const eq = w.raw.indexOf("=");
  const name2 = w.raw.slice(0, eq).replace(/\+$/, "");
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
  const was = env.vars.get(name2);
  const exported = source === "shell variable" ? was?.exported ?? (was ? true : false) : true;
  env.vars.set(name2, { value: r.value, span: file.span(w.start, w.end), source, exported });
}
var SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:ba|da|k|z)?sh$/;
function base(v2) {
  if (v2 === null) return "";
  const i2 = v2.lastIndexOf("/");
  return i2 === -1 ? v2 : v2.slice(i2 + 1);
}
function fromArgv(argv, env, cmd2, ctx, via) {
  let i2 = 0;
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
  for (let guard = 0; guard < 32 && i2 < argv.length; guard++) {
    const name2 = base(argv[i2]?.value ?? null);
    const rest = argv.slice(i2 + 1);
    if (name2 === "sudo") {
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
      i2 += 1 + j;
      continue;
    }
    if (name2 === "su" || name2 === "runuser") {
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
      const e = login ? { vars: /* @__PURE__ */ new Map(), kind: "opaque", notes: [...env.notes, `${name2} - starts a login shell`] } : env;
      if (script) {
        const r = nested(script, `${name2} -c`, e);
        if (r) return r;
        return [mkInvocation([script], e, cmd2, ctx, [...via, `${name2} -c`], "low")];
      }
      if (dashdash && name2 === "runuser") {
        via = [...via, name2];
        env = e;
        i2 += 1 + j;
        continue;
      }
      return [];
    }
    if (SHELLS.test(argv[i2]?.value ?? "")) {
      let j = 0;
      let login = false;
      for (; j < rest.length; j++) {
        const v2 = rest[j].value ?? "";
        if (!v2.startsWith("-") || v2 === "--") break;
        if (/^-[a-z]*l/.test(v2) || v2 === "--login") login = true;
        if (/^-[a-z]*c[a-z]*$/.test(v2)) {
          const e = login ? { ...cloneEnv(env), kind: env.kind === "container" ? "container" : "opaque" } : env;
          const r = nested(rest[j + 1], `${name2} ${v2}`, e);
          if (r) return r;
          return rest[j + 1] ? [mkInvocation([rest[j + 1]], e, cmd2, ctx, [...via, `${name2} ${v2}`], "low")] : [];
        }
      }
      break;
    }
    if (name2 === "env") {
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
      i2 += 1 + j;
      continue;
    }
    const skipOpts = SIMPLE_WRAPPERS[name2];
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
      via = [...via, name2];
      i2 += 1 + j;
      continue;
    }
    if (name2 === "bundle" && argv[i2 + 1]?.value === "exec") {
      via = [...via, "bundle exec"];
      i2 += 2;
      continue;
    }
    if (name2 === "ruby" && /tootctl$/.test(argv[i2 + 1]?.value ?? "")) {
      i2 += 1;
      continue;
    }
    const container2 = containerWrapper(argv, i2);
    if (container2) {
      env = { vars: new Map(container2.env), kind: container2.envFile ? "opaque" : "container", notes: [...env.notes] };
      via = [...via, container2.label];
      i2 = container2.next;
      continue;
    }
    break;
  }
  const inner = argv.slice(i2);
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
function containerWrapper(argv, i2) {
  const v2 = (k) => argv[k]?.value ?? null;
  const name2 = base(v2(i2));
  let j = i2 + 1;
  let label = "";
  if ((name2 === "docker" || name2 === "podman") && (v2(j) === "compose" || v2(j) === "container")) {
    label = `${name2} ${v2(j)}`;
    j++;
  } else if (name2 === "docker-compose" || name2 === "podman-compose") label = name2;
  else if (name2 === "docker" || name2 === "podman" || name2 === "kubectl" || name2 === "oc") label = name2;
  else return null;
  while (v2(j)?.startsWith("-")) j += ["-f", "--file", "-p", "--project-name", "-n", "--namespace", "--context", "--env-file", "-H", "--host"].includes(v2(j)) ? 2 : 1;
  const sub2 = v2(j);
  if (sub2 !== "exec" && sub2 !== "run") return null;
  label += ` ${sub2}`;
  j++;
  const env = /* @__PURE__ */ new Map();
  let envFile = false;
  const valued = ["-e", "--env", "-u", "--user", "-w", "--workdir", "--name", "-v", "--volume", "--entrypoint", "--index", "-c", "--container", "-n", "--namespace", "--network", "-l", "--label", "--env-file", "-p", "--publish"];
  let positional = name2 === "kubectl" || name2 === "oc" ? 0 : 1;
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
    if (name2 === "kubectl" || name2 === "oc") {
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
    const body2 = line.trimStart();
    if (body2 === "" || body2.startsWith("#")) {
      continued = false;
      if (eol === text.length) break;
      continue;
    }
    if (continued) {
      continued = /\\$/.test(body2.trimEnd());
      model.parseProblems.push({
        span: file.span(lineStart + lead, lineStart + line.length),
        message: "cron reads this line as a separate entry, not as the continuation of the line above, and rejects it: the job runs without these arguments"
      });
      if (eol === text.length) break;
      continue;
    }
    const envm = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(body2);
    if (envm && !/^[0-9*@]/.test(body2)) {
      let v2 = envm[2].trimEnd();
      if (v2.startsWith('"') && v2.endsWith('"') && v2.length >= 2 || v2.startsWith("'") && v2.endsWith("'") && v2.length >= 2) v2 = v2.slice(1, -1);
      env.vars.set(envm[1], { value: v2, span: file.span(lineStart + lead, lineStart + line.length), source: `crontab line ${file.position(lineStart).line}` });
    } else {
      continued = entry2(file, model, body2, lineStart + lead, withUser, env);
    }
    if (eol === text.length) break;
  }
}
function entry2(file, model, body2, start2, withUser, env) {
  const fields = [];
  const want = (body2.startsWith("@") ? 1 : 5) + (withUser ? 1 : 0);
  let i2 = 0;
  while (fields.length < want && i2 < body2.length) {
    while (i2 < body2.length && (body2[i2] === " " || body2[i2] === "	")) i2++;
    const s = i2;
    while (i2 < body2.length && body2[i2] !== " " && body2[i2] !== "	") i2++;
    if (i2 > s) fields.push({ text: body2.slice(s, i2), start: start2 + s, end: start2 + i2 });
  }
  while (i2 < body2.length && (body2[i2] === " " || body2[i2] === "	")) i2++;
  const lineEnd = start2 + body2.length;
  const schedFields = withUser ? fields.slice(0, -1) : fields;
  const first = schedFields[0];
  const last = schedFields[schedFields.length - 1];
  const schedSpan = file.span(first?.start ?? start2, last?.end ?? lineEnd);
  const schedText = schedFields.map((f) => f.text).join(" ");
  const user = withUser ? fields[fields.length - 1]?.text : void 0;
  const scheduler = {
    kind: withUser ? "cron.d" : "crontab",
    label: withUser ? `cron entry (user ${user ?? "?"})` : "crontab entry",
    span: file.span(start2, lineEnd),
    schedule: {
      kind: body2.startsWith("@") ? "special" : "cron",
      text: schedText,
      known: true,
      span: schedSpan
    }
  };
  if (body2.startsWith("@") && !NICKNAMES.has(first?.text ?? "")) scheduler.schedule.kind = "special";
  const cmdStart = start2 + i2;
  const raw = body2.slice(i2);
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
    model.parseProblems.push({ span: file.span(start2, lineEnd), message: "crontab entry has no command" });
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
import { dirname as dirname2, join as join2 } from "node:path";

// src/lint/parse/systemd.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function parseUnit(text) {
  const out2 = { entries: [], sections: [], problems: [] };
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
  return out2;
  function logicalLine(l, o) {
    let a = 0;
    let b = l.length;
    while (a < b && WS.has(l[a])) a++;
    while (b > a && WS.has(l[b - 1])) b--;
    if (a === b) return;
    const start2 = o[a] ?? 0;
    const end = (o[b - 1] ?? start2) + 1;
    if (l[a] === "[") {
      if (l[b - 1] !== "]") {
        out2.problems.push({ start: start2, end, message: `invalid section header "${l.slice(a, b)}": it must end with "]", and systemd refuses to load the unit`, severity: "error" });
        section2 = null;
        ignoredSection = true;
        return;
      }
      section2 = l.slice(a + 1, b - 1);
      ignoredSection = false;
      out2.sections.push({ name: section2, start: start2, end });
      return;
    }
    if (section2 === null) {
      if (!ignoredSection) out2.problems.push({ start: start2, end, message: "assignment outside of a [Section]: systemd ignores it", severity: "warning" });
      return;
    }
    const eq = l.indexOf("=", a);
    if (eq === -1 || eq >= b) {
      out2.problems.push({ start: start2, end, message: `missing "=" in "${l.slice(a, b)}": systemd ignores this line`, severity: "warning" });
      return;
    }
    if (eq === a) {
      out2.problems.push({ start: start2, end, message: 'missing key name before "=": systemd ignores this line', severity: "warning" });
      return;
    }
    let ke = eq;
    while (ke > a && WS.has(l[ke - 1])) ke--;
    let vs = eq + 1;
    while (vs < b && WS.has(l[vs])) vs++;
    const valueOffsets = o.slice(vs, b);
    valueOffsets.push(b > vs ? (o[b - 1] ?? 0) + 1 : (o[eq] ?? 0) + 1);
    out2.entries.push({
      section: section2,
      key: l.slice(a, ke),
      keyStart: start2,
      keyEnd: (o[ke - 1] ?? start2) + 1,
      value: l.slice(vs, b),
      offsets: valueOffsets,
      start: start2,
      end
    });
  }
}
var SIMPLE_ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", s: " ", "\\": "\\", '"': '"', "'": "'" };
function splitWords(value, offsets, from = 0, commandLine = false) {
  const words = [];
  const fo = (i3) => offsets[Math.min(i3, offsets.length - 1)] ?? 0;
  let i2 = from;
  const n = value.length;
  while (i2 < n) {
    while (i2 < n && WS.has(value[i2])) i2++;
    if (i2 >= n) break;
    if (commandLine) {
      if (value[i2] === ";" && (i2 + 1 >= n || WS.has(value[i2 + 1]))) {
        i2++;
        while (i2 < n && WS.has(value[i2])) i2++;
        return { words, next: i2, semicolon: true };
      }
      if (value[i2] === "\\" && value[i2 + 1] === ";" && (i2 + 2 >= n || WS.has(value[i2 + 2]))) {
        words.push({ text: ";", offsets: [fo(i2 + 1)], start: fo(i2), end: fo(i2 + 1) + 1, raw: "\\;" });
        i2 += 2;
        continue;
      }
    }
    const start2 = i2;
    let text = "";
    const wo = [];
    let quote = null;
    for (; i2 < n; i2++) {
      const c = value[i2];
      if (!quote && WS.has(c)) break;
      if (quote && c === quote) {
        quote = null;
        continue;
      }
      if (!quote && (c === '"' || c === "'")) {
        quote = c;
        continue;
      }
      if (c === "{" && value[i2 + 1] === "{") {
        const close = value.indexOf("}}", i2 + 2);
        const stop2 = close === -1 ? n : close + 2;
        for (; i2 < stop2; i2++) {
          text += value[i2];
          wo.push(fo(i2));
        }
        i2--;
        continue;
      }
      if (c === "\\") {
        const e = unescape(value, i2 + 1);
        if (!e) return { words, next: n, semicolon: false, error: { at: i2, message: 'a "\\" at the end of the value escapes nothing' } };
        text += e.ch;
        wo.push(fo(i2 + 1));
        i2 = e.next - 1;
        continue;
      }
      text += c;
      wo.push(fo(i2));
    }
    if (quote) return { words, next: n, semicolon: false, error: { at: start2, message: `unterminated ${quote === '"' ? "double" : "single"} quote` } };
    words.push({ text, offsets: wo, start: fo(start2), end: fo(i2 - 1) + 1, raw: value.slice(start2, i2) });
  }
  return { words, next: n, semicolon: false };
}
function unescape(s, i2) {
  const c = s[i2];
  if (c === void 0) return null;
  const simple = SIMPLE_ESCAPES[c];
  if (simple !== void 0) return { ch: simple, next: i2 + 1 };
  if (c === "x") {
    const m = /^[0-9a-fA-F]{2}/.exec(s.slice(i2 + 1));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 16)), next: i2 + 3 };
  }
  if (c === "u" || c === "U") {
    const len = c === "u" ? 4 : 8;
    const m = new RegExp(`^[0-9a-fA-F]{${len}}`).exec(s.slice(i2 + 1));
    if (m) {
      const cp = parseInt(m[0], 16);
      if (cp <= 1114111) return { ch: String.fromCodePoint(cp), next: i2 + 1 + len };
    }
  }
  if (/[0-7]/.test(c)) {
    const m = /^[0-7]{3}/.exec(s.slice(i2));
    if (m) return { ch: String.fromCharCode(parseInt(m[0], 8)), next: i2 + 3 };
  }
  return { ch: c, next: i2 + 1 };
}
function parseExec(value, offsets, specifier) {
  const res = { commands: [], problems: [] };
  const fo = (i2) => offsets[Math.min(i2, offsets.length - 1)] ?? 0;
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
  const end = (i2) => (o[i2] ?? w.end - 1) + 1;
  if (expand && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    return { segments: [{ kind: "var", name: t.slice(1), split: true, start: w.start, end: w.end }], start: w.start, end: w.end, raw: w.raw };
  }
  for (let i2 = 0; i2 < t.length; i2++) {
    const c = t[i2];
    if (c === "{" && t[i2 + 1] === "{") {
      const close = t.indexOf("}}", i2 + 2);
      const stop2 = close === -1 ? t.length : close + 2;
      flush();
      segs.push({ kind: "unknown", text: t.slice(i2, stop2), start: o[i2] ?? w.start, end: end(stop2 - 1) });
      i2 = stop2 - 1;
      continue;
    }
    if (c === "%") {
      const s = t[i2 + 1];
      if (s === void 0) {
        lit += c;
        lo.push(o[i2] ?? 0);
        continue;
      }
      const v2 = s === "%" ? "%" : specifier(s);
      if (v2 === null) {
        flush();
        segs.push({ kind: "unknown", text: `%${s}`, start: o[i2] ?? w.start, end: end(i2 + 1) });
      } else {
        for (const ch of v2) {
          lit += ch;
          lo.push(o[i2] ?? 0);
        }
      }
      i2++;
      continue;
    }
    if (expand && c === "$") {
      if (t[i2 + 1] === "$") {
        lit += "$";
        lo.push(o[i2] ?? 0);
        i2++;
        continue;
      }
      if (t[i2 + 1] === "{") {
        const close = t.indexOf("}", i2 + 2);
        const name2 = close === -1 ? "" : t.slice(i2 + 2, close);
        if (close !== -1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name2)) {
          flush();
          segs.push({ kind: "var", name: name2, split: false, start: o[i2] ?? w.start, end: end(close) });
          i2 = close;
          continue;
        }
        if (close !== -1 && !(i2 === 0 && t[close + 1] === "/")) {
          flush();
          segs.push({ kind: "unknown", text: t.slice(i2, close + 1), start: o[i2] ?? w.start, end: end(close) });
          i2 = close;
          continue;
        }
      }
    }
    lit += c;
    lo.push(o[i2] ?? 0);
  }
  flush();
  return { segments: segs, start: w.start, end: w.end, raw: w.raw };
}
function parseEnvironment(value, offsets) {
  const split2 = splitWords(value, offsets);
  const out2 = [];
  for (const w of split2.words) {
    const eq = w.text.indexOf("=");
    if (eq <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(w.text.slice(0, eq))) continue;
    out2.push({ name: w.text.slice(0, eq), value: w.text.slice(eq + 1), start: w.start, end: w.end, valueOffsets: w.offsets.slice(eq + 1) });
  }
  return out2;
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
  const i2 = path.lastIndexOf("/");
  return i2 === -1 ? "" : path.slice(0, i2);
}
var extractSystemd = (file, model) => {
  const st = stateOf(model);
  if (st.handled.has(file.path)) {
    const i2 = model.files.findIndex((f) => f.path === file.path && f !== file);
    if (i2 !== -1) model.files.splice(i2, 1);
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
function section(unit, name2) {
  return unit.entries.filter((e) => e.section === name2);
}
function extractTimer(file, model, st) {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name2 = unitName(file.path);
  let triggers = [];
  let target = name2.replace(/\.timer$/, ".service");
  for (const e of section(unit, "Timer")) {
    if (e.key === "OnCalendar" || MONOTONIC_KEYS.includes(e.key)) {
      if (e.value === "") triggers = [];
      else triggers.push(e);
    } else if (e.key === "Unit" && e.value !== "") target = e.value;
  }
  if (triggers.length === 0) {
    const where = unit.sections.find((s) => s.name === "Timer");
    model.parseProblems.push({
      span: where ? file.span(where.start, where.end) : file.span(0, Math.max(0, file.text.indexOf("\n"))),
      message: `timer "${name2}" has no OnCalendar= or OnBootSec=-style trigger, so systemd refuses to load it and its service is never started`
    });
    return;
  }
  const dir = dirOf(file.path);
  let first = null;
  for (const e of triggers) {
    const valueSpan2 = file.span(e.offsets[0] ?? e.start, e.offsets[e.offsets.length - 1] ?? e.end);
    const schedule = e.key === "OnCalendar" ? { kind: "oncalendar", text: e.value, known: !/\{\{|\{%|%[^%]/.test(e.value.replace(/%%/g, "")), span: valueSpan2 } : { kind: "unknown", text: `${e.key}=${e.value}`, known: true, span: file.span(e.start, e.end) };
    const s = { kind: "systemd-timer", label: `systemd timer ${name2}`, span: file.span(e.start, e.end), schedule };
    model.schedulers.push(s);
    first ??= s;
  }
  const timer = { unit: name2, dir, target, scheduler: first };
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
function findUnit(list2, name2, dir) {
  const template = name2.replace(/@[^.]+\./, "@.");
  const named2 = list2.filter((u) => u.unit === name2 || u.unit === template);
  return named2.find((u) => u.dir === dir) ?? named2[0];
}
function readPartner(file, name2, st) {
  if (!file.absPath || name2.includes("/")) return null;
  const dir = dirOf(file.path);
  const template = name2.replace(/@[^.]+\./, "@.");
  const names = [name2, `${name2}.j2`, template, `${template}.j2`];
  for (const n of names) {
    const rel = dir ? `${dir}/${n}` : n;
    if (st.handled.has(rel)) continue;
    const abs = join2(dirname2(file.absPath), n);
    const { file: f } = readSource(rel, abs);
    if (!f) continue;
    st.handled.add(rel);
    return f;
  }
  return null;
}
function bind(model, service, scheduler) {
  if (service.bound) return;
  service.bound = true;
  const mine = new Set(service.invocations);
  model.invocations = model.invocations.filter((i2) => !mine.has(i2));
  for (const inv of service.invocations) inv.scheduler = scheduler;
  addInvocations(model, service.invocations);
}
function extractService(file, model, st) {
  const unit = parseUnit(file.text);
  problems(file, model, unit);
  const name2 = unitName(file.path);
  const dir = dirOf(file.path);
  const entries = section(unit, "Service");
  const env = serviceEnv(file, name2, entries);
  const activates = (t) => t.target === name2 || t.target.replace(/@[^.]+\./, "@.") === name2;
  const timers = st.timers.filter(activates);
  let timer = timers.find((t) => t.dir === dir) ?? timers[0];
  if (!timer) {
    const partner = readPartner(file, name2.replace(/\.service$/, ".timer"), st);
    if (partner) {
      model.files.push(partner);
      extractTimer(partner, model, st);
      timer = st.timers.find((t) => t.unit === unitName(partner.path) && activates(t));
    }
  }
  const scheduler = timer?.scheduler ?? null;
  const specifier = specifiers(name2);
  const invocations = [];
  for (const key of EXEC_KEYS) {
    let lines = [];
    for (const e of entries) {
      if (e.key !== key) continue;
      if (e.value === "") lines = [];
      else lines.push(e);
    }
    for (const e of lines) {
      const parsed = parseExec(e.value, e.offsets, specifier);
      for (const p of parsed.problems) model.parseProblems.push({ span: file.span(p.start, p.end), message: p.message });
      for (const cmd2 of parsed.commands) for (const item of commandInvocations(file, cmd2, env, scheduler)) invocations.push(item);
    }
  }
  addInvocations(model, invocations);
  st.services.push({ unit: name2, dir, invocations, bound: scheduler !== null });
}
function specifiers(unit) {
  const dot = unit.lastIndexOf(".");
  const prefixFull = dot === -1 ? unit : unit.slice(0, dot);
  const at = prefixFull.indexOf("@");
  const prefix = at === -1 ? prefixFull : prefixFull.slice(0, at);
  const instance2 = at === -1 ? "" : prefixFull.slice(at + 1);
  return (c) => {
    switch (c) {
      case "n":
        return unit;
      case "N":
        return prefixFull;
      case "p":
        return prefix;
      case "i":
        return instance2;
      default:
        return null;
    }
  };
}
function serviceEnv(file, unit, entries) {
  const env = emptyEnv("complete");
  env.notes.push("systemd starts the service with only its Environment= settings");
  for (const e of entries) {
    const line = file.position(e.start).line;
    if (e.key === "Environment") {
      if (e.value === "") {
        for (const [k, v2] of env.vars) if (v2.source.startsWith("Environment=")) env.vars.delete(k);
        continue;
      }
      for (const a of parseEnvironment(e.value, e.offsets)) {
        env.vars.set(a.name, { value: a.value, span: file.span(a.start, a.end), source: `Environment= in ${unit} line ${line}` });
      }
    } else if (e.key === "EnvironmentFile" && e.value !== "") {
      env.kind = "opaque";
      env.notes.push(`EnvironmentFile=${e.value} adds variables`);
    } else if (e.key === "PassEnvironment" && e.value !== "") {
      for (const name2 of e.value.split(/\s+/)) {
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name2)) env.vars.set(name2, { value: null, span: file.span(e.start, e.end), source: `PassEnvironment= in ${unit} line ${line}` });
      }
    } else if (e.key === "UnsetEnvironment") {
      for (const name2 of e.value.split(/\s+/)) env.vars.delete(name2.split("=")[0] ?? name2);
    } else if (e.key === "User" && e.value !== "") {
      const user = /^[%{]/.test(e.value) ? null : e.value;
      for (const k of ["USER", "LOGNAME"]) env.vars.set(k, { value: user, span: file.span(e.start, e.end), source: `User= in ${unit}` });
      env.vars.set("HOME", { value: null, span: file.span(e.start, e.end), source: `User= in ${unit}` });
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
  const out2 = [];
  let i2 = 0;
  for (; ; ) {
    const a = text.indexOf("{{", i2);
    const b = text.indexOf("{%", i2);
    const c = text.indexOf("{#", i2);
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
      i2 = s + 2;
      continue;
    }
    out2.push([s, e + 2]);
    i2 = e + 2;
  }
  return out2;
}
function overlaps(ranges, start2, end) {
  if (ranges.length === 0) return false;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ranges[mid][1] <= start2) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return r[1] > start2 && r[0] < Math.max(end, start2 + 1);
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
  const out2 = [];
  for (const r of rs) {
    const last = out2[out2.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out2.push([r[0], r[1]]);
  }
  return out2;
}
function splitDocuments(text) {
  const out2 = [];
  const re = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  let start2 = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > start2) out2.push([start2, at]);
    start2 = at;
  }
  out2.push([start2, text.length]);
  return out2;
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
  const out2 = { file, text, docs: [], problems: [], templates, conditional, isTemplate: isTemplate2 };
  if (text.charCodeAt(0) === 65279) text = `
${text.slice(1)}`;
  out2.text = text;
  let chunks = [[0, text.length]];
  if (text.length > TRIM_ABOVE) {
    chunks = splitDocuments(text).filter(([s, e]) => RELEVANT.test(text.slice(s, e)));
    const relevant = chunks.reduce((n, [s, e]) => n + e - s, 0);
    if (relevant > MAX_YAML_BYTES) {
      out2.problems.push({
        span: file.span(0, Math.max(0, file.text.indexOf("\n")) || Math.min(1, file.text.length)),
        message: `this YAML file has ${(relevant / 1048576).toFixed(1)} MiB of relevant documents, over the ${MAX_YAML_BYTES / 1048576} MiB mastodon-ops reads, so it was not checked; split it into smaller files`,
        severity: "warning"
      });
      return out2;
    }
  }
  let reported = 0;
  for (const [from, to] of chunks) {
    const whole = from === 0 && to === text.length;
    let parsed;
    try {
      parsed = (0, import_yaml.parseAllDocuments)(whole ? text : text.slice(from, to), { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false, logLevel: "silent", strict: false });
    } catch (e) {
      if (!isTemplate2) out2.problems.push({ span: file.span(from, Math.min(from + 1, text.length)), message: `the YAML parser gave up on this file (${lowerFirst(e.message)}), so it was not checked` });
      continue;
    }
    const docs = Array.isArray(parsed) ? parsed : [];
    for (const d of docs) {
      if (from > 0) shiftDocument(d, from);
      const range3 = d.range ?? [from, from, from];
      const broken = d.errors.length > 0;
      if (broken && !isTemplate2 && reported < MAX_PROBLEMS) {
        const err2 = d.errors[0];
        let [s, e] = err2.pos;
        let msg = err2.message.split("\n")[0].replace(/\.$/, "");
        const open = err2.code === "MISSING_CHAR" && /quote/.test(msg) ? openingQuote(d.contents, s) : -1;
        if (open !== -1) {
          [s, e] = [open, open + 1];
          msg = "this quote is never closed";
        }
        const start2 = Math.max(0, Math.min(s, text.length));
        const end = Math.min(text.length, Math.max(e, start2 + 1));
        const deep = err2.code === "RESOURCE_EXHAUSTION" || /call stack/i.test(msg);
        out2.problems.push({
          span: file.span(start2, end),
          message: deep ? "this YAML nests too deeply to read, so mastodon-ops skipped this document; flatten it" : `invalid YAML: ${lowerFirst(msg)}; the program reading this file rejects it, and mastodon-ops skipped this document`
        });
        reported++;
      }
      out2.docs.push({ index: out2.docs.length, contents: d.contents ?? null, start: range3[0], end: range3[2], broken, anchors: null });
    }
  }
  return out2;
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
        for (let i2 = n.items.length - 1; i2 >= 0; i2--) {
          const p = n.items[i2];
          stack.push(p.value, p.key);
        }
      } else if ((0, import_yaml.isSeq)(n)) {
        for (let i2 = n.items.length - 1; i2 >= 0; i2--) stack.push(n.items[i2]);
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
  const out2 = [];
  for (const it of seq.items) {
    const n = deref(doc, it);
    if (n) out2.push(n);
  }
  return out2;
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
  for (let i2 = 1; i2 < lines.length; i2++) {
    const l = lines[i2];
    let s = l.s;
    let e = l.e;
    const lastLine = i2 === lines.length - 1;
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
  for (let i2 = 1; i2 < src.length - 1; ++i2) {
    const ch = src[i2];
    if (ch === "\r" && src[i2 + 1] === "\n") continue;
    if (ch === "\n") {
      let fold = "";
      let j = i2;
      let c = src[j + 1];
      while (c === " " || c === "	" || c === "\n" || c === "\r") {
        if (c === "\r" && src[j + 2] !== "\n") break;
        if (c === "\n") fold += "\n";
        j += 1;
        c = src[j + 1];
      }
      if (!fold) fold = " ";
      for (const f of fold) acc.push(f, from + i2);
      i2 = j;
    } else if (ch === "\\") {
      const at = i2;
      let next = src[++i2];
      const cc = next === void 0 ? void 0 : ESCAPES[next];
      if (cc) acc.push(cc, from + at);
      else if (next === "\n") {
        next = src[i2 + 1];
        while (next === " " || next === "	") next = src[++i2 + 1];
      } else if (next === "\r" && src[i2 + 1] === "\n") {
        next = src[++i2 + 1];
        while (next === " " || next === "	") next = src[++i2 + 1];
      } else if (next === "x" || next === "u" || next === "U") {
        const len = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = src.substr(i2 + 1, len);
        const code = hex.length === len && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
        let out2;
        try {
          out2 = String.fromCodePoint(code);
        } catch {
          out2 = src.substr(i2 - 1, len + 2);
        }
        for (const u of out2.split("")) acc.push(u, from + at);
        i2 += len;
      } else {
        acc.pushStr(src.substr(at, 2), from + at);
      }
    } else if (ch === " " || ch === "	") {
      const ws = i2;
      let next = src[i2 + 1];
      while (next === " " || next === "	") next = src[++i2 + 1];
      if (next !== "\n" && !(next === "\r" && src[i2 + 2] === "\n")) {
        if (i2 > ws) acc.pushStr(src.slice(ws, i2 + 1), from + ws);
        else acc.push(ch, from + ws);
      }
    } else acc.push(ch, from + i2);
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
  for (let i2 = lines.length - 1; i2 >= 0; --i2) {
    const c = lines[i2].content;
    if (c === "" || c === "\r") chompStart = i2;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === "+" && lines.length > 0) for (let k = 0; k < Math.max(1, lines.length - 1); k++) acc.push("\n", base3);
    return acc;
  }
  let trimIndent = tok.indent + hIndent;
  let contentStart = 0;
  for (let i2 = 0; i2 < chompStart; ++i2) {
    const { indent, content } = lines[i2];
    if (content === "" || content === "\r") {
      if (hIndent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (hIndent === 0) trimIndent = indent.length;
      contentStart = i2;
      break;
    }
  }
  for (let i2 = lines.length - 1; i2 >= chompStart; --i2) if (lines[i2].indent.length > trimIndent) chompStart = i2 + 1;
  const nlAfter = (i2) => {
    const l = lines[i2];
    return l.at + l.indent.length + l.content.length - (l.content.endsWith("\r") ? 1 : 0);
  };
  for (let i2 = 0; i2 < contentStart; ++i2) {
    const l = lines[i2];
    acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
    acc.push("\n", l.at + l.indent.length + l.content.length);
  }
  let sep3 = "";
  let sepOff = base3;
  let prevMore = false;
  for (let i2 = contentStart; i2 < chompStart; ++i2) {
    const l = lines[i2];
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
      if (sep3 === "\n") acc.push("\n", nlAfter(i2));
      else sep3 = "\n";
    } else {
      pushSep();
      acc.pushStr(content, contentAt);
      sep3 = " ";
      prevMore = false;
    }
    sepOff = nlAfter(i2);
  }
  if (chomp === "+") {
    for (let i2 = chompStart; i2 < lines.length; ++i2) {
      acc.push("\n", sepOff);
      const l = lines[i2];
      acc.pushStr(l.indent.slice(trimIndent), l.at + trimIndent);
      sepOff = nlAfter(i2);
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
function displayText(yf, start2, end) {
  const t = yf.file.text.slice(start2, end).replace(/\s*\n\s*/g, " ");
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
  let out2 = "";
  let k = 0;
  const v2 = t.value;
  while (k < v2.length) {
    if (inside2(yf.templates, t.offsets[k])) {
      let j = k;
      while (j < v2.length && inside2(yf.templates, t.offsets[j])) j++;
      const n = j - k;
      out2 += n === 1 ? "_" : `$${"_".repeat(n - 1)}`;
      k = j;
    } else {
      out2 += v2[k];
      k++;
    }
  }
  return { text: out2, offsets: t.offsets, templated: true };
}
function argItem(yf, doc, node) {
  const n = node;
  const r = n?.range;
  if (!r) return null;
  const t = textOf(yf, doc, node);
  if (!t || hasTemplate(yf, t)) return { value: null, start: r[0], end: r[1] };
  return { value: t.value, offsets: t.offsets, start: r[0], end: r[1] };
}
function argvShell(args2) {
  let text = "";
  const offsets = [];
  const add = (s, off) => {
    text += s;
    for (let k = 0; k < s.length; k++) offsets.push(off);
  };
  args2.forEach((a, idx) => {
    if (idx > 0) add(" ", args2[idx - 1].end);
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
  const last = args2[args2.length - 1];
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
  for (const [name2, ev] of inv.env.vars) {
    if (ev.value !== null && ev.span && overlaps(yf.templates, ev.span.start.offset, ev.span.end.offset)) {
      inv.env.vars.set(name2, { ...ev, value: null });
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
  span(start2, end) {
    return this.yf.file.span(start2, Math.max(start2, end));
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
          const name2 = keyString(p);
          if (!name2) continue;
          const t = textOf(this.yf, this.doc, p.value);
          const start2 = p.key.range?.[0] ?? 0;
          const end = p.value?.range?.[1] ?? p.key.range?.[1] ?? start2;
          s.vars.set(name2, {
            value: t && !hasTemplate(this.yf, t) ? t.value : null,
            span: this.span(start2, end),
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
    const out2 = /* @__PURE__ */ new Map();
    for (const p of pairs(this.doc, m)) {
      const k = keyString(p);
      if (!k) continue;
      const kr = p.key.range ?? [0, 0, 0];
      const vr = p.value?.range ?? [kr[1], kr[1], kr[1]];
      out2.set(k, { text: textOf(this.yf, this.doc, p.value), keyStart: kr[0], keyEnd: kr[1], start: vr[0], end: vr[1] });
    }
    return out2;
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
    const args2 = get2(this.doc, node, "args");
    if ((0, import_yaml4.isMap)(args2)) {
      for (const [k, v2] of this.mapParams(args2)) if (!params.has(k)) params.set(k, v2);
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
    const name2 = val("name");
    const job = val("job", "value");
    const user = val("user");
    const cronFile = val("cron_file");
    const key = cronFile?.text ? `file:${cronFile.text.value}` : user?.text ? `user:${user.text.value}` : "user:";
    const env = val("env");
    if (env && truthy(known(env)) === true) {
      if (!name2?.text || hasTemplate(this.yf, name2.text)) return;
      const vars = this.cronEnv.get(key) ?? /* @__PURE__ */ new Map();
      vars.set(name2.text.value, {
        value: job?.text && !hasTemplate(this.yf, job.text) ? job.text.value : job ? null : "",
        span: this.span(name2.keyStart, job ? job.end : name2.end),
        source: "Ansible cron env task"
      });
      this.cronEnv.set(key, vars);
      return;
    }
    if (!job?.text) return;
    const label = (taskName ?? name2?.text)?.value;
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
      const args2 = items2(this.doc, argvNode).map((n) => argItem(this.yf, this.doc, n)).filter((a) => a !== null);
      if (args2.length === 0) return;
      const sh2 = argvShell(args2);
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
  exec(node, p, scope, module2) {
    const { params } = this.params(node, p);
    const target = params.get(DOCKER_EXEC.has(module2) ? "container" : "pod")?.text;
    const where = target ? hasTemplate(this.yf, target) ? displayText(this.yf, target.start, target.end) : target.value : "?";
    const env = { vars: /* @__PURE__ */ new Map(), kind: "container", notes: [] };
    const envNode = get2(this.doc, deref(this.doc, p.value), "env");
    if ((0, import_yaml4.isMap)(envNode)) {
      for (const ep of pairs(this.doc, envNode)) {
        const name2 = keyString(ep);
        const t = textOf(this.yf, this.doc, ep.value);
        if (name2) env.vars.set(name2, { value: t && !hasTemplate(this.yf, t) ? t.value : null, span: this.span(ep.key.range?.[0] ?? 0, ep.value?.range?.[1] ?? 0), source: `${module2} env` });
      }
    }
    const label = DOCKER_EXEC.has(module2) ? `docker_container_exec ${where}` : `k8s_exec ${where}`;
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
  let i2 = 0;
  while (i2 < v2.length) {
    while (i2 < v2.length && /\s/.test(v2[i2])) i2++;
    if (i2 >= v2.length) break;
    const s = i2;
    let q = null;
    while (i2 < v2.length) {
      const c = v2[i2];
      if (q) {
        if (c === "\\" && i2 + 1 < v2.length) i2++;
        else if (c === q) q = null;
        i2++;
        continue;
      }
      if (c === '"' || c === "'") {
        q = c;
        i2++;
        continue;
      }
      if (c === "{" && (v2[i2 + 1] === "{" || v2[i2 + 1] === "%")) {
        const close = v2.indexOf(v2[i2 + 1] === "{" ? "}}" : "%}", i2 + 2);
        i2 = close === -1 ? v2.length : close + 2;
        continue;
      }
      if (/\s/.test(c)) break;
      i2++;
    }
    tokens.push([s, i2]);
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
  let out2 = "";
  const o = [];
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "\\" && text[k + 1] === "%") {
      out2 += "%";
      o.push(offsets[k + 1]);
      k++;
      continue;
    }
    if (c === "%") {
      o.push(offsets[k]);
      return { text: out2, offsets: o };
    }
    out2 += c;
    o.push(offsets[k]);
  }
  o.push(offsets[text.length] ?? (o.length ? o[o.length - 1] + 1 : 0));
  return { text: out2, offsets: o };
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
    const start2 = keySpan.start.offset <= valueSpan2.start.offset ? keySpan : valueSpan2;
    const end = valueSpan2.end.offset >= keySpan.end.offset ? valueSpan2 : keySpan;
    entries.push({ key, keySpan, value, valueSpan: valueSpan2, span: { file: file.path, start: start2.start, end: end.end }, quote, exported: false, template, line: keySpan.start.line });
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
    for (const [name2, vkey, dflt, always] of keys) {
      const p = pair(doc, s3, vkey);
      const t = p ? textOf(yf, doc, p.value) : null;
      const template = Boolean(t && hasTemplate(yf, t)) || Boolean(p && !t && !isNull(doc, p));
      const value = p ? t ? t.value : "" : dflt;
      if (!always && value === "" && !template) continue;
      const ks = keySpanOf(yf, p) ?? s3Key;
      add(name2, value, ks, (p && valueSpanOf(yf, p)) ?? ks, template, null);
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
  const name2 = nameWord ? nameWord.value ?? nameWord.text : null;
  const schedPair = spec ? pair(doc, spec, "schedule") : void 0;
  const sched = schedPair ? wordOf(yf, doc, schedPair.value) : null;
  const policyPair = spec ? pair(doc, spec, "concurrencyPolicy") : void 0;
  const policy = policyPair ? wordOf(yf, doc, policyPair.value) : null;
  const objectSpan = (specPair && spanOf(yf, specPair.key)) ?? kindSpan;
  const scheduler = {
    kind: "k8s-cronjob",
    label: name2 ? `Kubernetes CronJob "${name2}"` : "Kubernetes CronJob",
    span: nameWord?.span ?? kindSpan,
    k8s: { name: name2, concurrencyPolicy: policy, objectSpan }
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
  const args2 = [];
  for (const key of ["command", "args"]) {
    const n = deref(doc, get2(doc, c, key));
    if (!n) continue;
    if ((0, import_yaml8.isSeq)(n)) {
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args2.push(a);
      }
    } else {
      const a = argItem(yf, doc, n);
      if (a) args2.push(a);
    }
  }
  if (args2.length === 0) return;
  const env = containerEnv(yf, doc, get2(doc, c, "env"), get2(doc, c, "envFrom"), `container env`);
  const sh = argvShell(args2);
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
  const out2 = [];
  for (let i2 = from; i2 < to; i2++) {
    if (text[i2] !== "$") continue;
    const n = text[i2 + 1];
    if (n === "$") {
      i2++;
      continue;
    }
    if (n === "{") {
      const close = text.indexOf("}", i2 + 2);
      if (close === -1 || close >= to) continue;
      out2.push([i2, close + 1]);
      i2 = close;
    } else if (n !== void 0 && /[A-Za-z_]/.test(n)) {
      let j = i2 + 1;
      while (j < to && /[A-Za-z0-9_]/.test(text[j])) j++;
      out2.push([i2, j]);
      i2 = j - 1;
    }
  }
  return out2;
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
    const name2 = keyString(p);
    const node = deref(doc, p.value);
    if (!name2 || !(0, import_yaml10.isMap)(node)) continue;
    services.push({ name: name2, node, env: serviceEnv2(yf, doc, node), containerName: textOf(yf, doc, get2(doc, node, "container_name"))?.value ?? null });
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
  const out2 = [];
  if ((0, import_yaml10.isMap)(node)) {
    for (const p of pairs(doc, node)) {
      const key = keyString(p);
      const t = textOf(yf, doc, p.value);
      const kr = p.key.range;
      if (!key || !t || !kr) continue;
      out2.push({ key, text: unescapeDollars(t), keyStart: kr[0], end: t.end });
    }
  } else if ((0, import_yaml10.isSeq)(node)) {
    for (const it of items2(doc, node)) {
      const t = textOf(yf, doc, it);
      if (!t) continue;
      const eq = t.value.indexOf("=");
      if (eq <= 0) continue;
      out2.push({ key: t.value.slice(0, eq).trim(), text: unescapeDollars(sub(t, eq + 1, t.value.length)), keyStart: t.offsets[0] ?? t.start, end: t.end });
    }
  }
  return out2;
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
  const parts2 = [];
  for (const key of ["entrypoint", "command"]) {
    const n = deref(doc, get2(doc, svc, key));
    if (!n) continue;
    if ((0, import_yaml10.isSeq)(n)) {
      const args2 = [];
      for (const it of n.items) {
        const a = argItem(yf, doc, it);
        if (a) args2.push(dollars(a));
      }
      if (args2.length) parts2.push(argvShell(args2));
    } else {
      const t = textOf(yf, doc, n);
      if (t && t.value.trim()) parts2.push(shellText(yf, unescapeDollars(t)));
    }
  }
  if (parts2.length === 0) return null;
  let text = "";
  const offsets = [];
  parts2.forEach((p, i2) => {
    if (i2 > 0) {
      text += " ";
      offsets.push(parts2[i2 - 1].offsets[parts2[i2 - 1].text.length] ?? 0);
    }
    text += p.text;
    for (const item of p.offsets.slice(0, p.text.length)) offsets.push(item);
  });
  const last = parts2[parts2.length - 1];
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
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (q) {
      if (c === "\\" && q === '"') i2++;
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
    const name2 = short === "Ref" || short === "Condition" ? short : `Fn::${short}`;
    return { kind: "fn", name: name2, arg: yamlToDoc(file, n, depth + 1, true), span: span2 };
  }
  if ((0, import_yaml12.isScalar)(node)) {
    const v2 = node.value;
    return { kind: "scalar", value: typeof v2 === "string" || typeof v2 === "number" || typeof v2 === "boolean" || v2 === null ? v2 : String(v2), span: span2 };
  }
  if ((0, import_yaml12.isSeq)(node)) return { kind: "seq", items: node.items.map((i2) => yamlToDoc(file, i2, depth + 1)), span: span2 };
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
  const out2 = [];
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
      const s = fn.arg.value.replace(/\$\{([^}!]+)\}/g, (_m, name2) => {
        const v2 = params.get(name2.trim());
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
    const name2 = value(nameNode);
    const cfg = newBucketConfig({
      source: "cloudformation",
      kind: "bucket",
      name: name2,
      nameSpan: nameNode?.span ?? e.keySpan,
      nameText: name2 !== null ? JSON.stringify(name2) : nameNode ? text(nameNode.span) : e.key,
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
    out2.push(cfg);
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
      const name2 = ref?.name === "Ref" && byLogical.has(str(ref.arg) ?? "") ? null : value(bucketNode);
      cfg = out2.find((c) => c.kind === "bucket" && name2 !== null && c.name === name2);
      if (!cfg) {
        cfg = newBucketConfig({
          source: "cloudformation",
          kind: "fragment",
          name: name2,
          nameSpan: bucketNode?.span ?? e.keySpan,
          nameText: name2 !== null ? JSON.stringify(name2) : bucketNode ? text(bucketNode.span) : e.key,
          label: e.key,
          span: e.value.span
        });
        out2.push(cfg);
      }
    }
    const doc = get(props, "PolicyDocument");
    const policy = doc?.kind === "map" ? policyFromDoc(doc) : { statements: [], complete: false, span: doc?.span ?? e.value.span };
    cfg.policy = cfg.policy ? { statements: [...cfg.policy.statements, ...policy.statements], complete: cfg.policy.complete && policy.complete, span: policy.span } : policy;
  }
  return out2;
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
    const start2 = this.i;
    const id = this.peekIdent();
    if (id === "let" && !this.s.startsWith("{", this.afterWs(this.i + 3))) {
      this.i += 3;
      const bindings = this.bindings("in");
      if (!this.keyword("in")) throw new Fail(this.i, 'expected "in" after the let bindings');
      const body2 = this.expr();
      return { type: "let", bindings, body: body2, start: start2, end: body2.end };
    }
    if (id === "with") {
      this.i += 4;
      const scope = this.expr();
      this.expect(";");
      const body2 = this.expr();
      return { type: "with", scope, body: body2, start: start2, end: body2.end };
    }
    if (id === "assert") {
      this.i += 6;
      const cond = this.expr();
      this.expect(";");
      const body2 = this.expr();
      return { type: "assert", cond, body: body2, start: start2, end: body2.end };
    }
    if (id === "if") {
      this.i += 2;
      const cond = this.expr();
      if (!this.keyword("then")) throw new Fail(this.i, 'expected "then"');
      const then = this.expr();
      if (!this.keyword("else")) throw new Fail(this.i, 'expected "else"');
      const els = this.expr();
      return { type: "if", cond, then, else: els, start: start2, end: els.end };
    }
    if (id && !KEYWORDS.has(id)) {
      const after = this.afterWs(this.i + id.length);
      if (this.s[after] === ":" && !/[A-Za-z0-9%/?:@&=+$,\-_.!~*']/.test(this.s[after + 1] ?? " ")) {
        this.i = after + 1;
        const body2 = this.expr();
        return { type: "lambda", body: body2, start: start2, end: body2.end };
      }
      if (this.s[after] === "@") {
        this.i = after + 1;
        this.formals();
        this.expect(":");
        const body2 = this.expr();
        return { type: "lambda", body: body2, start: start2, end: body2.end };
      }
    }
    if (this.s[this.i] === "{") {
      const save = this.i;
      const saveProblems = this.problems.length;
      try {
        this.formals();
        if (this.eat("@")) this.ident();
        if (this.eat(":")) {
          const body2 = this.expr();
          return { type: "lambda", body: body2, start: start2, end: body2.end };
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
      const start2 = this.i;
      this.i++;
      const e = this.binary(6);
      return { type: "unop", op: "!", expr: e, start: start2, end: e.end };
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
      const start2 = this.i;
      this.i++;
      const e2 = this.unary();
      return { type: "unop", op: "-", expr: e2, start: start2, end: e2.end };
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
    const args2 = [];
    for (let guard = 0; guard < 1e5 && this.startsPrimary(); guard++) args2.push(this.select());
    if (!args2.length) return fn;
    return { type: "apply", fn, args: args2, start: fn.start, end: args2[args2.length - 1].end };
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
    const start2 = this.i;
    if (this.s[this.i] === '"') {
      const str4 = this.string();
      const name2 = str4.type === "string" && str4.parts.every((p) => p.kind === "lit") ? str4.parts.map((p) => p.kind === "lit" ? p.text : "").join("") : null;
      return { name: name2, start: start2, end: this.i };
    }
    if (this.s.startsWith("${", this.i)) {
      this.i += 2;
      this.expr();
      this.expect("}");
      return { name: null, start: start2, end: this.i };
    }
    const id = this.ident();
    return { name: id, start: start2, end: start2 + id.length };
  }
  primary() {
    this.ws();
    const s = this.s;
    const start2 = this.i;
    const c = s[this.i];
    if (c === void 0) throw new Fail(this.i, "unexpected end of file");
    if (c === '"' || c === "'" && s[this.i + 1] === "'") return this.string();
    if (c === "(") {
      this.i++;
      const e = this.expr();
      this.expect(")");
      return { ...e, start: start2, end: this.i };
    }
    if (c === "[") {
      if (++this.depth > 200) throw new Fail(this.i, "expression nested too deeply");
      try {
        this.i++;
        const items3 = [];
        for (let guard = 0; guard < 1e5; guard++) {
          if (this.eat("]")) return { type: "list", items: items3, start: start2, end: this.i };
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
      return { type: "attrs", rec: false, bindings, start: start2, end: this.i };
    }
    if (/[0-9]/.test(c)) {
      const m = matchAt(NUMBER, s, this.i) ?? "0";
      this.i += Math.max(1, m.length);
      return m.includes(".") ? { type: "float", value: Number(m), start: start2, end: this.i } : { type: "int", value: Number(m), start: start2, end: this.i };
    }
    if (c === "<") {
      const m = matchAt(SEARCH_PATH, s, this.i);
      if (m) {
        this.i += m.length;
        return { type: "path", text: m, start: start2, end: this.i };
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
        return { type: "path", text: s.slice(start2, this.i), start: start2, end: this.i };
      }
    }
    const id = this.peekIdent();
    if (id === "rec" && this.s[this.afterWs(this.i + 3)] === "{") {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings("}");
      this.expect("}");
      return { type: "attrs", rec: true, bindings, start: start2, end: this.i };
    }
    if (id === "let" && this.s[this.afterWs(this.i + 3)] === "{") {
      this.i = this.afterWs(this.i + 3) + 1;
      const bindings = this.bindings("}");
      this.expect("}");
      return { type: "attrs", rec: true, bindings, start: start2, end: this.i };
    }
    if (id && !KEYWORDS.has(id)) {
      const uri = s[this.i + id.length] === ":" ? matchAt(URI, s, this.i) : null;
      if (uri && uri.length > id.length + 1) {
        this.i += uri.length;
        return { type: "string", parts: [{ kind: "lit", text: uri, offsets: range(start2, uri.length) }], indented: false, start: start2, end: this.i };
      }
      this.i += id.length;
      return { type: "ident", name: id, start: start2, end: this.i };
    }
    throw new Fail(this.i, `unexpected "${s.slice(this.i, this.i + 12).split("\n")[0]}"`);
  }
  /** Bindings until `close` (`}` or `in`); a broken binding is skipped to its `;`. */
  bindings(close) {
    const out2 = [];
    for (let guard = 0; guard < 1e5; guard++) {
      this.ws();
      if (this.i >= this.s.length) return out2;
      if (close === "}" ? this.s[this.i] === "}" : this.peekIdent() === "in") return out2;
      const start2 = this.i;
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
          out2.push({ kind: "inherit", names, from, start: start2, end: this.i });
          continue;
        }
        const path = this.attrPath();
        this.expect("=");
        const value = this.expr();
        this.expect(";");
        out2.push({ kind: "attr", path, value, start: start2, end: this.i });
      } catch (e) {
        if (!(e instanceof Fail)) throw e;
        this.problems.push({ start: e.at, end: Math.min(this.s.length, e.at + 1), message: e.message });
        this.recover(start2);
      }
    }
    return out2;
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
    const start2 = this.i;
    if (s[this.i] === '"') {
      this.i++;
      const parts3 = [];
      let text2 = "";
      let offs2 = [];
      const flush = () => {
        if (text2) parts3.push({ kind: "lit", text: text2, offsets: offs2 });
        text2 = "";
        offs2 = [];
      };
      for (; ; ) {
        const c = s[this.i];
        if (c === void 0) throw new Fail(start2, "unterminated string");
        if (c === '"') {
          this.i++;
          break;
        }
        if (c === "\\") {
          const n = s[this.i + 1];
          if (n === void 0) throw new Fail(start2, "unterminated string");
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
          parts3.push(this.interp());
          continue;
        }
        text2 += c;
        offs2.push(this.i);
        this.i++;
      }
      flush();
      return { type: "string", parts: parts3, indented: false, start: start2, end: this.i };
    }
    this.i += 2;
    const els = [];
    for (; ; ) {
      const c = s[this.i];
      if (c === void 0) throw new Fail(start2, "unterminated indented string");
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
          if (e === void 0) throw new Fail(start2, "unterminated indented string");
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
    const parts2 = [];
    let text = "";
    let offs = [];
    for (const e of kept) {
      if ("interp" in e) {
        if (text) parts2.push({ kind: "lit", text, offsets: offs });
        text = "";
        offs = [];
        parts2.push(e.interp);
      } else {
        text += e.ch;
        offs.push(e.off);
      }
    }
    if (text) parts2.push({ kind: "lit", text, offsets: offs });
    return { type: "string", parts: parts2, indented: true, start: start2, end: this.i };
  }
  interp() {
    const start2 = this.i;
    this.i += 2;
    const expr = this.expr();
    this.expect("}");
    return { kind: "interp", expr, start: start2, end: this.i };
  }
};
function range(start2, n) {
  const a = [];
  for (let k = 0; k < n; k++) a.push(start2 + k);
  return a;
}
function stringValue(n) {
  if (n.type !== "string") return null;
  let out2 = "";
  for (const p of n.parts) {
    if (p.kind !== "lit") return null;
    out2 += p.text;
  }
  return out2;
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
    const name2 = fnName(n.fn);
    if (name2 === "mkIf" || name2 === "mkOverride" || name2 === "mkOrder") {
      if (name2 === "mkOverride") force = true;
      const last = n.args[n.args.length - 1];
      if (!last || n.args.length < 2) break;
      n = last;
    } else if (name2 === "mkForce" || name2 === "mkDefault" || name2 === "mkBefore" || name2 === "mkAfter" || name2 === "mkOptionDefault") {
      if (name2 === "mkForce") force = true;
      const a = n.args[0];
      if (!a || n.args.length !== 1) break;
      n = a;
    } else break;
  }
  return { value: n, force };
}
function collect(root) {
  const out2 = [];
  const walk2 = (n, prefix, keys, depth) => {
    if (depth > 64) return;
    switch (n.type) {
      case "attrs":
        for (const b of n.bindings) {
          if (b.kind !== "attr") continue;
          const path = [...prefix, ...b.path.map((k) => k.name)];
          const allKeys = [...keys, ...b.path];
          const u = unwrap(b.value);
          out2.push({ path, keys: allKeys, value: u.value, force: u.force, start: b.start, end: b.end });
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
        const name2 = fnName(n.fn);
        if (name2 === "mkMerge") {
          const list2 = n.args[0];
          if (list2?.type === "list") for (const item of list2.items) walk2(item, prefix, keys, depth + 1);
          return;
        }
        if (name2 && WRAPPERS.has(name2)) {
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
  for (const d of out2) if (d.path[0] === "config") d.path = d.path.slice(1);
  return out2;
}
function is(path, ...want) {
  return path.length === want.length && want.every((w, i2) => w === "*" || path[i2] === w);
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
  for (const name2 of serviceNames) {
    if (name2 === autoName && get3("services", "mastodon", "enable")) continue;
    const svc = (...rest) => get3("systemd", "services", name2, ...rest);
    const scheduler = serviceScheduler(file, model, name2, svc("startAt"), get3("systemd", "timers", name2, "timerConfig", "OnCalendar"));
    const env = nixEnv(file, name2, defs, false);
    serviceCommands(file, model, svc, scheduler, env);
  }
};
function span(file, start2, end) {
  return file.span(start2, end);
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
function serviceScheduler(file, model, name2, startAt, onCalendar) {
  const d = startAt ?? onCalendar;
  if (!d) return null;
  const values = d.value.type === "list" ? d.value.items : [d.value];
  let first = null;
  for (const v2 of values) {
    const label = startAt ? `NixOS systemd.services.${name2}.startAt` : `NixOS systemd.timers.${name2}`;
    const s = { kind: "nixos", label, span: span(file, d.start, d.end), schedule: scheduleOf2(file, v2, { text: "", span: span(file, d.start, d.end) }) };
    model.schedulers.push(s);
    first ??= s;
  }
  return first;
}
function nixEnv(file, name2, defs, module2) {
  const env = emptyEnv("complete");
  env.notes.push("systemd starts the service with only its environment settings");
  for (const d of defs) {
    if (d.path[0] !== "systemd" || d.path[1] !== "services" || d.path[2] !== name2) continue;
    const rest = d.path.slice(3);
    if (rest[0] === "environment" && rest.length === 2 && typeof rest[1] === "string") {
      env.vars.set(rest[1], { value: stringValue(d.value), span: span(file, d.start, d.end), source: `systemd.services.${name2}.environment` });
    } else if (rest[0] === "environment" && rest.length === 1 && d.value.type !== "attrs") {
      env.kind = "opaque";
      env.notes.push(`systemd.services.${name2}.environment is computed`);
    } else if (rest[0] === "serviceConfig" && rest[1] === "EnvironmentFile") {
      env.kind = "opaque";
      env.notes.push("EnvironmentFile= adds variables");
    } else if (rest[0] === "serviceConfig" && rest.length === 1 && d.value.type !== "attrs" && !(d.value.type === "binop" && d.value.op === "//")) {
      env.kind = "opaque";
    }
  }
  if (module2) {
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
function pathPrefix(parts2, k, before) {
  const next = parts2[k + 1];
  return next?.kind === "lit" && next.text.startsWith("/") && (before === "" || /[\s"'=(]$/.test(before));
}
function antiquoteText(file, p) {
  return file.text.slice(p.start + 2, p.end - 1).replace(/[{}'"`\\$\n]/g, "").trim();
}
function nixStringToShell(file, parts2) {
  let text = "";
  const offsets = [];
  let quote = null;
  for (let k = 0; k < parts2.length; k++) {
    const p = parts2[k];
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
    if (pathPrefix(parts2, k, text)) s = quote === "'" ? `\${${inner}}` : `\\\${${inner}}`;
    else s = /^[A-Za-z_][A-Za-z0-9_]*$/.test(inner) ? `\${${inner}?}` : `\${${inner || "?"}}`;
    for (let j = 0; j < s.length; j++) {
      text += s[j];
      offsets.push(j < 2 ? p.start : Math.min(p.end - 1, p.start + j));
    }
  }
  offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : 0);
  return { text, offsets };
}
function nixStringToSystemd(file, parts2) {
  let text = "";
  const offsets = [];
  for (const p of parts2) {
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

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index2) {
    let newIndex = index2;
    const newPoint = { ...point };
    if (index2 >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index2 - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index2 > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range3) {
    const newRange = {
      startIndex: range3.startIndex,
      startPosition: { ...range3.startPosition },
      endIndex: range3.endIndex,
      endPosition: { ...range3.endPosition }
    };
    if (range3.endIndex >= this.oldEndIndex) {
      if (range3.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range3.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range3.endPosition.row - this.oldEndPosition.row),
          column: range3.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range3.endPosition.column - this.oldEndPosition.column) : range3.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range3.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range3.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range3.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range3.startPosition.row - this.oldEndPosition.row),
        column: range3.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range3.startPosition.column - this.oldEndPosition.column) : range3.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range3.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((address) => {
  C._ts_tree_cursor_delete_wasm(address);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [2] = 0;
  // Internal handle for Wasm
  /** @internal */
  // @ts-expect-error: never read
  [3] = 0;
  // Internal handle for Wasm
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.tree[0], this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    const copy = new _TreeCursor(INTERNAL, this.tree);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    unmarshalTreeCursor(copy);
    return copy;
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this[0] = this[1] = this[2] = 0;
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns the index of the child node if one was found, and returns
   * `null` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index2) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index2) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index2);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index2) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index2);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index2) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index2, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (const node_type of types) {
      if (node_type == "ERROR") {
        symbols.push(65535);
      }
    }
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    if (this.startIndex >= edit.oldEndIndex) {
      this.startIndex = edit.newEndIndex + (this.startIndex - edit.oldEndIndex);
      let subbedPointRow;
      let subbedPointColumn;
      if (this.startPosition.row > edit.oldEndPosition.row) {
        subbedPointRow = this.startPosition.row - edit.oldEndPosition.row;
        subbedPointColumn = this.startPosition.column;
      } else {
        subbedPointRow = 0;
        subbedPointColumn = this.startPosition.column;
        if (this.startPosition.column >= edit.oldEndPosition.column) {
          subbedPointColumn = this.startPosition.column - edit.oldEndPosition.column;
        }
      }
      if (subbedPointRow > 0) {
        this.startPosition.row += subbedPointRow;
        this.startPosition.column = subbedPointColumn;
      } else {
        this.startPosition.column += subbedPointColumn;
      }
    } else if (this.startIndex > edit.startIndex) {
      this.startIndex = edit.newEndIndex;
      this.startPosition.row = edit.newEndPosition.row;
      this.startPosition.column = edit.newEndPosition.column;
    }
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index2 = 0) {
  let address = TRANSFER_BUFFER + index2 * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index2 = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index2,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor(cursor, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, cursor[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, cursor[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, cursor[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, cursor[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor(cursor) {
  cursor[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  cursor[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  cursor[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  cursor[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range3) {
  marshalPoint(address, range3.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range3.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range3.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range3.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named2) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named2 ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve2, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve2(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve2, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve2(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str4 = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str4 += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str4 += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str4 += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str4 += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str4;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig2) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig2.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig2[0] === "v" ? "" : sig2[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig2) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig2);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig2, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig2) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig2, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig2[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry3] of Object.entries(GOT)) {
      if (entry3.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry3.required) {
          continue;
        }
        if (typeof value == "function") {
          entry3.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry3.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index2, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index2, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str4) => {
    var len = 0;
    for (var i2 = 0; i2 < str4.length; ++i2) {
      var c = str4.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str4, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str4.length; ++i2) {
      var u = str4.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str4, outPtr, maxBytesToWrite) => stringToUTF8Array(str4, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str4) => {
    var size = lengthBytesUTF8(str4) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str4, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str4 = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str4;
      str4 += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str4, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str4.length * 2 ? maxBytesToWrite / 2 : str4.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str4.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strlen, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve2, reject) => {
      readyPromiseResolve = resolve2;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser2 = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index2) => callback.slice(index2);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index2, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index2;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index2].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches2 = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index2].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches2 : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index2, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index2, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index2].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index2]) properties[index2] = {};
  properties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index2, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index2]) setProperties[index2] = {};
  setProperties[index2][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index2, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index2, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index2, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index2, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index2, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index2, setProperties);
        break;
      default:
        predicates[index2].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the byte offset where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_start_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the byte offset where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    return C._ts_query_end_byte_for_pattern(this[0], patternIndex);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if a given step in a query is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(byteIndex) {
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteIndex) === 1;
  }
};

// src/lint/parse/hcl.ts
var MAX_DEPTH3 = 200;
var PARSE_BUDGET_MS = 1e4;
var parser = null;
var loadError = "";
function wasmPath(spec, name2) {
  const here = import.meta.url;
  try {
    const p = createRequire(here).resolve(spec);
    if (existsSync2(p)) return p;
  } catch {
  }
  for (const rel of [`./wasm/${name2}`, `../wasm/${name2}`]) {
    const p = fileURLToPath(new URL(rel, here));
    if (existsSync2(p)) return p;
  }
  throw new Error(`${name2} not found in node_modules nor in a wasm/ directory beside the bundle`);
}
try {
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
function parseHcl(file) {
  const empty = { attributes: [], blocks: [] };
  const firstLine2 = file.span(0, Math.max(0, file.text.indexOf("\n") === -1 ? file.text.length : file.text.indexOf("\n")));
  if (!parser) {
    return { body: empty, problems: [{ span: firstLine2, message: `the HCL parser could not be loaded (${loadError}), so this Terraform file was not checked` }] };
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
    const out2 = { attributes: [], blocks: [] };
    for (const c of named(n)) {
      if (c.type === "attribute") {
        const [id, ex] = named(c);
        if (!id || id.type !== "identifier") continue;
        out2.attributes.push({ name: this.text(id), nameSpan: this.span(id), expr: ex ? this.expr(ex, depth + 1) : { kind: "other", span: this.span(c) }, span: this.span(c) });
      } else if (c.type === "block") {
        if (depth >= MAX_DEPTH3) continue;
        const parts2 = named(c);
        const id = parts2[0];
        if (!id || id.type !== "identifier") continue;
        const labels = [];
        let inner = { attributes: [], blocks: [] };
        for (const p of parts2.slice(1)) {
          if (p.type === "string_lit") labels.push({ value: this.stringLit(p) ?? "", span: this.span(p) });
          else if (p.type === "identifier") labels.push({ value: this.text(p), span: this.span(p) });
          else if (p.type === "body") inner = this.body(p, depth + 1);
        }
        out2.blocks.push({ type: this.text(id), typeSpan: this.span(id), labels, body: inner, span: this.span(c) });
      }
    }
    return out2;
  }
  /** The decoded value of a string_lit (quoted string without interpolation). */
  stringLit(n) {
    let out2 = "";
    for (const c of named(n)) {
      if (c.type === "template_literal") out2 += decodeLiteral(this.text(c));
      else if (c.type !== "quoted_template_start" && c.type !== "quoted_template_end") return null;
    }
    return out2;
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
        const args2 = kids.find((k) => k.type === "function_arguments");
        const list2 = args2 ? named(args2) : [];
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
    const parts2 = [];
    let known = true;
    for (const c of named(t)) {
      if (c.type === "template_literal") parts2.push({ lit: decodeLiteral(this.text(c)) });
      else if (c.type === "template_interpolation") {
        const ex = named(c).find((x) => x.type === "expression");
        parts2.push({ expr: ex ? this.expr(ex, depth + 1) : { kind: "other", span: this.span(c) } });
        known = false;
      } else if (c.type === "quoted_template_start" || c.type === "quoted_template_end") continue;
      else {
        parts2.push({ expr: { kind: "other", span: this.span(c) } });
        known = false;
      }
    }
    if (known) return { kind: "literal", value: parts2.map((p) => "lit" in p ? p.lit : "").join(""), span: span2 };
    return { kind: "template", parts: parts2, span: span2 };
  }
  heredoc(t, span2, depth) {
    const kids = named(t);
    const open = kids.find((k) => k.type === "heredoc_identifier");
    const close = [...kids].reverse().find((k) => k.type === "heredoc_identifier");
    const text = this.file.text;
    if (!open || !close || open === close) return { kind: "other", span: span2 };
    const nl = text.indexOf("\n", open.endIndex);
    const start2 = nl === -1 || nl > close.startIndex ? close.startIndex : nl + 1;
    const lineStart = text.lastIndexOf("\n", close.startIndex - 1) + 1;
    const end = Math.max(start2, lineStart);
    const heredoc = { start: start2, end };
    const indented = this.text(t).startsWith("<<-");
    const hasInterp = kids.some((k) => k.type === "template_interpolation" || k.type === "template_directive");
    if (hasInterp) {
      const parts2 = kids.filter((k) => k.type === "template_interpolation" || k.type === "template_directive").map((k) => ({ expr: this.expr(named(k).find((x) => x.type === "expression") ?? k, depth + 1) }));
      return { kind: "template", parts: parts2, span: span2, heredoc };
    }
    let body2 = text.slice(start2, end).replace(/\r?\n$/, "");
    if (indented) body2 = stripIndent(body2);
    return { kind: "literal", value: decodeHeredoc(body2), span: span2, heredoc };
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
  const i2 = path.lastIndexOf("/");
  return i2 === -1 ? "." : path.slice(0, i2);
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
        return e.items.map((i2) => this.eval(i2, depth + 1));
      case "object": {
        const o = {};
        for (const it of e.items) if (it.key !== null) o[it.key] = this.eval(it.value, depth + 1);
        return o;
      }
      case "traversal":
        return this.traverse(e.root, e.steps, depth);
      case "call": {
        const args2 = e.args.map((a) => this.eval(a, depth + 1));
        const a0 = args2[0];
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
      const name2 = rest[0];
      if (typeof name2 !== "string") return UNKNOWN;
      return new Ref(`data.${first}.${name2}`, firstName(rest.slice(1)));
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
function attr(body2, name2) {
  return body2.attributes.find((a) => a.name === name2);
}
function blocks(body2, type) {
  return body2.blocks.filter((b) => b.type === type);
}
function buildModule(mod) {
  const scope = new Scope(mod.dir);
  const vars = [...mod.tfvars].sort((a, b) => tfvarsRank(a.file.path) - tfvarsRank(b.file.path) || a.file.path.localeCompare(b.file.path));
  for (const tv of vars) for (const a of tv.body.attributes) scope.tfvars.set(a.name, a.expr);
  const resources = [];
  for (const { file, body: body2 } of mod.files) {
    for (const b of body2.blocks) {
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
  const out2 = [];
  const byAddress = /* @__PURE__ */ new Map();
  const fragments = /* @__PURE__ */ new Map();
  const text = (file, span2) => file.text.slice(span2.start.offset, span2.end.offset);
  for (const { block, file } of resources) {
    const [type, name2] = block.labels;
    if (type?.value !== "aws_s3_bucket" || !name2) continue;
    const b = block.body;
    const bucketAttr = attr(b, "bucket");
    const prefixAttr = attr(b, "bucket_prefix");
    const literal = bucketAttr ? scope.str(bucketAttr.expr) : null;
    const cfg = newBucketConfig({
      source: "terraform",
      kind: "bucket",
      name: literal,
      nameSpan: bucketAttr?.expr.span ?? prefixAttr?.expr.span ?? name2.span,
      nameText: literal !== null ? JSON.stringify(literal) : bucketAttr ? text(file, bucketAttr.expr.span) : prefixAttr ? `bucket_prefix ${text(file, prefixAttr.expr.span)}` : `aws_s3_bucket.${name2.value}`,
      label: `aws_s3_bucket.${name2.value}`,
      span: block.span
    });
    const acl = attr(b, "acl");
    if (acl) cfg.acl = { value: scope.str(acl.expr), span: acl.expr.span };
    const pol = attr(b, "policy");
    if (pol) cfg.policy = policyFromExpr(pol.expr, file, scope, cfg);
    for (const r of blocks(b, "lifecycle_rule")) cfg.lifecycleRules.push(legacyLifecycleRule(r, scope));
    byAddress.set(`aws_s3_bucket.${name2.value}`, cfg);
    out2.push(cfg);
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
      const hit = out2.find((c) => c.kind === "bucket" && c.name === nameValue);
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
    out2.push(cfg);
    return cfg;
  };
  for (const { block, file } of resources) {
    const [type, name2] = block.labels;
    if (!type || !name2) continue;
    const label = `${type.value}.${name2.value}`;
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
        const cfg = newBucketConfig({ source: "terraform", kind: "account", name: null, nameSpan: name2.span, nameText: label, label, span: block.span });
        cfg.publicAccessBlock = publicAccessBlock(block, scope);
        out2.push(cfg);
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
  return out2;
}
function tfvarsRank(path) {
  return /\.auto\.tfvars$/i.test(path) ? 1 : 0;
}
function mergePolicy(a, b) {
  if (!a) return b;
  return { statements: [...a.statements, ...b.statements], complete: a.complete && b.complete, span: b.span };
}
function flagAttr(body2, name2, scope) {
  const a = attr(body2, name2);
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
    const { start: start2, end } = e.heredoc;
    const j = parseJson(file, file.text.slice(start2, end), start2);
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
      return { kind: "seq", items: e.items.map((i2) => hclToDoc(i2, scope, depth + 1)), span: e.span };
    case "object":
      return {
        kind: "map",
        entries: e.items.filter((i2) => i2.key !== null).map((i2) => ({ key: i2.key ?? "", keySpan: i2.keySpan, value: hclToDoc(i2.value, scope, depth + 1) })),
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
import { readdirSync as readdirSync2, realpathSync, statSync as statSync2 } from "node:fs";
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
  const inTemplate = (start2, end) => {
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
    return found >= 0 && r[found][1] > start2;
  };
  const n = text.length;
  const problems2 = [];
  const root = [];
  const stack = [{ list: root, dir: null }];
  let args2 = [];
  let words = 0;
  let i2 = 0;
  const fail = (start2, end, message) => {
    problems2.push({ span: file.span(start2, end), message });
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
  scan: while (i2 < n) {
    const c = text.charCodeAt(i2);
    if (isSpace(c)) {
      i2++;
      continue;
    }
    if (c === SEMI) {
      if (args2.length === 0) {
        fail(i2, i2 + 1, 'unexpected ";" with no directive before it, and nginx refuses the file');
        break;
      }
      top().list.push(makeDirective(args2, i2 + 1));
      args2 = [];
      i2++;
      continue;
    }
    if (c === LBRACE) {
      if (args2.length === 0) {
        fail(i2, i2 + 1, 'unexpected "{" with no directive before it, and nginx refuses the file');
        break;
      }
      if (stack.length > MAX_DEPTH4) {
        fail(i2, i2 + 1, `blocks nested more than ${MAX_DEPTH4} deep; the rest of the file was not checked`);
        break;
      }
      const d = makeDirective(args2, i2 + 1);
      if (/_by_lua_block$/.test(d.name)) {
        const end = skipLuaBlock(text, i2 + 1);
        if (end < 0) {
          fail(d.head.start.offset, d.head.end.offset, `"${d.name}" block is not closed, and nginx refuses the file`);
          break;
        }
        d.raw = { value: text.slice(i2 + 1, end), span: file.span(i2 + 1, end), quoted: false };
        d.span = file.span(d.head.start.offset, end + 1);
        top().list.push(d);
        args2 = [];
        i2 = end + 1;
        continue;
      }
      d.block = [];
      top().list.push(d);
      stack.push({ list: d.block, dir: d });
      args2 = [];
      i2++;
      continue;
    }
    if (c === RBRACE) {
      if (args2.length > 0) {
        const last = args2[args2.length - 1];
        fail(i2, i2 + 1, `unexpected "}": "${truncate(last.value)}" needs a ";" before it, and nginx refuses the file`);
        break;
      }
      if (stack.length === 1) {
        fail(i2, i2 + 1, 'unexpected "}" with no block open, and nginx refuses the file');
        break;
      }
      const f = stack.pop();
      if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, i2 + 1);
      i2++;
      continue;
    }
    if (c === HASH) {
      const e = text.indexOf("\n", i2);
      i2 = e === -1 ? n : e + 1;
      continue;
    }
    if (++words > MAX_WORDS) {
      fail(i2, Math.min(n, i2 + 1), `more than ${MAX_WORDS} words in one file; the rest of the file was not checked`);
      break;
    }
    if (c === DQ || c === SQ) {
      let j2 = i2 + 1;
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
        fail(i2, Math.max(i2 + 1, lineEnd(i2)), `unterminated ${c === DQ ? "double" : "single"} quote, and nginx refuses the file`);
        break;
      }
      args2.push({ value: unescapeNginx(text.slice(i2 + 1, j2)), start: i2, end: j2 + 1, quoted: true });
      i2 = j2 + 1;
      if (i2 < n) {
        const nx = text.charCodeAt(i2);
        if (!(isSpace(nx) || nx === SEMI || nx === LBRACE || nx === RPAREN)) {
          fail(i2, i2 + 1, `unexpected "${text[i2] ?? ""}" right after a closing quote, and nginx refuses the file`);
          break scan;
        }
      }
      continue;
    }
    let j = i2;
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
    args2.push({ value: unescapeNginx(text.slice(i2, j)), start: i2, end: j, quoted: false });
    i2 = j;
  }
  if (problems2.length === 0) {
    if (args2.length > 0) {
      const first = args2[0];
      const last = args2[args2.length - 1];
      const hint = last.value.endsWith("}") && !last.quoted ? `: "${truncate(last.value)}" needs a ";" before its "}"` : "";
      fail(first.start, last.end, `unexpected end of file, expecting ";" or "}"${hint}, and nginx refuses the file`);
    } else if (stack.length > 1) {
      const open = top().dir;
      fail(open.head.start.offset, open.head.end.offset, `"${truncate(open.name)}" block is never closed with "}", and nginx refuses the file`);
    }
  }
  const stop2 = Math.min(i2, n);
  while (stack.length > 1) {
    const f = stack.pop();
    if (f.dir) f.dir.span = file.span(f.dir.span.start.offset, stop2);
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
  for (let i2 = 0; i2 < seg.length; i2++) {
    const c = seg[i2];
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = seg.indexOf("]", i2 + 2);
      if (close === -1) re += "\\[";
      else {
        let body2 = seg.slice(i2 + 1, close);
        if (body2.startsWith("!")) body2 = `^${body2.slice(1)}`;
        re += `[${body2.replace(/\\/g, "\\\\")}]`;
        i2 = close;
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
        names = readdirSync2(toAbs(cache, dir));
      } catch {
        continue;
      }
      let re;
      try {
        re = globToRegExp(seg);
      } catch {
        continue;
      }
      for (const name2 of names.sort()) {
        if (name2.startsWith(".") && !seg.startsWith(".")) continue;
        if (re.test(name2)) next.push(dir ? `${dir}/${name2}` : name2);
      }
    }
    current = next.slice(0, MAX_INCLUDED_FILES);
    if (current.length === 0) return [];
    if (last) break;
  }
  const out2 = [];
  for (const rel of current) {
    const abs = toAbs(cache, rel);
    try {
      if (!statSync2(abs).isFile() || !cache.rootReal) continue;
      const real = realpathSync(abs);
      if (real !== cache.rootReal && !real.startsWith(cache.rootReal + sep2)) continue;
      const canon = relative2(cache.rootReal, real).split(sep2).join("/");
      if (!out2.includes(canon)) out2.push(canon);
    } catch {
    }
  }
  return out2;
}
function resolveIncludeCandidates(pattern, fromRel) {
  const out2 = [];
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
      out2.push(dir === "." ? rel : `${dir}/${rel}`);
      if (dir === "." || dir === "/" || dir === "") break;
      dir = posix.dirname(dir);
    }
  }
  if (fromRepoRoot !== null) out2.push(fromRepoRoot);
  const seen = /* @__PURE__ */ new Set();
  const res = [];
  for (const c of out2) {
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
  const out2 = [];
  const stack = [tree.directives];
  while (stack.length) {
    const list2 = stack.pop();
    for (const d of list2) {
      if (d.name === "include" && !d.block) out2.push(d);
      if (d.block) stack.push(d.block);
    }
  }
  return out2;
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
  for (const [re, name2] of PROVIDERS) if (re.test(h)) return name2;
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
function flatten(list2, inc, out2, unresolved, budget) {
  for (const d of list2) {
    if (--budget.n < 0) return;
    if (d.name === "include" && !d.block) {
      if (!d.included || d.included.length === 0) {
        unresolved.push(d);
        continue;
      }
      if (inc.length >= MAX_INCLUDE_DEPTH) continue;
      for (const t of d.included) if (!inc.includes(t)) flatten(t.directives, [...inc, t], out2, unresolved, budget);
      continue;
    }
    out2.push({ d, inc });
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
        const name2 = d.args[1].value.replace(/^\$/, "");
        const vals = [];
        const def = d.block.find((m) => m.name === "default");
        if (def?.args[0]) vals.push(def.args[0].value);
        for (const m of d.block) if (m !== def && m.args[0] && !m.block) vals.push(m.args[0].value);
        w.maps.set(name2, vals);
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
function lastSet(list2, name2) {
  let found;
  for (const d of list2) if (d.name === "set" && d.args[0]?.value === `$${name2}` && d.args[1]) found = d;
  return found;
}
function varCandidates(w, chain, name2) {
  const out2 = [];
  for (const l of chain) {
    if (l.kind === "if" || l.kind === "location") {
      const s = lastSet(l.directives, name2);
      if (s?.args[1]) out2.push(s.args[1].value);
      if (l.kind === "location") break;
    }
  }
  const server = chain.find((l) => l.kind === "server");
  if (server) {
    const s = lastSet(server.directives, name2);
    if (s?.args[1]) out2.push(s.args[1].value);
    for (const d of w.serverSets.get(server) ?? []) if (d.args[0]?.value === `$${name2}` && d.args[1]) out2.push(d.args[1].value);
  }
  const fileLevel = chain[chain.length - 1];
  if (fileLevel && fileLevel.kind === "file" && !server) {
    const s = lastSet(fileLevel.directives, name2);
    if (s?.args[1]) out2.push(s.args[1].value);
  }
  for (const item of w.maps.get(name2) ?? []) out2.push(item);
  return out2;
}
function expandVars(w, chain, value, depth = 0) {
  return value.replace(VAR_RE, (_m, a, b) => {
    const name2 = a ?? b ?? "";
    if (depth >= 3) return PLACEHOLDER;
    const cands = varCandidates(w, chain, name2);
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
function effectiveDirective(levels, name2) {
  for (const level of levels) {
    let found;
    for (const d of level.directives) if (d.name === name2) found = d;
    if (found) return { directive: found, level };
  }
  return null;
}
var BY_NAME = /* @__PURE__ */ new WeakMap();
function directivesNamed(level, name2) {
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
  return m.get(name2) ?? [];
}
function effectiveList(levels, name2) {
  for (let i2 = 0; i2 < levels.length; i2++) {
    const level = levels[i2];
    const ds = directivesNamed(level, name2);
    if (ds.length > 0 || name2 === "proxy_set_header" && level.unresolved.some(isProxyParams)) {
      return { directives: ds, level, index: i2 };
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
  const out2 = [];
  for (const env of model.envFiles) {
    if (env.isTemplate) continue;
    for (const key of ["S3_ENDPOINT", "S3_HOSTNAME"]) {
      const e = envGet(env, key);
      if (!e || e.template || !e.value) continue;
      const v2 = e.value.trim();
      const hp = urlHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(v2) ? v2 : `https://${v2}`);
      if (hp && hp.host) out2.push(hp.host);
    }
  }
  return out2;
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
  const out2 = [];
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
      if (p) out2.push(p);
    }
  }
  proxyCache.set(model, out2);
  return out2;
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
  const name2 = bucketEntry ? str(bucketEntry.value) : null;
  const cfg = newBucketConfig({
    source: "aws-json",
    kind: "fragment",
    name: name2,
    nameSpan: bucketEntry?.value.span ?? root.entries[0]?.keySpan ?? root.span,
    nameText: name2 !== null ? JSON.stringify(name2) : file.path,
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
  const out2 = [];
  for (let i2 = from; i2 < argv.length; i2++) {
    const v2 = argv[i2].value;
    if (v2 === null) {
      out2.push(argv[i2]);
      continue;
    }
    if (v2.startsWith("-")) {
      if (!v2.includes("=") && VALUED.has(v2)) i2++;
      continue;
    }
    out2.push(argv[i2]);
  }
  return out2;
}
function storageDeletion(argv) {
  const v2 = argv.map((w) => w.value);
  const name2 = base2(v2[0]);
  if (name2 === "aws" && v2[1] === "s3" && (v2[2] === "rm" || v2[2] === "rb")) return { tool: `aws s3 ${v2[2]}`, target: positionals(argv, 3)[0] };
  if (name2 === "aws" && v2[1] === "s3" && v2[2] === "sync" && v2.includes("--delete")) return { tool: "aws s3 sync --delete", target: positionals(argv, 3)[1] };
  if (name2 === "aws" && v2[1] === "s3api" && /^delete-objects?$/.test(v2[2] ?? "")) {
    const i2 = v2.indexOf("--bucket");
    return { tool: `aws s3api ${v2[2]}`, target: i2 > 0 ? argv[i2 + 1] : void 0 };
  }
  if (name2 === "s3cmd" && ["del", "rm", "rb", "expire"].includes(v2[1] ?? "")) return { tool: `s3cmd ${v2[1]}`, target: positionals(argv, 2)[0] };
  if (name2 === "s3cmd" && v2[1] === "sync" && v2.includes("--delete-removed")) return { tool: "s3cmd sync --delete-removed", target: positionals(argv, 2)[1] };
  if (name2 === "rclone" && ["delete", "deletefile", "purge", "rmdirs", "cleanup"].includes(v2[1] ?? "")) return { tool: `rclone ${v2[1]}`, target: positionals(argv, 2)[0] };
  if ((name2 === "mc" || name2 === "mcli") && (v2[1] === "rm" || v2[1] === "rb")) return { tool: `${name2} ${v2[1]}`, target: positionals(argv, 2)[0] };
  if (name2 === "gsutil") {
    const sub2 = v2[1] === "-m" ? 2 : 1;
    if (v2[sub2] === "rm") return { tool: "gsutil rm", target: positionals(argv, sub2 + 1)[0] };
  }
  if (name2 === "find" && (v2.includes("-delete") || v2.includes("-exec") && ["rm", "/bin/rm", "/usr/bin/rm"].includes(v2[v2.indexOf("-exec") + 1] ?? ""))) {
    return { tool: "find -delete", target: argv[1] };
  }
  if (name2 === "rm" || name2 === "unlink" || name2 === "shred") return { tool: name2, target: positionals(argv, 1)[0] };
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
      const name2 = k8s.name ? `"${k8s.name}" ` : "";
      if (s.kind === "helm-values") {
        ctx.report({
          span: k8s.objectSpan,
          confidence: inv.confidence,
          message: `the chart renders the CronJob ${name2}without "concurrencyPolicy" and has no value to set it, so Kubernetes can start a second tootctl run while the first still works on the same rows and objects; set "enabled: false" and run your own CronJob with "concurrencyPolicy: Forbid"`
        });
        return;
      }
      if (policy) {
        const what = policy.value === "Replace" ? "kills a tootctl run that is still going when the next one is due" : "lets Kubernetes start a second tootctl run while the first still works on the same rows and objects";
        ctx.report({
          span: policy.span,
          confidence: inv.confidence,
          message: `"concurrencyPolicy: ${policy.value}" on the CronJob ${name2}${what}; set it to "Forbid"`
        });
        return;
      }
      ctx.report({
        span: k8s.objectSpan,
        confidence: inv.confidence,
        message: `the CronJob ${name2}runs tootctl without "concurrencyPolicy", so Kubernetes (default "Allow") can start a second run while the first still works on the same rows and objects; add "concurrencyPolicy: Forbid" to its spec`
      });
    }
  }
});

// src/lint/schedule.ts
var import_cron_parser = __toESM(require_dist2(), 1);
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
  const out2 = [];
  const re = /\S+/g;
  let m;
  while (m = re.exec(text)) out2.push({ text: m[0], start: m.index });
  return out2;
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
    const name2 = first.text.replace(/^@/, "");
    if (ANSIBLE_SPECIAL.includes(name2)) return null;
    return problem(`special_time "${name2}" is not one of ${ANSIBLE_SPECIAL.join(", ")}`, first.start, first.text.length);
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
    const i2 = spec.names.indexOf(s.toLowerCase());
    if (i2 !== -1) return i2 + (spec.nameBase ?? 0);
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
  try {
    import_cron_parser.CronExpressionParser.parse(`0 0 ${dom.text} ${month.text} *`);
    return null;
  } catch (e) {
    if (!/day of month/i.test(e.message)) return null;
  }
  const maxDay = Math.max(...monthsOf(month.text).map((m) => MONTH_DAYS[m - 1] ?? 31));
  return {
    message: `day of month "${dom.text}" never occurs in month "${month.text}" (at most ${maxDay} days)`,
    offsetInText: dom.start,
    length: month.start + month.text.length - dom.start,
    consequence: "cron accepts the entry but the date never comes, so the job never runs; use a day that exists in that month"
  };
}
function monthsOf(text) {
  const out2 = [];
  for (const item of text.split(",")) {
    const [a, b] = item.split("/")[0].split("-");
    const lo = valueOf(a ?? "", VIXIE_FIELDS[3]) ?? 1;
    const hi = b !== void 0 ? valueOf(b, VIXIE_FIELDS[3]) ?? lo : item === "*" ? 12 : lo;
    for (let m = lo; m <= hi; m++) out2.push(m);
  }
  return out2.length ? out2 : [1];
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
function isTimezone(name2) {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name2) || name2 === name2.toLowerCase()) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name2 });
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
      const hit = WEEKDAY_NAMES.find(([name3]) => lower2.startsWith(name3));
      if (!hit) {
        if (first) return;
        throw new CalendarError(`expected a weekday name (Mon..Sun) at "${/^\S*/.exec(s.slice(this.p))?.[0] ?? ""}"`, this.p, 1);
      }
      const [name2, nr] = hit;
      const at = this.p;
      const after = s[this.p + name2.length];
      if (after !== void 0 && !["-", ".", ",", " "].includes(after)) {
        const w = /^[^\s,.]*/.exec(s.slice(this.p))?.[0] ?? name2;
        throw new CalendarError(`"${w}" is not a weekday; use Mon, Tue, Wed, Thu, Fri, Sat, Sun or the full names`, at, w.length);
      }
      if (l >= 0 && l > nr) throw new CalendarError(`the weekday range ending in "${s.slice(at, at + name2.length)}" runs backwards; systemd needs the earlier day first, as in "Mon..Fri"`, at, name2.length);
      this.p += name2.length;
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
      let stop2 = -1;
      let repeat = 0;
      if (s[t] === "." && s[t + 1] === ".") {
        const b = this.decimal(t + 2, usec);
        stop2 = b.value;
        t = b.next;
        repeat = usec ? USEC : 1;
      }
      if (s[t] === "/") {
        const r = this.decimal(t + 1, usec);
        if (r.value === 0) throw new CalendarError('a repetition of "/0" is not allowed', t, r.next - t);
        repeat = r.value;
        t = r.next;
      } else if (usec && stop2 >= 0 && a.value + repeat > stop2) {
        throw new CalendarError("a seconds range must span at least one second", at, t - at);
      }
      if (t < s.length && ![" ", ",", "-", "~", ":"].includes(s[t])) {
        const word = /^[^\s,:~-]*/.exec(s.slice(at))?.[0] ?? "";
        throw new CalendarError(`"${word}" is not a number, range ("1..5") or repetition ("0/15")`, at, word.length || 1);
      }
      chain.push({ start: a.value, stop: stop2, repeat, at, end: t });
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
  chainValid(chain, from, to, eom, name2) {
    if (!chain) return;
    const usec = name2 === "second";
    const d = usec ? USEC : 1;
    if (eom) to -= 3;
    const shown = (v2) => String(usec ? v2 / USEC : v2);
    const allowed = usec ? "0-59" : eom ? `1-${to} days before the end of the month` : `${from}-${to}`;
    for (const k of chain) {
      const text = this.s.slice(k.at, k.end);
      let stop2 = k.stop;
      if (stop2 > k.start && k.repeat > 0) stop2 -= (stop2 - k.start) % k.repeat;
      if (k.start < from || k.start > to) {
        throw new CalendarError(`${name2} "${text}" is outside ${allowed}`, k.at, k.end - k.at);
      }
      if (k.repeat > to - from) {
        throw new CalendarError(`${name2} "${text}" repeats every ${shown(k.repeat)}, more than the whole ${name2} range ${allowed}`, k.at, k.end - k.at);
      }
      if (stop2 >= 0) {
        if (stop2 < from || stop2 > to) throw new CalendarError(`${name2} "${text}" ends outside ${allowed}`, k.at, k.end - k.at);
        if (k.start + k.repeat > stop2) {
          throw new CalendarError(`${name2} range "${text}" must end at least one step (${shown(k.repeat || d)}) after it starts`, k.at, k.end - k.at);
        }
      } else {
        if (eom && k.start - k.repeat < from) throw new CalendarError(`${name2} "${text}" repeats past the start of the month`, k.at, k.end - k.at);
        if (!eom && k.start + k.repeat > to) {
          throw new CalendarError(`${name2} "${text}" repeats past ${shown(to)}; systemd needs the first repetition to fit in ${allowed}`, k.at, k.end - k.at);
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
      for (const i2 of model.invocations) if (i2.scheduler && !firstInvocation.has(i2.scheduler)) firstInvocation.set(i2.scheduler, i2);
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
  const start2 = span2.start.offset + p.offsetInText;
  const end = Math.min(span2.end.offset, start2 + Math.max(1, p.length ?? 1));
  return file.span(start2, end);
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
function mediaBuckets(model) {
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
  const candidates = identities.size + unnamedBuckets.length;
  const withDocs = (list2, confidence, why) => {
    const out3 = [];
    for (const c of list2) {
      out3.push({ config: c, confidence, why });
      for (const [frag, owner] of linkedTo) if (owner === c) out3.push({ config: frag, confidence, why });
    }
    return out3;
  };
  const out2 = [];
  for (const env of model.envFiles) {
    if (SAMPLE_RE.test(env.file.path)) continue;
    const enabled2 = envGet(env, "S3_ENABLED");
    if (!enabled2 || !enabled2.template && enabled2.value !== "true") continue;
    const bucket = envGet(env, "S3_BUCKET");
    const name2 = bucket && !bucket.template && bucket.value !== "" ? bucket.value : null;
    const links = [];
    if (name2 !== null && identities.has(name2)) {
      links.push(...withDocs(identities.get(name2) ?? [], "high", null));
    } else if (candidates === 1 && (name2 === null || identities.size === 0)) {
      const only = unnamedBuckets[0];
      const first = identities.entries().next().value;
      const why = name2 === null ? "S3_BUCKET is not a literal value, and this is the only bucket defined in the repo" : "its name is not known here, and it is the only bucket defined in the repo";
      if (only) links.push(...withDocs([only], "low", why));
      else if (first) links.push(...withDocs(first[1], "low", why));
    }
    for (const f of floating) {
      const base3 = f.span.file.slice(f.span.file.lastIndexOf("/") + 1);
      if (name2 !== null && base3.includes(name2)) links.push({ config: f, confidence: "high", why: null });
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
    out2.push({
      env,
      enabled: enabled2,
      bucket,
      name: name2,
      envConfidence: enabled2.template ? "low" : "high",
      links,
      permission,
      keyPrefix: kp ? { value: kp.template ? null : kp.value, entry: kp } : null,
      aliasHost: envGet(env, "S3_ALIAS_HOST") !== void 0 || envGet(env, "S3_CLOUDFRONT_HOST") !== void 0,
      anchor
    });
  }
  return out2;
}
function documentLinks(configs) {
  const out2 = /* @__PURE__ */ new Map();
  for (const owner of configs) {
    for (const path of owner.documents) {
      for (const c of configs) if (c !== owner && c.source === "aws-json" && c.span.file === path) out2.set(c, owner);
    }
  }
  return out2;
}
var S3API_PUT = /^put-(bucket-(lifecycle-configuration|lifecycle|policy|ownership-controls|acl)|public-access-block)$/;
function cliLinks(invocations, configs) {
  const out2 = /* @__PURE__ */ new Map();
  const raw = configs.filter((c) => c.source === "aws-json" && c.name === null);
  if (raw.length === 0) return out2;
  for (const inv of invocations) {
    const v2 = inv.argv.map((w) => w.value);
    const tool = v2[0]?.slice((v2[0]?.lastIndexOf("/") ?? -1) + 1);
    if (tool !== "aws" || v2[1] !== "s3api" || !S3API_PUT.test(v2[2] ?? "")) continue;
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
      if (hit) out2.set(hit, bucket);
    }
  }
  return out2;
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
function v(name2, kind, dflt, source, note, o = {}) {
  CATALOG.push({
    name: name2,
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
function envVar(name2) {
  return ENV_VARS.get(name2);
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
  ].map(([name2, use, cost]) => [name2, { use, cost }])
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
function inMastodonNamespace(name2) {
  const upper = name2.toUpperCase();
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
function looksLikeSecretName(name2) {
  return /(^|_)(PASSWORD|PASSWD|PASS|SECRET|SECRET_KEY|PRIVATE_KEY|API_KEY|ACCESS_KEY|AUTH_TOKEN|API_TOKEN|TOKEN)$/i.test(name2);
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
function nearMiss(name2) {
  if (name2.length < 8) return void 0;
  const s = closest(name2, KNOWN);
  if (!s || s.toLowerCase() === name2.toLowerCase()) return void 0;
  return distance(name2.toUpperCase(), s.toUpperCase()) <= 2 ? s : void 0;
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
        const name2 = e.key;
        const shadowed = SDK_SHADOWED[name2];
        if (shadowed) {
          const s3 = envGet(env, "S3_ENABLED");
          if (s3 && (s3.template || s3.value === "true") && !envGet(env, shadowed.use)) {
            ctx.report({
              span: e.keySpan,
              message: `"${name2}" is not read by Mastodon, so ${shadowed.cost}; use ${shadowed.use}`
            });
          }
          continue;
        }
        if (envVar(name2)) continue;
        const misnamed = MISNAMED_ENV_VARS.get(name2);
        if (misnamed) {
          ctx.report({ span: e.keySpan, message: `"${name2}" is not read by Mastodon, so ${misnamed.cost}; use ${misnamed.use}` });
          continue;
        }
        const upper = envVar(name2.toUpperCase()) ? name2.toUpperCase() : void 0;
        if (upper && upper !== name2) {
          ctx.report({
            span: e.keySpan,
            message: `"${name2}" is not read by Mastodon, which reads "${upper}" (names are case-sensitive), so the setting has no effect; rename it to ${upper}`
          });
          continue;
        }
        if (inMastodonNamespace(name2)) {
          const s = searched++ < SUGGEST_MAX ? closest(name2, KNOWN) : void 0;
          ctx.report({
            span: e.keySpan,
            message: s ? `"${name2}" is not read by Mastodon, so the setting has no effect; did you mean ${s}?` : `"${name2}" is not an environment variable Mastodon reads, so the setting has no effect; check the name against Mastodon's configuration docs or remove it`
          });
          continue;
        }
        const near = searched++ < SUGGEST_MAX ? nearMiss(name2) : void 0;
        if (near) {
          ctx.report({ span: e.keySpan, message: `"${name2}" is not read by Mastodon, so the setting has no effect; did you mean ${near}?` });
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
  const i2 = path.lastIndexOf("/");
  return i2 === -1 ? "" : path.slice(0, i2);
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
        for (let i2 = 1; i2 < list2.length; i2++) {
          const e = list2[i2];
          const earlier = list2.slice(0, i2);
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
          const body2 = limit.block ?? [];
          const denies = body2.some((d) => d.name === "deny" && d.args[0]?.value === "all");
          const auth = body2.some((d) => d.name === "auth_basic" && d.args[0]?.value !== "off") || body2.some((d) => d.name === "auth_request");
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
  const out2 = [];
  for (const d of ds) {
    for (let i2 = 0; i2 < d.args.length; i2++) {
      const v2 = d.args[i2].value;
      if (v2 === "-s" || v2 === "-t") {
        i2++;
        continue;
      }
      for (const name2 of v2.split(/\s+/).filter(Boolean)) {
        out2.push(new RegExp(`^${name2.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i"));
      }
    }
  }
  return out2;
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
        const parts2 = [];
        if (missing.length > 0) parts2.push(`passes the ${names} header${missing.length > 1 ? "s" : ""} of ${p.provider} on to clients, which ${costs.join(" and ")}`);
        if (cookieBlocksCache) parts2.push('never caches a response that carries "Set-Cookie"');
        ctx.report({
          span: p.proxyPass.span,
          confidence: missingConfidence(p),
          message: `"${proxyText(p)}" ${parts2.join(", and ")}; add ${fixes.join(", ")}`,
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
  const out2 = [];
  if (rule.prefixSpan) out2.push({ span: rule.prefixSpan, message: `the rule's prefix${why ? ` (${why})` : ""}` });
  const where = m.bucket ?? m.enabled;
  if (where) out2.push({ span: where.span, message: "Mastodon stores its media in this bucket" + (!rule.prefixSpan && why ? ` (${why})` : "") });
  return out2;
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
  const out2 = { lines: /* @__PURE__ */ new Map(), file: /* @__PURE__ */ new Set() };
  const text = file.text;
  if (!text.includes("mastodon-ops:") && !text.includes("mastodon-lint:")) return out2;
  for (const m of text.matchAll(INLINE)) {
    const ids = m[2].split(",").map((s) => s.trim().toUpperCase()).filter(Boolean);
    if (m[1]) {
      for (const id of ids) out2.file.add(id);
      continue;
    }
    const line = file.position(m.index ?? 0).line;
    const set = out2.lines.get(line) ?? /* @__PURE__ */ new Set();
    for (const id of ids) set.add(id);
    out2.lines.set(line, set);
  }
  return out2;
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
var TF_RELEVANT = /aws_s3|AWS::S3|S3_|mastodon/i;
var NGINX_STORAGE = /amazonaws\.com|scw\.cloud|wasabisys|backblazeb2|r2\.cloudflarestorage|digitaloceanspaces|ionoscloud|linodeobjects|storage\.googleapis|minio|\bs3[.-]|@s3\b|\$s3_|mastodon|\/system\//i;
function storageHosts(model) {
  const out2 = /* @__PURE__ */ new Set();
  for (const env of model.envFiles) {
    for (const key of ["S3_ENDPOINT", "S3_HOSTNAME", "S3_ALIAS_HOST", "S3_CLOUDFRONT_HOST"]) {
      for (const e of env.byKey.get(key) ?? []) {
        if (e.template || !e.value) continue;
        const host = e.value.replace(/^[a-z]+:\/\//i, "").split("/")[0] ?? "";
        if (host.length > 3) out2.add(host);
      }
    }
  }
  return [...out2];
}
function lint(opts) {
  return lintModel(buildModel(opts), opts);
}
function lintModel(built, opts) {
  const settings = opts.settings ?? defaultSettings();
  const rules = opts.rules ?? RULES;
  const raw = runRules(rules, built.model, settings);
  return finish(raw, built.model, settings, rules, built.notices, built.scanned, built.parsed, opts.root);
}
function buildModel(opts) {
  const found = discover(opts.paths, opts.root);
  const notices = [...found.notices];
  const model = emptyModel(opts.root);
  const scripts = [];
  let parsed = 0;
  const known = /* @__PURE__ */ new Set();
  let seen = 0;
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
  const extract = (file, kind) => {
    parsed++;
    while (seen < model.files.length) known.add(model.files[seen++].path);
    if (!known.has(file.path)) {
      known.add(file.path);
      model.files.push(file);
    }
    if (SCRIPT_KINDS.has(kind)) {
      scripts.push({ file, kind });
      return;
    }
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
  const dirOf4 = (p) => p.slice(0, Math.max(0, p.lastIndexOf("/")));
  const tfDirs = new Set(tf.filter((c) => TF_RELEVANT.test(c.file.text)).map((c) => dirOf4(c.file.path)));
  for (const c of tf) if (tfDirs.has(dirOf4(c.file.path))) extract(c.file, c.kind);
  const hosts = storageHosts(model);
  for (const c of candidates) {
    if (c.kind !== "nginx") continue;
    const name2 = c.file.path.slice(c.file.path.lastIndexOf("/") + 1);
    if (name2 === "nginx.conf" || NGINX_STORAGE.test(c.file.text) || hosts.some((h) => c.file.text.includes(h))) extract(c.file, c.kind);
  }
  for (const { file, kind } of scripts) {
    const caller = kind === "cron-script" ? runParts(file) : findCaller(file.path, model.scriptCalls);
    if (kind === "cron-script" && caller) model.schedulers.push(caller.scheduler);
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
  return { model, notices, scanned: found.files.length, parsed };
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
  const out2 = [];
  for (const rule of rules) {
    if (settings.rules.get(rule.id)?.disable) continue;
    const ctx = { settings, report: (r) => out2.push({ rule, report: r }) };
    const annotatedCtx = { settings, report: (r) => out2.push({ rule, report: r, annotated: true }) };
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
  return out2;
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
  RULES,
  lint,
  lintModel,
  buildModel,
  runRules
};
