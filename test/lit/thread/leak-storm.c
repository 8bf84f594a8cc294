// The create-in-a-loop storm: one thread per accepted connection, the
// handle overwritten on the next iteration and never joined or detached.
// The fix-it detaches each thread right after a successful create.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/storm.c
// RUN: not %threadlint --fix %t/storm.c > /dev/null 2>&1
// RUN: %clang -fsyntax-only -Wall -Werror %t/storm.c
// RUN: %threadlint --no-source %t/storm.c | count 0
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static void *handle(void *arg) {
    int fd = (int)(long)arg;
    char buf[1024];
    ssize_t n;
    while ((n = read(fd, buf, sizeof buf)) > 0)
        (void)write(fd, buf, (size_t)n);
    close(fd);
    return NULL;
}

void serve_forever(int lfd) {
    pthread_t thread;
    while (1) {
        int fd = accept(lfd, NULL, NULL);
        if (fd < 0)
            continue;
        pthread_create(&thread, NULL, handle, (void *)(long)fd);
    }
}
// CHECK: leak-storm.c:29:9: warning: thread 'thread' running 'handle' is neither joined nor detached before 'thread' is overwritten [pthread.ThreadLeak]
// CHECK-NEXT: leak-storm.c:27:13: note: 'fd < 0' is false
// CHECK-NEXT: leak-storm.c:29:9: note: 'thread' is overwritten here while still joinable
// CHECK-NEXT: fix-it:"{{.*}}leak-storm.c":{29:9-29:9}:"if ("
// CHECK-NEXT: fix-it:"{{.*}}leak-storm.c":{29:64-29:64}:" == 0)\n            pthread_detach(thread)"
// CHECK-NEXT: 1 warning generated.
