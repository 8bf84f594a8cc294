// -j N analyses TUs in parallel; the output is the same as with -j 1, in
// input order.
// RUN: rm -rf %t && mkdir -p %t
// RUN: %python -c "import shutil; [shutil.copy(r'%S/Inputs/leak.c', r'%t/leak%%02d.c' %% i) for i in range(24)]"
// RUN: not %threadlint %t/leak00.c %t/leak01.c %t/leak02.c %t/leak03.c %t/leak04.c %t/leak05.c %t/leak06.c %t/leak07.c %t/leak08.c %t/leak09.c %t/leak10.c %t/leak11.c %t/leak12.c %t/leak13.c %t/leak14.c %t/leak15.c %t/leak16.c %t/leak17.c %t/leak18.c %t/leak19.c %t/leak20.c %t/leak21.c %t/leak22.c %t/leak23.c %S/Inputs/broken.c -j 1 > %t/serial.out 2> %t/serial.err
// RUN: not %threadlint %t/leak00.c %t/leak01.c %t/leak02.c %t/leak03.c %t/leak04.c %t/leak05.c %t/leak06.c %t/leak07.c %t/leak08.c %t/leak09.c %t/leak10.c %t/leak11.c %t/leak12.c %t/leak13.c %t/leak14.c %t/leak15.c %t/leak16.c %t/leak17.c %t/leak18.c %t/leak19.c %t/leak20.c %t/leak21.c %t/leak22.c %t/leak23.c %S/Inputs/broken.c -j 8 > %t/parallel.out 2> %t/parallel.err
// RUN: not %threadlint %t/leak00.c %t/leak01.c %t/leak02.c %t/leak03.c %t/leak04.c %t/leak05.c %t/leak06.c %t/leak07.c %t/leak08.c %t/leak09.c %t/leak10.c %t/leak11.c %t/leak12.c %t/leak13.c %t/leak14.c %t/leak15.c %t/leak16.c %t/leak17.c %t/leak18.c %t/leak19.c %t/leak20.c %t/leak21.c %t/leak22.c %t/leak23.c %S/Inputs/broken.c -j0 > %t/all-cpus.out 2> %t/all-cpus.err
// RUN: diff %t/serial.out %t/parallel.out
// RUN: diff %t/serial.err %t/parallel.err
// RUN: diff %t/serial.out %t/all-cpus.out
// RUN: FileCheck %s --input-file=%t/serial.out --implicit-check-not=warning:
// RUN: FileCheck %s --input-file=%t/serial.err --check-prefix=ERR --implicit-check-not=warning:
// CHECK: leak00.c:9:9: warning:
// CHECK-COUNT-22: leak{{[0-9][0-9]}}.c:9:9: warning:
// CHECK: leak23.c:9:9: warning:
// ERR: broken.c:{{.*}}: error:
// ERR: 24 warnings generated.

int unused;
