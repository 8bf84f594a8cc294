// A start routine that never returns keeps its thread for the life of the
// process: its leaked handle is a note, and the repair offered is a detach
// (a join would wait for ever). One that may leave by pthread_exit, or is
// cancelled, ends: its leaked handle is a warning as before.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <unistd.h>

int poll_once(void);

static void *poller(void *arg) {
    for (;;) {
        poll_once();
        sleep(1);
    }
    return arg;
}

static void leave(void) { pthread_exit(NULL); }

static void *quitter(void *arg) {
    for (;;) {
        if (poll_once() < 0)
            leave();
    }
    return arg;
}

int start_poller(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, poller, NULL) != 0)
        return -1;
    return 0;
}

int start_quitter(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, quitter, NULL) != 0)
        return -1;
    return 0;
}
// CHECK:      leak-routine-forever.c:31:9: note: thread 't' running 'poller' is neither joined nor detached when 'start_poller' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-routine-forever.c:31:9: note: 'pthread_create(&t, NULL, poller, NULL) != 0' is false
// CHECK-NEXT: leak-routine-forever.c:33:5: note: 'start_poller' returns here with 't' still joinable
// CHECK-NEXT: leak-routine-forever.c:31:9: note: 'poller' never returns: the thread runs until the process exits
// CHECK-NEXT: fix-it:"{{.*}}":{33:5-33:5}:"pthread_detach(t);\n    "
// CHECK:      leak-routine-forever.c:38:9: warning: thread 't' running 'quitter' is neither joined nor detached when 'start_quitter' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-routine-forever.c:38:9: note: 'pthread_create(&t, NULL, quitter, NULL) != 0' is false
// CHECK-NEXT: leak-routine-forever.c:40:5: note: 'start_quitter' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{40:5-40:5}:"pthread_detach(t);\n    "
// CHECK-NEXT: 1 warning generated.
