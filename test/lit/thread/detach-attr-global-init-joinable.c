// The file-static attribute is set joinable by another function of the file:
// a thread created with it may be joinable, and nothing joins or detaches
// it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
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

void threads_want_joinable(void) {
    pthread_attr_setdetachstate(&detached_attr, PTHREAD_CREATE_JOINABLE);
}

// CHECK: detach-attr-global-init-joinable.c:42:9: warning: thread 't' running 'run_job' is neither joined nor detached when 'spawn_job' returns [pthread.ThreadLeak]
// CHECK-NEXT: detach-attr-global-init-joinable.c:42:9: note: 'pthread_create(&t, &detached_attr, run_job, j) != 0' is false
// CHECK-NEXT: detach-attr-global-init-joinable.c:46:5: note: 'spawn_job' returns here with 't' still joinable
// CHECK-NEXT: 1 warning generated.
