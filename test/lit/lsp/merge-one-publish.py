# Opening a file with a thread leak and an unused variable (-Wall from
# compile_flags.txt): clangd's warning and threadlint's finding arrive in ONE
# publishDiagnostics, threadlint's with its source, rule code, documentation
# link, path notes and severity 2.
# RUN: %python %s --workdir %t %threadlint_clangd --clangd=%clangd
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "lsp"))
from proxy_test import (LEAK_C, LEAK_RULE, expect, has_leak, has_unused_warning,  # noqa: E402
                        run, settled, tl)


def test(sc):
    c = sc.start()
    doc = sc.open(c, "leak.c", LEAK_C)
    p = c.wait_diagnostics(doc.uri, version=1,
                           pred=lambda ds: has_leak(ds) and has_unused_warning(ds),
                           what="one publish (version 1) with both the leak and -Wunused-variable")
    (d,) = tl(p["diagnostics"])
    expect(d["code"] == LEAK_RULE, "code %r" % d.get("code"), c)
    expect(d.get("severity") == 2, "severity %r, not 2 (warning)" % d.get("severity"), c)
    expect("neither joined nor detached" in d.get("message", ""), "message %r" % d.get("message"), c)
    href = (d.get("codeDescription") or {}).get("href", "")
    expect(LEAK_RULE in href, "codeDescription.href %r does not name the rule" % href, c)
    expect(doc.text_at(d["range"]).startswith("pthread_create"),
           "range %r covers %r, not pthread_create" % (d["range"], doc.text_at(d["range"])), c)
    expect(d["range"]["start"] == doc.position("pthread_create"), "range start %r" % d["range"], c)
    notes = d.get("relatedInformation") or []
    expect(len(notes) == 2, "relatedInformation: %r" % notes, c)
    for n in notes:
        expect(n["location"]["uri"] == doc.uri, "note in another file: %r" % n, c)
    expect("is false" in notes[0]["message"], "first note %r" % notes[0], c)
    expect(notes[0]["location"]["range"]["start"] == doc.position("pthread_create"),
           "first note at %r" % notes[0]["location"], c)
    expect("still joinable" in notes[1]["message"], "second note %r" % notes[1], c)
    expect(notes[1]["location"]["range"]["start"] == doc.position("return 0"),
           "second note at %r" % notes[1]["location"], c)
    # clangd's own diagnostic is untouched.
    (w,) = [x for x in p["diagnostics"] if x.get("code") == "-Wunused-variable"]
    expect(doc.text_at(w["range"]) == "unused", "clangd's warning range %r" % w["range"], c)
    # Nothing later takes it back.
    last = settled(c, doc.uri)
    expect(last.get("version") == 1 and has_leak(last["diagnostics"])
           and has_unused_warning(last["diagnostics"]), "last publish: %r" % last, c)
    expect(len(tl(last["diagnostics"])) == 1, "duplicated findings: %r" % last, c)
    expect(c.shutdown_and_exit() == 0, "exit code %r" % c.proc.returncode, c)


run(test)
