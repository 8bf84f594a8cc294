// task_finish() joins only when its flag is set, but on this error path it
// is never called at all: the thread leaks.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdbool.h>

struct task {
    pthread_t tid;
    int id;
};

static void *body(void *arg) { return arg; }
int register_task(int id);

static void task_finish(struct task *tk, bool wait) {
    if (wait)
        pthread_join(tk->tid, NULL);
}

int run_task(int id, bool wait) {
    struct task tk;
    tk.id = id;
    if (pthread_create(&tk.tid, NULL, body, &tk) != 0)
        return -1;
    if (register_task(id) < 0)
        return -1;
    task_finish(&tk, wait);
    return 0;
}

// CHECK: summary-conditional-join-helper-early-return.c:23:9: warning: thread 'tk.tid' running 'body' is neither joined nor detached when 'run_task' returns [pthread.ThreadLeak]
// CHECK-NEXT: summary-conditional-join-helper-early-return.c:23:9: note: 'pthread_create(&tk.tid, NULL, body, &tk) != 0' is false
// CHECK-NEXT: summary-conditional-join-helper-early-return.c:25:9: note: 'register_task(id) < 0' is true
// CHECK-NEXT: summary-conditional-join-helper-early-return.c:26:9: note: 'run_task' returns here with 'tk.tid' still joinable
// CHECK-NEXT: fix-it:"{{.*}}":{26:9-26:9}:"{ pthread_join(tk.tid, NULL); "
// CHECK-NEXT: fix-it:"{{.*}}":{26:19-26:19}:" }"
