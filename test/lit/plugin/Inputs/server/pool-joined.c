#include <pthread.h>

static void *work(void *arg) { return arg; }

int serve(int fd) {
    pthread_t t;
    if (pthread_create(&t, NULL, work, NULL) != 0)
        return -1;
    pthread_join(t, NULL);
    if (fd < 0)
        return -2;
    return 0;
}
