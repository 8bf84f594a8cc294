// A wrapper that cannot fail (it aborts instead) may still return
// something; testing it says nothing about the thread, which exists on
// both branches and is joined on both.  (Were the result read as
// pthread_create's status, the joins after a "failure" would be misuses.)
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %threadlint src/pool.c 2>&1 | count 0

//--- .threadlint.yaml
wrappers:
  - {name: thread_spawn, model: pthread_create, args: [0, null, 1, 2], can-fail: false}

//--- src/pool.c
#include <pthread.h>
#include <stdio.h>

int thread_spawn(pthread_t *t, void *(*fn)(void *), void *arg); /* returns the thread count */
static void *work(void *arg) { return arg; }

int start(void) {
    pthread_t t;
    if (thread_spawn(&t, work, NULL) != 0)
        puts("spawned");
    pthread_join(t, NULL);
    return 0;
}

void many(void) {
    pthread_t t[4];
    for (int i = 0; i < 4; i++)
        thread_spawn(&t[i], work, NULL);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
}
