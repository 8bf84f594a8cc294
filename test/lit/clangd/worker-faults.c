// REQUIRES: clangd
// An analysis worker that crashes, or hangs past the timeout, is reported
// once per document through window/logMessage and started again for the
// next analysis; clangd's traffic goes on meanwhile.  (A stand-in worker
// misbehaves on cue.)
// RUN: %python %S/Inputs/clangd_test.py worker-faults --proxy %threadlint_clangd --clangd %clangd --lsp %lsp_dir --src %s --tmp %t -- --threadlint-worker=%S/Inputs/fake_worker.py --threadlint-analysis-timeout-ms=3000 | FileCheck %s
// CHECK: log type=1 threadlint: the analysis worker crashed on {{.*}}worker-faults.c (killed by signal 11 {{.*}}); it restarts for the next analysis
// CHECK-NEXT: log type=2 threadlint: analysing {{.*}}other.c took longer than 3000 ms; stopped it
// CHECK-NEXT: after restart: ['made-up finding']
// CHECK-NEXT: exit 0
