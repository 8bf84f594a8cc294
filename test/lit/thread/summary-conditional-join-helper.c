// task_finish() joins only when its flag is set.  The summary cannot say the
// thread is released, nor that it is not: stay silent (conservative).
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdbool.h>

struct task {
    pthread_t tid;
    int id;
};

static void *body(void *arg) { return arg; }

static void task_finish(struct task *tk, bool wait) {
    if (wait)
        pthread_join(tk->tid, NULL);
}

int run_task(int id, bool wait) {
    struct task tk;
    tk.id = id;
    if (pthread_create(&tk.tid, NULL, body, &tk) != 0)
        return -1;
    task_finish(&tk, wait);
    return 0;
}
