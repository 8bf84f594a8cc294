"""Runs a command with stderr (and, with --both, stdout too) on a
pseudo-terminal and prints what the terminal received, control bytes made
visible: <CR> for \\r, <EL> for the erase-line sequence ESC [ K, and each
line break as a line break.  Then `exit: N`.

usage: on_terminal.py [--both] [--columns N] COMMAND...
"""
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios

args = sys.argv[1:]
both = False
columns = 80
while args and args[0].startswith("--"):
    if args[0] == "--both":
        both = True
        args = args[1:]
    elif args[0] == "--columns":
        columns = int(args[1])
        args = args[2:]
    else:
        break

master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
env = dict(os.environ)
env.setdefault("TERM", "xterm")  # lit runs without one; env TERM=dumb ... still works
proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stderr=slave,
                        stdout=slave if both else subprocess.DEVNULL, env=env)
os.close(slave)
received = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO once the last writer closed the terminal
        break
    if not chunk:
        break
    received += chunk
rc = proc.wait()
text = received.decode("utf-8", "replace").replace("\r\n", "\n")
text = text.replace("\r", "<CR>").replace("\x1b[K", "<EL>").replace("\x1b", "<ESC>")
sys.stdout.write(text)
if not text.endswith("\n"):
    sys.stdout.write("\n")
print("exit: %d" % rc)
