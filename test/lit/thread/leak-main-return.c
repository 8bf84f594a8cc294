// `main` returns while the acceptor, which never returns, still runs: a
// note (its handle loses nothing while it runs), though the process exit
// kills it mid-request. No detach: it is given &lfd, a local it would
// outlive; the join before main's return (serve for ever) is the repair.
// RUN: %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void *acceptor(void *arg) {
    int lfd = *(int *)arg;
    for (;;) {
        int c = accept(lfd, NULL, NULL);
        if (c >= 0)
            close(c);
    }
    return NULL;
}

int main(int argc, char **argv) {
    (void)argc;
    pthread_t t;
    int lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0) {
        perror("socket");
        return 1;
    }
    if (pthread_create(&t, NULL, acceptor, &lfd) != 0) {
        perror("pthread_create");
        return 1;
    }
    printf("%s: serving\n", argv[0]);
    return 0;
}
// CHECK: leak-main-return.c:30:9: note: thread 't' running 'acceptor' is neither joined nor detached when 'main' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-main-return.c:30:9: note: 'pthread_create(&t, NULL, acceptor, &lfd) != 0' is false
// CHECK-NEXT: leak-main-return.c:35:5: note: 'main' returns here with 't' still joinable
// CHECK-NEXT: leak-main-return.c:30:9: note: 'acceptor' never returns: the thread runs until the process exits
// CHECK-NEXT: fix-it:"{{.*}}leak-main-return.c":{35:5-35:5}:"pthread_join(t, NULL);\n    "
