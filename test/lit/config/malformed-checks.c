// `checks:` and `header-filter:` are checked as the command line's
// --checks and --header-filter are: a glob that matches no rule, or a bad
// regular expression, is an error at the value.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=glob.yaml src/ok.c | FileCheck %s --check-prefix=GLOB --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=regex.yaml src/ok.c | FileCheck %s --check-prefix=REGEX --match-full-lines
//
// GLOB-NOT:   {{.}}
// GLOB:       glob.yaml:2:9: error: 'checks': 'bugprone-*' matches no rule
// GLOB-NEXT:  exit: 2
// REGEX-NOT:  {{.}}
// REGEX:      regex.yaml:1:16: error: 'header-filter': bad regular expression 'src/(': {{.+}}
// REGEX-NEXT: exit: 2

//--- glob.yaml
# copied from a .clang-tidy
checks: '-*,pthread.ThreadLeak,bugprone-*'

//--- regex.yaml
header-filter: 'src/('

//--- src/ok.c
int ok(void) { return 0; }
