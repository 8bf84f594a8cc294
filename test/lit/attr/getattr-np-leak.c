// pthread_getattr_np initialises the attribute it fills in; it must be
// destroyed like one from pthread_attr_init.
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#define _GNU_SOURCE
#include <pthread.h>
#include <stddef.h>

size_t my_stack_size(void) {
    pthread_attr_t attr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0)
        return 0;
    pthread_attr_getstacksize(&attr, &size);
    return size;
}

// CHECK: getattr-np-leak.c:11:9: warning: attribute 'attr' initialised here is never destroyed when 'my_stack_size' returns [pthread.AttrLeak]
// CHECK-NEXT: getattr-np-leak.c:11:9: note: 'pthread_getattr_np(pthread_self(), &attr) != 0' is false
// CHECK-NEXT: getattr-np-leak.c:14:5: note: 'my_stack_size' returns here with 'attr' still initialised
// CHECK-NEXT: fix-it:"{{.*}}":{14:5-14:5}:"pthread_attr_destroy(&attr);\n    "
// CHECK-NEXT: 1 warning generated.
