// The plugin offers a second repair as a note carrying its own fix-its:
// "alternatively, insert 'pthread_join(t, NULL);'" beside the detach.
// clang's -fixit applies the warning's fix-its only, never a note's.
// RUN: %clang_plugin -fsyntax-only -fdiagnostics-parseable-fixits %s 2>&1 | FileCheck %s --implicit-check-not=warning: --implicit-check-not=note: --implicit-check-not=fix-it:
// RUN: rm -rf %t && mkdir %t && cp %s %t/input.c
// RUN: %clang_plugin -fsyntax-only -Xclang -fixit %t/input.c 2>&1 | FileCheck %s --check-prefix=APPLIED
// RUN: grep -v '^//' %t/input.c | FileCheck %s --check-prefix=FIXED
// RUN: %clang_plugin -fsyntax-only -Wall -Wextra -Werror %t/input.c
#include <pthread.h>
#include <stdio.h>

static void *job(void *arg) { return arg; }

int fire(void *req) {
    pthread_t t;
    if (pthread_create(&t, NULL, job, req) != 0)
        return -1;
    printf("started\n");
    return 0;
}

// CHECK:      fixit-alternative-note.c:16:9: warning: thread 't' running 'job' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// CHECK:      fix-it:"{{.*}}fixit-alternative-note.c":{18:5-18:5}:"pthread_detach(t);\n    "
// CHECK:      fixit-alternative-note.c:16:9: note: 'pthread_create(&t, NULL, job, req) != 0' is false
// CHECK:      fixit-alternative-note.c:19:5: note: 'fire' returns here with 't' still joinable
// CHECK:      fixit-alternative-note.c:19:5: note: alternatively, insert 'pthread_join(t, NULL);'
// CHECK:      fix-it:"{{.*}}fixit-alternative-note.c":{19:5-19:5}:"pthread_join(t, NULL);\n    "
// CHECK:      1 warning generated.
//
// APPLIED: note: FIX-IT applied suggested code changes
//
// FIXED:      return -1;
// FIXED-NEXT: pthread_detach(t);
// FIXED-NEXT: printf("started\n");
// FIXED-NEXT: return 0;
