// A GNU statement-expression macro returns the create's result; its
// failure branch holds no thread and the success path joins. Nothing to
// report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define SPAWN(tid, fn, arg)                                          \
    ({                                                               \
        int _r = pthread_create(&(tid), NULL, (fn), (arg));          \
        if (_r)                                                      \
            fprintf(stderr, "spawn %s: %s\n", #fn, strerror(_r));   \
        _r;                                                          \
    })

struct mirror { const char *src, *dst; int ok; };

static void *sync_main(void *arg) {
    struct mirror *m = arg;
    m->ok = strcmp(m->src, m->dst) != 0;
    return NULL;
}

int mirror_run(struct mirror *m) {
    pthread_t t;
    if (SPAWN(t, sync_main, m) != 0)
        return -1;
    pthread_join(t, NULL);
    return m->ok ? 0 : -1;
}
