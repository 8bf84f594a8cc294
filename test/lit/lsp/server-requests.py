# Requests from clangd to the editor and the editor's replies cross the proxy
# both ways: with a compile_commands.json clangd indexes in the background,
# asks the editor to create a progress token (window/workDoneProgress/create)
# and, once the editor has answered, reports $/progress on it.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import json
import time
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, expect, has_leak, run  # noqa: E402


def test(sc):
    src = sc.write("leak.c", LEAK_C)
    os.remove(sc.path("compile_flags.txt"))
    sc.write("compile_commands.json", json.dumps([{
        "directory": sc.workdir, "file": src,
        "arguments": ["clang", "-Wall", "-c", src]}]))
    c = sc.start()
    doc = c.open(src)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    created = None
    for _ in range(100):
        reqs = [r for r in c.server_requests if r["method"] == "window/workDoneProgress/create"]
        if reqs:
            created = reqs[0]["params"]["token"]
            break
        time.sleep(0.1)
    expect(created is not None, "no window/workDoneProgress/create from clangd", c)
    begin = c.wait_notification("$/progress", lambda p: p.get("token") == created
                                and p.get("value", {}).get("kind") == "begin",
                                what="$/progress begin on token %r" % created)
    expect(begin["value"].get("title"), "progress without a title: %r" % begin, c)
    c.wait_notification("$/progress", lambda p: p.get("token") == created
                        and p.get("value", {}).get("kind") == "end",
                        what="$/progress end on token %r" % created)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
