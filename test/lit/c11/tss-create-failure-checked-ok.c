// The create's failure is checked (`!= thrd_success`, `== thrd_error`):
// no key exists on those branches, so returning without tss_delete there
// is right.  Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <threads.h>

int with_key(int *value) {
    tss_t k;
    if (tss_create(&k, NULL) != thrd_success)
        return -1;
    int rc = tss_set(k, value);
    tss_delete(k);
    return rc == thrd_success ? 0 : -1;
}

int with_key_rc(int *value) {
    tss_t k;
    int rc = tss_create(&k, NULL);
    if (rc == thrd_error)
        return -1;
    tss_set(k, value);
    tss_delete(k);
    return 0;
}
