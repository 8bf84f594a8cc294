// A compound literal is an object of its block, as a local is: a detached
// thread given its address outlives it.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

struct opts { int port; int verbose; };
void *serve(void *arg);

int start(int port) {
    pthread_t t;
    if (pthread_create(&t, NULL, serve, &(struct opts){port, 0}) != 0)
        return -1;
    pthread_detach(t);
    return 0;
}

// CHECK: compound-literal-detached.c:14:5: warning: '(struct opts){port, 0}' dies when 'start' returns while thread 't' running 'serve' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: compound-literal-detached.c:11:9: note: '&(struct opts){port, 0}' is given to thread 't' running 'serve' here
// CHECK-NEXT: compound-literal-detached.c:11:9: note: 'pthread_create(&t, NULL, serve, &(struct opts){port, 0})...' is false
// CHECK-NEXT: 1 warning generated.
