// `if (pthread_create(...) == 0) { ... }`: the thread exists inside the
// then-branch, and an early return from inside it leaks the thread.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stddef.h>

struct job { const char *path; size_t done; int status; };
int job_wait_input(struct job *j);

static void *copy_worker(void *arg) {
    struct job *j = arg;
    j->done = 1;
    return NULL;
}

int job_run(struct job *j) {
    pthread_t w;
    if (pthread_create(&w, NULL, copy_worker, j) == 0) {
        if (job_wait_input(j) < 0) {
#ifdef FIXED
            pthread_join(w, NULL);
#endif
            return -1;
        }
        pthread_join(w, NULL);
        return j->status;
    }
    return -1;
}
// CHECK: leak-create-eq-zero.c:19:9: warning: thread 'w' running 'copy_worker' is neither joined nor detached when 'job_run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-eq-zero.c:19:9: note: 'pthread_create(&w, NULL, copy_worker, j) == 0' is true
// CHECK-NEXT: leak-create-eq-zero.c:20:13: note: 'job_wait_input(j) < 0' is true
// CHECK-NEXT: leak-create-eq-zero.c:24:13: note: 'job_run' returns here with 'w' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-eq-zero.c":{24:13-24:13}:"pthread_join(w, NULL);\n            "
// CHECK-NEXT: 1 warning generated.
