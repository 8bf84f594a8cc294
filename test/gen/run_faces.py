#!/usr/bin/env python3
"""Random thread programs, face against face: each program gen_threads.py
writes for seeds FIRST..FIRST+COUNT-1 is analysed by the CLI (libclang
front end) and by the plugin's faces (clang's AST); their findings must be
the same, line for line.  With --truth the programs come from gen_truth.py,
which knows what must be reported, and the CLI's findings are checked
against that too.  A program they disagree on is kept in --keep with the
outputs.  Exit status 1 on any disagreement.

    run_faces.py --build BUILD [--first N] [--count N] [--faces plugin,csa]
                 [--truth] [--keep DIR]
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_threads  # noqa: E402
import gen_truth  # noqa: E402

FINDING = re.compile(r"^[^:]+:(\d+):\d+: (warning|note): (.*?)(?: \[([\w.]+)\])?$")


def findings_of(output):
    """[(line, rule, [note lines that say where the function returns])]."""
    found = []
    for text in output.splitlines():
        m = FINDING.match(text)
        if not m:
            continue
        if m.group(2) == "warning":
            found.append((int(m.group(1)), m.group(4), []))
        elif found and " returns here" in m.group(3):
            found[-1][2].append(int(m.group(1)))
    return found


def truth_errors(output, truth):
    """How the CLI's findings differ from what gen_truth.py knows: a leak
    once, at the acquisition, naming one of the exits that leak it; every
    release that may come second; for a thread given the address of a
    local, one pthread.ArgLifetime at an exit where it may still run; each
    destroy of a lock its routine uses while it may run."""
    errors = []
    found = findings_of(output)
    for t in truth:
        mine = [f for f in found if t["first"] <= f[0] <= t["last"]]
        leaks = [f for f in mine if f[1] == t["leak"]]
        misuses = sorted(f[0] for f in mine if f[1] == t["misuse"])
        lifetimes = sorted(f[0] for f in mine if f[1] == t["lifetime"])
        destroys = sorted(f[0] for f in mine if f[1] == t["destroy"])
        others = [f for f in mine
                  if f[1] not in (t["leak"], t["misuse"], t["lifetime"], t["destroy"])]
        if t["leak_exits"]:
            if [f[0] for f in leaks] != [t["acquire"]]:
                errors.append("%s: want one %s at line %d, got %s"
                              % (t["name"], t["leak"], t["acquire"], [f[0] for f in leaks]))
            elif not set(leaks[0][2]) & set(t["leak_exits"]):
                errors.append("%s: %s names exit %s, not one of %s"
                              % (t["name"], t["leak"], leaks[0][2], t["leak_exits"]))
        elif leaks:
            errors.append("%s: no path leaks, got %s at %s"
                          % (t["name"], t["leak"], [f[0] for f in leaks]))
        if misuses != t["misuses"]:
            errors.append("%s: want %s at lines %s, got %s"
                          % (t["name"], t["misuse"], t["misuses"], misuses))
        # reported once per create, at one of the exits that may leave it running
        if t["lifetime"] and (len(lifetimes) != bool(t["lifetime_exits"])
                              or not set(lifetimes) <= set(t["lifetime_exits"])):
            errors.append("%s: want one %s at one of lines %s, got %s"
                          % (t["name"], t["lifetime"], t["lifetime_exits"], lifetimes))
        if t["destroy"] and destroys != t["destroys"]:
            errors.append("%s: want %s at lines %s, got %s"
                          % (t["name"], t["destroy"], t["destroys"], destroys))
        for f in others:
            errors.append("%s: unexpected %s at line %d" % (t["name"], f[1], f[0]))
    for f in found:
        if not any(t["first"] <= f[0] <= t["last"] for t in truth):
            errors.append("unexpected %s at line %d, in no function" % (f[1], f[0]))
    return errors


def site_value(build, name):
    """A setting of the build's lit.site.cfg.py (where its tools are)."""
    scope = {"config": type("C", (), {})(), "os": os}
    text = open(os.path.join(build, "test", "lit.site.cfg.py")).read()
    text = text.split("# `lit build/test` lands here first")[0]
    exec(compile(text, "lit.site.cfg.py", "exec"), scope)
    return getattr(scope["config"], name)


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
    if p.returncode not in (0, 1) or "Sanitizer" in p.stderr:
        return "exit status %d\n%s%s" % (p.returncode, p.stdout, p.stderr)
    return p.stdout + p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--faces", default="plugin,csa")
    ap.add_argument("--truth", action="store_true")
    ap.add_argument("--keep")
    a = ap.parse_args()
    cli = site_value(a.build, "threadlint_binary")
    face_script = os.path.join(HERE, "..", "faces", "threadlint_face.py")
    faces = [f for f in a.faces.split(",") if f]
    if faces:  # builds without the plugin check the CLI against the truth only
        clang = site_value(a.build, "threadlint_clang")
        plugin = site_value(a.build, "threadlint_plugin")
    disagreements = findings = invalid = wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.first, a.first + a.count):
            name = "gen%d.c" % seed
            if a.truth:
                text, truth = gen_truth.program(seed)
            else:
                text, truth = gen_threads.program(seed), None
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
            want = run([cli, "--no-source", name], tmp)
            findings += want.count("warning: ")
            if "error: " in want:  # the generator's fault: its programs must compile
                invalid += 1
                print("seed %d: not a valid program:\n%s" % (seed, want))
                continue
            errors = truth_errors(want, truth) if truth else []
            if errors:
                wrong += 1
                print("seed %d: the CLI differs from the truth:\n  %s" % (seed, "\n  ".join(errors)))
                keep(a.keep, name, ((".c", text), (".cli", want), (".truth", "\n".join(errors))))
            for face in faces:
                got = run([sys.executable, face_script, "--face=" + face, "--face-clang=" + clang,
                           "--face-plugin=" + plugin, "--no-source", name], tmp)
                if got == want:
                    continue
                disagreements += 1
                print("seed %d: the CLI and face %s disagree" % (seed, face))
                keep(a.keep, name, ((".c", text), (".cli", want), ("." + face, got)))
    print("%d %sprograms (%d invalid), %d CLI warnings, faces %s: %d disagreements"
          % (a.count, "ground-truth " if a.truth else "", invalid, findings, ",".join(faces),
             disagreements) + (", %d differing from the truth" % wrong if a.truth else ""))
    return 1 if disagreements or invalid or wrong else 0


def keep(where, name, files):
    if not where:
        return
    os.makedirs(where, exist_ok=True)
    for suffix, text in files:
        with open(os.path.join(where, name[:-2] + suffix), "w") as f:
            f.write(text)


if __name__ == "__main__":
    sys.exit(main())
