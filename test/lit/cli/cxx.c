// C++ is skipped with a note on stderr, which is not an error.
// RUN: %threadlint %S/Inputs/skip.cpp 2>&1 | FileCheck %s --check-prefix=EXT --implicit-check-not=warning:
// EXT: threadlint: skipping '{{.*}}skip.cpp': C++ is not supported

// RUN: %threadlint %s -- -x c++ 2>&1 | FileCheck %s --check-prefix=LANG --implicit-check-not=warning:
// LANG: threadlint: skipping '{{.*}}cxx.c': C++ is not supported

// A C++ TU next to a C one: the C one is still analysed.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source %S/Inputs/skip.cpp %S/Inputs/leak.c | FileCheck %s --check-prefix=MIXED --implicit-check-not=warning:
// MIXED: threadlint: skipping '{{.*}}skip.cpp': C++ is not supported
// MIXED: leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// MIXED: exit: 1

int unused;
