"""A small scripted LSP client that plays the editor (python3 stdlib only).

It starts a language server command, speaks Content-Length framed JSON-RPC on
its stdin/stdout, answers the server's own requests, and lets a test wait for a
response by id or for a notification matching a predicate, with timeouts that
fail loudly with what was received.

    from lsp_client import Client, Document, path_to_uri

    with Client(["clangd-19"], cwd=tmp) as c:
        c.initialize(root=tmp)
        doc = c.open(os.path.join(tmp, "a.c"))
        diags = c.wait_diagnostics(doc.uri, version=doc.version)
        doc.replace("int x;", "int y;")       # an incremental didChange
        ...
        assert c.shutdown_and_exit() == 0

Positions are LSP positions: zero-based lines, and characters counted in
UTF-16 code units (the protocol's default position encoding).  The helpers
`offset_to_position`, `position_to_offset`, `apply_text_edits` and
`apply_workspace_edit` convert between those and Python string offsets.
"""

import bisect
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

__all__ = [
    "Client", "Document", "LspError", "LspTimeout", "ResponseError",
    "ServerExited", "path_to_uri", "uri_to_path", "utf16_len", "units_len",
    "offset_to_position", "position_to_offset", "find_position",
    "range_text", "apply_text_edits", "apply_workspace_edit",
    "change_event", "diff_change", "encode_frame", "DEFAULT_TIMEOUT",
]

# Seconds a wait lasts unless told otherwise; LSP_TIMEOUT in the environment
# scales it for slow machines.
DEFAULT_TIMEOUT = float(os.environ.get("LSP_TIMEOUT", "20"))


# ---- errors -------------------------------------------------------------------

class LspError(AssertionError):
    """Something the test did not expect; the message says what was seen."""


class LspTimeout(LspError):
    pass


class ServerExited(LspError):
    pass


class ResponseError(LspError):
    """The server answered a request with an error object."""

    def __init__(self, method, error):
        self.method = method
        self.error = error
        super().__init__("%s failed: %s" % (method, json.dumps(error)))


# ---- URIs and UTF-16 positions ------------------------------------------------

def path_to_uri(path):
    return "file://" + urllib.request.pathname2url(os.path.abspath(path))


def uri_to_path(uri):
    parsed = urllib.parse.urlparse(uri)
    if parsed.scheme != "file":
        raise ValueError("not a file URI: %r" % uri)
    return urllib.request.url2pathname(parsed.path)


def _units(ch, enc):
    if enc == "utf-16":
        return 2 if ord(ch) > 0xFFFF else 1
    if enc == "utf-8":
        return len(ch.encode("utf-8", "surrogatepass"))
    if enc == "utf-32":
        return 1
    raise ValueError("unknown position encoding %r" % enc)


def utf16_len(s):
    """Length of s in UTF-16 code units (astral characters count 2)."""
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in s)


def units_len(s, enc="utf-16"):
    """Length of s in code units of a LSP position encoding."""
    return sum(_units(ch, enc) for ch in s)


# LSP's line ends: "\n", "\r\n" and "\r".
_EOL = re.compile(r"\r\n|\r|\n")


def _line_starts(text):
    return [0] + [m.end() for m in _EOL.finditer(text)]


def _line_end(text, start):
    m = _EOL.search(text, start)
    return m.start() if m else len(text)


def offset_to_position(text, offset, enc="utf-16"):
    """Python string offset -> LSP position {line, character}; characters
    count code units of enc ("utf-16", the protocol's default, "utf-8" or
    "utf-32"); lines end at \n, \r\n or \r."""
    if not 0 <= offset <= len(text):
        raise ValueError("offset %d outside a text of %d characters" % (offset, len(text)))
    starts = _line_starts(text)
    line = bisect.bisect_right(starts, offset) - 1
    return {"line": line, "character": units_len(text[starts[line]:offset], enc)}


