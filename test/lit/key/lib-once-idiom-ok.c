// The pthread_once idiom: the key is made once for the whole process, into
// a static, by the once routine; that is silent even when the routine has
// an init/fini name pair whose fini does not delete it, and even when a
// constructor is what calls pthread_once.  call_once works the same.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t buf_key;
static pthread_key_t other_key;
static pthread_once_t buf_once = PTHREAD_ONCE_INIT;

void buf_init(void) { pthread_key_create(&buf_key, free); }
void buf_fini(void) { pthread_key_delete(other_key); }

__attribute__((constructor)) static void lib_load(void) {
    pthread_once(&buf_once, buf_init);
}

static tss_t ctx_key;
static tss_t other_ctx_key;
static once_flag ctx_once = ONCE_FLAG_INIT;

void ctx_init(void) { tss_create(&ctx_key, free); }
void ctx_fini(void) { tss_delete(other_ctx_key); }

void *ctx_get(void) {
    call_once(&ctx_once, ctx_init);
    return tss_get(ctx_key);
}
