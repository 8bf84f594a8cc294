// The blocks as written that both lowerings record (tl_func_add_scope):
// braces the user wrote, and the bodies of control statements the user
// wrote without braces, macro invocations included; never the braces or
// bodies a macro writes (glibc's push and pop open and close several).
// RUN: %threadlint --dump-ir %s | FileCheck %s --implicit-check-not=block
#include <pthread.h>

static void release(void *p) { (void)p; }

int work(int m, void *buf) {
    int x = 0;
    pthread_cleanup_push(release, buf);
    for (int i = 0; i < m; i++) {
        x++;
    }
    while (x > 9)
        x--;
    if (x)
        x = 1;
    else
        x = -1;
    if (m)
        pthread_cleanup_pop(1);
    switch (x) {
    default:
        do x++; while (x < 3);
    }
    return x;
}

// CHECK:      func work
// CHECK:      block 10:28..29:2
// CHECK-NEXT: block 13:33..15:6
// CHECK-NEXT: block 17:9..17:12
// CHECK-NEXT: block 19:9..19:14
// CHECK-NEXT: block 21:9..21:15
// CHECK-NEXT: block 23:9..23:31
// CHECK-NEXT: block 24:16..27:6
// CHECK-NEXT: block 26:12..26:15
