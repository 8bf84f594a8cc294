// `if (rc) { perror(...); exit(1); }`: the failure branch never returns.
// Later, a failed listen returns from the function with the thread running.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %threadlint --no-source -DFIXED %s | count 0
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int open_listener(int port);
static volatile int running = 1;

static void *heartbeat(void *arg) {
    (void)arg;
    while (running)
        sleep(1);
    return NULL;
}

int start_daemon(int port) {
    pthread_t hb;
    int rc, lfd;

    rc = pthread_create(&hb, NULL, heartbeat, NULL);
    if (rc) {
        perror("pthread_create");
        exit(1);
    }
    lfd = open_listener(port);
    if (lfd < 0) {
        running = 0;
#ifdef FIXED
        pthread_join(hb, NULL);
#endif
        return -1;
    }
    close(lfd);
    running = 0;
    pthread_join(hb, NULL);
    return 0;
}
// CHECK: leak-create-perror-exit.c:24:10: warning: thread 'hb' running 'heartbeat' is neither joined nor detached when 'start_daemon' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-create-perror-exit.c:25:9: note: 'rc' is false
// CHECK-NEXT: leak-create-perror-exit.c:30:9: note: 'lfd < 0' is true
// CHECK-NEXT: leak-create-perror-exit.c:35:9: note: 'start_daemon' returns here with 'hb' still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-create-perror-exit.c":{35:9-35:9}:"pthread_join(hb, NULL);\n        "
// CHECK-NEXT: 1 warning generated.
