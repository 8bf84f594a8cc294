// --format=sarif writes one SARIF 2.1.0 log on stdout; its structure is
// checked with python's json module.
// RUN: not %threadlint --format=sarif %s > %t.sarif 2> %t.err
// RUN: %python %S/Inputs/check_sarif.py %t.sarif | FileCheck %s --implicit-check-not=warning:
// CHECK: result pthread.ThreadLeak line 22 notes 3 fixes 1
// CHECK-NEXT: result pthread.ThreadLeak line 33 notes 1 fixes 1
// CHECK-NEXT: results: 2
// RUN: FileCheck %s --check-prefix=ERR < %t.err --implicit-check-not=warning:
// ERR: 2 warnings generated.

// No findings: a valid log with no results, exit 0.
// RUN: %threadlint --format=sarif %S/Inputs/clean.c > %t.clean.sarif
// RUN: %python %S/Inputs/check_sarif.py %t.clean.sarif | FileCheck %s --check-prefix=CLEAN --implicit-check-not=warning:
// CLEAN: results: 0
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
        return -2;
    }
    pthread_join(tid, NULL);
    return 0;
}

void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
}
