// A fire-and-forget thread has two repairs: a detach where its create is
// known to have succeeded (the fix-it: text output, --fix) and a join
// before the return, offered beside it (SARIF's second fix, a second clangd
// quick fix, a plugin note).  Applying the second compiles and silences the
// finding.  One repair only where the other is unsafe: a thread given a
// local gets the join alone (a detached thread would outlive the local), a
// return also reached after a failed create gets no join.
// RUN: rm -rf %t && mkdir %t && cp %s %t/input.c && cd %t
// RUN: not %threadlint --no-source input.c 2>&1 | FileCheck %s --check-prefix=TEXT --implicit-check-not=fix-it:
// RUN: not %threadlint --format=sarif input.c > run.sarif
// RUN: %python %S/Inputs/sarif_fixes.py run.sarif --apply 0:1 | FileCheck %s --check-prefix=SARIF
// RUN: %clang -fsyntax-only -Wall -Wextra -Werror input.c
// RUN: not %threadlint --no-source input.c 2>&1 | FileCheck %s --check-prefix=AFTER --implicit-check-not=warning:
// RUN: grep -v '^//' input.c | FileCheck %s --check-prefix=FIXED
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

int wait_local(void) {
    int n = 1;
    pthread_t t;
    if (pthread_create(&t, NULL, job, &n) != 0)
        return -1;
    printf("started\n");
    return 0;
}

void fire_if(void *req) {
    pthread_t t;
    int rc = pthread_create(&t, NULL, job, req);
    if (rc == 0)
        printf("started\n");
}

// TEXT:      input.c:22:9: warning: thread 't' running 'job' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// TEXT:      fix-it:"input.c":{24:5-24:5}:"pthread_detach(t);\n    "
// TEXT:      input.c:31:9: warning: thread 't' running 'job' is neither joined nor detached when 'wait_local' returns [pthread.ThreadLeak]
// TEXT:      fix-it:"input.c":{34:5-34:5}:"pthread_join(t, NULL);\n    "
// TEXT:      input.c:39:14: warning: thread 't' running 'job' is neither joined nor detached when 'fire_if' returns [pthread.ThreadLeak]
// TEXT:      fix-it:"input.c":{41:9-41:9}:"{ pthread_detach(t); "
// TEXT-NEXT: fix-it:"input.c":{41:29-41:29}:" }"
//
// SARIF:      result 0 pthread.ThreadLeak line 22 fixes 2
// SARIF-NEXT:   fix 0: apply threadlint's suggested fix
// SARIF-NEXT:     {24:5-24:5} "pthread_detach(t);\n    "
// SARIF-NEXT:   fix 1: alternatively, insert 'pthread_join(t, NULL);'
// SARIF-NEXT:     {25:5-25:5} "pthread_join(t, NULL);\n    "
// SARIF-NEXT: result 1 pthread.ThreadLeak line 31 fixes 1
// SARIF-NEXT:   fix 0: apply threadlint's suggested fix
// SARIF-NEXT:     {34:5-34:5} "pthread_join(t, NULL);\n    "
// SARIF-NEXT: result 2 pthread.ThreadLeak line 39 fixes 1
// SARIF-NEXT:   fix 0: apply threadlint's suggested fix
// SARIF-NEXT:     {41:9-41:9} "{ pthread_detach(t); "
// SARIF-NEXT:     {41:29-41:29} " }"
//
// AFTER: input.c:32:9: warning: thread 't' running 'job' is neither joined nor detached when 'wait_local' returns [pthread.ThreadLeak]
// AFTER: input.c:40:14: warning: thread 't' running 'job' is neither joined nor detached when 'fire_if' returns [pthread.ThreadLeak]
//
// FIXED:      printf("started\n");
// FIXED-NEXT: pthread_join(t, NULL);
// FIXED-NEXT: return 0;
