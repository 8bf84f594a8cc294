// A key created into a local for one run of a job and never deleted: the
// key slot (one of PTHREAD_KEYS_MAX) is gone for good.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

void run_job(void (*job)(pthread_key_t));

int run_with_scratch(void (*job)(pthread_key_t)) {
    pthread_key_t scratch;
    if (pthread_key_create(&scratch, free) != 0)
        return -1;
    pthread_setspecific(scratch, malloc(4096));
    free(pthread_getspecific(scratch));
    pthread_setspecific(scratch, NULL);
    return 0;
}

// CHECK: leak-local.c:11:9: warning: key 'scratch' is never deleted when 'run_with_scratch' returns [pthread.KeyLeak]
// CHECK-NEXT: leak-local.c:11:9: note: 'pthread_key_create(&scratch, free) != 0' is false
// CHECK-NEXT: leak-local.c:16:5: note: 'run_with_scratch' returns here with key 'scratch' still live
// CHECK-NEXT: fix-it:"{{.*}}":{16:5-16:5}:"pthread_key_delete(scratch);\n    "
// CHECK-NEXT: 1 warning generated.
