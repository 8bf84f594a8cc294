#!/usr/bin/env python3
"""Stands in for the threadlint CLI in the lit suite's face runs: runs clang
with the threadlint plugin instead, and prints what it reported the way the
CLI prints it, so each rule test checks the plugin's findings against the
very lines it expects of the CLI.

    threadlint_face.py --face=plugin|csa --face-clang=CLANG --face-plugin=SO
                       [threadlint options] FILE... [-- COMPILER-ARGS]

Faces:
  plugin  clang -fplugin=SO -fsyntax-only: findings as compiler warnings
  csa     clang --analyze -Xclang -load -Xclang SO with the pthread checkers

Only presentation is translated, never content:
  - clang's source snippets are dropped (the tests use --no-source);
  - a parseable fix-it line, which clang prints right after its warning,
    moves after the warning's notes, where the CLI prints it;
  - the plugin's remarks (note-level findings) are the CLI's notes;
  - the analyzer's closing note that repeats the warning at its own
    location, and the copy of the fix-its clang prints for it, are dropped;
  - the plugin's "alternatively, ..." notes (another repair, with its
    fix-its) are dropped: the CLI's text shows the first repair only.
A finding, note, location, message or fix-it edit that differs is a
difference the test sees.  --fix applies clang's own fix-its (-Xclang -fixit,
or the analyzer's apply-fixits) and reports them in the CLI's words.

--dump-ir prints the plugin's IR (the analyzer face lowers with the same
code, so both faces show the warning face's).  Options with no plugin
counterpart (--format, --export-fixes) exit 2: the tests that use them are
CLI tests (REQUIRES: face-cli).  The CLI's summary ("N warnings
generated.", once for all files) and its verdicts on compile errors and
bad config files are printed in its words from what clang reported.
"""
import json
import os
import re
import shlex
import subprocess
import sys

DIAG = re.compile(r"^(?P<file>[^:\s][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<kind>warning|error|note|remark|fatal error): (?P<msg>.*)$")
FIXIT = re.compile(r'^fix-it:"(?P<file>[^"]*)":\{(?P<range>[^}]*)\}:"(?P<text>.*)"$')
SUMMARY = re.compile(r"^\d+ (warning|error)s? generated\.$")
RULE = re.compile(r" \[(pthread\.[A-Za-z]+)\]$")
RULES = ["pthread.ThreadLeak", "pthread.JoinMisuse", "pthread.KeyLeak", "pthread.KeyMisuse",
         "pthread.CleanupMisuse", "pthread.AttrLeak", "pthread.AttrMisuse", "pthread.ArgLifetime",
         "pthread.DestroyWhileRunning"]  # checks/rules.def
UNSUPPORTED = ("--format", "--export-fixes")


def fail(msg):
    sys.stderr.write("threadlint_face: %s\n" % msg)
    sys.exit(2)


class Request:
    """The CLI command line, read the way the CLI reads it."""

    def __init__(self, argv):
        self.face = self.clang = self.plugin = None
        self.files, self.compile_args, self.checks = [], [], []
        self.config_file = self.header_filter = self.database = None
        self.fix = self.dump_ir = self.quiet = False
        self.reported = set()  # config errors already printed
        self.applied = []      # --fix's reports, printed after the summary
        it = iter(argv)
        for a in it:
            if a == "--":
                self.compile_args += list(it)
                break
            key, eq, val = a.partition("=")
            if key in ("--face", "--face-clang", "--face-plugin") and eq:
                setattr(self, key[len("--face-"):] if key != "--face" else "face", val)
            elif a in ("--no-source",):
                pass  # the faces never print source here
            elif a == "--fix":
                self.fix = True
            elif a == "--quiet":
                self.quiet = True  # no "N warnings generated." (nor the CLI's summary)
            elif a == "--dump-ir":
                self.dump_ir = True
            elif key == "--checks" and eq:
                self.checks.append(val)
            elif key == "--config-file":
                self.config_file = val if eq else next(it, None)
            elif key == "--header-filter" and eq:
                self.header_filter = val
            elif a == "-p":
                self.database = next(it, None)
            elif key == "-p" or a.startswith("-p") and len(a) > 2 and not eq:
                self.database = val if eq else a[2:]
            elif a == "-j":
                next(it, None)  # one clang per file: nothing to parallelise
            elif a.startswith("-j"):
                pass
            elif key in UNSUPPORTED:
                fail("%s has no plugin counterpart (a CLI-only test)" % key)
            elif a.startswith("-") and a[1:2] in "DIUWfsm" and len(a) > 2:
                self.compile_args.append(a)  # the CLI's compiler flags before --
            elif a.startswith("-"):
                fail("unknown option %s" % a)
            else:
                self.files.append(a)
        if not (self.face and self.clang and self.plugin):
            fail("needs --face=, --face-clang= and --face-plugin=")

    def jobs(self):
        """(file, compiler args, directory) per translation unit."""
        if not self.database:
            return [(f, self.compile_args, None) for f in self.files]
        with open(os.path.join(self.database, "compile_commands.json")) as fh:
            entries = json.load(fh)
        wanted = {os.path.realpath(f) for f in self.files}
        out = []
        for e in entries:
            d = e.get("directory", ".")
            args = e.get("arguments") or shlex.split(e["command"])
            path = os.path.join(d, e["file"])
            if wanted and os.path.realpath(path) not in wanted:
                continue
            out.append((e["file"], compiler_flags(args, e["file"]) + self.compile_args, d))
        return out


