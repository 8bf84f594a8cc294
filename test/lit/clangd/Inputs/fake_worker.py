#!/usr/bin/env python3
"""A stand-in analysis worker (--threadlint-worker=) that misbehaves on
cue: a buffer holding CRASH kills it, HANG stalls it, SLOW delays its
answer by a second, FINDING gets one made-up finding."""
import json
import os
import signal
import sys
import time

for line in sys.stdin:
    req = json.loads(line)
    text = req["text"]
    if "CRASH" in text:
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG" in text:
        time.sleep(3600)
    if "SLOW" in text:
        time.sleep(1)
    findings = []
    if "FINDING" in text:
        at = {"path": req["path"], "line": 1, "column": 1, "offset": 0}
        msg = "made-up finding%s" % (" (slow)" if "SLOW" in text else "")
        findings.append({"rule": "pthread.ThreadLeak", "severity": "warning", "message": msg,
                         "location": at, "notes": [], "fixits": []})
    print(json.dumps({"id": req["id"], "status": "ok", "findings": findings}), flush=True)
