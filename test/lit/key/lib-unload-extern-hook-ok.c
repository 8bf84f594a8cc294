// The unload hook registered with atexit is defined in another file: it
// may delete the key, so nothing is reported (lib-unload-no-hook-ok.c).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

pthread_key_t ctx_key;
void ctx_unload(void); /* ctx_unload.c deletes ctx_key */

static void ctx_free(void *p) { free(p); }

void *ctx_get(void) {
    static int ready;
    if (!ready) {
        if (pthread_key_create(&ctx_key, ctx_free) != 0)
            return NULL;
        atexit(ctx_unload);
        ready = 1;
    }
    return pthread_getspecific(ctx_key);
}
