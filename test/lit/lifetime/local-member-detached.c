// A member of a local struct, the thread created detached by its attribute.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct conf { int port; int backlog; };
void *listener(void *arg);

void start_listener(int port) {
    struct conf c = {port, 16};
    pthread_attr_t a;
    pthread_t t;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &a, listener, &c.port);
    pthread_attr_destroy(&a);
}

// CHECK: local-member-detached.c:16:1: warning: 'c.port' dies when 'start_listener' returns while thread 't' running 'listener' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: local-member-detached.c:14:5: note: '&c.port' is given to thread 't' running 'listener' here
// CHECK-NEXT: 1 warning generated.
