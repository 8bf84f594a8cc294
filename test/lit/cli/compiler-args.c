// Compiler arguments: after `--`, or -D/-U/-I/-isystem/-include/-std=
// directly.  They decide what clang sees, so they decide the findings.
// RUN: not %threadlint --no-source %S/Inputs/leak.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// CHECK: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// RUN: %threadlint %S/Inputs/leak.c -DFIXED
// RUN: %threadlint %S/Inputs/leak.c -D FIXED
// RUN: %threadlint %S/Inputs/leak.c -- -DFIXED
// RUN: not %threadlint --no-source %S/Inputs/leak.c -DFIXED -UFIXED 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %threadlint -std=c11 %S/Inputs/leak.c -- -DFIXED -Wall

// clang's builtin headers come from its resource directory, so <stddef.h>
// and friends work without any flags.
// RUN: %threadlint %s
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

size_t unused_size;
