// The constructor registers its fini with atexit; the fini deletes the key
// through a helper that names the global itself.  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t trace_key;

static void drop_trace_key(void) { pthread_key_delete(trace_key); }

static void trace_fini(void) {
    drop_trace_key();
}

__attribute__((constructor)) static void trace_init(void) {
    if (pthread_key_create(&trace_key, free) != 0)
        return;
    atexit(trace_fini);
}
