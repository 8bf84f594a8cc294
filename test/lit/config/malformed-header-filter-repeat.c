// A header filter with repetition operators one after another ('r++',
// 'a*{2}'): POSIX leaves it undefined, and glibc's regcomp expanded a long
// run of them until memory ran out (found by fuzz_config).  It is refused as
// a bad regular expression (from the command line: test/lit/cli/usage.c);
// one in a group, or a '+' in a bracket, is fine.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=bomb.yaml src/ok.c | FileCheck %s --check-prefix=FILE --match-full-lines
// RUN: %threadlint --config-file=fine.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint --header-filter='(a+)+x[+*]?' src/ok.c 2>&1 | count 0
//
// FILE-NOT:  {{.}}
// FILE:      bomb.yaml:1:16: error: 'header-filter': bad regular expression 'r++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++(': repetition operators one after another (such as '++' or '*{2}'); group the first in parentheses
// FILE-NEXT: exit: 2

//--- bomb.yaml
header-filter: r++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++(

//--- fine.yaml
header-filter: '(src/.*)+[*+]\.h'

//--- src/ok.c
int ok(void) { return 0; }