def position_to_offset(text, pos, strict=True, enc="utf-16"):
    """LSP position -> Python string offset.

    A character past the end of its line is clamped to the line's end (the
    protocol says so) unless strict; a position inside a character (half a
    surrogate pair, a byte inside a UTF-8 sequence) raises.  A line past the
    end of the text is an error when strict, else the end."""
    starts = _line_starts(text)
    line, char = pos["line"], pos["character"]
    if line < 0 or char < 0:
        raise ValueError("negative position %r" % (pos,))
    if line >= len(starts):
        if strict:
            raise ValueError("line %d past the end (%d lines)" % (line, len(starts)))
        return len(text)
    i = starts[line]
    end = _line_end(text, i)
    units = 0
    while i < end and units < char:
        units += _units(text[i], enc)
        i += 1
    if units > char:
        raise ValueError("position %r falls inside the character %r (%s)"
                         % (pos, text[i - 1], enc))
    if units < char and strict:
        raise ValueError("position %r past the end of line %d (%d %s units)"
                         % (pos, line, units, enc))
    return i


def find_position(text, needle, nth=0, delta=0, enc="utf-16"):
    """The LSP position of the nth occurrence of needle (plus delta characters)."""
    i = -1
    for _ in range(nth + 1):
        i = text.find(needle, i + 1)
        if i < 0:
            raise ValueError("%r occurs fewer than %d times" % (needle, nth + 1))
    return offset_to_position(text, i + delta, enc)


def range_text(text, rng, enc="utf-16"):
    """The part of text a LSP range covers."""
    return text[position_to_offset(text, rng["start"], enc=enc):
                position_to_offset(text, rng["end"], enc=enc)]


def apply_text_edits(text, edits, enc="utf-16"):
    """Apply TextEdits (all relative to the original text, LSP semantics).

    Edits must not overlap; edits inserting at the same position apply in the
    order given.  Accepts AnnotatedTextEdit too (the annotation is ignored)."""
    spans = []
    for n, e in enumerate(edits):
        a = position_to_offset(text, e["range"]["start"], enc=enc)
        b = position_to_offset(text, e["range"]["end"], enc=enc)
        if b < a:
            raise ValueError("edit %d has its end before its start: %r" % (n, e))
        spans.append((a, b, n, e["newText"]))
    spans.sort(key=lambda s: (s[0], s[1], s[2]))
    for (a1, b1, _, _), (a2, b2, _, _) in zip(spans, spans[1:]):
        if a2 < b1:
            raise ValueError("overlapping edits at offsets %d-%d and %d-%d" % (a1, b1, a2, b2))
    out, last = [], 0
    for a, b, _, new in spans:
        out.append(text[last:a])
        out.append(new)
        last = b
    out.append(text[last:])
    return "".join(out)


def apply_workspace_edit(buffers, wedit, enc="utf-16"):
    """Apply a WorkspaceEdit to buffers, a dict uri -> text; returns a new dict.

    Handles `changes` and the TextDocumentEdit entries of `documentChanges`
    (resource operations raise: nothing here creates or renames files)."""
    out = dict(buffers)
    per_uri = []
    if wedit.get("documentChanges") is not None:
        for dc in wedit["documentChanges"]:
            if "kind" in dc:
                raise ValueError("resource operation not supported: %r" % (dc,))
            per_uri.append((dc["textDocument"]["uri"], dc["edits"]))
    elif wedit.get("changes") is not None:
        per_uri.extend(wedit["changes"].items())
    for uri, edits in per_uri:
        if uri not in out:
            raise ValueError("edit for a document that is not open: %s (open: %s)"
                             % (uri, ", ".join(sorted(out))))
        out[uri] = apply_text_edits(out[uri], edits, enc)
    return out


def change_event(text, start, end, new_text, enc="utf-16"):
    """A TextDocumentContentChangeEvent replacing text[start:end] by new_text."""
    return {"range": {"start": offset_to_position(text, start, enc),
                      "end": offset_to_position(text, end, enc)},
            "text": new_text}


