// A `for` loop starts one thread per batch and joins it in the same
// iteration; the abort check `break`s out between the create and the join,
// leaving the current batch's thread unjoined.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stddef.h>

struct batch { const char *name; size_t nrec; volatile int abort_requested; };
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
        if (b[i].abort_requested) {
#ifdef FIXED
            pthread_join(t, NULL);
#endif
            break;
        }
        pthread_join(t, NULL);
        done++;
    }
    return done;
}
// CHECK: leak-break-for.c:21:13: warning: thread 't' running 'run_batch' is neither joined nor detached when 'run_batches' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-break-for.c:21:13: note: 'pthread_create(&t, NULL, run_batch, &b[i]) != 0' is false
// CHECK-NEXT: leak-break-for.c:23:13: note: 'b[i].abort_requested' is true
// CHECK-NEXT: leak-break-for.c:32:5: note: 'run_batches' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{27:13-27:13}:"pthread_join(t, NULL);\n            "
// CHECK-NEXT: 1 warning generated.
