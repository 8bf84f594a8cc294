// The create status is only logged; joining afterwards uses a garbage
// handle when pthread_create failed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static void *work(void *arg) { return arg; }

void run(void) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, NULL);
    if (rc)
        fprintf(stderr, "create: %s\n", strerror(rc));
    pthread_join(t, NULL);
}

// CHECK: misuse-join-failed-create.c:15:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-failed-create.c:13:9: note: 'rc' is true
// CHECK-NEXT: fix-it:"{{.*}}":{15:5-15:5}:"if (rc == 0)\n        "
