// pthread_cancel() asks the thread to stop but does not release it: a
// cancelled thread still needs a join (or detach) to free its stack.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <unistd.h>

struct probe { const char *host; int healthy; };
int probe_once(const char *host);

static void *prober(void *arg) {
    struct probe *p = arg;
    for (;;) {
        p->healthy = probe_once(p->host) == 0;
        sleep(5);
    }
    return NULL;
}

int health_check(struct probe *p, unsigned seconds) {
    pthread_t t;
    if (pthread_create(&t, NULL, prober, p) != 0)
        return -1;
    sleep(seconds);
    pthread_cancel(t);
#ifdef FIXED
    pthread_join(t, NULL);
#endif
    return p->healthy;
}
// CHECK: leak-cancel-return.c:22:9: warning: thread 't' running 'prober' is neither joined nor detached when 'health_check' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-cancel-return.c:22:9: note: 'pthread_create(&t, NULL, prober, p) != 0' is false
// CHECK-NEXT: leak-cancel-return.c:25:5: note: cancelled here; a cancelled thread must still be joined or detached
// CHECK-NEXT: leak-cancel-return.c:29:5: note: 'health_check' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{24:5-24:5}:"pthread_detach(t);\n    "
// CHECK-NEXT: 1 warning generated.
