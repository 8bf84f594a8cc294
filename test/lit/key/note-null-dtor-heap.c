// A key that outlives the function (a global) has no destructor, and the
// function leaves memory it allocated in it: no thread's value is freed
// when the thread exits.  That is a note, not a warning: reported once per
// key at its create, not counted in "N warnings generated.", and alone it
// leaves the exit status 0.  C11 keys alike.
// RUN: %threadlint --no-source %s > %t.out 2> %t.err
// RUN: FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it: < %t.out
// RUN: count 0 < %t.err
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t buf_key;
static tss_t name_key;

int buffers_init(int big) {
    if (pthread_key_create(&buf_key, NULL) != 0)
        return -1;
    if (big)
        pthread_setspecific(buf_key, malloc(4096));
    else
        pthread_setspecific(buf_key, malloc(64));
    return 0;
}

int names_init(void) {
    if (tss_create(&name_key, NULL) != thrd_success)
        return -1;
    char *name = calloc(1, 16);
    if (!name)
        return -1;
    tss_set(name_key, name);
    return 0;
}

// CHECK: note-null-dtor-heap.c:17:9: note: key 'buf_key' has no destructor but its value is memory this function allocated: values are not freed when their threads exit [pthread.KeyMisuse]
// CHECK-NEXT: note-null-dtor-heap.c:22:9: note: this thread's value of key 'buf_key' is set here
// CHECK: note-null-dtor-heap.c:27:9: note: key 'name_key' has no destructor but its value is memory this function allocated: values are not freed when their threads exit [pthread.KeyMisuse]
// CHECK-NEXT: note-null-dtor-heap.c:32:5: note: this thread's value of key 'name_key' is set here
