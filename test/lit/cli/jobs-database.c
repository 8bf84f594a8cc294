// Output does not depend on -j over a database of many files: the same
// findings in the same order (by file, then line), the same messages, the
// same summary and the same SARIF, for -j 1, -j 3, -j 16 and the default
// (one job per CPU).  A finding in a header included by several files is
// printed once, by the first file in input order.
// RUN: rm -rf %t && %python %S/Inputs/many_files.py %t 120 && cd %t
// RUN: not %threadlint -p build --no-source --header-filter=shared -j 1 > j1.out 2> j1.err
// RUN: not %threadlint -p build --no-source --header-filter=shared -j 3 > j3.out 2> j3.err
// RUN: not %threadlint -p build --no-source --header-filter=shared -j 16 > j16.out 2> j16.err
// RUN: not %threadlint -p build --no-source --header-filter=shared > jdefault.out 2> jdefault.err
// RUN: diff j1.out j3.out && diff j1.out j16.out && diff j1.out jdefault.out
// RUN: grep -v "wall time" j1.err > j1.msgs && grep -v "wall time" j3.err > j3.msgs && grep -v "wall time" j16.err > j16.msgs && grep -v "wall time" jdefault.err > jdefault.msgs
// RUN: diff j1.msgs j3.msgs && diff j1.msgs j16.msgs && diff j1.msgs jdefault.msgs
// RUN: FileCheck %s --input-file=j1.out --check-prefix=OUT
// RUN: FileCheck %s --input-file=j1.err --check-prefix=ERR
// OUT:      {{^}}file001.c:5:9: warning: {{.*}} [pthread.ThreadLeak]
// OUT:      {{^}}{{(.*/)?}}include/shared.h:5:5: warning: {{.*}} [pthread.ThreadLeak]
// OUT-NEXT: {{^}}{{(.*/)?}}include/shared.h:6:1: note:
// OUT:      {{^}}file003.c:
// OUT-NOT:  shared.h:5:5: warning:
// OUT:      {{^}}file119.c:
// ERR:      threadlint: skipping 'file040.cpp': C++ is not supported
// ERR:      file060.c:{{.*}}: error:
// ERR:      threadlint: error: 'file060.c' does not compile (1 error); not analysed
// ERR:      threadlint: files: 118 analysed, 2 skipped (1 not C, 1 does not compile); 240 database entries
// ERR-NEXT: threadlint: findings: {{[0-9]+}} (1{{[0-9]+}} pthread.ThreadLeak)
// ERR-NEXT: threadlint: wall time:

// SARIF too.
// RUN: not %threadlint -p build --format=sarif --header-filter=shared -j 1 > j1.sarif 2> /dev/null
// RUN: not %threadlint -p build --format=sarif --header-filter=shared -j 5 > j5.sarif 2> /dev/null
// RUN: diff j1.sarif j5.sarif

int unused;
