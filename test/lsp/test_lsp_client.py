#!/usr/bin/env python3
"""Self-test of lsp_client.py: the position/edit helpers offline, and one
conversation with a real clangd (CLANGD in the environment, else clangd-19,
else clangd; skipped when none is installed).

    python3 test/lsp/test_lsp_client.py [-v]
"""
import os
import shutil
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import (Client, apply_text_edits, apply_workspace_edit,  # noqa: E402
                        diff_change, encode_frame, find_position, offset_to_position,
                        path_to_uri, position_to_offset, range_text, uri_to_path,
                        utf16_len, units_len)

TEXT = "ab\n// h\u00e9llo w\u00f6rld \U0001F600 x\n\nlast"


class Positions(unittest.TestCase):
    def test_utf16_len(self):
        self.assertEqual(utf16_len("h\u00e9"), 2)
        self.assertEqual(utf16_len("\U0001F600"), 2)
        self.assertEqual(units_len("\U0001F600", "utf-8"), 4)
        self.assertEqual(units_len("\u00e9", "utf-8"), 2)
        self.assertEqual(units_len("\U0001F600", "utf-32"), 1)

    def test_round_trip(self):
        for enc in ("utf-16", "utf-8", "utf-32"):
            for off in range(len(TEXT) + 1):
                pos = offset_to_position(TEXT, off, enc)
                self.assertEqual(position_to_offset(TEXT, pos, enc=enc), off, (enc, off, pos))

    def test_astral(self):
        pos = find_position(TEXT, "x")
        # "// héllo wörld " is 15 units, the emoji 2, the space 1.
        self.assertEqual(pos, {"line": 1, "character": 18})
        self.assertEqual(find_position(TEXT, "x", enc="utf-8"), {"line": 1, "character": 22})
        self.assertEqual(find_position(TEXT, "x", enc="utf-32"), {"line": 1, "character": 17})
        with self.assertRaises(ValueError):   # inside the surrogate pair
            position_to_offset(TEXT, {"line": 1, "character": 16})
        with self.assertRaises(ValueError):   # inside the UTF-8 sequence of é
            position_to_offset(TEXT, {"line": 1, "character": 5}, enc="utf-8")

    def test_past_end(self):
        with self.assertRaises(ValueError):
            position_to_offset(TEXT, {"line": 0, "character": 3})
        self.assertEqual(position_to_offset(TEXT, {"line": 0, "character": 9}, strict=False), 2)
        with self.assertRaises(ValueError):
            position_to_offset(TEXT, {"line": 9, "character": 0})
        self.assertEqual(position_to_offset(TEXT, {"line": 3, "character": 4}), len(TEXT))

    def test_line_ends(self):
        text = "a\r\nb\rc\nd"
        self.assertEqual(find_position(text, "b"), {"line": 1, "character": 0})
        self.assertEqual(find_position(text, "c"), {"line": 2, "character": 0})
        self.assertEqual(find_position(text, "d"), {"line": 3, "character": 0})
        self.assertEqual(offset_to_position(text, 1), {"line": 0, "character": 1})
        self.assertEqual(position_to_offset(text, {"line": 0, "character": 1}), 1)
        with self.assertRaises(ValueError):   # the \r\n is not part of line 0
            position_to_offset(text, {"line": 0, "character": 2})

    def test_range_text(self):
        rng = {"start": find_position(TEXT, "w"), "end": find_position(TEXT, " x")}
        self.assertEqual(range_text(TEXT, rng), "w\u00f6rld \U0001F600")


class Edits(unittest.TestCase):
    def test_apply_text_edits_original_coordinates(self):
        text = "int a;\nint b;\n"
        edits = [
            {"range": {"start": {"line": 1, "character": 4}, "end": {"line": 1, "character": 5}},
             "newText": "bee"},
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "newText": "static "},
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "newText": "const "},
        ]
        self.assertEqual(apply_text_edits(text, edits), "static const int a;\nint bee;\n")

    def test_overlap(self):
        r = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 3}}
        r2 = {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 4}}
        with self.assertRaises(ValueError):
            apply_text_edits("abcdef", [{"range": r, "newText": ""}, {"range": r2, "newText": ""}])

    def test_workspace_edit_both_forms(self):
        bufs = {"file:///a.c": "x\U0001F600y\n", "file:///b.c": "q\n"}
        r = {"start": {"line": 0, "character": 1}, "end": {"line": 0, "character": 3}}
        got = apply_workspace_edit(bufs, {"changes": {"file:///a.c": [{"range": r, "newText": "-"}]}})
        self.assertEqual(got["file:///a.c"], "x-y\n")
        self.assertEqual(got["file:///b.c"], "q\n")
        got = apply_workspace_edit(bufs, {"documentChanges": [
            {"textDocument": {"uri": "file:///a.c", "version": 3},
             "edits": [{"range": r, "newText": "+"}]}]})
        self.assertEqual(got["file:///a.c"], "x+y\n")
        with self.assertRaises(ValueError):
            apply_workspace_edit(bufs, {"changes": {"file:///c.c": []}})

    def test_diff_change(self):
        old = "a\n\u00e9\U0001F600 b\nc"
        for new in ("a\n\u00e9\U0001F600 B\nc", "a\nc", "a\n\u00e9\U0001F600 b\nc\nd", "", "zz" + old):
            ev = diff_change(old, new)
            self.assertEqual(apply_text_edits(old, [{"range": ev["range"], "newText": ev["text"]}]),
                             new, ev)

    def test_frame(self):
        self.assertEqual(encode_frame({"a": "\u00e9"}), b'Content-Length: 11\r\n\r\n{"a": "\xc3\xa9"}')

    def test_uri(self):
        p = "/tmp/d ir/h\u00e9.c"
        self.assertEqual(path_to_uri(p), "file:///tmp/d%20ir/h%C3%A9.c")
        self.assertEqual(uri_to_path(path_to_uri(p)), p)


