#!/usr/bin/env python3
"""Arbitrary C from csmith (Debian csmith) through both front ends: neither
may crash or hang, and they must agree.  Every function csmith writes gets
a thread at its top, created on one path and joined at the next return on
some, so that both front ends lower (and the core analyses) csmith's
bodies: its loops, gotos, switches and expressions.  Seeds
FIRST..FIRST+COUNT-1.

    run_csmith.py --build BUILD [--first N] [--count N] [--keep DIR]
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run_faces import run, site_value  # noqa: E402

HEADER_DIR = "/usr/include/csmith"  # Debian libcsmith-dev
INCLUDE = "-I" + HEADER_DIR
DEFINITION = re.compile(r"^((?:static |int )[^;\n]*\))\n\{( /\* block id: \d+ \*/)?$", re.M)
THREAD = ("\n{ pthread_t tl_t; if (pthread_create(&tl_t, 0, tl_work, 0) == 0) "
          "{ if (tl_flag) pthread_join(tl_t, 0); } }")


def threadlint_lines(output):
    """threadlint's findings (warning, its notes, its fix-its) out of an
    output that holds clang's own warnings about csmith's code too."""
    kept, ours = [], False
    for line in output.splitlines():
        if " warning: " in line or " error: " in line or line.startswith("exit status"):
            ours = "[pthread." in line or " error: " in line or line.startswith("exit status")
        elif "warnings generated" in line or "warning generated" in line:
            ours = False
            continue
        if ours and not line.startswith(" "):
            kept.append(line)
    return "\n".join(kept)


def with_threads(text):
    """csmith's program with a thread created in every function."""
    prelude = "#include <pthread.h>\nstatic void *tl_work(void *a) { return a; }\nint tl_flag;\n"
    return prelude + DEFINITION.sub(lambda m: m.group(1) + "\n{" + THREAD, text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", required=True)
    ap.add_argument("--first", type=int, default=1)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--keep")
    a = ap.parse_args()
    csmith = shutil.which("csmith")
    if not csmith:
        print("csmith not installed (Debian csmith): skipped")
        return 0
    if not os.path.exists(os.path.join(HEADER_DIR, "csmith.h")):
        print("csmith.h not installed (Debian libcsmith-dev): skipped")
        return 0
    cli = site_value(a.build, "threadlint_binary")
    clang = site_value(a.build, "threadlint_clang")
    plugin = site_value(a.build, "threadlint_plugin")
    face_script = os.path.join(HERE, "..", "faces", "threadlint_face.py")
    bad = findings = 0
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(a.first, a.first + a.count):
            name = "csmith%d.c" % seed
            text = subprocess.run([csmith, "--seed", str(seed)], capture_output=True, text=True,
                                  check=True, timeout=60).stdout
            with open(os.path.join(tmp, name), "w") as f:
                f.write(with_threads(text))
            want = threadlint_lines(run([cli, "--no-source", name, "--", INCLUDE], tmp))
            got = threadlint_lines(run([sys.executable, face_script, "--face=plugin", "--face-clang=" + clang,
                       "--face-plugin=" + plugin, "--no-source", name, "--", INCLUDE], tmp))
            findings += want.count("[pthread.")
            if want == got and not want.startswith("exit status"):
                continue
            bad += 1
            print("seed %d: CLI said %r, plugin said %r" % (seed, want[:300], got[:300]))
            if a.keep:
                os.makedirs(a.keep, exist_ok=True)
                shutil.copy(os.path.join(tmp, name), a.keep)
    print("%d csmith programs, %d CLI warnings: %d crashes or disagreements"
          % (a.count, findings, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
