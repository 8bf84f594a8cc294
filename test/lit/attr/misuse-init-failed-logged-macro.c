// A create macro that only logs what fails (unbound's PTHREADCREATE around
// LOCKRET): when pthread_attr_init fails, every later use of the attribute
// is wrong for that one reason, so it is one finding, at the first use.
// The tests the macro expands to are all spelled as the invocation: a run
// of them is one note.
// libclang 14 reports macro-body locations at the invocation, so operators written in a macro body cannot be read there.
// UNSUPPORTED: llvm-14
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define CHECKED(call)                                                        \
    do {                                                                 \
        int checked_err;                                                 \
        if ((checked_err = (call)) != 0)                                 \
            fprintf(stderr, "%s: %s\n", #call, strerror(checked_err));   \
    } while (0)

#define SPAWN_BIG(thr, need, fn, arg)                                        \
    do {                                                                 \
        pthread_attr_t attr;                                             \
        size_t have;                                                     \
        CHECKED(pthread_attr_init(&attr));                               \
        CHECKED(pthread_attr_getstacksize(&attr, &have));                \
        if (have < (need)) {                                             \
            CHECKED(pthread_attr_setstacksize(&attr, (need)));           \
            CHECKED(pthread_create(thr, &attr, fn, arg));                \
        } else {                                                         \
            CHECKED(pthread_create(thr, NULL, fn, arg));                 \
        }                                                                \
        CHECKED(pthread_attr_destroy(&attr));                            \
    } while (0)

static void *resolver(void *arg) { return arg; }

void start_resolver(pthread_t *t, void *ctx) {
    SPAWN_BIG(t, 4u << 20, resolver, ctx);
}

// CHECK: misuse-init-failed-logged-macro.c:38:5: warning: attribute 'attr' is used by 'pthread_attr_getstacksize' but its pthread_attr_init failed [pthread.AttrMisuse]
// CHECK-NEXT: misuse-init-failed-logged-macro.c:38:5: note: 'SPAWN_BIG(t, 4u << 20, resolver, ctx)' is true
// CHECK-NEXT: 1 warning generated.
