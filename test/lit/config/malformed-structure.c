// The top level must be a mapping of known keys, each given once, with a
// value of the right type.  Each problem is one error line, exit status 2.
// A config file found by walking up is named by its absolute path.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=list.yaml src/ok.c | FileCheck %s --check-prefix=LIST --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=scalar.yaml src/ok.c | FileCheck %s --check-prefix=SCALAR --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint src/ok.c | FileCheck %s --check-prefix=UNKNOWN --match-full-lines -DDIR=%t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=twice.yaml src/ok.c | FileCheck %s --check-prefix=TWICE --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=docs.yaml src/ok.c | FileCheck %s --check-prefix=DOCS --match-full-lines
//
// LIST-NOT:     {{.}}
// LIST:         list.yaml:1:1: error: the top level must be a mapping (checks:, header-filter:, wrappers:), not a list
// LIST-NEXT:    exit: 2
// SCALAR-NOT:   {{.}}
// SCALAR:       scalar.yaml:1:1: error: the top level must be a mapping (checks:, header-filter:, wrappers:), not 'checks=-*'
// SCALAR-NEXT:  exit: 2
// UNKNOWN-NOT:  {{.}}
// UNKNOWN:      [[DIR]]/.threadlint.yaml:2:1: error: unknown key 'Checks' (expected checks, header-filter or wrappers)
// UNKNOWN-NEXT: exit: 2
// TWICE-NOT:    {{.}}
// TWICE:        twice.yaml:3:1: error: duplicate key 'checks'
// TWICE-NEXT:   exit: 2
// DOCS-NOT:     {{.}}
// DOCS:         docs.yaml:3:1: error: more than one YAML document
// DOCS-NEXT:    exit: 2

//--- list.yaml
- checks: '-*'

//--- scalar.yaml
checks=-*

//--- .threadlint.yaml
# clang-tidy spells it Checks; threadlint's keys are lower case
Checks: '-*'

//--- twice.yaml
checks: '-*'
header-filter: '.*'
checks: 'pthread.*'

//--- docs.yaml
checks: '-*'
---
checks: 'pthread.*'

//--- src/ok.c
int ok(void) { return 0; }
