// A chain of file-local helpers that ends in exit(), written callers first
// (each calls one defined further down): the whole chain never returns, so
// the `return -1` after fatal() is dead code.  With -DRETURNS the last link
// returns instead, and that path leaks the thread.
// RUN: %threadlint --no-source %s 2>&1 | count 0
// Each function is lowered once, though run() asks for fatal() before the
// walk in source order reaches it:
// RUN: %threadlint --dump-ir %s | grep '^func' | count 5
// RUN: not %threadlint --no-source -DRETURNS %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void fatal(const char *msg);
static void fatal_log(const char *msg);
static void fatal_flush(const char *msg);
static void fatal_exit(const char *msg);
int serve(void *ctx);

static void *watchdog(void *arg) { return arg; }

int run(void *ctx) {
    pthread_t w;
    if (pthread_create(&w, NULL, watchdog, ctx) != 0)
        return -1;
    if (serve(ctx) < 0) {
        fatal("serve");
        return -1;
    }
    pthread_join(w, NULL);
    return 0;
}

static void fatal(const char *msg) { fatal_log(msg); }
static void fatal_log(const char *msg) {
    fputs(msg, stderr);
    fatal_flush(msg);
}
static void fatal_flush(const char *msg) {
    fflush(stderr);
    fatal_exit(msg);
}
static void fatal_exit(const char *msg) {
    (void)msg;
#ifndef RETURNS
    exit(EXIT_FAILURE);
#endif
}

// CHECK: leak-die-helper-chain.c:24:9: warning: thread 'w' running 'watchdog' is neither joined nor detached when 'run' returns [pthread.ThreadLeak]
// CHECK-NEXT: leak-die-helper-chain.c:24:9: note: 'pthread_create(&w, NULL, watchdog, ctx) != 0' is false
// CHECK-NEXT: leak-die-helper-chain.c:26:9: note: 'serve(ctx) < 0' is true
// CHECK-NEXT: leak-die-helper-chain.c:28:9: note: 'run' returns here with 'w' still joinable
