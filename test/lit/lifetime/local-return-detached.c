// The start routine gets the address of a local; the thread is detached
// and the function returns: the routine may read a dead stack frame.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

void *serve(void *arg);

int start_server(int port) {
    pthread_t t;
    int p = port;
    if (pthread_create(&t, NULL, serve, &p) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}

// CHECK: local-return-detached.c:14:5: warning: 'p' dies when 'start_server' returns while thread 't' running 'serve' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: local-return-detached.c:11:9: note: '&p' is given to thread 't' running 'serve' here
// CHECK-NEXT: local-return-detached.c:11:9: note: 'pthread_create(&t, NULL, serve, &p) != 0' is false
// CHECK-NEXT: 1 warning generated.
