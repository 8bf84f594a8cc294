// Inputs over --max-file-size (default 16 MiB) are refused before clang
// reads them: a clear error, exit 2, no time spent.
// RUN: %python -c "import sys; sys.stdout.write('/* filler */\n' * (50 * 1024 * 1024 // 13 + 1))" > %t.c
// RUN: not %threadlint %t.c 2>&1 | FileCheck %s --check-prefix=DEFAULT --implicit-check-not=warning:
// DEFAULT: threadlint: error: '{{.*}}.c' is too large ({{5[0-9]+}} bytes; the limit is 16777216, see --max-file-size)

// The limit is configurable, with binary suffixes.
// RUN: not %threadlint --max-file-size=100 %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=SMALL --implicit-check-not=warning:
// SMALL: threadlint: error: '{{.*}}leak.c' is too large ({{[0-9]+}} bytes; the limit is 100, see --max-file-size)
// RUN: %threadlint --max-file-size=1K %S/Inputs/clean.c

int unused;
