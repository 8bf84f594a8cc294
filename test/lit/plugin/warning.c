// The plugin reports a finding as an ordinary clang warning, with the path
// as notes and the fix-it as clang's own (parseable) fix-it; the lines are
// exactly what the CLI prints for the same file.
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=error:
// RUN: not %threadlint --no-source %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang_plugin -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s --check-prefix=FIXIT
//
// Loaded with -Xclang -load alone, it runs too (it adds itself to the main action).
// RUN: %clang -Xclang -load -Xclang %plugin -fsyntax-only -fno-caret-diagnostics %s 2>&1 | FileCheck %s
//
// The object file is still produced, and the exit status stays 0.
// RUN: rm -f %t.o && %clang_plugin -c -o %t.o %s 2>&1 | FileCheck %s --check-prefix=COUNT
// RUN: test -f %t.o
//
// -Werror (clang's or the plugin's own) turns findings into errors.
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics -Werror %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-werror %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: rm -f %t.o && not %clang_plugin -c -o %t.o -Werror %s 2>/dev/null && not test -f %t.o
//
// -w and disabling the rule silence it; other rules do not matter.
// RUN: %clang_plugin -fsyntax-only -w %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -w -Werror %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-checks=-* %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fplugin-arg-threadlint-checks=-pthread.ThreadLeak %s 2>&1 | count 0
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-checks=-*,pthread.ThreadLeak %s 2>&1 | FileCheck %s
//
// A glob naming no rule, or an unknown argument, is an error.
// RUN: not %clang_plugin -fsyntax-only -fplugin-arg-threadlint-checks=-*,pthread.Nope %s 2>&1 | FileCheck %s --check-prefix=BADGLOB
// RUN: not %clang_plugin -fsyntax-only -fplugin-arg-threadlint-frobnicate %s 2>&1 | FileCheck %s --check-prefix=BADARG
#include <pthread.h>
#include <stdio.h>

static void *producer(void *arg) { return arg; }
int open_queue(const char *name);

int pump(const char *name) {
    pthread_t prod;
    if (pthread_create(&prod, NULL, producer, NULL) != 0)
        return -1;
    int q = open_queue(name);
    if (q < 0) {
        fprintf(stderr, "cannot open %s\n", name);
        return -1;
    }
    pthread_join(prod, NULL);
    return q;
}

// CHECK: warning.c:39:9: warning: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// CHECK-NEXT: warning.c:39:9: note: 'pthread_create(&prod, NULL, producer, NULL) != 0' is false
// CHECK-NEXT: warning.c:42:9: note: 'q < 0' is true
// CHECK-NEXT: warning.c:44:9: note: 'pump' returns here with 'prod' still joinable

// FIXIT: warning.c:39:9: warning: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// FIXIT: fix-it:"{{.*}}warning.c":{44:9-44:9}:"pthread_join(prod, NULL);\n        "
// FIXIT: warning.c:39:9: note: 'pthread_create(&prod, NULL, producer, NULL) != 0' is false
// FIXIT: 1 warning generated.

// COUNT: warning.c:39:9: warning: thread 'prod'
// COUNT: 1 warning generated.

// ERR: warning.c:39:9: error: thread 'prod' running 'producer' is neither joined nor detached when 'pump' returns [pthread.ThreadLeak]
// ERR-NEXT: warning.c:39:9: note: 'pthread_create(&prod, NULL, producer, NULL) != 0' is false

// BADGLOB: error: threadlint: check glob 'pthread.Nope' matches no rule
// BADARG: error: threadlint: unknown plugin argument 'frobnicate'
