// `args` is a list with one entry per argument of the model: a position
// in the wrapper's argument list, or null (or -1) where it has none.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=not-list.yaml src/ok.c | FileCheck %s --check-prefix=LIST --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=not-int.yaml src/ok.c | FileCheck %s --check-prefix=INT --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=quoted.yaml src/ok.c | FileCheck %s --check-prefix=QUOTED --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=length.yaml src/ok.c | FileCheck %s --check-prefix=LENGTH --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=negative.yaml src/ok.c | FileCheck %s --check-prefix=NEG --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=large.yaml src/ok.c | FileCheck %s --check-prefix=LARGE --match-full-lines
//
// LIST-NOT:    {{.}}
// LIST:        not-list.yaml:4:11: error: 'args' must be a list of argument positions, not '0, 1'
// LIST-NEXT:   exit: 2
// INT-NOT:     {{.}}
// INT:         not-int.yaml:2:58: error: 'args' entries must be argument positions (0, 1, ...) or null, not 'fn'
// INT-NEXT:    exit: 2
// QUOTED-NOT:  {{.}}
// QUOTED:      quoted.yaml:2:49: error: 'args' entries must be argument positions (0, 1, ...) or null, not '0'
// QUOTED-NEXT: exit: 2
// LENGTH-NOT:  {{.}}
// LENGTH:      length.yaml:2:48: error: 'args' has 3 entries but 'pthread_create' takes 4 arguments
// LENGTH-NEXT: exit: 2
// NEG-NOT:     {{.}}
// NEG:         negative.yaml:2:52: error: argument position -2 is negative (use null where the wrapper has no such argument)
// NEG-NEXT:    exit: 2
// LARGE-NOT:   {{.}}
// LARGE:       large.yaml:2:49: error: argument position 64 is too large (at most 63)
// LARGE-NEXT:  exit: 2

//--- not-list.yaml
wrappers:
  - name: my_join
    model: pthread_join
    args: 0, 1

//--- not-int.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, null, fn, 2]}

//--- quoted.yaml
wrappers:
  - {name: my_join, model: pthread_join, args: ['0', null]}

//--- length.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, 1, 2]}

//--- negative.yaml
wrappers:
  - {name: spawn, model: pthread_create, args: [0, -2, 1, 2]}

//--- large.yaml
wrappers:
  - {name: my_join, model: pthread_join, args: [64, -1]}

//--- src/ok.c
int ok(void) { return 0; }
