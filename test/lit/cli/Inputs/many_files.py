"""Writes a project of many C files and its compile_commands.json, for
testing that output does not depend on -j.

usage: many_files.py DIR COUNT
Files DIR/src/dNN/fileNNN.c: most leak a thread (one finding each), every
fifth is clean, every seventh includes a header with a leak of its own
(reported once, under --header-filter), one does not compile and one is
C++.  Each file is listed twice, as bear lists clang's -cc1 runs.
"""
import json
import os
import sys

root, count = sys.argv[1], int(sys.argv[2])
src = os.path.join(root, "src")
os.makedirs(os.path.join(root, "build"), exist_ok=True)
os.makedirs(os.path.join(src, "include"), exist_ok=True)
with open(os.path.join(src, "include", "shared.h"), "w") as f:
    f.write("#include <pthread.h>\n"
            "static void *shared_run(void *a) { return a; }\n"
            "static inline void shared_fire(void) {\n"
            "    pthread_t t;\n"
            "    pthread_create(&t, NULL, shared_run, NULL);\n"
            "}\n")
entries = []
for i in range(count):
    d = os.path.join(src, "d%02d" % (i % 9))
    os.makedirs(d, exist_ok=True)
    name = "file%03d.c" % i
    body = ["#include <pthread.h>"]
    if i % 7 == 3:
        body.append('#include "shared.h"')
    body.append("static void *run(void *a) { return a; }")
    for k in range(1 + i % 3):
        body.append("int f%d_%d(int x) {" % (i, k))
        body.append("    pthread_t t;")
        body.append("    if (pthread_create(&t, NULL, run, NULL)) return -1;")
        if i % 5 == 0:
            body.append("    pthread_join(t, NULL);")
        else:
            body.append("    if (x) return -2;")
            body.append("    pthread_join(t, NULL);")
        body.append("    return 0;")
        body.append("}")
    if i == count // 2:
        body.append("int broken(void) { return }")
    path = os.path.join(d, name)
    if i == count // 3:
        path = path[:-2] + ".cpp"
    with open(path, "w") as f:
        f.write("\n".join(body) + "\n")
    rel = os.path.relpath(path, d)
    entries.append({"directory": d, "file": rel,
                    "command": "clang-19 -cc1 -triple x86_64-pc-linux-gnu -Eonly -I../include -x c " + rel})
    entries.append({"directory": d, "file": rel,
                    "command": "cc -I../include -c %s -o %s.o" % (rel, name)})
with open(os.path.join(root, "build", "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=1)
