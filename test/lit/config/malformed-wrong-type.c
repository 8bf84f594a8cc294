// A key with a value of the wrong type: one error line at the value.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=checks-list.yaml src/ok.c | FileCheck %s --check-prefix=CHECKS --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=filter-map.yaml src/ok.c | FileCheck %s --check-prefix=FILTER --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=wrappers-map.yaml src/ok.c | FileCheck %s --check-prefix=WRAPPERS --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=entry-scalar.yaml src/ok.c | FileCheck %s --check-prefix=ENTRY --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=can-fail.yaml src/ok.c | FileCheck %s --check-prefix=CANFAIL --match-full-lines
//
// CHECKS-NOT:    {{.}}
// CHECKS:        checks-list.yaml:1:9: error: 'checks' must be a string, not a list
// CHECKS-NEXT:   exit: 2
// FILTER-NOT:    {{.}}
// FILTER:        filter-map.yaml:2:3: error: 'header-filter' must be a string, not a mapping
// FILTER-NEXT:   exit: 2
// WRAPPERS-NOT:  {{.}}
// WRAPPERS:      wrappers-map.yaml:2:3: error: 'wrappers' must be a list, not a mapping
// WRAPPERS-NEXT: exit: 2
// ENTRY-NOT:     {{.}}
// ENTRY:         entry-scalar.yaml:2:5: error: each wrapper must be a mapping such as {name: ..., model: ...}, not 'my_join'
// ENTRY-NEXT:    exit: 2
// CANFAIL-NOT:   {{.}}
// CANFAIL:       can-fail.yaml:5:15: error: 'can-fail' must be true or false, not 'sometimes'
// CANFAIL-NEXT:  exit: 2

//--- checks-list.yaml
checks: ['-*', 'pthread.ThreadLeak']

//--- filter-map.yaml
header-filter:
  regex: '.*'

//--- wrappers-map.yaml
wrappers:
  my_join: pthread_join

//--- entry-scalar.yaml
wrappers:
  - my_join

//--- can-fail.yaml
wrappers:
  - name: my_join
    model: pthread_join
    args: [0, null]
    can-fail: sometimes

//--- src/ok.c
int ok(void) { return 0; }
