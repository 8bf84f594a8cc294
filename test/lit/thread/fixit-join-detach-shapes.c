// --fix: `if (rc == 0) pthread_detach(t);` after a create whose status is
// kept in a local (also with a local attribute known to leave the thread
// joinable); a join before the return a path forgets, for a thread the
// function joins through a helper on its other paths (a struct's field
// too); a join before a `break` out of the block that declares the handle.
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/input.c
// RUN: not %threadlint --no-source --fix %t/input.c 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror %t/input.c
// RUN: %threadlint --no-source %t/input.c 2>&1 | count 0
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
#include <pthread.h>
#include <stdbool.h>

static void *work(void *arg) { return arg; }
int setup(int id);

int start_plain(void *job) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, work, job);
    return rc;
}

int start_with_attr(void *job) {
    pthread_attr_t attr;
    pthread_t t;
    int rc;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 1 << 20);
    rc = pthread_create(&t, &attr, work, job);
    pthread_attr_destroy(&attr);
    return rc;
}

struct task { pthread_t tid; int id; };

static void task_finish(struct task *tk, bool wait) {
    if (wait)
        pthread_join(tk->tid, NULL);
}

int run_task(int id, bool wait) {
    struct task tk;
    tk.id = id;
    if (pthread_create(&tk.tid, NULL, work, &tk) != 0)
        return -1;
    if (setup(id) < 0)
        return -1;
    task_finish(&tk, wait);
    return 0;
}

int run_batches(int n, volatile int *abort_requested) {
    int i, done = 0;
    for (i = 0; i < n; i++) {
        pthread_t t;
        if (pthread_create(&t, NULL, work, NULL) != 0)
            break;
        if (*abort_requested)
            break;
        pthread_join(t, NULL);
        done++;
    }
    return done;
}

// CHECK: {{.*}}input.c:19:14: warning: thread 't' running 'work' is neither joined nor detached when 'start_plain' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:20:5: note: 'start_plain' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{19:50-19:50}:"\n    if (rc == 0)\n        pthread_detach(t);"
// CHECK-NEXT: {{.*}}input.c:29:10: warning: thread 't' running 'work' is neither joined nor detached when 'start_with_attr' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:31:5: note: 'start_with_attr' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{29:47-29:47}:"\n    if (rc == 0)\n        pthread_detach(t);"
// CHECK-NEXT: {{.*}}input.c:44:9: warning: thread 'tk.tid' running 'work' is neither joined nor detached when 'run_task' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:44:9: note: 'pthread_create(&tk.tid, NULL, work, &tk) != 0' is false
// CHECK-NEXT: {{.*}}input.c:46:9: note: 'setup(id) < 0' is true
// CHECK-NEXT: {{.*}}input.c:47:9: note: 'run_task' returns here with 'tk.tid' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{47:9-47:9}:"{ pthread_join(tk.tid, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{47:19-47:19}:" }"
// CHECK-NEXT: {{.*}}input.c:56:13: warning: thread 't' running 'work' is neither joined nor detached when 'run_batches' returns [pthread.ThreadLeak]
// CHECK-NEXT: {{.*}}input.c:56:13: note: 'pthread_create(&t, NULL, work, NULL) != 0' is false
// CHECK-NEXT: {{.*}}input.c:58:13: note: '*abort_requested' is true
// CHECK-NEXT: {{.*}}input.c:63:5: note: 'run_batches' returns here with 't' still joinable
// CHECK-NEXT: fix-it:"{{.*}}input.c":{59:13-59:13}:"{ pthread_join(t, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}input.c":{59:19-59:19}:" }"
// CHECK-NEXT: 4 warnings generated.
// CHECK: threadlint: applied 6 fix-it edits to '{{.*}}input.c'
// FIXED:      int rc = pthread_create(&t, NULL, work, job);
// FIXED-NEXT: if (rc == 0)
// FIXED-NEXT: pthread_detach(t);
// FIXED-NEXT: return rc;
// FIXED:      rc = pthread_create(&t, &attr, work, job);
// FIXED-NEXT: if (rc == 0)
// FIXED-NEXT: pthread_detach(t);
// FIXED-NEXT: pthread_attr_destroy(&attr);
// FIXED:      if (setup(id) < 0)
// FIXED-NEXT: { pthread_join(tk.tid, NULL); return -1; }
// FIXED:      if (*abort_requested)
// FIXED-NEXT: { pthread_join(t, NULL); break; }