def diff_change(old, new, enc="utf-16"):
    """The smallest single incremental change turning old into new."""
    p = 0
    n = min(len(old), len(new))
    while p < n and old[p] == new[p]:
        p += 1
    s = 0
    while s < n - p and old[len(old) - 1 - s] == new[len(new) - 1 - s]:
        s += 1
    return change_event(old, p, len(old) - s, new[p:len(new) - s], enc)


def encode_frame(obj_or_bytes, extra_headers=None):
    body = obj_or_bytes if isinstance(obj_or_bytes, bytes) else \
        json.dumps(obj_or_bytes, ensure_ascii=False).encode("utf-8")
    head = "Content-Length: %d\r\n" % len(body)
    for k, v in (extra_headers or {}).items():
        head += "%s: %s\r\n" % (k, v)
    return head.encode("ascii") + b"\r\n" + body


def _short(obj, limit=600):
    s = json.dumps(obj, ensure_ascii=False)
    return s if len(s) <= limit else s[:limit] + "...(%d chars)" % len(s)


# ---- the client ---------------------------------------------------------------

class Client:
    """One server process and the conversation with it.

    Messages are read on a background thread.  Responses are kept by id;
    notifications are kept in arrival order, and a wait takes (consumes) the
    first one not yet taken that matches.  Requests from the server are
    answered at once from `handlers` (method -> function(params) -> result,
    or raise ResponseError-like via returning Client.Error(code, message)).
    """

    class Error:
        def __init__(self, code, message):
            self.code, self.message = code, message

    def __init__(self, cmd, cwd=None, env=None, stderr=None, handlers=None,
                 trace=None):
        """cmd: argv list.  stderr: None to capture it (see stderr_text()),
        or a file object / path to write it to.  trace: a file object that
        gets every message in and out (or LSP_TRACE=1 for sys.stderr)."""
        self.cmd = list(cmd)
        self._stderr_path = None
        self._stderr_file = None
        if stderr is None:
            import tempfile
            fd, self._stderr_path = tempfile.mkstemp(prefix="lsp-stderr-")
            self._stderr_file = os.fdopen(fd, "wb")
            err = self._stderr_file
        elif isinstance(stderr, str):
            self._stderr_path = stderr
            self._stderr_file = open(stderr, "wb")
            err = self._stderr_file
        else:
            err = stderr
        if trace is None and os.environ.get("LSP_TRACE"):
            trace = sys.stderr
        self.trace = trace
        self.proc = subprocess.Popen(self.cmd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=err,
                                     cwd=cwd, env=env, bufsize=0)
        self._next_id = 1
        self._lock = threading.Condition()
        self._write_lock = threading.Lock()
        self._responses = {}          # id -> message
        self._pending = {}            # id -> method, for messages
        self._notifications = []      # [message], arrival order
        self._taken = set()           # indexes into _notifications already waited for
        self.server_requests = []     # requests the server sent us, arrival order
        self.log = []                 # (direction, message) for failure reports
        self.protocol_errors = []     # framing problems seen on the server's stdout
        self.eof = False
        self.handlers = {
            "window/workDoneProgress/create": lambda p: None,
            "client/registerCapability": lambda p: None,
            "client/unregisterCapability": lambda p: None,
            "workspace/configuration": lambda p: [None for _ in p.get("items", [])],
            "workspace/applyEdit": self._apply_edit_request,
            "window/showMessageRequest": lambda p: None,
            "workspace/semanticTokens/refresh": lambda p: None,
            "workspace/inlayHint/refresh": lambda p: None,
            "workspace/codeLens/refresh": lambda p: None,
            "workspace/diagnostic/refresh": lambda p: None,
        }
        self.handlers.update(handlers or {})
        self.applied_edits = []       # WorkspaceEdits from workspace/applyEdit
        self.encoding = "utf-16"      # position encoding, as initialize settled it
        self.documents = {}           # uri -> Document opened through this client
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()

    # -- context manager: kill whatever is left --
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.kill()
        return False

    def kill(self):
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass
        if self._stderr_file:
            self._stderr_file.close()
            self._stderr_file = None

    @property
    def pid(self):
        return self.proc.pid

    def stderr_text(self):
        """What the server wrote to stderr so far (when it was captured)."""
        if not self._stderr_path:
            return ""
        if self._stderr_file:
            self._stderr_file.flush()
        with open(self._stderr_path, "rb") as f:
            return f.read().decode("utf-8", "replace")

    # -- low level I/O --
    def _log(self, direction, msg):
        self.log.append((time.monotonic(), direction, msg))
        if self.trace:
            print("%s %s" % (direction, _short(msg, 2000)), file=self.trace, flush=True)

    def send_raw(self, data):
        """Write bytes as they are (for malformed-frame tests)."""
        with self._write_lock:
            self._log("raw>", data.decode("utf-8", "replace"))
            try:
                self.proc.stdin.write(data)
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError) as e:
                raise ServerExited("cannot write to the server (%s)%s" % (e, self._context()))

    def send(self, msg):
        with self._write_lock:
            self._log(">", msg)
            try:
                self.proc.stdin.write(encode_frame(msg))
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError) as e:
                raise ServerExited("cannot write to the server (%s)%s" % (e, self._context()))

    def _read_frame(self, stream):
        """One frame's body, or None at EOF.  Raises ValueError on bad framing."""
        headers = {}
        while True:
            line = stream.readline()
            if not line:
                if headers:
                    raise ValueError("EOF inside the header block")
                return None
            if line in (b"\r\n", b"\n"):
                if not headers:
                    continue  # tolerate stray blank lines between frames
                break
            if not line.endswith(b"\r\n"):
                raise ValueError("header line not ended by CRLF: %r" % line)
            name, sep, value = line[:-2].decode("ascii", "replace").partition(":")
            if not sep:
                raise ValueError("malformed header line %r" % line)
            headers[name.strip().lower()] = value.strip()
        if "content-length" not in headers:
            raise ValueError("frame without Content-Length: %r" % headers)
        n = int(headers["content-length"])
        body = b""
        while len(body) < n:
            chunk = stream.read(n - len(body))
            if not chunk:
                raise ValueError("EOF after %d of %d body bytes" % (len(body), n))
            body += chunk
        return body

    def _read_loop(self):
        stream = self.proc.stdout
        while True:
            try:
                body = self._read_frame(stream)
            except (ValueError, OSError) as e:
                with self._lock:
                    self.protocol_errors.append(str(e))
                    self.eof = True
                    self._lock.notify_all()
                return
            if body is None:
                with self._lock:
                    self.eof = True
                    self._lock.notify_all()
                return
            try:
                msg = json.loads(body.decode("utf-8"))
            except (ValueError, UnicodeDecodeError) as e:
                with self._lock:
                    self.protocol_errors.append("bad JSON body (%s): %r" % (e, body[:200]))
                    self._lock.notify_all()
                continue
            self._log("<", msg)
            if "method" in msg and "id" in msg:
                self._answer_server_request(msg)
                with self._lock:
                    self.server_requests.append(msg)
                    self._lock.notify_all()
            elif "method" in msg:
                with self._lock:
                    self._notifications.append(msg)
                    self._lock.notify_all()
            elif "id" in msg:
                with self._lock:
                    self._responses[msg["id"]] = msg
                    self._lock.notify_all()
            else:
                with self._lock:
                    self.protocol_errors.append("message that is neither request, "
                                                "response nor notification: %s" % _short(msg))

    def _answer_server_request(self, msg):
        handler = self.handlers.get(msg["method"])
        if handler is None:
            reply = {"jsonrpc": "2.0", "id": msg["id"],
                     "error": {"code": -32601, "message": "method not found: " + msg["method"]}}
        else:
            result = handler(msg.get("params") or {})
            if isinstance(result, Client.Error):
                reply = {"jsonrpc": "2.0", "id": msg["id"],
                         "error": {"code": result.code, "message": result.message}}
            else:
                reply = {"jsonrpc": "2.0", "id": msg["id"], "result": result}
        try:
            self.send(reply)
        except ServerExited:
            pass

    def _apply_edit_request(self, params):
        self.applied_edits.append(params.get("edit"))
        bufs = {u: d.text for u, d in self.documents.items()}
        try:
            new = apply_workspace_edit(bufs, params.get("edit") or {}, self.encoding)
        except ValueError as e:
            return {"applied": False, "failureReason": str(e)}
        for uri, text in new.items():
            if text != bufs[uri]:
                self.documents[uri].set_text(text)
        return {"applied": True}

    # -- failure context --
    def _context(self, last=25):
        lines = ["", "--- server: %s (pid %d, %s)" % (
            " ".join(self.cmd), self.proc.pid,
            "running" if self.proc.poll() is None else "exit code %s" % self.proc.returncode)]
        if self.protocol_errors:
            lines.append("--- protocol errors: %s" % "; ".join(self.protocol_errors))
        lines.append("--- last %d of %d messages:" % (min(last, len(self.log)), len(self.log)))
        t0 = self.log[0][0] if self.log else 0
        for t, d, m in self.log[-last:]:
            lines.append("%8.3f %s %s" % (t - t0, d, _short(m)))
        err = self.stderr_text()
        if err:
            tail = err.splitlines()[-30:]
            lines.append("--- server stderr (last %d lines):" % len(tail))
            lines.extend(tail)
        return "\n".join(lines)

    def fail(self, what):
        raise LspError(what + self._context())

    # -- JSON-RPC --
    def request(self, method, params=None, rid=None):
        """Send a request; returns its id (see wait_response).  Ids count up
        from 1 unless rid gives one (a string id, say)."""
        if rid is None:
            rid = self._next_id
            self._next_id += 1
        msg = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self._pending[rid] = method
        self.send(msg)
        return rid

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def _wait(self, ready, what, timeout):
        """Wait until ready() (called under the lock) returns non-None."""
        timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                r = ready()
                if r is not None:
                    return r
                if self.eof:
                    break
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._lock.wait(min(left, 0.5))
        if self.eof:
            try:
                self.proc.wait(timeout=2)
            except subprocess.TimeoutExpired:
                pass
            raise ServerExited("server closed its output while waiting for %s%s"
                               % (what, self._context()))
        raise LspTimeout("timed out after %.1fs waiting for %s%s" % (timeout, what, self._context()))

    def wait_response(self, rid, timeout=None, check=True):
        """The response message to request rid; raises ResponseError on an
        error response when check, else returns the message."""
        method = self._pending.get(rid, "?")
        msg = self._wait(lambda: self._responses.pop(rid, None),
                         "the response to request %s (%s)" % (rid, method), timeout)
        if check and "error" in msg:
            raise ResponseError(method, msg["error"])
        return msg if not check else msg.get("result")

    def call(self, method, params=None, timeout=None, rid=None):
        """Request and wait for the result."""
        return self.wait_response(self.request(method, params, rid), timeout)

    def mark(self):
        """A position in the notification stream (for wait_notification(after=))."""
        with self._lock:
            return len(self._notifications)

    def wait_notification(self, method, pred=None, timeout=None, after=0, what=None):
        """The first notification of `method` not yet taken, received at or
        after mark `after`, for which pred(params) is true; it is taken."""
        def ready():
            for i in range(after, len(self._notifications)):
                if i in self._taken:
                    continue
                m = self._notifications[i]
                if m.get("method") == method and (pred is None or pred(m.get("params"))):
                    self._taken.add(i)
                    return m
            return None
        return self._wait(ready, what or "notification %s" % method, timeout)["params"]

    def notifications(self, method=None, after=0):
        """All notifications (of method) received so far, taken or not."""
        with self._lock:
            return [m for m in self._notifications[after:]
                    if method is None or m.get("method") == method]

    def take_all(self):
        """Mark every notification received so far as taken."""
        with self._lock:
            self._taken.update(range(len(self._notifications)))

    def wait_diagnostics(self, uri, pred=None, version=None, timeout=None, after=0, what=None):
        """The params of the next publishDiagnostics for uri (with that version
        when given) whose diagnostics list satisfies pred."""
        def match(p):
            if p.get("uri") != uri:
                return False
            if version is not None and p.get("version") != version:
                return False
            return pred is None or pred(p.get("diagnostics", []))
        desc = what or "publishDiagnostics for %s%s%s" % (
            uri, "" if version is None else " version %s" % version,
            "" if pred is None else " matching %s" % (getattr(pred, "__doc__", None)
                                                       or "a predicate"))
        return self.wait_notification("textDocument/publishDiagnostics", match,
                                      timeout, after, desc)

    def quiet(self, method, seconds, pred=None, after=None):
        """Assert no (matching) notification of method arrives for `seconds`."""
        start = self.mark() if after is None else after
        time.sleep(seconds)
        got = [m for m in self.notifications(method, start)
               if pred is None or pred(m.get("params"))]
        if got:
            self.fail("expected no %s for %.1fs, got %d: %s"
                      % (method, seconds, len(got), _short(got[0])))

    # -- LSP life cycle --
    def initialize(self, root=None, capabilities=None, init_options=None, timeout=None,
                   position_encodings=None):
        """initialize + initialized; returns the InitializeResult."""
        caps = capabilities if capabilities is not None else default_capabilities(position_encodings)
        params = {"processId": os.getpid(), "capabilities": caps,
                  "clientInfo": {"name": "threadlint-lsp-test", "version": "1"}}
        if root:
            params["rootUri"] = path_to_uri(root)
            params["rootPath"] = os.path.abspath(root)
            params["workspaceFolders"] = [{"uri": path_to_uri(root), "name": os.path.basename(root)}]
        else:
            params["rootUri"] = None
        if init_options is not None:
            params["initializationOptions"] = init_options
        result = self.call("initialize", params, timeout)
        caps = result.get("capabilities", {})
        # LSP 3.17's positionEncoding, or clangd's older offsetEncoding extension.
        self.encoding = caps.get("positionEncoding") or result.get("offsetEncoding") or "utf-16"
        self.notify("initialized", {})
        self.server_info = result
        return result

    def shutdown_and_exit(self, timeout=None):
        """shutdown, exit, and the process's exit code."""
        self.call("shutdown", None, timeout)
        self.notify("exit")
        return self.wait_exit(timeout)

    def wait_exit(self, timeout=None):
        timeout = DEFAULT_TIMEOUT if timeout is None else timeout
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.fail("server still running %.1fs after exit" % timeout)

    # -- documents --
    def open(self, path, text=None, language_id="c", version=1):
        """didOpen a file (its contents from disk unless text is given)."""
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        doc = Document(self, path_to_uri(path), text, language_id, version)
        self.documents[doc.uri] = doc
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": doc.uri, "languageId": language_id, "version": version, "text": text}})
        return doc

    def code_actions(self, doc, rng, diagnostics=(), only=None, timeout=None, rid=None):
        ctx = {"diagnostics": list(diagnostics)}
        if only:
            ctx["only"] = list(only)
        return self.call("textDocument/codeAction", {
            "textDocument": {"uri": doc.uri}, "range": rng, "context": ctx}, timeout, rid) or []


