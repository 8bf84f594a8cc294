// Uses of a key whose create failed that get no `if (rc == 0)`
// (misuse-create-failed.c has ones that do): the value pthread_getspecific
// returns is used afterwards (a guarded declaration would end its scope,
// a guarded assignment would leave it unset), and the use's result is
// tested.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdlib.h>
void use(void *);
void compute(void);
void f(void) {
    pthread_key_t k;
    int rc = pthread_key_create(&k, NULL);
    if (rc != 0)
        compute();
    void *v = pthread_getspecific(k);
    use(v);
    pthread_key_delete(k);
}
void g(void) {
    pthread_key_t k;
    void *v;
    int rc = pthread_key_create(&k, NULL);
    if (rc != 0)
        compute();
    v = pthread_getspecific(k);
    use(v);
    if (rc == 0)
        pthread_key_delete(k);
}
int h(void) {
    pthread_key_t k;
    int rc = pthread_key_create(&k, NULL);
    if (rc != 0)
        compute();
    if (pthread_setspecific(k, NULL) != 0)
        return -1;
    pthread_key_delete(k);
    return 0;
}
// CHECK: {{.*}}fixit-none-guard-used.c:16:15: warning: key 'k' is used by 'pthread_getspecific' but its pthread_key_create failed [pthread.KeyMisuse]
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:14:9: note: 'rc != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:26:9: warning: key 'k' is used by 'pthread_getspecific' but its pthread_key_create failed [pthread.KeyMisuse]
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:24:9: note: 'rc != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:33:14: warning: key 'k' is never deleted when 'h' returns [pthread.KeyLeak]
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:34:9: note: 'rc != 0' is false
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:36:9: note: 'pthread_setspecific(k, NULL) != 0' is true
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:37:9: note: 'h' returns here with key 'k' still live
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:36:9: warning: key 'k' is used by 'pthread_setspecific' but its pthread_key_create failed [pthread.KeyMisuse]
// CHECK-NEXT: {{.*}}fixit-none-guard-used.c:34:9: note: 'rc != 0' is true
// CHECK-NEXT: 4 warnings generated.
