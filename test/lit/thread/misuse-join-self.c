// pthread_join(pthread_self(), NULL) deadlocks (or fails): delete it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) {
    int *done = arg;
    *done = 1;
    pthread_join(pthread_self(), NULL);
    return NULL;
}

void *(*entry)(void *) = worker;

// CHECK: misuse-join-self.c:8:5: warning: pthread_join(pthread_self(), ...) joins the calling thread: it deadlocks [pthread.JoinMisuse]
// CHECK-NEXT: fix-it:"{{.*}}":{8:5-8:40}:""
