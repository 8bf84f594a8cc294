// Inputs that cannot be read are errors (exit 2), reported once each, and
// do not stop the other inputs from being analysed.
// RUN: rm -rf %t && mkdir -p %t/dir
// RUN: not %threadlint %t/missing.c 2>&1 | FileCheck %s --check-prefix=MISSING --implicit-check-not=warning:
// MISSING: threadlint: error: cannot read '{{.*}}missing.c': No such file or directory
// MISSING-NOT: error

// RUN: not %threadlint %t/dir 2>&1 | FileCheck %s --check-prefix=DIR --implicit-check-not=warning:
// DIR: threadlint: error: cannot read '{{.*}}dir': Is a directory

// Exit 2 wins over the findings (exit 1) of the other file.
// RUN: not %threadlint --no-source %t/missing.c %S/Inputs/leak.c 2>&1 | FileCheck %s --check-prefix=BOTH --implicit-check-not=warning:
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source %t/missing.c %S/Inputs/leak.c | FileCheck %s --check-prefix=STATUS --implicit-check-not=warning:
// STATUS: leak.c:9:9: warning:
// STATUS: exit: 2
// BOTH: threadlint: error: cannot read '{{.*}}missing.c'
// BOTH: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]

// RUN: %threadlint %S/Inputs/clean.c
