// The same create macro, but a failed pthread_attr_init leaves the macro
// before the attribute is used.
// libclang 14 reports macro-body locations at the invocation, so operators written in a macro body cannot be read there.
// UNSUPPORTED: llvm-14
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define CHECKED(call, on_error)                                              \
    do {                                                                 \
        int checked_err;                                                 \
        if ((checked_err = (call)) != 0) {                               \
            fprintf(stderr, "%s: %s\n", #call, strerror(checked_err));   \
            on_error;                                                    \
        }                                                                \
    } while (0)

#define SPAWN_BIG(thr, need, fn, arg)                                        \
    do {                                                                 \
        pthread_attr_t attr;                                             \
        size_t have;                                                     \
        CHECKED(pthread_attr_init(&attr), return);                       \
        CHECKED(pthread_attr_getstacksize(&attr, &have), (void)0);       \
        if (have < (need)) {                                             \
            CHECKED(pthread_attr_setstacksize(&attr, (need)), (void)0);  \
            CHECKED(pthread_create(thr, &attr, fn, arg), (void)0);       \
        } else {                                                         \
            CHECKED(pthread_create(thr, NULL, fn, arg), (void)0);        \
        }                                                                \
        CHECKED(pthread_attr_destroy(&attr), (void)0);                   \
    } while (0)

static void *resolver(void *arg) { return arg; }

void start_resolver(pthread_t *t, void *ctx) {
    SPAWN_BIG(t, 4u << 20, resolver, ctx);
}
