// --fix joins a thread before a return that ends the life of what it was
// given, when the function keeps the handle (a global: pthread.ThreadLeak
// says nothing), joins that thread on other paths, and every path reaching
// the return holds it created and joinable.  The neighbours are in
// fixit-none-arg-join.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stddef.h>

static pthread_t g_worker;
void *worker(void *arg);

int run(int fast) {
    int config[4] = {0};
    if (pthread_create(&g_worker, NULL, worker, config) != 0)
        return -1;
    if (fast)
        return 1;
    pthread_join(g_worker, NULL);
    return 0;
}
// CHECK: {{.*}}input.c:22:9: warning: 'config' dies when 'run' returns while thread 'g_worker' running 'worker' still uses it; it was not joined and may still run [pthread.ArgLifetime]
// CHECK-NEXT: {{.*}}input.c:19:9: note: 'config' is given to thread 'g_worker' running 'worker' here
// CHECK-NEXT: {{.*}}input.c:19:9: note: 'pthread_create(&g_worker, NULL, worker, config) != 0' is false
// CHECK-NEXT: {{.*}}input.c:21:9: note: 'fast' is true
// CHECK-NEXT: fix-it:"{{.*}}input.c":{22:9-22:9}:"{ pthread_join(g_worker, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{22:18-22:18}:" }"
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 2 fix-it edits to '{{.*}}input.c'
// FIXED:      if (fast)
// FIXED-NEXT: { pthread_join(g_worker, NULL); return 1; }
