// Mutually recursive helpers (reap_odd <-> reap_even) that end in a join:
// summaries must terminate, and the caller stays silent.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *body(void *arg) { return arg; }

static void reap_even(pthread_t *t, int n);

static void reap_odd(pthread_t *t, int n) {
    if (n <= 0) {
        pthread_join(*t, NULL);
        return;
    }
    reap_even(t, n - 1);
}

static void reap_even(pthread_t *t, int n) {
    if (n <= 0) {
        pthread_join(*t, NULL);
        return;
    }
    reap_odd(t, n - 1);
}

int run(int depth) {
    pthread_t t;
    if (pthread_create(&t, NULL, body, NULL) != 0)
        return -1;
    reap_odd(&t, depth);
    return 0;
}
