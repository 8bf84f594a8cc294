// The silent twin of lib-unload-dtor.c: the file has an unload hook that
// deletes none of these keys, but each key's destructor is no code of this
// file (free, from the C library, stays mapped), or it has none, or some
// function of the file deletes the key (itself or through a helper).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>
#include <threads.h>

static pthread_key_t ctx_key, buf_key, log_key;
static tss_t name_key;
static int ctx_ready;
static pthread_once_t buf_once = PTHREAD_ONCE_INIT;
static once_flag name_once = ONCE_FLAG_INIT;
static char *pool;

static void log_close(void *p) { free(p); }
static void name_free(void *p) { free(p); }
static void drop_key(tss_t *k) { tss_delete(*k); }

void *ctx_get(void) {
    if (!ctx_ready) {
        if (pthread_key_create(&ctx_key, free) != 0)
            return NULL;
        ctx_ready = 1;
    }
    return pthread_getspecific(ctx_key);
}

static void make_buf_key(void) { pthread_key_create(&buf_key, NULL); }

void *buf_get(void) {
    pthread_once(&buf_once, make_buf_key);
    return pthread_getspecific(buf_key);
}

static void make_name_key(void) { tss_create(&name_key, name_free); }

void *name_get(void) {
    call_once(&name_once, make_name_key);
    return tss_get(name_key);
}

void names_reset(void) { drop_key(&name_key); }

int log_open(void) { return pthread_key_create(&log_key, log_close); }

int log_reopen(void) {
    pthread_key_delete(log_key);
    return pthread_key_create(&log_key, log_close);
}

__attribute__((destructor)) static void lib_unload(void) {
    free(pool);
}
