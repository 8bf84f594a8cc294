// switch (pthread_create(...)): `case 0` holds the thread, `default`
// knows the create failed.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <errno.h>
#include <pthread.h>

static void *work(void *a) { return a; }

int run(void) {
    pthread_t t;
    switch (pthread_create(&t, NULL, work, NULL)) {
    case 0:
        break;
    case EAGAIN:
        return -2;
    default:
        return -1;
    }
    pthread_join(t, NULL);
    return 0;
}
