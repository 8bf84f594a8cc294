// Distributed builds compile preprocessed text: icecream sends clang's
// `-frewrite-includes` output (or `-E` output) to a build host, which then
// compiles it with the plugin. The findings must be those of a build of the
// original file: the header's code is told apart by its line markers, and
// NOLINT comments survive where the text keeps comments (-frewrite-includes,
// -E -C). Plain -E drops comments, so NOLINT cannot work there (documented
// in docs/integrations.md, "Large builds").
// REQUIRES: plugin
// RUN: rm -rf %t && mkdir %t
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -I %S/Inputs/preprocessed %s 2>&1 | FileCheck %s --check-prefixes=CHECK --implicit-check-not=warning:
// RUN: %clang -E -frewrite-includes -I %S/Inputs/preprocessed %s -o %t/rewritten.c
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %t/rewritten.c 2>&1 | FileCheck %s --check-prefixes=CHECK --implicit-check-not=warning:
// RUN: %clang -E -C -I %S/Inputs/preprocessed %s -o %t/comments.i
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %t/comments.i 2>&1 | FileCheck %s --check-prefixes=CHECK --implicit-check-not=warning:
// RUN: %clang -E -I %S/Inputs/preprocessed %s -o %t/plain.i
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %t/plain.i 2>&1 | FileCheck %s --check-prefixes=CHECK,NOCOMMENTS --implicit-check-not=warning:
//
// The header filter picks the header's helper in every form alike.
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-header-filter='spawn\.h' -I %S/Inputs/preprocessed %s 2>&1 | FileCheck %s --check-prefixes=CHECK,HEADER --implicit-check-not=warning:
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-header-filter='spawn\.h' %t/rewritten.c 2>&1 | FileCheck %s --check-prefixes=CHECK,HEADER --implicit-check-not=warning:
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-header-filter='spawn\.h' %t/comments.i 2>&1 | FileCheck %s --check-prefixes=CHECK,HEADER --implicit-check-not=warning:
#include "spawn.h"

// HEADER: spawn.h:9:9: warning: thread 't' running 'spawned' is neither joined nor detached when 'spawn_unjoined' returns [pthread.ThreadLeak]

int leaks_on_error(int fail) {
    pthread_t t;
    if (SPAWN(t) != 0)
        return -1;
    if (fail)
        return -2;
    pthread_join(t, NULL);
    return spawn_unjoined();
}
// CHECK: preprocessed.c:[[#@LINE-7]]:9: warning: thread 't' running 'spawned' is neither joined nor detached when 'leaks_on_error' returns [pthread.ThreadLeak]

int quiet(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, spawned, NULL) != 0) // NOLINT(pthread.ThreadLeak)
        return -1;
    return 0;
}
// NOCOMMENTS: preprocessed.c:[[#@LINE-4]]:9: warning: thread 't' running 'spawned' is neither joined nor detached when 'quiet' returns [pthread.ThreadLeak]

// The source's .threadlint.yaml applies to its preprocessed text as to the
// source, found from the name the line markers give, when that file exists.
// RUN: mkdir -p %t/src %t/out && cp %s %S/Inputs/preprocessed/spawn.h %t/src/
// RUN: printf "checks: '-pthread.ThreadLeak'\n" > %t/src/.threadlint.yaml
// RUN: %clang_plugin -fsyntax-only %t/src/preprocessed.c 2>&1 | count 0
// RUN: %clang -E -frewrite-includes %t/src/preprocessed.c -o %t/out/rewritten.c
// RUN: %clang_plugin -fsyntax-only %t/out/rewritten.c 2>&1 | count 0
// RUN: %clang -E -C %t/src/preprocessed.c -o %t/out/comments.i
// RUN: %clang_plugin -fsyntax-only %t/out/comments.i 2>&1 | count 0
// Without the source (a build host), the settings are the defaults.
// RUN: rm %t/src/preprocessed.c
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %t/out/rewritten.c 2>&1 | FileCheck %s --implicit-check-not=warning:
