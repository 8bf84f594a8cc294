// --fix joins a thread under the function's own flag before every return
// that leaves it joinable: where the function joins it as
// `if (started) pthread_join(t, NULL);` and an earlier return forgets it,
// the same guarded join goes before that return (braced where the return
// is not), when the flag says on every path there whether a thread was
// made.  The neighbours with no edit are in fixit-none-join-flag.c.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>

static void *flusher(void *arg) { return arg; }
int do_work(void);
int do_more(void);

int run(void) {
    pthread_t t;
    bool started = false;
    if (pthread_create(&t, NULL, flusher, NULL) != 0)
        fprintf(stderr, "no flusher, continuing\n");
    else
        started = true;
    if (do_work() < 0)
        return -1;
    if (do_more() < 0) {
        fprintf(stderr, "giving up\n");
        return -2;
    }
    if (started)
        pthread_join(t, NULL);
    return 0;
}
// CHECK: {{.*}}input.c:23:9: warning: thread 't' running 'flusher' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:23:9: note: 'pthread_create(&t, NULL, flusher, NULL) != 0' is false
// CHECK-NEXT: {{.*}}input.c:27:9: note: 'do_work() < 0' is false
// CHECK-NEXT: {{.*}}input.c:29:9: note: 'do_more() < 0' is true
// CHECK-NEXT: {{.*}}input.c:31:9: note: 'run' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{28:9-28:9}:"{ if (started) pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{28:19-28:19}:" }"
// CHECK-NEXT: fix-it:"{{.*}}input.c":{31:9-31:9}:"if (started) pthread_join(t, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
// CHECK: threadlint: applied 3 fix-it edits to '{{.*}}input.c'
// FIXED:      if (do_work() < 0)
// FIXED-NEXT: { if (started) pthread_join(t, NULL); return -1; }
// FIXED:      fprintf(stderr, "giving up\n");
// FIXED-NEXT: if (started) pthread_join(t, NULL);
