// The start routine's uses include those of the same-file functions it
// calls: a queue it drains through a helper given its argument (first), a
// global lock a helper takes. Silent twins: a helper given something else
// than the argument, a helper that uses another member, a recursive pair.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct queue {
    pthread_mutex_t lock;
    pthread_mutex_t stats_lock;
    int items;
};

static pthread_mutex_t log_lock = PTHREAD_MUTEX_INITIALIZER;
static struct queue other;

static void drain(struct queue *q, int limit) {
    pthread_mutex_lock(&q->lock);
    q->items -= limit;
    pthread_mutex_unlock(&q->lock);
}

static void log_line(const char *msg) {
    pthread_mutex_lock(&log_lock);
    (void)msg;
    pthread_mutex_unlock(&log_lock);
}

static void drain_other(int limit) { drain(&other, limit); }

static void ping(struct queue *q, int n);
static void pong(struct queue *q, int n) { if (n) ping(q, n - 1); }
static void ping(struct queue *q, int n) { if (n) pong(q, n - 1); }

static void *consumer(void *arg) {
    struct queue *q = arg;
    drain(q, 1);
    log_line("drained");
    return NULL;
}

static void *bystander(void *arg) {
    drain_other(1);
    ping(arg, 3);
    return NULL;
}

int run_consumer(struct queue *q) {
    pthread_t t;
    if (pthread_create(&t, NULL, consumer, q) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&q->lock);
    pthread_mutex_destroy(&log_lock);
    return 0;
}

int run_bystander(struct queue *q) {
    pthread_t t;
    if (pthread_create(&t, NULL, bystander, q) != 0)
        return -1;
    pthread_detach(t);
    pthread_mutex_destroy(&q->lock);
    pthread_mutex_destroy(&q->stats_lock);
    return 0;
}
// CHECK:      destroy-through-callee.c:53:5: warning: 'q->lock' is destroyed by pthread_mutex_destroy while thread 't' running 'consumer' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-callee.c:50:9: note: thread 't' running 'consumer' is created here
// CHECK-NEXT: destroy-through-callee.c:54:5: warning: 'log_lock' is destroyed by pthread_mutex_destroy while thread 't' running 'consumer' uses it; it was detached and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: destroy-through-callee.c:50:9: note: thread 't' running 'consumer' is created here
// CHECK-NEXT: 2 warnings generated.
