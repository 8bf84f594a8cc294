// Joining a thread whose start routine detaches itself is JoinMisuse.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *announce(void *arg) {
    pthread_detach(pthread_self());
    puts(arg);
    free(arg);
    return NULL;
}

int report(char *msg) {
    pthread_t t;
    if (pthread_create(&t, NULL, announce, msg) != 0) {
        free(msg);
        return -1;
    }
    pthread_join(t, NULL);
    return 0;
}

// CHECK: detach-self-in-routine-joined.c:20:5: warning: thread 't' is joined but 'announce' detaches itself [pthread.JoinMisuse]
// CHECK-NEXT: detach-self-in-routine-joined.c:16:9: note: 'pthread_create(&t, NULL, announce, msg) != 0' is false
// CHECK-NEXT: fix-it:"{{.*}}detach-self-in-routine-joined.c":{20:5-20:27}:""
