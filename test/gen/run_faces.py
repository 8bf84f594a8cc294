#!/usr/bin/env python3
"""Random thread programs, face against face: each program gen_threads.py
writes for seeds FIRST..FIRST+COUNT-1 is analysed by the CLI (libclang
front end) and by the plugin's faces (clang's AST); their findings must be
the same, line for line.  A program they disagree on is kept in --keep
with both outputs.  Exit status 1 on any disagreement.

    run_faces.py --build BUILD [--first N] [--count N] [--faces plugin,csa] [--keep DIR]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_threads  # noqa: E402


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
    ap.add_argument("--keep")
    a = ap.parse_args()
    cli = site_value(a.build, "threadlint_binary")
    clang = site_value(a.build, "threadlint_clang")
    plugin = site_value(a.build, "threadlint_plugin")
    face_script = os.path.join(HERE, "..", "faces", "threadlint_face.py")
    faces = [f for f in a.faces.split(",") if f]
    disagreements = findings = invalid = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.first, a.first + a.count):
            name = "gen%d.c" % seed
            with open(os.path.join(tmp, name), "w") as f:
                f.write(gen_threads.program(seed))
            want = run([cli, "--no-source", name], tmp)
            findings += want.count("warning: ")
            if "error: " in want:  # the generator's fault: its programs must compile
                invalid += 1
                print("seed %d: not a valid program:\n%s" % (seed, want))
                continue
            for face in faces:
                got = run([sys.executable, face_script, "--face=" + face, "--face-clang=" + clang,
                           "--face-plugin=" + plugin, "--no-source", name], tmp)
                if got == want:
                    continue
                disagreements += 1
                print("seed %d: the CLI and face %s disagree" % (seed, face))
                if a.keep:
                    os.makedirs(a.keep, exist_ok=True)
                    for suffix, text in ((".c", gen_threads.program(seed)), (".cli", want),
                                         ("." + face, got)):
                        with open(os.path.join(a.keep, name[:-2] + suffix), "w") as f:
                            f.write(text)
    print("%d programs (%d invalid), %d CLI warnings, faces %s: %d disagreements"
          % (a.count, invalid, findings, ",".join(faces), disagreements))
    return 1 if disagreements or invalid else 0


if __name__ == "__main__":
    sys.exit(main())
