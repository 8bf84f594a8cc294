// Through the plugin too, a project's config file turns rules off, and
// -fplugin-arg-threadlint-config-file=PATH replaces the search.
// REQUIRES: plugin
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %clang_plugin -fsyntax-only proj/leak.c 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -Werror proj/leak.c 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-config-file=%t/quiet.yaml other/leak.c 2>&1 | count 0
// RUN: rm -f %t/leak.o && %clang_plugin -c -o %t/leak.o proj/leak.c 2>&1 | count 0
// RUN: test -f %t/leak.o

//--- proj/.threadlint.yaml
checks: '-pthread.ThreadLeak'

//--- quiet.yaml
checks: '-*'

//--- proj/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}

//--- other/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
