// The CLI on preprocessed text (`clang -E`, `-frewrite-includes`) reports
// the functions a run on the source reports: the headers' code is told apart
// by the line markers (test/lit/plugin/preprocessed.c is the plugin's twin).
// Locations are those of the text it is given.
// RUN: rm -rf %t && mkdir %t
// RUN: not %threadlint --no-source -I %S/../plugin/Inputs/preprocessed %s 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %clang -E -frewrite-includes -I %S/../plugin/Inputs/preprocessed %s -o %t/rewritten.c
// RUN: not %threadlint --no-source %t/rewritten.c 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: %clang -E -C -I %S/../plugin/Inputs/preprocessed %s -o %t/comments.i
// RUN: not %threadlint --no-source %t/comments.i 2>&1 | FileCheck %s --implicit-check-not=warning:
// RUN: not %threadlint --no-source --header-filter='spawn\.h' %t/rewritten.c 2>&1 | FileCheck %s --check-prefixes=CHECK,HEADER --implicit-check-not=warning:
#include "spawn.h"

// HEADER: warning: thread 't' running 'spawned' is neither joined nor detached when 'spawn_unjoined' returns [pthread.ThreadLeak]

int leaks_on_error(int fail) {
    pthread_t t;
    if (SPAWN(t) != 0)
        return -1;
    if (fail)
        return -2;
    pthread_join(t, NULL);
    return spawn_unjoined();
}
// CHECK: warning: thread 't' running 'spawned' is neither joined nor detached when 'leaks_on_error' returns [pthread.ThreadLeak]

int quiet(void) {
    pthread_t t;
    if (pthread_create(&t, NULL, spawned, NULL) != 0) // NOLINT(pthread.ThreadLeak)
        return -1;
    return 0;
}
