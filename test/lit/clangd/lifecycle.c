// REQUIRES: clangd
// The editor closing the pipe without shutdown: clangd gets shutdown and
// exit, and the proxy exits with clangd's status, 0.
// RUN: %python %S/Inputs/clangd_test.py editor-leaves --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefix=LEAVE
// LEAVE: proxy exit 0
// LEAVE-NEXT: clangd saw: ['<-- shutdown', '<-- exit']
//
// clangd killed mid-session: a clear message, and its status (128 + 9).
// RUN: %python %S/Inputs/clangd_test.py clangd-killed --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t | FileCheck %s --check-prefix=KILLED
// KILLED: proxy exit 137
// KILLED-NEXT: stderr: ['threadlint-clangd: error: clangd exited unexpectedly (killed by signal 9 (Killed))']
int main(void) { return 0; }
