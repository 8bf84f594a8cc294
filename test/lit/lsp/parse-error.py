# A file that does not parse: clangd's errors come through, threadlint adds
# nothing and does not crash; once the error is fixed its finding appears.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import LEAK_C, expect, has_leak, run, settled, tl  # noqa: E402

BROKEN_C = LEAK_C.replace("int unused = 0;", "int unused = ;").replace(
    "return 0;\n}", "return 0 +;\n}\nint tail(void) { return undeclared_thing; }")
assert BROKEN_C != LEAK_C


def errors(ds):
    return [d for d in ds if d.get("severity") == 1 and d.get("source") != "threadlint"]


def test(sc):
    c = sc.start()
    doc = sc.open(c, "broken.c", BROKEN_C)
    p = c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: len(errors(ds)) >= 3,
                           what="clangd's three errors")
    msgs = " | ".join(d["message"] for d in errors(p["diagnostics"]))
    expect("undeclared_thing" in msgs and "xpected expression" in msgs, "errors: " + msgs, c)
    last = settled(c, doc.uri)
    expect(not tl(last["diagnostics"]), "threadlint reported on a file that does not parse: %r"
           % last, c)
    expect(len(errors(last["diagnostics"])) >= 3, "clangd's errors went away: %r" % last, c)
    expect(c.proc.poll() is None, "the proxy died", c)
    # Fix the file: the analysis runs again and finds the leak.
    mark = c.mark()
    v = doc.set_text(LEAK_C)
    c.wait_diagnostics(doc.uri, version=v, after=mark, pred=lambda ds: has_leak(ds) and not errors(ds),
                       what="the leak once the file parses (version %d)" % v)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
