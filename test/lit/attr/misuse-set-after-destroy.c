// pthread_mutexattr_settype on an attribute that was already destroyed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

int make_locks(pthread_mutex_t *a, pthread_mutex_t *b) {
    pthread_mutexattr_t ma;
    pthread_mutexattr_init(&ma);
    pthread_mutex_init(a, &ma);
    pthread_mutexattr_destroy(&ma);
    pthread_mutexattr_settype(&ma, PTHREAD_MUTEX_ERRORCHECK);
    return pthread_mutex_init(b, &ma);
}

// CHECK: misuse-set-after-destroy.c:10:5: warning: mutex attribute 'ma' is used by 'pthread_mutexattr_settype' after it was destroyed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-set-after-destroy.c:9:5: note: 'ma' destroyed here
// CHECK-NEXT: misuse-set-after-destroy.c:11:12: warning: mutex attribute 'ma' is used by 'pthread_mutex_init' after it was destroyed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-set-after-destroy.c:9:5: note: 'ma' destroyed here
// CHECK-NEXT: 2 warnings generated.
