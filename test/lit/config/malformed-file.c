// A config file that cannot be read, or that is nested absurdly deep, is an
// error too, and a malformed file fails only the sources it governs: it is
// reported once, before any finding, and the others are still analysed.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=missing.yaml src/ok.c | FileCheck %s --check-prefix=MISSING --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=src src/ok.c | FileCheck %s --check-prefix=DIR --match-full-lines
// RUN: %python -c "print('checks: ' + '[' * 100000)" > %t/deep.yaml
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=deep.yaml src/ok.c | FileCheck %s --check-prefix=DEEP --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --no-source bad/a.c src/leak.c bad/b.c | FileCheck %s --check-prefix=MIXED --match-full-lines -DDIR=%t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --no-source -j 2 bad/a.c src/leak.c bad/b.c | FileCheck %s --check-prefix=MIXED --match-full-lines -DDIR=%t
//
// MISSING-NOT:  {{.}}
// MISSING:      missing.yaml: error: cannot read the file: No such file or directory
// MISSING-NEXT: exit: 2
// DIR-NOT:      {{.}}
// DIR:          src: error: cannot read the file: Is a directory
// DIR-NEXT:     exit: 2
// DEEP-NOT:     {{.}}
// DEEP:         deep.yaml:1:40: error: nested deeper than 32 levels
// DEEP-NEXT:    exit: 2
// MIXED-NOT:    {{.}}
// MIXED:        [[DIR]]/bad/.threadlint.yaml:1:1: error: unknown key 'wrapper' (expected checks, header-filter or wrappers)
// MIXED-NEXT:   src/leak.c:5:5: warning: thread 't' running 'work' is neither joined nor detached when 'fire' returns [pthread.ThreadLeak]
// MIXED-NEXT:   src/leak.c:6:1: note: 'fire' returns here with 't' still joinable
// MIXED-NEXT:   fix-it:"src/leak.c":{5:5-5:5}:"if ("
// MIXED-NEXT:   fix-it:"src/leak.c":{5:41-5:41}:" == 0)\n        pthread_detach(t)"
// MIXED-NEXT:   1 warning generated.
// MIXED-NEXT:   exit: 2

//--- bad/.threadlint.yaml
wrapper:
  - {name: my_join, model: pthread_join}

//--- bad/a.c
int a(void) { return 0; }

//--- bad/b.c
int b(void) { return 0; }

//--- src/ok.c
int ok(void) { return 0; }

//--- src/leak.c
#include <pthread.h>
static void *work(void *arg) { return arg; }
void fire(void) {
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
}
