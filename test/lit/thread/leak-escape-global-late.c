// The handle is published to a global, but only after a check that can
// fail: on that error path the thread is still a local and is lost.  No
// detach fix-it (the thread is kept on the other path); a join before the
// error return, after the stop flag, is the repair.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <unistd.h>

struct reaper_cfg { unsigned interval; volatile int stop; };

pthread_t g_reaper;
static struct reaper_cfg g_cfg;
int reaper_register(void);

static void *reaper_main(void *arg) {
    struct reaper_cfg *cfg = arg;
    while (!cfg->stop)
        sleep(cfg->interval);
    return NULL;
}

int reaper_start(unsigned interval) {
    pthread_t t;
    g_cfg.interval = interval;
    if (pthread_create(&t, NULL, reaper_main, &g_cfg) != 0)
        return -1;
#ifdef FIXED
    g_reaper = t;
#endif
    if (reaper_register() != 0) {
        g_cfg.stop = 1;
        return -1;
    }
    g_reaper = t;
    return 0;
}
// CHECK: leak-escape-global-late.c:26:9: warning: thread 't' running 'reaper_main' is neither joined nor detached when 'reaper_start' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-escape-global-late.c:26:9: note: 'pthread_create(&t, NULL, reaper_main, &g_cfg) != 0' is false
// CHECK-NEXT: leak-escape-global-late.c:31:9: note: 'reaper_register() != 0' is true
// CHECK-NEXT: leak-escape-global-late.c:33:9: note: 'reaper_start' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-escape-global-late.c":{33:9-33:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
