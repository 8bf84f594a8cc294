// REQUIRES: clangd
// The buffer is analysed with the command clangd would use.  A
// compile_commands.json above the file defines LEAKY; it wins over the
// compile_flags.txt beside it, as in clangd (libclang alone would take the
// flags file).
// RUN: %python %S/Inputs/clangd_test.py compile-db --count 2 --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefix=LEAKY
// LEAKY: findings: ['pthread.AttrLeak', 'pthread.ThreadLeak']
//
// A database elsewhere counts only through --compile-commands-dir, which
// clangd gets too:
// RUN: %python %S/Inputs/clangd_test.py compile-db --count 1 --db-dir elsewhere --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefix=FLAGS
// FLAGS: findings: ['pthread.AttrLeak']
// RUN: %python %S/Inputs/clangd_test.py compile-db --count 2 --db-dir elsewhere --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t -- --compile-commands-dir=%t/elsewhere | FileCheck %s --check-prefix=LEAKY
//
// The nearest .threadlint.yaml applies, as in the CLI:
// RUN: %python %S/Inputs/clangd_test.py compile-db --count 1 --config "checks: '-pthread.AttrLeak'" --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefix=CONFIG
// CONFIG: findings: ['pthread.ThreadLeak']
#include <pthread.h>

static void *work(void *arg) { return arg; }

void spawn(void) {
#ifdef LEAKY
    pthread_t t;
    pthread_create(&t, NULL, work, NULL);
#endif
    pthread_attr_t attr;
    pthread_attr_init(&attr);
}
