// An array of attributes initialised in a loop and never destroyed.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>

static void *worker(void *arg) { return arg; }

int start_all(pthread_t th[4]) {
    pthread_attr_t attrs[4];
    for (int i = 0; i < 4; i++) {
        pthread_attr_init(&attrs[i]);
        pthread_create(&th[i], &attrs[i], worker, NULL);
    }
    return 0;
}

// CHECK: leak-attr-array.c:10:9: warning: attributes in 'attrs[i]' initialised here are never destroyed when 'start_all' returns [pthread.AttrLeak]
// CHECK-NEXT: leak-attr-array.c:9:21: note: 'i < 4' is false
// CHECK-NEXT: leak-attr-array.c:13:5: note: 'start_all' returns here with 'attrs[i]' still initialised
// CHECK-NEXT: fix-it:"{{.*}}leak-attr-array.c":{13:5-13:5}:"for (int j = 4; j-- > 0;) pthread_attr_destroy(&attrs[j]);\n    "
// CHECK-NEXT: 1 warning generated.
