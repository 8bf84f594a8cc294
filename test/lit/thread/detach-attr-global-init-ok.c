// A file-static attribute that an init function sets detached, and that no
// function of the file ever sets joinable, is used by a create in another
// function (tor's spawn_func with attr_detached): the thread needs no join.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

struct job {
    void (*fn)(void *);
    void *arg;
};

static pthread_attr_t detached_attr;
static int threads_ready;

void threads_init(void) {
    if (threads_ready)
        return;
    if (pthread_attr_init(&detached_attr) != 0)
        abort();
    pthread_attr_setdetachstate(&detached_attr, PTHREAD_CREATE_DETACHED);
    threads_ready = 1;
}

static void *run_job(void *arg) {
    struct job *j = arg;
    j->fn(j->arg);
    free(j);
    return NULL;
}

int spawn_job(void (*fn)(void *), void *arg) {
    pthread_t t;
    struct job *j;
    if (!threads_ready)
        threads_init();
    j = malloc(sizeof *j);
    if (!j)
        return -1;
    j->fn = fn;
    j->arg = arg;
    if (pthread_create(&t, &detached_attr, run_job, j) != 0) {
        free(j);
        return -1;
    }
    return 0;
}
