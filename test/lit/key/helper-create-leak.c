// A helper in the same file creates the key into an out-parameter; the
// caller never deletes it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

void consume(void);

static int make_key(pthread_key_t *out) { return pthread_key_create(out, free); }

int job(void) {
    pthread_key_t k;
    if (make_key(&k) != 0)
        return -1;
    pthread_setspecific(k, malloc(16));
    consume();
    return 0;
}

// CHECK: helper-create-leak.c:13:9: warning: key 'k' is never deleted when 'job' returns [pthread.KeyLeak]
// CHECK-NEXT: helper-create-leak.c:17:5: note: 'job' returns here with key 'k' still live
// CHECK-NEXT: fix-it:"{{.*}}":{17:5-17:5}:"free(pthread_getspecific(k));\n    pthread_key_delete(k);\n    "
// CHECK-NEXT: 1 warning generated.
