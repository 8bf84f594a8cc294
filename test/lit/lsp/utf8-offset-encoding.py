# A client that asks for UTF-8 columns the way nvim-lspconfig does for clangd
# (offsetEncoding: ["utf-8", "utf-16"]): clangd agrees, and threadlint's
# ranges must then count UTF-8 bytes too.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import expect, has_leak, run, tl  # noqa: E402

SRC = """\
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    /* w\u00f6rld \U0001F600 */ if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    /* \u00e9 */ return 0;
}
"""


def test(sc):
    c = sc.start(initialize=False)
    c.initialize(root=sc.workdir, position_encodings=["utf-8", "utf-16"])
    expect(c.encoding == "utf-8", "clangd did not settle on utf-8: %r" % c.encoding, c)
    doc = sc.open(c, "utf8.c", SRC)
    p = c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    (d,) = tl(p["diagnostics"])
    line = SRC.splitlines()[6]
    want = {"line": 6, "character": len(line[:line.index("pthread_create")].encode("utf-8"))}
    expect(d["range"]["start"] == want, "range start %r, want %r (UTF-8 bytes)"
           % (d["range"]["start"], want), c)
    notes = d.get("relatedInformation") or []
    expect(notes and notes[-1]["location"]["range"]["start"] == doc.position("return 0"),
           "last note at %r, want %r" % (notes and notes[-1]["location"], doc.position("return 0")), c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
