"""Runs a command and prints `exit: N` after its output, so FileCheck can
tell exit 1 (findings) from exit 2 (errors); `not` cannot."""
import subprocess
import sys

rc = subprocess.call(sys.argv[1:], stderr=subprocess.STDOUT)
sys.stdout.flush()
print("exit: %d" % rc)
