// A join in each branch of an if/else is not a double join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

static void *work(void *arg) { return arg; }

int run(int want_result) {
    pthread_t t;
    void *res;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    if (want_result) {
        pthread_join(t, &res);
        return res != NULL;
    } else {
        pthread_join(t, NULL);
    }
    return 0;
}
