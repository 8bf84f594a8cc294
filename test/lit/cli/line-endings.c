// The text output quotes one line per location whatever ends the file's
// lines: '\n', "\r\n" or a lone '\r' (a CR-only file used to be quoted
// whole), and the line and column are the same for all three.
// RUN: rm -rf %t && mkdir %t
// RUN: %python -c "import sys; t = open(sys.argv[1]).read(); [open(sys.argv[2] + n + '.c', 'w', newline='').write(t.replace('\n', e)) for n, e in (('lf', '\n'), ('crlf', '\r\n'), ('cr', '\r'))]" %S/Inputs/line-endings.txt %t/
// RUN: not %threadlint %t/lf.c 2>/dev/null | FileCheck %s --match-full-lines -DFILE=lf
// RUN: not %threadlint %t/crlf.c 2>/dev/null | FileCheck %s --match-full-lines -DFILE=crlf
// RUN: not %threadlint %t/cr.c 2>/dev/null | FileCheck %s --match-full-lines -DFILE=cr
//
// CHECK:      {{.*}}[[FILE]].c:5:12: warning: thread 't' running 'work' is neither joined nor detached when 'start' returns [pthread.ThreadLeak]
// CHECK-NEXT:     5 |     return pthread_create(&t, 0, work, 0);
// CHECK-NEXT:       |            ^
// CHECK-NEXT: {{.*}}[[FILE]].c:5:5: note: 'start' returns here with 't' still joinable
// CHECK-NEXT:     5 |     return pthread_create(&t, 0, work, 0);
// CHECK-NEXT:       |     ^
// CHECK-NOT:  {{.}}
