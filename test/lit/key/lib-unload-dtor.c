// A key whose destructor is a function of this file, created anywhere in
// the file (lazily on first use, by a pthread_once or call_once routine,
// by a constructor, through a helper handed the key) and deleted by no
// code of the file, in a file with an unload hook (a destructor function,
// or one registered with atexit): after dlclose the key outlives its
// destructor's code, and the next thread that exits with a value in the
// key calls into unmapped memory.  Reported once at the create, with a
// note at each unload hook.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --no-source -DFIXED %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t ctx_key, buf_key, log_key, req_key;
static tss_t name_key;
static int ctx_ready;
static pthread_once_t buf_once = PTHREAD_ONCE_INIT;
static once_flag name_once = ONCE_FLAG_INIT;
static char *pool;

static void ctx_free(void *p) { free(p); }
static void buf_free(void *p) { free(p); }
static void log_close(void *p) { free(p); }
static void name_free(void *p) { free(p); }
static void log_unload(void);

void *ctx_get(void) {
    if (!ctx_ready) {
        if (pthread_key_create(&ctx_key, ctx_free) != 0)
            return NULL;
        ctx_ready = 1;
    }
    return pthread_getspecific(ctx_key);
}

static void make_buf_key(void) { pthread_key_create(&buf_key, buf_free); }

void *buf_get(void) {
    pthread_once(&buf_once, make_buf_key);
    return pthread_getspecific(buf_key);
}

static void make_name_key(void) { tss_create(&name_key, name_free); }

void *name_get(void) {
    call_once(&name_once, make_name_key);
    return tss_get(name_key);
}

__attribute__((constructor)) static void log_load(void) {
    if (pthread_key_create(&log_key, log_close) != 0)
        abort();
    atexit(log_unload);
}

static void log_unload(void) {
#ifdef FIXED
    pthread_key_delete(log_key);
#endif
}

__attribute__((destructor)) static void lib_unload(void) {
    free(pool);
#ifdef FIXED
    pthread_key_delete(ctx_key);
    pthread_key_delete(buf_key);
    tss_delete(name_key);
    pthread_key_delete(req_key);
#endif
}

/* created through a same-file helper handed the global: reported at the call */
static void req_free(void *p) { free(p); }
static int make_req_key(pthread_key_t *k) { return pthread_key_create(k, req_free); }
int req_init(void) { return make_req_key(&req_key); }


// CHECK: lib-unload-dtor.c:30:13: warning: key 'ctx_key' with destructor 'ctx_free' is never deleted: once the library is unloaded, the next thread exit calls 'ctx_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: lib-unload-dtor.c:63:41: note: destructor 'lib_unload' runs at unload but does not delete 'ctx_key'
// CHECK-NEXT: lib-unload-dtor.c:57:13: note: 'log_unload', registered with atexit, runs at unload but does not delete 'ctx_key'
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{71:1-71:1}:"    if (ctx_ready) pthread_key_delete(ctx_key);\n"
// CHECK: lib-unload-dtor.c:37:34: warning: key 'buf_key' with destructor 'buf_free' is never deleted: once the library is unloaded, the next thread exit calls 'buf_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: lib-unload-dtor.c:63:41: note: destructor 'lib_unload' runs at unload but does not delete 'buf_key'
// CHECK-NEXT: lib-unload-dtor.c:57:13: note: 'log_unload', registered with atexit, runs at unload but does not delete 'buf_key'
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{37:1-37:1}:"static int buf_key_made;\n\n"
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{37:34-37:34}:"buf_key_made = "
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{37:72-37:72}:" == 0"
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{71:1-71:1}:"    if (buf_key_made) pthread_key_delete(buf_key);\n"
// CHECK: lib-unload-dtor.c:44:35: warning: key 'name_key' with destructor 'name_free' is never deleted: once the library is unloaded, the next thread exit calls 'name_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: lib-unload-dtor.c:63:41: note: destructor 'lib_unload' runs at unload but does not delete 'name_key'
// CHECK-NEXT: lib-unload-dtor.c:57:13: note: 'log_unload', registered with atexit, runs at unload but does not delete 'name_key'
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{44:1-44:1}:"static int name_key_made;\n\n"
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{44:35-44:35}:"name_key_made = "
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{44:67-44:67}:" == thrd_success"
// CHECK-NEXT: fix-it:"{{.*}}lib-unload-dtor.c":{71:1-71:1}:"    if (name_key_made) tss_delete(name_key);\n"
// CHECK: lib-unload-dtor.c:52:9: warning: key 'log_key' with destructor 'log_close' is never deleted: once the library is unloaded, the next thread exit calls 'log_close' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: lib-unload-dtor.c:63:41: note: destructor 'lib_unload' runs at unload but does not delete 'log_key'
// CHECK-NEXT: lib-unload-dtor.c:57:13: note: 'log_unload', registered with atexit, runs at unload but does not delete 'log_key'
// CHECK-NEXT: fix-it:"{{.*}}":{71:1-71:1}:"    pthread_key_delete(log_key);\n"
// CHECK: lib-unload-dtor.c:76:29: warning: key 'req_key' with destructor 'req_free' is never deleted: once the library is unloaded, the next thread exit calls 'req_free' in unmapped code [pthread.KeyLeak]
// CHECK-NEXT: lib-unload-dtor.c:63:41: note: destructor 'lib_unload' runs at unload but does not delete 'req_key'
// CHECK-NEXT: lib-unload-dtor.c:57:13: note: 'log_unload', registered with atexit, runs at unload but does not delete 'req_key'
// CHECK-NEXT: 5 warnings generated.
