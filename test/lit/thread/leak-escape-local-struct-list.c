// A pthread_t inside a local struct of main whose address is linked into a
// global list (g_tasks = &listener): the list owner, join_all_tasks(),
// joins it. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>

struct task {
    pthread_t tid;
    int fd;
    struct task *next;
};

struct task *g_tasks;
int run_until_signalled(void);
void join_all_tasks(void);

static void *listen_main(void *arg) {
    struct task *t = arg;
    for (;;) {
        int c = accept(t->fd, NULL, NULL);
        if (c < 0)
            break;
        close(c);
    }
    return NULL;
}

int main(void) {
    struct task listener;
    int rc;

    listener.fd = socket(AF_INET, SOCK_STREAM, 0);
    if (listener.fd < 0)
        return 1;
    if (pthread_create(&listener.tid, NULL, listen_main, &listener) != 0) {
        perror("pthread_create");
        return 1;
    }
    listener.next = g_tasks;
    g_tasks = &listener;
    rc = run_until_signalled();
    join_all_tasks();
    return rc;
}
