// `if (pthread_create(...) == 0) { join }`: the else side (create failed)
// falls through to an error return with no thread. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <stddef.h>

struct job { const char *path; size_t done; int status; };

static void *copy_worker(void *arg) {
    struct job *j = arg;
    j->done = 1;
    return NULL;
}

int job_run(struct job *j) {
    pthread_t w;
    if (pthread_create(&w, NULL, copy_worker, j) == 0) {
        pthread_join(w, NULL);
        return j->status;
    }
    fprintf(stderr, "%s: cannot start worker\n", j->path);
    return -1;
}
