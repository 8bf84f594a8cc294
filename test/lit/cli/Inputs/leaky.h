/* A header with a leak of its own: reported only under --header-filter. */
#include <pthread.h>

static void *header_worker(void *arg) { return arg; }

static inline void header_fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, header_worker, NULL);
}
