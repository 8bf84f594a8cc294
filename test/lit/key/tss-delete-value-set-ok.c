// The silent twin of tss-delete-value-set.c: the value is freed first.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <stdlib.h>
#include <threads.h>

void consume(void);

int scratch(void) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    if (tss_set(k, malloc(64)) != thrd_success) {
        tss_delete(k);
        return -1;
    }
    consume();
    free(tss_get(k));
    tss_delete(k);
    return 0;
}
