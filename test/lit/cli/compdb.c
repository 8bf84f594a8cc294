// -p <build-dir> reads compile_commands.json through libclang.
// RUN: rm -rf %t && mkdir -p %t/build %t/src %t/empty %t/bad %t/zero %t/none %t/nofile
// RUN: cp %S/Inputs/leak.c %t/src/a.c && cp %S/Inputs/leak.c %t/src/fixed.c && cp %S/Inputs/clean.c %t/src/clean.c && cp %S/Inputs/leak.c %t/src/unlisted.c
// RUN: %python %S/Inputs/write_compdb.py %t/build \
// RUN:   --entry %t/build ../src/a.c "gcc -c -o a.o -MD -MF a.d -fconserve-stack -Werror -Wno-maybe-uninitialized ../src/a.c" \
// RUN:   --entry %t/build ../src/fixed.c "cc -DFIXED -c ../src/fixed.c -o fixed.o" \
// RUN:   --entry %t/src %t/src/clean.c "cc -c clean.c" \
// RUN:   --entry %t/build %t/src/a.c "cc -fPIC -c ../src/a.c -o a.pic.o"
// RUN: cd %t

// A named file uses its entry: gcc-only flags, -o and dependency-file
// flags are dropped, and the path is printed as the user wrote it.
// RUN: not %threadlint --no-source -p build src/a.c 2>&1 | FileCheck %s --check-prefix=NAMED --implicit-check-not=warning: --implicit-check-not=error:
// NAMED: {{^}}src/a.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// NAMED: 1 warning generated.
// RUN: not ls build/a.d

// The entry's flags apply: fixed.c is compiled with -DFIXED.
// RUN: %threadlint --no-source -p build src/fixed.c -p=build

// Without files, every entry is analysed, named as the database names it;
// a file with two entries is analysed once.
// RUN: not %threadlint --no-source -p build 2>&1 | FileCheck %s --check-prefix=ALL --implicit-check-not=warning: --implicit-check-not=error:
// ALL: {{^}}../src/a.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// ALL: 1 warning generated.

// Arguments after `--` are added to every entry.
// RUN: %threadlint --no-source -p build src/a.c -- -DFIXED

// A file with no entry is an error even though libclang would guess one;
// the other files are still analysed.
// RUN: %python %S/Inputs/exit_code.py %threadlint --no-source -p build src/unlisted.c src/a.c | FileCheck %s --check-prefix=UNLISTED --implicit-check-not=warning:
// UNLISTED: threadlint: error: no compile command for 'src/unlisted.c' in build/compile_commands.json
// UNLISTED: src/a.c:9:9: warning:
// UNLISTED: exit: 2

// Missing, empty, malformed and incomplete databases: one clear line, exit 2.
// RUN: not %threadlint -p none 2>&1 | FileCheck %s --check-prefix=MISSING --implicit-check-not=warning:
// MISSING: threadlint: error: cannot read 'none/compile_commands.json': No such file or directory
// MISSING-NOT: {{.}}

// RUN: echo "[]" > empty/compile_commands.json
// RUN: not %threadlint -p empty 2>&1 | FileCheck %s --check-prefix=EMPTY --implicit-check-not=warning:
// EMPTY: threadlint: error: bad compilation database 'empty/compile_commands.json': it has no entries
// EMPTY-NOT: {{.}}

// RUN: echo "[{" > bad/compile_commands.json
// RUN: not %threadlint -p bad src/a.c 2>&1 | FileCheck %s --check-prefix=BAD --implicit-check-not=warning:
// BAD: threadlint: error: 'bad/compile_commands.json' is not valid JSON: {{.*}} (line {{[0-9]+}})
// BAD-NOT: {{.}}

// RUN: touch zero/compile_commands.json
// RUN: not %threadlint -p zero 2>&1 | FileCheck %s --check-prefix=ZERO --implicit-check-not=warning:
// ZERO: threadlint: error: 'zero/compile_commands.json' is not valid JSON: {{.*}}
// ZERO-NOT: {{.}}

// RUN: echo '[{"directory": "/tmp", "command": "cc -c a.c"}]' > nofile/compile_commands.json
// RUN: not %threadlint -p nofile 2>&1 | FileCheck %s --check-prefix=NOFILE --implicit-check-not=warning:
// NOFILE: threadlint: error: bad compilation database 'nofile/compile_commands.json': an entry has no "file" string
// NOFILE-NOT: {{.}}
