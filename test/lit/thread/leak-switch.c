// A `switch` whose default case returns an error after the control thread
// was started; the other cases break to the join.
// The switch note is located at the scrutinee 'cmd'.
//
//
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
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
        c->state = 0;
        break;
    case CMD_RELOAD:
        (void)ctl_reload(c);
        break;
    default:
        c->quit = 1;
#ifdef FIXED
        pthread_join(t, NULL);
#endif
        return -EINVAL;
    }
    c->quit = 1;
    pthread_join(t, NULL);
    return 0;
}
// CHECK: leak-switch.c:24:9: warning: thread 't' running 'ctl_worker' is neither joined nor detached when 'ctl_handle' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-switch.c:24:9: note: 'pthread_create(&t, NULL, ctl_worker, c) != 0' is false
// CHECK-NEXT: leak-switch.c:26:13: note: 'cmd' matches no case
// CHECK-NEXT: leak-switch.c:41:9: note: 'ctl_handle' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-switch.c":{41:9-41:9}:"pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
