// pthread_cancel() followed by pthread_join(): the standard way to stop a
// looping thread and reclaim it. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
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
    void *res;
    if (pthread_create(&t, NULL, prober, p) != 0)
        return -1;
    sleep(seconds);
    pthread_cancel(t);
    pthread_join(t, &res);
    return res == PTHREAD_CANCELED ? p->healthy : -1;
}
