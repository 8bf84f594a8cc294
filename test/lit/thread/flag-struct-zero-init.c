// A flag in a struct zero-initialised with '= {0}', set only after a
// successful create, guards the join: correct code.
// Was a bug: '= {0}' is not taken as have_flusher = false: false JoinMisuse 'joined but its pthread_create failed'.
// (this used to be an expected failure)
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdbool.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);

struct ctx {
    pthread_t flusher;
    bool have_flusher;
};

int run(void) {
    struct ctx c = {0};
    if (pthread_create(&c.flusher, NULL, flusher, NULL) == 0)
        c.have_flusher = true;
    int rc = do_work();
    if (c.have_flusher)
        pthread_join(c.flusher, NULL);
    return rc;
}
