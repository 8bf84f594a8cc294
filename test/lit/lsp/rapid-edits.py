# A burst of edits faster than the debounce, each moving the code down a line
# and toggling the leak: publishes never go back in version, a finding
# published for version N points at pthread_create in version N's text, and
# the last publish matches the last text.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (JOINED_C, LEAK_C, check_versions_monotonic, expect, has_leak,  # noqa: E402
                        has_unused_warning, publishes, run, settled, tl)
from lsp_client import find_position  # noqa: E402


def check_positions(c, doc, texts):
    seen_version = False
    for p in publishes(c, doc.uri):
        v = p.get("version")
        if v is None and not seen_version:
            # threadlint's set published before clangd's first one goes out
            # without a version; here that is the opened text's analysis
            v = 1
        seen_version = seen_version or p.get("version") is not None
        for d in tl(p["diagnostics"]):
            expect(v in texts, "a threadlint finding in a publish without a known version: %r" % p, c)
            want = find_position(texts[v], "pthread_create")
            expect(d["range"]["start"] == want,
                   "publish for version %s has the finding at %r; in that version's text "
                   "pthread_create is at %r (a stale finding?)" % (v, d["range"]["start"], want), c)
            expect("pthread_join" not in texts[v],
                   "publish for version %s reports a leak, but that version joins" % v, c)


def burst(c, doc, texts, n, end_leaking):
    for i in range(n):
        leaking = (n - 1 - i) % 2 == 0 if end_leaking else (n - 1 - i) % 2 == 1
        text = "// line\n" * (doc.version + 1) + (LEAK_C if leaking else JOINED_C)
        texts[doc.set_text(text)] = text
    return doc.version


def test(sc):
    c = sc.start()
    texts = {1: LEAK_C}
    doc = sc.open(c, "burst.c", LEAK_C)
    c.wait_diagnostics(doc.uri, version=1, pred=has_leak)
    v = burst(c, doc, texts, 7, end_leaking=True)
    c.wait_diagnostics(doc.uri, version=v, pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                       what="the leak at the last version %d" % v)
    last = settled(c, doc.uri)
    expect(last["version"] == v and len(tl(last["diagnostics"])) == 1, "last publish %r" % last, c)
    v = burst(c, doc, texts, 6, end_leaking=False)
    c.wait_diagnostics(doc.uri, version=v, pred=lambda ds: not tl(ds) and has_unused_warning(ds),
                       what="no finding at the last version %d" % v)
    last = settled(c, doc.uri)
    expect(last["version"] == v and not tl(last["diagnostics"]), "last publish %r" % last, c)
    check_versions_monotonic(c, doc.uri)
    check_positions(c, doc, texts)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
