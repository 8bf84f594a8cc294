// `enabled && pthread_create(...) == 0`: when auditing is off or the
// create fails there is no thread; otherwise it is joined inside the
// block. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

struct audit { FILE *log; int enabled; volatile int stop; };
int audit_open(struct audit *a);

static void *audit_writer(void *arg) {
    struct audit *a = arg;
    while (!a->stop)
        fflush(a->log);
    return NULL;
}

int audit_session(struct audit *a) {
    pthread_t w;
    int rc = 0;
    if (a->enabled && pthread_create(&w, NULL, audit_writer, a) == 0) {
        rc = audit_open(a);
        a->stop = 1;
        pthread_join(w, NULL);
    }
    return rc;
}