def find_clangd():
    for name in (os.environ.get("CLANGD"), "clangd-19", "clangd"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@unittest.skipUnless(find_clangd(), "no clangd installed")
class LiveClangd(unittest.TestCase):
    """The client against plain clangd: what the proxy tests build on."""

    def test_conversation(self):
        with tempfile.TemporaryDirectory() as tmp:
            with open(os.path.join(tmp, "compile_flags.txt"), "w") as f:
                f.write("-Wall\n")
            src = os.path.join(tmp, "a.c")
            with open(src, "w", encoding="utf-8") as f:
                f.write("// h\u00e9llo \U0001F600\nint f(void) {\n"
                        "    /* \U0001F600 */ int unused = 0;\n    return 0;\n}\n")
            with Client([find_clangd(), "--log=error"], cwd=tmp) as c:
                init = c.initialize(root=tmp)
                self.assertIn("textDocumentSync", init["capabilities"])
                self.assertEqual(c.encoding, "utf-16")
                doc = c.open(src)
                p = c.wait_diagnostics(doc.uri, version=1)
                (d,) = p["diagnostics"]
                self.assertEqual(d["code"], "-Wunused-variable")
                self.assertEqual(doc.text_at(d["range"]), "unused")
                # An incremental edit after the emoji: the positions must be UTF-16.
                v = doc.replace("int unused = 0;", "int unused = 0; (void)unused;")
                p = c.wait_diagnostics(doc.uri, version=v)
                self.assertEqual(p["diagnostics"], [])
                v = doc.replace("(void)unused;", "")
                p = c.wait_diagnostics(doc.uri, version=v, pred=lambda ds: len(ds) == 1)
                # A clangd quick fix round trip: -Wparentheses offers a fix.
                v = doc.set_text(doc.text.replace("return 0;", "int a; if (a = 1) return 0;\n"
                                                  "    return 0;"))
                p = c.wait_diagnostics(doc.uri, version=v)
                paren = [d for d in p["diagnostics"] if d.get("code") == "-Wparentheses"]
                self.assertEqual(len(paren), 1, p)
                acts = c.code_actions(doc, paren[0]["range"], paren[0:1])
                fixes = [a for a in acts if a.get("kind") == "quickfix" and "edit" in a]
                self.assertTrue(fixes, acts)
                new = apply_workspace_edit({doc.uri: doc.text}, fixes[0]["edit"], doc.enc)
                v = doc.set_text(new[doc.uri])
                p = c.wait_diagnostics(doc.uri, version=v)
                self.assertFalse([d for d in p["diagnostics"] if d.get("code") == "-Wparentheses"], p)
                doc.close()
                p = c.wait_diagnostics(doc.uri)
                self.assertEqual(p["diagnostics"], [])
                self.assertEqual(c.shutdown_and_exit(), 0)

    def test_utf8_negotiated(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "a.c")
            text = "int f(void) { /* \u00e9\U0001F600 */ return undeclared; }\n"
            with Client([find_clangd(), "--log=error"], cwd=tmp) as c:
                c.initialize(root=tmp, position_encodings=["utf-8", "utf-16"])
                self.assertEqual(c.encoding, "utf-8")
                doc = c.open(src, text)
                p = c.wait_diagnostics(doc.uri, version=1)
                self.assertEqual(doc.text_at(p["diagnostics"][0]["range"]), "undeclared")
                self.assertEqual(p["diagnostics"][0]["range"]["start"]["character"],
                                 len(text[:text.index("undeclared")].encode("utf-8")))
                self.assertEqual(c.shutdown_and_exit(), 0)

    def test_timeout_message(self):
        with tempfile.TemporaryDirectory() as tmp:
            with Client([find_clangd(), "--log=error"], cwd=tmp) as c:
                c.initialize(root=tmp)
                with self.assertRaises(AssertionError) as cm:
                    c.wait_notification("no/such/method", timeout=0.3)
                self.assertIn("timed out", str(cm.exception))
                self.assertIn("initialize", str(cm.exception))  # what was received


if __name__ == "__main__":
    unittest.main()
