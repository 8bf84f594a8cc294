// A file-local `fatal()` that exits only outside debug mode may return, so
// the `return -1` after it does leave the function with the thread running.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct transport { const char *kind; int fd; volatile int stop; };
int tcp_serve(struct transport *t);
int unix_serve(struct transport *t);
static int debug_mode;

static void fatal(const char *msg) {
    perror(msg);
#ifndef FIXED
    if (!debug_mode)
#endif
        exit(EXIT_FAILURE);
}

static void *keepalive(void *arg) {
    struct transport *t = arg;
    while (!t->stop)
        t->fd |= debug_mode;
    return NULL;
}

int transport_run(struct transport *t) {
    pthread_t ka;
    int rc;

    if (pthread_create(&ka, NULL, keepalive, t) != 0) {
        fatal("pthread_create");
        return -1;
    }
    if (strcmp(t->kind, "tcp") == 0)
        rc = tcp_serve(t);
    else if (strcmp(t->kind, "unix") == 0)
        rc = unix_serve(t);
    else {
        fatal(t->kind);
        return -1;
    }
    t->stop = 1;
    pthread_join(ka, NULL);
    return rc;
}
// CHECK: leak-die-helper-returns.c:34:9: warning: thread 'ka' running 'keepalive' is neither joined nor detached when 'transport_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-die-helper-returns.c:34:9: note: 'pthread_create(&ka, NULL, keepalive, t) != 0' is false
// CHECK-NEXT: leak-die-helper-returns.c:38:9: note: 'strcmp(t->kind, "tcp") == 0' is false
// CHECK-NEXT: leak-die-helper-returns.c:40:14: note: 'strcmp(t->kind, "unix") == 0' is false
// CHECK-NEXT: leak-die-helper-returns.c:44:9: note: 'transport_run' returns here with 'ka' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-die-helper-returns.c":{44:9-44:9}:"pthread_join(ka, NULL);\n        "
// CHECK-NEXT: 1 warning generated.

// The fix-it compiles cleanly and silences the finding.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/fixed.c
// RUN: not %threadlint --fix %t/fixed.c > /dev/null 2>&1
// RUN: %clang -fsyntax-only -Wall -Werror %t/fixed.c
// RUN: %threadlint --no-source %t/fixed.c | count 0
