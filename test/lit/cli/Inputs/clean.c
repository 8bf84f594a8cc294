/* Nothing to report. */
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int run(void) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    return pthread_join(tid, NULL);
}
