// C11: the constructor's tss_t is deleted by the destructor with
// tss_delete.  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <stdlib.h>
#include <threads.h>

tss_t arena_key;

__attribute__((constructor)) static void arena_init(void) {
    if (tss_create(&arena_key, free) != thrd_success)
        abort();
}

__attribute__((destructor)) static void arena_fini(void) {
    tss_delete(arena_key);
}
