// The start routine copies its argument and then posts a semaphore, but the
// creator does not wait for it before returning.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <semaphore.h>

struct start { int id; sem_t copied; };
void *worker(void *arg);

int spawn(int id, pthread_t *out) {
    struct start s;
    s.id = id;
    sem_init(&s.copied, 0, 0);
    if (pthread_create(out, NULL, worker, &s) != 0)
        return -1;
    pthread_detach(*out);
    return 0;
}

// CHECK: handshake-none.c:17:5: warning: 's' dies when 'spawn' returns while thread '*out' running 'worker' still uses it; it was detached and may still run [pthread.ArgLifetime]
// CHECK-NEXT: handshake-none.c:14:9: note: '&s' is given to thread '*out' running 'worker' here
// CHECK-NEXT: handshake-none.c:14:9: note: 'pthread_create(out, NULL, worker, &s) != 0' is false
// CHECK-NEXT: 1 warning generated.
