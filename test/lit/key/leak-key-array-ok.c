// The silent twin of leak-key-array.c.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>

void run(int n);

int run_with_keys(void) {
    pthread_key_t keys[4];
    int i;
    for (i = 0; i < 4; i++)
        if (pthread_key_create(&keys[i], NULL) != 0)
            break;
    run(i);
    while (i-- > 0)
        pthread_key_delete(keys[i]);
    return 0;
}
