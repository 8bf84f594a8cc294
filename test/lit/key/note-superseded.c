// The note about a key without a destructor holding heap memory is left
// out when the function gets a KeyMisuse warning about that key (on any
// path): the warning says more.  A warning of another rule (KeyLeak, for a
// library constructor's key) does not replace it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t buf_key, tmp_key, lib_key;

int buffers_init(void) {
    if (pthread_key_create(&buf_key, NULL) != 0)
        return -1;
    pthread_setspecific(buf_key, malloc(64));
    void *old = pthread_getspecific(buf_key);
    if (old)
        pthread_setspecific(buf_key, malloc(128));
    return 0;
}

int scratch_init(int dry_run) {
    if (pthread_key_create(&tmp_key, NULL) != 0)
        return -1;
    pthread_setspecific(tmp_key, malloc(64));
    if (dry_run) {
        pthread_key_delete(tmp_key);
        return 1;
    }
    return 0;
}

__attribute__((constructor)) static void lib_load(void) {
    if (pthread_key_create(&lib_key, NULL) == 0)
        pthread_setspecific(lib_key, malloc(64));
}

// CHECK: note-superseded.c:17:9: warning: pthread_setspecific replaces the value of key 'buf_key' that 'old' holds without freeing it, and the key has no destructor [pthread.KeyMisuse]
// CHECK-NEXT: note-superseded.c:12:9: note: 'pthread_key_create(&buf_key, NULL) != 0' is false
// CHECK-NEXT: note-superseded.c:16:9: note: 'old' is true
// CHECK-NEXT: note-superseded.c:15:17: note: 'old' gets the value of key 'buf_key' here
// CHECK-NEXT: fix-it:"{{.*}}":{17:9-17:9}:"{ free(old); "
// CHECK-NEXT: fix-it:"{{.*}}":{17:51-17:51}:" }"
// CHECK: note-superseded.c:26:9: warning: key 'tmp_key' is deleted while it still holds this thread's value, memory this function allocated: pthread_key_delete does not free values [pthread.KeyMisuse]
// CHECK-NEXT: note-superseded.c:22:9: note: 'pthread_key_create(&tmp_key, NULL) != 0' is false
// CHECK-NEXT: note-superseded.c:25:9: note: 'dry_run' is true
// CHECK-NEXT: note-superseded.c:24:5: note: this thread's value of key 'tmp_key' is set here
// CHECK-NEXT: fix-it:"{{.*}}":{26:9-26:9}:"free(pthread_getspecific(tmp_key));\n        "
// CHECK: note-superseded.c:33:9: warning: key 'lib_key' created by library init function 'lib_load' is never deleted [pthread.KeyLeak]
// CHECK-NEXT: note-superseded.c:33:9: note: 'pthread_key_create(&lib_key, NULL) == 0' is true
// CHECK-NEXT: note-superseded.c:32:42: note: 'lib_load' is a constructor: it runs when the library is loaded, and no destructor or atexit function deletes 'lib_key'
// CHECK-NEXT: fix-it:"{{.*}}":{35:2-35:2}:"\n\n__attribute__((destructor)) static void delete_lib_key(void) {\n    pthread_key_delete(lib_key);\n}"
// CHECK: note-superseded.c:33:9: note: key 'lib_key' has no destructor but its value is memory this function allocated: values are not freed when their threads exit [pthread.KeyMisuse]
// CHECK-NEXT: note-superseded.c:34:9: note: this thread's value of key 'lib_key' is set here
// CHECK-NEXT: 3 warnings generated.
