// A 5-deep chain of wrappers around pthread_create and pthread_join: a
// depth bound must not turn the chain into a false leak.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *body(void *arg) { return arg; }

static int start1(pthread_t *t) { return pthread_create(t, NULL, body, NULL); }
static int start2(pthread_t *t) { return start1(t); }
static int start3(pthread_t *t) { return start2(t); }
static int start4(pthread_t *t) { return start3(t); }
static int start5(pthread_t *t) { return start4(t); }

static int wait1(pthread_t *t) { return pthread_join(*t, NULL); }
static int wait2(pthread_t *t) { return wait1(t); }
static int wait3(pthread_t *t) { return wait2(t); }
static int wait4(pthread_t *t) { return wait3(t); }
static int wait5(pthread_t *t) { return wait4(t); }

int run(void) {
    pthread_t t;
    if (start5(&t) != 0)
        return -1;
    return wait5(&t);
}
