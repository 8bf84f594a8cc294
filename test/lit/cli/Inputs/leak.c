/* Leaks the worker thread when check() fails: one pthread.ThreadLeak. */
#include <pthread.h>

static void *worker(void *arg) { return arg; }
int check(int);

int serve(int fd) {
    pthread_t tid;
    if (pthread_create(&tid, NULL, worker, NULL) != 0)
        return -1;
    if (check(fd) < 0) {
#ifndef FIXED
        return -2;
#else
        pthread_join(tid, NULL);
        return -2;
#endif
    }
    pthread_join(tid, NULL);
    return 0;
}
