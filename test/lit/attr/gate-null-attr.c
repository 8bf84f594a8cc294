// A mutex, condition variable or rwlock initialised with a NULL attribute
// gives the attr rules nothing to follow, so a function doing only that is
// not even lowered.  One initialised with a real attribute still is, also
// through a macro that forwards the attribute, and its misuse is reported.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %threadlint --dump-ir %s | FileCheck %s --check-prefix=IR --implicit-check-not=init_plain
#include <pthread.h>
#include <stddef.h>

#define INIT_MUTEX(m, a) pthread_mutex_init((m), (a))
#define INIT_DEFAULT(m) pthread_mutex_init(m, NULL)

static pthread_mutex_t lock;
static pthread_cond_t cond;
static pthread_rwlock_t rw;

void init_plain(void) {
    pthread_mutex_init(&lock, NULL);
    pthread_cond_init(&cond, (void *)0);
    pthread_rwlock_init(&rw, /* default */ 0);
    INIT_DEFAULT(&lock);
    INIT_MUTEX(&lock, NULL);
}

int init_with_attr(void) {
    pthread_condattr_t ca;
    return pthread_cond_init(&cond, &ca);
}

int init_through_macro(void) {
    pthread_mutexattr_t ma;
    return INIT_MUTEX(&lock, &ma);
}

// IR: func init_with_attr
// IR: func init_through_macro

// CHECK: gate-null-attr.c:27:12: warning: condition attribute 'ca' is used by 'pthread_cond_init' but it was never initialised [pthread.AttrMisuse]
// CHECK-NEXT: gate-null-attr.c:32:12: warning: mutex attribute 'ma' is used by 'pthread_mutex_init' but it was never initialised [pthread.AttrMisuse]
// CHECK-NEXT: 2 warnings generated.