def default_capabilities(position_encodings=None):
    """What a typical editor announces.  position_encodings goes both into
    LSP 3.17's general.positionEncodings and into clangd's own offsetEncoding
    extension (clangd 19 reads only the latter; nvim-lspconfig sends it with
    utf-8 first)."""
    caps = {
        "general": {"positionEncodings": list(position_encodings or ["utf-16"])},
        "window": {"workDoneProgress": True, "showMessage": {}},
        "workspace": {
            "applyEdit": True,
            "workspaceEdit": {"documentChanges": True},
            "configuration": True,
            "workspaceFolders": True,
            "didChangeConfiguration": {"dynamicRegistration": False},
        },
        "textDocument": {
            "synchronization": {"didSave": True, "dynamicRegistration": False},
            "publishDiagnostics": {
                "relatedInformation": True, "versionSupport": True,
                "codeDescriptionSupport": True, "dataSupport": True,
                "tagSupport": {"valueSet": [1, 2]},
            },
            "codeAction": {
                "codeActionLiteralSupport": {"codeActionKind": {"valueSet": [
                    "", "quickfix", "refactor", "refactor.extract", "refactor.inline",
                    "refactor.rewrite", "source", "source.organizeImports"]}},
                "isPreferredSupport": True,
                "dataSupport": True,
                "resolveSupport": {"properties": ["edit"]},
            },
            "hover": {"contentFormat": ["markdown", "plaintext"]},
        },
    }
    if position_encodings:
        caps["offsetEncoding"] = list(position_encodings)
    return caps


