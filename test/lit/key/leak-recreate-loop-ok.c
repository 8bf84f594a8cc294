// The silent twin of leak-recreate-loop.c: created and deleted per round.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

void work(int round);

void rounds(int n) {
    pthread_key_t k;
    for (int i = 0; i < n; i++) {
        if (pthread_key_create(&k, NULL) != 0)
            break;
        work(i);
        pthread_key_delete(k);
    }
}
