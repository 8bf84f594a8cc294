// A file that does not compile: clang's errors on stderr, nothing analysed
// in it, exit 2.  Other inputs are still analysed.
// RUN: not %threadlint %S/Inputs/broken.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK: broken.c:1:{{[0-9]+}}: error: expected ')'
// CHECK: broken.c:1:11: note: to match this '('
// CHECK: threadlint: error: '{{.*}}broken.c' does not compile ({{[0-9]+}} error{{s?}}); not analysed

// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source %S/Inputs/broken.c %S/Inputs/leak.c | FileCheck %s --check-prefix=BOTH --implicit-check-not=warning:
// BOTH: broken.c:1:{{[0-9]+}}: error:
// BOTH: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// BOTH: exit: 2

// Errors caused by the compiler arguments count the same.
// RUN: not %threadlint %S/Inputs/clean.c -- -include %t.does-not-exist.h 2>&1 | FileCheck %s --check-prefix=FATAL --implicit-check-not=warning:
// FATAL: fatal error: '{{.*}}does-not-exist.h' file not found
