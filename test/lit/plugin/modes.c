// The plugin stays out of the way where it has nothing to do: under
// --analyze (the analyzer would report the same findings), and in C++.
// REQUIRES: plugin
// RUN: %clang --analyze -Xclang -load -Xclang %plugin -o /dev/null %s 2>&1 | FileCheck %s --allow-empty --implicit-check-not=pthread.
// RUN: %clang_plugin -x c++ -fsyntax-only %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --check-prefix=C
#include <pthread.h>

static void *work(void *arg) { return arg; }

void leak(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
// C: modes.c:13:5: warning: thread 't' running 'work' is neither joined nor detached when 'leak' returns [pthread.ThreadLeak]
