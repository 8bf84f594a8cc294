// `?:` around the create: in the threaded mode the worker runs and is
// joined; otherwise the build runs inline and `rc` records that no thread
// exists. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stddef.h>

struct index { size_t nkeys; int threaded; };

static void *build_index(void *arg) {
    struct index *ix = arg;
    ix->nkeys = 0;
    return NULL;
}

int index_rebuild(struct index *ix) {
    pthread_t t;
    int rc = ix->threaded ? pthread_create(&t, NULL, build_index, ix) : -1;
    if (rc != 0) {
        build_index(ix);
        return 0;
    }
    pthread_join(t, NULL);
    return 0;
}
