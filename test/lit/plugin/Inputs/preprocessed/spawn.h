// A header whose inline helper leaks: reported only when a header filter
// names it, in a build of the original file and of its preprocessed forms.
#include <pthread.h>

static void *spawned(void *arg) { return arg; }

static inline int spawn_unjoined(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, spawned, NULL) != 0)
        return -1;
    return 0;
}

#define SPAWN(t) pthread_create(&(t), NULL, spawned, NULL)
