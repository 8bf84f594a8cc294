// REQUIRES: clangd
// An edit while an analysis runs supersedes it: the old text's result is
// dropped and only the new text's findings are published.
// RUN: %python %S/Inputs/clangd_test.py superseded --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t -- --threadlint-worker=%S/Inputs/fake_worker.py | FileCheck %s
// CHECK: published for version 2 ['made-up finding']
// CHECK-NEXT: publishes with findings for version 1: 0
// CHECK-NEXT: exit 0
