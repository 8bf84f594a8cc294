"""Writes <out-dir>/compile_commands.json for the lit tests.

usage: write_compdb.py OUT_DIR (--entry DIRECTORY FILE COMMAND)...
COMMAND is one string; it is stored as "command", split by the reader.
"""
import json
import os
import sys

out_dir = sys.argv[1]
rest = sys.argv[2:]
entries = []
while rest:
    if rest[0] != "--entry" or len(rest) < 4:
        sys.exit("usage: write_compdb.py OUT_DIR (--entry DIRECTORY FILE COMMAND)...")
    entries.append({"directory": rest[1], "file": rest[2], "command": rest[3]})
    rest = rest[4:]
os.makedirs(out_dir, exist_ok=True)
with open(os.path.join(out_dir, "compile_commands.json"), "w") as f:
    json.dump(entries, f, indent=2)
