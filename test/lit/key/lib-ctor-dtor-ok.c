// A constructor creates two keys and the destructor deletes both, one of
// them through a same-file helper.  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t name_key;
static pthread_key_t errno_key;

static void drop_key(pthread_key_t k) { pthread_key_delete(k); }

__attribute__((constructor)) static void tls_init(void) {
    pthread_key_create(&name_key, free);
    pthread_key_create(&errno_key, free);
}

__attribute__((destructor)) static void tls_fini(void) {
    pthread_key_delete(name_key);
    drop_key(errno_key);
}