def compiler_flags(args, file):
    """An entry's arguments without the compiler, the file, -c and -o X."""
    out, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
        elif a == "-o":
            skip = True
        elif a != "-c" and a != file and not a.startswith("-o"):
            out.append(a)
    return out


def plugin_args(req):
    out = ["-fplugin-arg-threadlint-checks=" + g for g in req.checks]
    if req.config_file:
        out.append("-fplugin-arg-threadlint-config-file=" + req.config_file)
    if req.header_filter is not None:
        out.append("-fplugin-arg-threadlint-header-filter=" + req.header_filter)
    return out


def clang_command(req, file, args, apply_fixits=False):
    cmd = [req.clang, "-fno-color-diagnostics", "-fdiagnostics-parseable-fixits"]
    if req.dump_ir:
        return (cmd + ["-fplugin=" + req.plugin, "-fsyntax-only", "-fplugin-arg-threadlint-dump-ir"]
                + plugin_args(req) + args + [file])
    if req.face == "plugin":
        cmd += ["-fplugin=" + req.plugin, "-fsyntax-only"] + plugin_args(req)
        if apply_fixits:
            cmd += ["-Xclang", "-fixit"]
    elif req.face == "csa":
        cmd += ["--analyze", "-o", "/dev/null", "-Xclang", "-load", "-Xclang", req.plugin]
        if not apply_fixits:
            # (not when applying: clang 19's text output hands the report's
            # fix-its to its closing note too, and apply-fixits applies both)
            cmd += ["-Xclang", "-analyzer-output=text"]
        cmd += ["-Xclang", "-analyzer-checker=pthread"]
        options = []
        if req.checks:
            options.append("pthread.Core:Checks=" + ";".join(req.checks).replace(",", ";"))
        if req.config_file:
            options.append("pthread.Core:ConfigFile=" + req.config_file)
        if req.header_filter is not None:
            options.append("pthread.Core:HeaderFilter=" + req.header_filter)
        if apply_fixits:
            options.append("apply-fixits=true")
        for o in options:
            cmd += ["-Xclang", "-analyzer-config", "-Xclang", o]
    else:
        fail("unknown face %s" % req.face)
    return cmd + args + [file]


OTHER_CHECKER = re.compile(r" \[[a-z][A-Za-z]*\.[A-Za-z.]+\]$")


def translate(text, face):
    """clang's diagnostics as the CLI prints them: (finding lines, other
    diagnostic lines, warnings, fix-it lines).  clang's own summary goes:
    main() prints the CLI's, once for all files."""
    groups, other = [], []  # a group: a finding's lines
    warnings = fixits = 0
    pending = []       # fix-its of the current warning, printed after its notes
    warning_at = None  # (file, line, col, message without the rule) of it
    skipping = False   # in a diagnostic (and its notes, fix-its) that goes

    def flush():
        if groups:
            groups[-1].extend(pending)
        del pending[:]

    for line in text.splitlines():
        m = DIAG.match(line)
        if m:
            kind, msg = m.group("kind"), m.group("msg")
            here = (m.group("file"), m.group("line"), m.group("col"))
            if kind == "note" and msg == "FIX-IT applied suggested code changes":
                continue
            if kind == "note" and skipping:
                continue
            skipping = False
            if kind == "note" and warning_at and msg.startswith("alternatively, "):
                skipping = True  # another repair and its fix-its: the CLI shows the first only
                continue
            if face == "csa" and kind == "note" and warning_at and here + (msg,) == warning_at:
                skipping = True  # the analyzer's closing note and its fix-its
            elif kind in ("warning", "remark", "error") and RULE.search(msg):
                flush()
                warnings += kind == "warning"
                warning_at = here + (RULE.sub("", msg),)
                groups.append([line.replace(": remark: ", ": note: ", 1)])
            elif kind == "note" and warning_at:
                groups[-1].append(line)
            else:
                flush()
                warning_at = None
                # the analyzer's other checkers ([core.CallAndMessage], ...)
                # are not threadlint's findings
                skipping = face == "csa" and bool(OTHER_CHECKER.search(msg))
                if not skipping:
                    other.append(line)
        elif FIXIT.match(line):
            if not skipping:
                pending.append(line)
                fixits += 1
        elif SUMMARY.match(line):
            flush()
        # anything else is a source snippet or caret line
    flush()
    if face == "csa":
        # the analyzer flushes its reports after the remarks the checker
        # gave directly: back into the CLI's order, by place
        files = []
        for g in groups:
            f = DIAG.match(g[0]).group("file")
            if f not in files:
                files.append(f)

        def place(g):  # the CLI's order: file, line, column, rule, message
            m = DIAG.match(g[0])
            rule = RULE.search(m.group("msg")).group(1)
            return (files.index(m.group("file")), int(m.group("line")), int(m.group("col")),
                    RULES.index(rule) if rule in RULES else len(RULES), m.group("msg"))
        groups.sort(key=place)
    return [line for g in groups for line in g], other, warnings, fixits


