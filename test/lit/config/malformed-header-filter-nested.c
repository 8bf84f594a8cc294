// Header filters that glibc's regcomp would expand without bound: counts
// multiplied through nested groups ('((((a{1000}){1000}){1000}){1000})' took
// 1.8 GB; '(((){100}){1000})', empty groups, overflowed regcomp's stack; both
// found by fuzz_config) and groups nested deeper than 64.  Both are
// refused as bad regular expressions; ordinary counts and groups are fine.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=counts.yaml src/ok.c | FileCheck %s --check-prefix=COUNTS --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=deep.yaml src/ok.c | FileCheck %s --check-prefix=DEEP --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=empty.yaml src/ok.c | FileCheck %s --check-prefix=EMPTY --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=slow.yaml src/ok.c | FileCheck %s --check-prefix=SLOW --match-full-lines
// RUN: %threadlint --config-file=fine.yaml src/ok.c 2>&1 | count 0
// RUN: %threadlint --header-filter='(src/(a|b){10})*x{100}\.h' src/ok.c 2>&1 | count 0
//
// COUNTS-NOT:  {{.}}
// COUNTS:      counts.yaml:1:16: error: 'header-filter': bad regular expression '((((a{1000}){1000}){1000}){1000})': it would expand too far (large or nested repetitions); simplify it
// COUNTS-NEXT: exit: 2
//
// EMPTY-NOT:  {{.}}
// EMPTY:      empty.yaml:1:16: error: 'header-filter': bad regular expression '(((){100}){1000})': it would expand too far (large or nested repetitions); simplify it
// EMPTY-NEXT: exit: 2
//
// SLOW-NOT:  {{.}}
// SLOW:      slow.yaml:1:16: error: 'header-filter': bad regular expression '(((){100}){0100})': it would expand too far (large or nested repetitions); simplify it
// SLOW-NEXT: exit: 2
//
// DEEP-NOT:  {{.}}
// DEEP:      deep.yaml:1:16: error: 'header-filter': bad regular expression '((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))': groups nested too deeply; simplify it
// DEEP-NEXT: exit: 2

//--- counts.yaml
header-filter: ((((a{1000}){1000}){1000}){1000})

//--- empty.yaml
header-filter: (((){100}){1000})

//--- slow.yaml
header-filter: (((){100}){0100})

//--- deep.yaml
header-filter: ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))

//--- fine.yaml
header-filter: '((src|include)/(a|b){20})+\.h'

//--- src/ok.c
int ok(void) { return 0; }
