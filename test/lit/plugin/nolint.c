// NOLINT comments work as in the CLI (checks/nolint.c on the file's text).
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning:
#include <pthread.h>

static void *work(void *arg) { return arg; }

void quiet(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL); // NOLINT(pthread.ThreadLeak)
}

void quiet_next(void) {
    pthread_t t;
    // NOLINTNEXTLINE
    pthread_create(&t, NULL, work, NULL);
}

void other_rule(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL); // NOLINT(pthread.JoinMisuse)
}
// CHECK: nolint.c:22:5: warning: thread 't' running 'work' is neither joined nor detached when 'other_rule' returns [pthread.ThreadLeak]
