// The handle is stored into a global: whoever owns g_reaper joins it at
// shutdown, so returning from the start-up function leaks nothing.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <unistd.h>

struct reaper_cfg { unsigned interval; volatile int stop; };

pthread_t g_reaper;
static struct reaper_cfg g_cfg;

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
    g_reaper = t;
    return 0;
}
