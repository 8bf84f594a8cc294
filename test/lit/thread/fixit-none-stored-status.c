// No `if (rc == 0) pthread_detach(t);` where it could be wrong: the
// attribute comes from the caller, or a helper of unknown body sees the
// local attribute (either may have made the thread detached already); the
// thread is given a local, which a detached thread would outlive; the
// status is tested later (the detach then goes in the success branch).
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *work(void *arg) { return arg; }
void tune_attr(pthread_attr_t *attr);
int wait_ready(int *ready);

int start_given(const pthread_attr_t *attr, void *job) {
    pthread_t t;
    int rc = pthread_create(&t, attr, work, job);
    return rc;
}

int start_tuned(void *job) {
    pthread_attr_t attr;
    pthread_t t;
    pthread_attr_init(&attr);
    tune_attr(&attr);
    int rc = pthread_create(&t, &attr, work, job);
    pthread_attr_destroy(&attr);
    return rc;
}

int start_local(void) {
    int ready = 0;
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, &ready);
    wait_ready(&ready);
    return rc;
}

// CHECK: fixit-none-stored-status.c:15:14: warning: thread 't' running 'work' is neither joined nor detached when 'start_given' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-stored-status.c:16:5: note: 'start_given' returns here with 't' still joinable
// CHECK: fixit-none-stored-status.c:24:14: warning: thread 't' running 'work' is neither joined nor detached when 'start_tuned' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-stored-status.c:26:5: note: 'start_tuned' returns here with 't' still joinable
// CHECK: fixit-none-stored-status.c:32:14: warning: thread 't' running 'work' is neither joined nor detached when 'start_local' returns [pthread.ThreadLeak]
// CHECK-NEXT: fixit-none-stored-status.c:34:5: note: 'start_local' returns here with 't' still joinable
