// The plugin reads conditions written inside macro bodies on every clang it
// builds for, clang 14 included, where the CLI cannot (libclang 14 reports
// macro-body locations at the invocation): the same notes as the CLI gives
// on LLVM 19 (parity-macro-body.c).
// REQUIRES: plugin
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %S/../thread/leak-macro-do-while.c 2>&1 \
// RUN:   | FileCheck %s --check-prefix=DO-WHILE --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang_plugin -fsyntax-only -fno-caret-diagnostics %S/../thread/leak-macro-stmt-expr.c 2>&1 \
// RUN:   | FileCheck %s --check-prefix=STMT-EXPR --implicit-check-not=warning: --implicit-check-not=note:
// RUN: %clang_plugin -fsyntax-only %S/../thread/leak-macro-do-while-ok.c 2>&1 | count 0
//
// DO-WHILE:      leak-macro-do-while.c:31:5: warning: thread 't' running 'poller' is neither joined nor detached when 'srv_start' returns [pthread.ThreadLeak]
// DO-WHILE-NEXT: leak-macro-do-while.c:31:5: note: 'pthread_create(&(t), NULL, (poller), (srv)) != 0' is false
// DO-WHILE-NEXT: leak-macro-do-while.c:32:9: note: 'srv_listen(srv) < 0' is true
// DO-WHILE-NEXT: leak-macro-do-while.c:37:9: note: 'srv_start' returns here with 't' still joinable
//
// STMT-EXPR:      leak-macro-stmt-expr.c:29:9: warning: thread 't' running 'sync_main' is neither joined nor detached when 'mirror_run' returns [pthread.ThreadLeak]
// STMT-EXPR-NEXT: leak-macro-stmt-expr.c:29:9: note: '_r' is false
// STMT-EXPR-NEXT: leak-macro-stmt-expr.c:31:9: note: 'mirror_prepare(m) < 0' is true
// STMT-EXPR-NEXT: leak-macro-stmt-expr.c:35:9: note: 'mirror_run' returns here with 't' still joinable
