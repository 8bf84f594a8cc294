// stdout and stderr into one pipe (`2>&1 | less`): each line lands where it
// was written.  Findings on stdout, "N warnings generated.", the summary and
// --stats on stderr after them, never inside a snippet or a SARIF log.
// RUN: rm -rf %t && mkdir -p %t && cd %t
// RUN: cp %S/Inputs/leak.c leak.c && cp %S/Inputs/broken.c broken.c
// RUN: %python %S/Inputs/write_compdb.py build --entry %t broken.c "cc -c broken.c" --entry %t leak.c "cc -c leak.c"

// RUN: not %threadlint -p build --stats 2>&1 | FileCheck %s --check-prefix=TEXT
// TEXT:      broken.c:1:{{[0-9]+}}: error:
// TEXT:      threadlint: error: 'broken.c' does not compile
// TEXT:      {{^}}leak.c:9:9: warning:
// TEXT:      {{^}}fix-it:"leak.c":{13:9-13:9}:"pthread_join(tid, NULL);\n        "{{$}}
// TEXT-NEXT: {{^}}1 warning generated.{{$}}
// TEXT-NEXT: {{^}}threadlint: files: 1 analysed, 1 skipped (1 does not compile); 2 database entries{{$}}
// TEXT-NEXT: {{^}}threadlint: findings: 1 (1 pthread.ThreadLeak){{$}}
// TEXT-NEXT: {{^}}threadlint: wall time:
// TEXT-NEXT: {{^}}threadlint statistics:{{$}}

// A SARIF log bigger than a pipe's buffer comes out whole, before the
// lines that follow it on stderr.
// RUN: %python -c "import shutil; [shutil.copy('leak.c', 'leak%%02d.c' %% i) for i in range(30)]"
// RUN: not %threadlint --format=sarif --stats leak*.c 2>&1 | FileCheck %s --check-prefix=SARIF
// SARIF:      {{^}}31 warnings generated.{{$}}
// SARIF-NEXT: {{^}}{{{$}}
// SARIF:      {{^}}}{{$}}
// SARIF-NEXT: {{^}}threadlint statistics:{{$}}

int unused;
