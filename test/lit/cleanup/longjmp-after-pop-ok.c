// The same longjmp after the pop is fine.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <setjmp.h>

static jmp_buf env;
static void release(void *p) { (void)p; }

void step(void *buf, int bad) {
    pthread_cleanup_push(release, buf);
    bad += 1;
    pthread_cleanup_pop(0);
    if (bad > 1)
        longjmp(env, 1);
}
