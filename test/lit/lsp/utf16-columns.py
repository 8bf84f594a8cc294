# Non-ASCII text (two-byte letters, astral emoji: two UTF-16 units, four
# UTF-8 bytes) on the lines before the finding and before it on its own line:
# the finding's range and its notes are in UTF-16 columns (LSP's default), on
# the exact characters, like clangd's own diagnostic on such a line.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import expect, has_leak, run, settled, tl  # noqa: E402
from lsp_client import utf16_len  # noqa: E402

SRC = """\
// h\u00e9llo w\u00f6rld \U0001F600
/* \u00fcn\u00efc\u00f6d\u00e9 \U0001F600\U0001F600 before the finding */
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start(void) {
    /* \u00e9\U0001F600 */ int unused = 0;
    pthread_t t; /* \U0001F600 */
    /* w\u00f6rld \U0001F600 */ if (pthread_create(&t, NULL, worker, NULL) != 0)
        return -1;
    /* \U0001F600\U0001F600 */ return 0;
}
"""


def test(sc):
    c = sc.start()
    expect(c.encoding == "utf-16", "negotiated %r, not utf-16" % c.encoding, c)
    doc = sc.open(c, "utf16.c", SRC)
    p = c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    (d,) = tl(p["diagnostics"])
    line = SRC.splitlines()[9]
    want = {"line": 9, "character": utf16_len(line[:line.index("pthread_create")])}
    expect(want["character"] == 23, "the fixture changed: %r" % want)
    expect(d["range"]["start"] == want,
           "range start %r, want %r (UTF-16; UTF-8 bytes would be %d)" % (
               d["range"]["start"], want, len(line[:line.index("pthread_create")].encode())), c)
    expect(doc.text_at(d["range"]).startswith("pthread_create"),
           "the range covers %r" % doc.text_at(d["range"]), c)
    notes = d.get("relatedInformation") or []
    expect(len(notes) == 2, "notes: %r" % notes, c)
    expect(notes[0]["location"]["range"]["start"] == want, "first note at %r" % notes[0], c)
    expect(notes[1]["location"]["range"]["start"] == doc.position("return 0"),
           "second note at %r, want %r" % (notes[1]["location"], doc.position("return 0")), c)
    expect(doc.text_at(notes[1]["location"]["range"]).startswith("return"),
           "second note covers %r" % doc.text_at(notes[1]["location"]["range"]), c)
    (w,) = [x for x in p["diagnostics"] if x.get("code") == "-Wunused-variable"]
    expect(doc.text_at(w["range"]) == "unused", "clangd's range %r" % w["range"], c)
    # An edit on the emoji line before the finding shifts it by UTF-16 units.
    mark = c.mark()
    v = doc.replace("/* w\u00f6rld \U0001F600 */", "/* \U0001F600\U0001F600\U0001F600 */")
    p = c.wait_diagnostics(doc.uri, version=v, after=mark, pred=has_leak)
    last = settled(c, doc.uri, after=mark)
    (d,) = tl(last["diagnostics"])
    expect(d["range"]["start"] == doc.position("pthread_create"),
           "after the edit: %r, want %r" % (d["range"]["start"], doc.position("pthread_create")), c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
