// The pthread_once-guarded init idiom: the key lives in a static and is
// meant to last as long as the process. Silent (a once routine is exempt
// from the init/fini pairing: lib-once-idiom-ok.c).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t buf_key;
static pthread_once_t buf_once = PTHREAD_ONCE_INIT;

static void make_key(void) { pthread_key_create(&buf_key, free); }

char *thread_buffer(void) {
    pthread_once(&buf_once, make_key);
    char *b = pthread_getspecific(buf_key);
    if (!b) {
        b = malloc(256);
        pthread_setspecific(buf_key, b);
    }
    return b;
}

int init_local_static(void) {
    static pthread_key_t k;
    return pthread_key_create(&k, NULL);
}
