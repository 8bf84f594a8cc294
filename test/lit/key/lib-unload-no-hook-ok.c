// A key whose destructor is code of this file and that nothing deletes,
// in a file without an unload hook: a constructor runs at load only, and
// at_quick_exit routines do not run at dlclose.  Silent as before; so is a
// file whose unload hook is defined elsewhere (lib-unload-extern-hook-ok.c).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t ctx_key;
static char *pool;

static void ctx_free(void *p) { free(p); }
static void pool_free(void) { free(pool); }

void *ctx_get(void) {
    static int ready;
    if (!ready) {
        if (pthread_key_create(&ctx_key, ctx_free) != 0)
            return NULL;
        ready = 1;
    }
    return pthread_getspecific(ctx_key);
}

__attribute__((constructor)) static void lib_load(void) {
    pool = malloc(64);
    at_quick_exit(pool_free);
}
