// A malformed config file is a compiler error pointing into it, with the
// same message as the CLI's; the compilation fails.
// REQUIRES: plugin
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics src/ok.c 2>&1 | FileCheck %s --check-prefix=FOUND -DDIR=%t
// RUN: not %clang_plugin -fsyntax-only src/ok.c 2>&1 | FileCheck %s --check-prefix=CARET
// RUN: rm -f %t/ok.o && not %clang_plugin -c -o %t/ok.o src/ok.c 2>/dev/null && not test -f %t/ok.o
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-config-file=%t/missing.yaml src/ok.c 2>&1 | FileCheck %s --check-prefix=MISSING -DDIR=%t
//
// FOUND:      [[DIR]]/.threadlint.yaml:3:48: error: threadlint: 'args' has 1 entry but 'pthread_join' takes 2 arguments
// CARET:      .threadlint.yaml:3:48: error: threadlint: 'args' has 1 entry but 'pthread_join' takes 2 arguments
// CARET-NEXT:     3 |   - {name: my_join, model: pthread_join, args: [0]}
// CARET-NEXT:       |                                                ^
// CARET-NEXT: 1 error generated.
// MISSING:    error: threadlint: [[DIR]]/missing.yaml: cannot read the file: No such file or directory

//--- .threadlint.yaml
checks: '*'
wrappers:
  - {name: my_join, model: pthread_join, args: [0]}

//--- src/ok.c
int ok(void) { return 0; }
