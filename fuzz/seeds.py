#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora, taken from the test suite, into
OUT/<target>/ (scripts/fuzz calls it).

    seeds.py SOURCE_DIR OUT_DIR WORKER

config   every .yaml part of test/lit's split-file tests
compdb   the compile databases test/lit writes, in each of their forms
lsp      editor sessions over test/lit's rule sources: initialize, didOpen,
         didChange, codeAction; clangd's answers; the findings WORKER
         (threadlint-clangd --analysis-worker) reports for each source
core     a few byte strings (the generator needs no corpus to start)
summaries  summaries files: small hand-written ones, and those the lit
         suite's summaries tests exported (when the build ran them)
"""
import glob
import json
import os
import struct
import subprocess
import sys


def split_parts(path):
    """split-file's parts of a test: {name: text}."""
    parts, name = {}, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith("//--- "):
                name = line[6:].strip()
                parts[name] = ""
            elif name:
                parts[name] += line
    return parts


def write(out, target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data)


def config_seeds(src, out):
    n = 0
    for test in sorted(glob.glob(os.path.join(src, "test/lit/**/*.c"), recursive=True)):
        for name, text in split_parts(test).items():
            if name.endswith(".yaml"):
                write(out, "config", "%03d-%s" % (n, os.path.basename(name)), text)
                n += 1


def compdb_seeds(out):
    entry = {"directory": "/tmp", "file": "a.c", "arguments": ["cc", "-c", "a.c", "-DX=1"]}
    dbs = [
        [entry],
        [{"directory": "/tmp", "file": "a.c", "command": "cc -O2 -I inc -c a.c -o a.o"}],
        [{"directory": "/tmp", "file": "a.c", "arguments": ["cc", "-cc1", "a.c"]}, entry],
        [{"directory": "/tmp", "file": "/tmp/a.c", "output": "a.o", "arguments": ["gcc", "-E", "a.c"]},
         {"directory": "/tmp", "file": "b.cpp", "arguments": ["c++", "-c", "b.cpp"]}, entry],
        [],
        {"not": "a list"},
    ]
    for i, db in enumerate(dbs):
        write(out, "compdb", "%02d.json" % i, json.dumps(db, indent=1 if i % 2 else None))


def record(channel, data):
    if isinstance(data, str):
        data = data.encode()
    return bytes([channel]) + struct.pack("<H", len(data)) + data


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def lsp_seeds(src, out, worker):
    sources = sorted(glob.glob(os.path.join(src, "test/lit/thread/*.c")))[:12]
    sources.append(os.path.join(src, "examples/leak.c"))
    for i, path in enumerate(sources):
        text = open(path, encoding="utf-8", errors="replace").read()[:20000]
        uri = "file:///tmp/fuzz/%d.c" % i
        request = json.dumps({"id": 1, "path": "/tmp/fuzz/%d.c" % i, "text": text}) + "\n"
        answer = subprocess.run([worker, "--analysis-worker"], input=request.encode(),
                                capture_output=True, timeout=60).stdout
        findings = json.loads(answer or b"{}").get("findings", [])
        session = [
            record(0, frame({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
                "capabilities": {"textDocument": {"codeAction": {
                    "codeActionLiteralSupport": {"codeActionKind": {"valueSet": ["quickfix"]}}}},
                    "general": {"positionEncodings": ["utf-8", "utf-16"]}}}})),
            record(1, frame({"jsonrpc": "2.0", "id": 0, "result": {"capabilities": {
                "positionEncoding": "utf-16", "codeActionProvider": True}}})),
            record(0, frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
                "textDocument": {"uri": uri, "languageId": "c", "version": 1, "text": text}}})),
            record(2, json.dumps(findings)),
            record(1, frame({"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics",
                             "params": {"uri": uri, "version": 1, "diagnostics": []}})),
            record(0, frame({"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction", "params": {
                "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0},
                                                        "end": {"line": 99, "character": 0}},
                "context": {"diagnostics": []}}})),
            record(1, frame({"jsonrpc": "2.0", "id": 7, "result": []})),
            record(0, frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": 2}, "contentChanges": [
                    {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 3}},
                     "text": "int x;\n\u00e9"}]}})),
            record(0, frame({"jsonrpc": "2.0", "method": "textDocument/didClose",
                             "params": {"textDocument": {"uri": uri}}})),
            record(0, frame({"jsonrpc": "2.0", "id": 9, "method": "shutdown"})),
            record(0, frame({"jsonrpc": "2.0", "method": "exit"})),
        ]
        write(out, "lsp", "%02d-session" % i, b"".join(session))


def core_seeds(out):
    for i in range(8):
        write(out, "core", "%02d" % i, bytes((i * 37 + k * 11) % 256 for k in range(64 * (i + 1))))


def summaries_seeds(src, out):
    effect = {"param": 0, "path": ["*", ".tid"], "module": "thread", "state": 3,
              "flags": 0, "label": "worker"}
    tables = [
        {"format": "threadlint-summaries", "version": 1, "functions": []},
        {"format": "threadlint-summaries", "version": 1, "functions": [
            {"name": "stop_worker", "never_returns": False,
             "returns": [{"lo": 0, "hi": 0, "effects": [effect]},
                         {"lo": -5, "hi": 5, "ne": 0, "effects": []}]},
            {"name": "die", "never_returns": True, "returns": []},
            {"name": "port", "conflict": True, "unknown": True}]},
    ]
    for i, t in enumerate(tables):
        write(out, "summaries", "%02d" % i, json.dumps(t))
    for i, path in enumerate(sorted(glob.glob(os.path.join(
            src, "build", "test", "lit", "**", "*.json"), recursive=True))):
        with open(path, "rb") as f:
            data = f.read()
        if b"threadlint-summaries" in data:
            write(out, "summaries", "lit-%02d" % i, data)


def main():
    src, out, worker = sys.argv[1:4]
    summaries_seeds(src, out)
    config_seeds(src, out)
    compdb_seeds(out)
    lsp_seeds(src, out, worker)
    core_seeds(out)


if __name__ == "__main__":
    main()
