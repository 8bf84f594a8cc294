// `switch` cases that return each join the thread first; the others break
// to the join after the switch. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <errno.h>
#include <pthread.h>

enum cmd { CMD_START, CMD_STOP, CMD_RELOAD };
struct ctl { int state; volatile int quit; };
int ctl_reload(struct ctl *c);

static void *ctl_worker(void *arg) {
    struct ctl *c = arg;
    while (!c->quit)
        c->state |= 1;
    return NULL;
}

int ctl_handle(struct ctl *c, enum cmd cmd) {
    pthread_t t;
    if (pthread_create(&t, NULL, ctl_worker, c) != 0)
        return -EAGAIN;
    switch (cmd) {
    case CMD_START:
        c->state = 1;
        break;
    case CMD_STOP:
        c->quit = 1;
        pthread_join(t, NULL);
        return 0;
    case CMD_RELOAD:
        if (ctl_reload(c) < 0) {
            c->quit = 1;
            pthread_join(t, NULL);
            return -EIO;
        }
        break;
    default:
        c->quit = 1;
        pthread_join(t, NULL);
        return -EINVAL;
    }
    c->quit = 1;
    pthread_join(t, NULL);
    return 0;
}
