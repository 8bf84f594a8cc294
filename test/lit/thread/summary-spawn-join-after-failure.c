// The status of spawn(&t) is checked but only logged; the handle is then
// joined although it holds garbage when spawn failed.  Same bug as
// misuse-join-failed-create.c, through a same-file wrapper.
// Was a bug: missed; the direct pthread_create form is reported, the wrapper form is silent.
// (this used to be an expected failure)
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *poller(void *arg) { return arg; }

static int spawn(pthread_t *out) {
    return pthread_create(out, NULL, poller, NULL);
}

void poll_once(void) {
    pthread_t t;
    int rc = spawn(&t);
    if (rc)
        fprintf(stderr, "spawn failed: %d\n", rc);
    pthread_join(t, NULL);
}

// CHECK: summary-spawn-join-after-failure.c:21:5: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK: fix-it:"{{.*}}summary-spawn-join-after-failure.c":{21:5-21:5}:"if (rc == 0)\n        "
