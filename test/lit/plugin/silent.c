// Nothing to report: the plugin adds no output at all, with or without
// -Werror, and the CLI agrees.
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -Werror %s 2>&1 | count 0
// RUN: %threadlint --no-source %s 2>&1 | count 0
// RUN: rm -f %t.o && %clang_plugin -c -o %t.o %s && test -f %t.o
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    return 0;
}
