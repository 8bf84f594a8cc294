# A code action asked for after an edit but before the next analysis (a long
# debounce here): a threadlint quick fix computed for the old text must not
# be offered against the new one, or, if it is, its edit must still land in
# the right place of the new text.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import FIXABLE_C, apply_action, expect, quickfixes, run, tl  # noqa: E402


def test(sc):
    c = sc.start(env=dict(os.environ, THREADLINT_CLANGD_DEBOUNCE_MS="3000"))
    doc = sc.open(c, "stale.c", FIXABLE_C)
    p = c.wait_diagnostics(doc.uri, version=1, pred=lambda ds: len(tl(ds)) == 2, timeout=30,
                           what="version 1 with threadlint's two findings")
    (d,) = [x for x in tl(p["diagnostics"]) if "'pump' returns" in x["message"]]
    # Three lines above everything: the old findings are now three lines off.
    doc.insert_after("#include <unistd.h>\n", "\n/* three */\n/* new lines */\n")
    shifted = dict(d, range={k: dict(line=v["line"] + 3, character=v["character"])
                             for k, v in d["range"].items()})
    for rng, diags in ((d["range"], [d]), (shifted["range"], [shifted])):
        fixes = quickfixes(c.code_actions(doc, rng, diags))
        for fix in fixes:
            saved = (doc.text, doc.version)
            apply_action(c, doc, fix)
            expect("        pthread_join(prod, NULL);\n        return -1;" in doc.text,
                   "a quick fix offered after the edit lands in the wrong place:\n%s\n%s"
                   % (fix, doc.text), c)
            doc.set_text(saved[0])
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
