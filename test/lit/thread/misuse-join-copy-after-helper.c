// A copy of a handle is the same thread: a helper joins the original (through
// a field of its parameter), the copy is joined again (no fix-it in run_worker:
// 't' would be set but unused).  Copies through locals and fields alike; threads
// copied into an array and never joined, or a copy left unreleased, are
// one leak, not two.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

struct worker {
    pthread_t tid;
    int fd;
};

static void *serve(void *arg) { return arg; }

static void worker_free(struct worker *w) {
    pthread_join(w->tid, NULL);
    free(w);
}


int run_worker(void) {
    struct worker *w = malloc(sizeof *w);
    pthread_t t;
    if (!w)
        return -1;
    if (pthread_create(&w->tid, NULL, serve, NULL) != 0) {
        free(w);
        return -1;
    }
    t = w->tid;
    worker_free(w);
    pthread_join(t, NULL);
    return 0;
}

int run_session(struct worker *s) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    s->tid = t;
    worker_free(s);
    pthread_join(t, NULL);
    return 0;
}

int run_batch(int n) {
    pthread_t th[16], t;
    int i;
    if (n > 16)
        n = 16;
    for (i = 0; i < n; i++) {
        if (pthread_create(&t, NULL, serve, NULL) != 0)
            break;
        th[i] = t;
    }
    return i;
}

int run_copy_forgotten(void) {
    pthread_t t, copy;
    if (pthread_create(&t, NULL, serve, NULL) != 0)
        return -1;
    copy = t;
    return 0;
}

// CHECK: misuse-join-copy-after-helper.c:34:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-copy-after-helper.c:28:9: note: 'pthread_create(&w->tid, NULL, serve, NULL) != 0' is false
// CHECK-NEXT: misuse-join-copy-after-helper.c:33:5: note: 'w->tid' joined here (by 'worker_free')
// CHECK-NEXT: misuse-join-copy-after-helper.c:44:5: warning: thread 't' is joined after it was already joined [pthread.JoinMisuse]
// CHECK-NEXT: misuse-join-copy-after-helper.c:40:9: note: 'pthread_create(&t, NULL, serve, NULL) != 0' is false
// CHECK-NEXT: misuse-join-copy-after-helper.c:43:5: note: 's->tid' joined here (by 'worker_free')
// CHECK-NEXT: fix-it:"{{.*}}":{44:5-44:27}:""
// CHECK-NEXT: misuse-join-copy-after-helper.c:54:13: warning: thread 't' running 'serve' is neither joined nor detached when 'run_batch' returns [pthread.ThreadLeak]
// CHECK-NEXT: misuse-join-copy-after-helper.c:54:13: note: 'pthread_create(&t, NULL, serve, NULL) != 0' is false
// CHECK-NEXT: misuse-join-copy-after-helper.c:53:17: note: 'i < n' is false
// CHECK-NEXT: misuse-join-copy-after-helper.c:58:5: note: 'run_batch' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{56:9-56:9}:"pthread_detach(t);\n        "
// CHECK-NEXT: misuse-join-copy-after-helper.c:63:9: warning: thread 't' running 'serve' is neither joined nor detached when 'run_copy_forgotten' returns [pthread.ThreadLeak]
// CHECK-NEXT: misuse-join-copy-after-helper.c:63:9: note: 'pthread_create(&t, NULL, serve, NULL) != 0' is false
// CHECK-NEXT: misuse-join-copy-after-helper.c:66:5: note: 'run_copy_forgotten' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{65:5-65:5}:"pthread_detach(t);\n    "
// CHECK-NEXT: 4 warnings generated.
