// The progress line: on a terminal, `[ N/M] file` rewritten in place while
// the files are analysed, erased before anything else is printed and at
// the end; never in a pipe or a log unless --progress asks for it.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: %python -c "import shutil; [shutil.copy(r'%S/Inputs/clean.c', 'clean%%02d.c' %% i) for i in range(10)]"
// RUN: cp %S/Inputs/leak.c leak.c

// stderr on a terminal: every update starts with <CR> and ends erasing the
// rest of the line; the counter is padded to the total's width; the line is
// erased before the warning count, which then stands alone.
// RUN: %python %S/Inputs/on_terminal.py %threadlint -j 2 --no-source clean00.c clean01.c clean02.c clean03.c clean04.c clean05.c clean06.c clean07.c clean08.c clean09.c leak.c | FileCheck %s --check-prefix=TTY
// TTY: <CR>[ 0/11] clean0{{[01]}}.c<EL>
// TTY: <CR>[11/11] leak.c<EL>
// TTY: <CR><EL>1 warning generated.
// TTY-NEXT: exit: 1

// Findings on the same terminal (stdout too): the line is erased before
// each finding, so no finding starts after a half-drawn counter.
// RUN: %python %S/Inputs/on_terminal.py --both %threadlint -j 1 --no-color --no-source clean00.c leak.c clean01.c | FileCheck %s --check-prefix=BOTH
// BOTH: <CR><EL>leak.c:9:9: warning: {{.*}} [pthread.ThreadLeak]
// BOTH: <CR><EL>1 warning generated.
// BOTH-NEXT: exit: 1

// A narrow terminal: the line is cut from the left so it never wraps.
// RUN: mkdir -p a-rather-long-directory-name && cp clean00.c a-rather-long-directory-name/file-with-a-long-name.c
// RUN: %python %S/Inputs/on_terminal.py --columns 30 %threadlint --no-source a-rather-long-directory-name/file-with-a-long-name.c | FileCheck %s --check-prefix=NARROW
// NARROW: <CR>[0/1] ...e-with-a-long-name.c<EL>

// Not a terminal: nothing, unless --progress asks (then a line per file
// finished, without control bytes).  --no-progress and TERM=dumb silence a
// terminal.
// RUN: %threadlint -j 2 --no-source clean00.c clean01.c leak.c 2> pipe.err > /dev/null || true
// RUN: FileCheck %s --check-prefix=PIPE --input-file=pipe.err
// PIPE-NOT: /3]
// PIPE: 1 warning generated.
// RUN: %threadlint -j 1 --progress --no-source clean00.c clean01.c leak.c 2> log.err > /dev/null || true
// RUN: FileCheck %s --check-prefix=LOG --input-file=log.err
// LOG:      {{^}}[1/3] clean00.c{{$}}
// LOG-NEXT: {{^}}[2/3] clean01.c{{$}}
// LOG-NEXT: {{^}}[3/3] leak.c{{$}}
// LOG-NEXT: 1 warning generated.
// RUN: %python %S/Inputs/on_terminal.py %threadlint --no-progress --no-source clean00.c leak.c | FileCheck %s --check-prefix=OFF
// RUN: env TERM=dumb %python %S/Inputs/on_terminal.py %threadlint --no-source clean00.c leak.c | FileCheck %s --check-prefix=OFF
// OFF-NOT: /2]
// OFF: 1 warning generated.

int unused;
