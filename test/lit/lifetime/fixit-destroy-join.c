// --fix joins a thread before a destroy of what it uses, when the function
// joins that thread on other paths and every path reaching the destroy
// holds it created and joinable: a teardown that destroys just before it
// joins gets the join moved up; an error path of a function that keeps the
// handle (a global) gets a join inserted.  The neighbours are in
// fixit-none-destroy-join.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stddef.h>

static pthread_t g_worker;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t g_cond = PTHREAD_COND_INITIALIZER;
static int g_stop;
int init(void);

static void *waiter(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g_lock);
    while (!g_stop)
        pthread_cond_wait(&g_cond, &g_lock);
    pthread_mutex_unlock(&g_lock);
    return NULL;
}

int stop_in_wrong_order(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, waiter, NULL) != 0)
        return -1;
    pthread_mutex_lock(&g_lock);
    g_stop = 1;
    pthread_cond_signal(&g_cond);
    pthread_mutex_unlock(&g_lock);
    pthread_cond_destroy(&g_cond); /* the waiter may still be inside its wait */
    pthread_join(t, NULL);
    return 0;
}

int start_or_undo(void) {
    if (pthread_create(&g_worker, NULL, waiter, NULL) != 0)
        return -1;
    if (init() < 0) {
        pthread_join(g_worker, NULL);
        return -2;
    }
    if (init() > 0) {
        pthread_mutex_destroy(&g_lock);
        return -3;
    }
    return 0;
}
// CHECK: {{.*}}input.c:38:5: warning: 'g_cond' is destroyed by pthread_cond_destroy while thread 't' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}input.c:32:9: note: thread 't' running 'waiter' is created here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{38:5-38:5}:"pthread_join(t, NULL);\n    "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{39:5-39:27}:""
// CHECK-NEXT: {{.*}}input.c:51:9: warning: 'g_lock' is destroyed by pthread_mutex_destroy while thread 'g_worker' running 'waiter' uses it; it was not joined and may still run [pthread.DestroyWhileRunning]
// CHECK-NEXT: {{.*}}input.c:44:9: note: thread 'g_worker' running 'waiter' is created here
// CHECK-NEXT: fix-it:"{{.*}}input.c":{51:9-51:9}:"pthread_join(g_worker, NULL);\n        "
// CHECK-NEXT: 2 warnings generated.
// CHECK: threadlint: applied 3 fix-it edits to '{{.*}}input.c'
// FIXED:      pthread_cond_signal(&g_cond);
// FIXED-NEXT: pthread_mutex_unlock(&g_lock);
// FIXED-NEXT: pthread_join(t, NULL);
// FIXED-NEXT: pthread_cond_destroy(&g_cond); /* the waiter may still be inside its wait */
// FIXED-NOT:  pthread_join
// FIXED:      return 0;
// FIXED:      if (init() > 0) {
// FIXED-NEXT: pthread_join(g_worker, NULL);
// FIXED-NEXT: pthread_mutex_destroy(&g_lock);
// FIXED-NEXT: return -3;