UNPLACED = re.compile(r"^error: threadlint: (?P<path>[^:]+): (?P<msg>.*)$")


def config_errors(lines):
    """The plugin's complaints about settings ("error: threadlint: ..."),
    in the CLI's words; None when clang failed for another reason."""
    out = []
    for line in lines:
        m = DIAG.match(line)
        if m and m.group("kind").endswith("error"):
            if ": error: threadlint: " not in line:
                return None
            out.append(line.replace(": error: threadlint: ", ": error: ", 1))
        elif UNPLACED.match(line):
            m = UNPLACED.match(line)
            out.append("%s: error: %s" % (m.group("path"), m.group("msg")))
        elif line.startswith("error: "):
            return None
    return out or None


def run_job(req, file, args, directory):
    """Runs clang on one file; returns (exit status, warnings)."""
    before = None
    path = os.path.join(directory or ".", file)
    if req.fix:
        with open(path, "rb") as fh:
            before = fh.read()
    # the warning face reports and applies in one run; the analyzer's
    # reports come from a second, text-output run
    p = subprocess.run(clang_command(req, file, args, req.fix and req.face == "plugin"),
                       cwd=directory, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True)
    if req.dump_ir:
        sys.stdout.write(p.stdout)
        sys.stderr.write(p.stderr)
        return (0 if p.returncode == 0 else 2), 0
    findings, other, warnings, fixits = translate(p.stderr, req.face)
    if p.returncode != 0:
        settings = config_errors(p.stderr.splitlines())
        if settings is not None:
            # like the CLI, a bad config file is reported once per run
            sys.stderr.write("".join(l + "\n" for l in settings if l not in req.reported))
            req.reported.update(settings)
            return 2, 0
        # Compile errors (or a crash): clang's own words, unfiltered, then
        # the CLI's verdict on them.
        sys.stderr.write(p.stderr)
        errors = sum(1 for l in p.stderr.splitlines()
                     if DIAG.match(l) and DIAG.match(l).group("kind").endswith("error"))
        sys.stderr.write("threadlint: error: '%s' does not compile (%d error%s); not analysed\n"
                         % (file, errors, "" if errors == 1 else "s"))
        return 2, 0
    for line in findings:
        print(line)
    sys.stdout.flush()
    for line in other:
        sys.stderr.write(line + "\n")
    if req.fix and fixits and req.face == "csa":
        subprocess.run(clang_command(req, file, args, True), cwd=directory,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if req.fix and fixits:
        with open(path, "rb") as fh:
            if fh.read() != before:
                req.applied.append("threadlint: applied %d fix-it edit%s to '%s'\n"
                                   % (fixits, "" if fixits == 1 else "s", file))
    return (1 if warnings else 0), warnings


def main():
    req = Request(sys.argv[1:])
    jobs = req.jobs()
    if not jobs:
        fail("no input files")
    status = warnings = 0
    for file, args, directory in jobs:
        job_status, job_warnings = run_job(req, file, args, directory)
        status = max(status, job_status)
        warnings += job_warnings
    if warnings and not req.quiet:
        sys.stderr.write("%d warning%s generated.\n" % (warnings, "" if warnings == 1 else "s"))
    sys.stderr.write("".join(req.applied))
    sys.exit(status)


if __name__ == "__main__":
    main()
