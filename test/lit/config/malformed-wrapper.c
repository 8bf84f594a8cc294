// A wrapper needs a name (a C identifier that is not itself a modelled
// function) and a model that threadlint models; names are unique.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=no-name.yaml src/ok.c | FileCheck %s --check-prefix=NONAME --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=no-model.yaml src/ok.c | FileCheck %s --check-prefix=NOMODEL --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=unknown-model.yaml src/ok.c | FileCheck %s --check-prefix=MODEL --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=api-name.yaml src/ok.c | FileCheck %s --check-prefix=API --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=bad-name.yaml src/ok.c | FileCheck %s --check-prefix=IDENT --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=unknown-key.yaml src/ok.c | FileCheck %s --check-prefix=KEY --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=duplicate.yaml src/ok.c | FileCheck %s --check-prefix=DUP --match-full-lines
//
// NONAME-NOT:   {{.}}
// NONAME:       no-name.yaml:2:5: error: wrapper without a 'name'
// NONAME-NEXT:  exit: 2
// NOMODEL-NOT:  {{.}}
// NOMODEL:      no-model.yaml:3:5: error: wrapper 'my_join' has no 'model'
// NOMODEL-NEXT: exit: 2
// MODEL-NOT:    {{.}}
// MODEL:        unknown-model.yaml:2:28: error: 'pthread_mutex_lock' is not a function threadlint models
// MODEL-NEXT:   exit: 2
// API-NOT:      {{.}}
// API:          api-name.yaml:2:12: error: 'pthread_join' is a modelled function itself, not a wrapper
// API-NEXT:     exit: 2
// IDENT-NOT:    {{.}}
// IDENT:        bad-name.yaml:2:12: error: wrapper name 'my join' is not a C identifier
// IDENT-NEXT:   exit: 2
// KEY-NOT:      {{.}}
// KEY:          unknown-key.yaml:4:5: error: unknown wrapper key 'returns' (expected name, model, args or can-fail)
// KEY-NEXT:     exit: 2
// DUP-NOT:      {{.}}
// DUP:          duplicate.yaml:4:5: error: duplicate wrapper 'my_join' (first declared at line 2)
// DUP-NEXT:     exit: 2

//--- no-name.yaml
wrappers:
  - model: pthread_join

//--- no-model.yaml
wrappers:
  - {name: my_detach, model: pthread_detach}
  - name: my_join
    args: [0, null]

//--- unknown-model.yaml
wrappers:
  - {name: my_lock, model: pthread_mutex_lock}

//--- api-name.yaml
wrappers:
  - {name: pthread_join, model: pthread_join}

//--- bad-name.yaml
wrappers:
  - {name: "my join", model: pthread_join}

//--- unknown-key.yaml
wrappers:
  - name: my_join
    model: pthread_join
    returns: int

//--- duplicate.yaml
wrappers:
  - {name: my_join, model: pthread_join, args: [0, null]}
  - {name: my_detach, model: pthread_detach}
  - {name: my_join, model: pthread_join, args: [1, null]}

//--- src/ok.c
int ok(void) { return 0; }
