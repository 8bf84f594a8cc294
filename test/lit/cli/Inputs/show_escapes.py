"""Copies stdin to stdout with each ESC shown as <ESC>, so FileCheck can
match colour codes."""
import sys

sys.stdout.write(sys.stdin.read().replace("\x1b", "<ESC>"))
