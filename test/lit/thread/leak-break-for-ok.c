// A `for` loop that `break`s when a create fails (no thread) and joins the
// thread it did start before deciding whether to go on. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stddef.h>

struct batch { const char *name; size_t nrec; int failed; };
void process_batch(struct batch *b);

static void *run_batch(void *arg) {
    process_batch(arg);
    return NULL;
}

int run_batches(struct batch *b, int nbatches) {
    int i, done = 0;
    for (i = 0; i < nbatches; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, run_batch, &b[i]) != 0)
            break;
        pthread_join(t, NULL);
        if (b[i].failed)
            break;
        done++;
    }
    return done;
}
