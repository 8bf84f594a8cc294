// The flag is set before the create is checked, so 'if (started)' joins a
// handle whose pthread_create failed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

int run(int want_flusher) {
    pthread_t t;
    int started = 0;
    if (want_flusher) {
        started = 1;
        if (pthread_create(&t, NULL, flusher, NULL) != 0)
            fprintf(stderr, "no flusher, continuing\n");
    }
    int rc = do_work();
    if (started)
        pthread_join(t, NULL);
    return rc;
}

// CHECK: flag-set-before-check.c:20:9: warning: 't' is joined but its pthread_create failed [pthread.JoinMisuse]
// CHECK-NEXT: flag-set-before-check.c:15:13: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is true
