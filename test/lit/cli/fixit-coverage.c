// Every fix-it the rule tests offer round-trips: applied alone to a copy,
// the file compiles with -Wall -Wextra -Werror and, analysed again, has lost
// that warning and gained no other (bench/fixit-coverage.py exits 1, and
// prints FAIL lines, otherwise).  libclang 14 cannot read the operators in
// macro bodies that some rule tests rely on (those tests are UNSUPPORTED there).
// REQUIRES: face-cli
// UNSUPPORTED: llvm-14
// RUN: %python %S/../../../bench/fixit-coverage.py --threadlint %build_dir/bin/threadlint --clang %clang > %t.out
// RUN: FileCheck %s --implicit-check-not=FAIL < %t.out
// CHECK: rule
// CHECK: pthread.ThreadLeak
// CHECK: total
