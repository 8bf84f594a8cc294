// Fix-it text is escaped like clang's -fdiagnostics-parseable-fixits:
// quotes, backslashes, newlines and tabs.  The detach fix-it for this
// leak inserts a newline.
// RUN: not %threadlint --no-source %s 2>/dev/null | FileCheck %s --implicit-check-not=warning:
// CHECK: escape.c:14:5: warning: {{.*}} [pthread.ThreadLeak]
// CHECK: fix-it:"{{[^"]*}}escape.c":{14:5-14:5}:"{{([^"\\]|\\[\\"nt]|\\[0-7][0-7][0-7])*}}"
// CHECK-NEXT: fix-it:"{{[^"]*}}escape.c":{14:{{[0-9]+}}-14:{{[0-9]+}}}:"{{([^"\\]|\\[\\"nt]|\\[0-7][0-7][0-7])*}}\n{{([^"\\]|\\[\\"nt]|\\[0-7][0-7][0-7])*}}"
#include <pthread.h>

static void *worker(void *arg) { return arg; }

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
