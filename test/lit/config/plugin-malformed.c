// A malformed config file is a compiler error pointing into it, with the
// same message as the CLI's; the compilation fails.
// REQUIRES: plugin
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics src/ok.c 2>&1 | FileCheck %s --check-prefix=FOUND -DDIR=%t
// RUN: not %clang_plugin -fsyntax-only src/ok.c 2>&1 | FileCheck %s --check-prefixes=CARET,CARET-LLVM%llvm_version
// RUN: rm -f %t/ok.o && not %clang_plugin -c -o %t/ok.o src/ok.c 2>/dev/null && not test -f %t/ok.o
// RUN: not %clang_plugin -fsyntax-only -fno-caret-diagnostics -fplugin-arg-threadlint-config-file=%t/missing.yaml src/ok.c 2>&1 | FileCheck %s --check-prefix=MISSING -DDIR=%t
//
// FOUND:      [[DIR]]/.threadlint.yaml:3:48: error: threadlint: 'args' has 1 entry but 'pthread_join' takes 2 arguments
// CARET:      .threadlint.yaml:3:48: error: threadlint: 'args' has 1 entry but 'pthread_join' takes 2 arguments
// The snippet is clang's own, as for any diagnostic: clang 14 prints no
// line-number gutter (it has no option for one).
// CARET-LLVM19-NEXT:     3 |   - {name: my_join, model: pthread_join, args: [0]}
// CARET-LLVM19-NEXT:       |                                                ^
// CARET-LLVM14-NEXT:   - {name: my_join, model: pthread_join, args: [0]}
// CARET-LLVM14-NEXT:                                                  ^
// CARET-NEXT: 1 error generated.
// MISSING:    error: threadlint: [[DIR]]/missing.yaml: cannot read the file: No such file or directory

//--- .threadlint.yaml
checks: '*'
wrappers:
  - {name: my_join, model: pthread_join, args: [0]}

//--- src/ok.c
int ok(void) { return 0; }