class Document:
    """An open text document: its text and version, kept in step with what
    the server was told."""

    def __init__(self, client, uri, text, language_id="c", version=1):
        self.client, self.uri, self.text = client, uri, text
        self.language_id, self.version = language_id, version

    @property
    def enc(self):
        return self.client.encoding

    @property
    def path(self):
        return uri_to_path(self.uri)

    def set_text(self, new_text):
        """Send the change from the current text to new_text as one minimal
        incremental edit (nothing is sent when the text is the same)."""
        if new_text == self.text:
            return self.version
        return self.change([diff_change(self.text, new_text, self.enc)], new_text)

    def change(self, events, new_text=None):
        """Send didChange with these content-change events (applied here in
        order, as the protocol says, unless new_text is given)."""
        text = self.text
        if new_text is None:
            for ev in events:
                if "range" in ev:
                    text = apply_text_edits(text, [{"range": ev["range"], "newText": ev["text"]}],
                                            self.enc)
                else:
                    text = ev["text"]
        else:
            text = new_text
        self.version += 1
        self.text = text
        self.client.notify("textDocument/didChange", {
            "textDocument": {"uri": self.uri, "version": self.version},
            "contentChanges": list(events)})
        return self.version

    def replace(self, old, new, count=1):
        """Replace the first `count` occurrences of old by new, each as its own
        incremental change event of one didChange."""
        events, text, start = [], self.text, 0
        for _ in range(count):
            i = text.find(old, start)
            if i < 0:
                raise ValueError("%r not in %s" % (old, self.uri))
            events.append(change_event(text, i, i + len(old), new, self.enc))
            text = text[:i] + new + text[i + len(old):]
            start = i + len(new)
        return self.change(events, text)

    def insert_after(self, anchor, new):
        i = self.text.find(anchor)
        if i < 0:
            raise ValueError("%r not in %s" % (anchor, self.uri))
        i += len(anchor)
        return self.change([change_event(self.text, i, i, new, self.enc)],
                           self.text[:i] + new + self.text[i:])

    def apply(self, edits):
        """Apply TextEdits locally and send the result as one didChange."""
        return self.set_text(apply_text_edits(self.text, edits, self.enc))

    def save(self):
        self.client.notify("textDocument/didSave", {"textDocument": {"uri": self.uri}})

    def close(self):
        self.client.notify("textDocument/didClose", {"textDocument": {"uri": self.uri}})
        self.client.documents.pop(self.uri, None)

    def position(self, needle, nth=0, delta=0):
        return find_position(self.text, needle, nth, delta, self.enc)

    def text_at(self, rng):
        return range_text(self.text, rng, self.enc)
