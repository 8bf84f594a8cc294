/* Wall-clock seconds for --stats. */
#ifndef THREADLINT_TIMER_H
#define THREADLINT_TIMER_H

#include <time.h>

static inline double tl_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#endif
