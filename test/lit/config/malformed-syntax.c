// A config file that is not YAML gets one error line, naming the file and
// where libyaml gave up, and exit status 2; nothing is analysed.
// RUN: rm -rf %t && split-file %s %t && cd %t
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=flow.yaml src/ok.c | FileCheck %s --check-prefix=FLOW --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=indent.yaml src/ok.c | FileCheck %s --check-prefix=INDENT --match-full-lines
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=tab.yaml src/ok.c | FileCheck %s --check-prefix=TAB --match-full-lines
// RUN: printf 'checks: "\377"\n' > %t/bytes.yaml
// RUN: %python %S/../cli/Inputs/exit_code.py %threadlint --config-file=bytes.yaml src/ok.c | FileCheck %s --check-prefix=BYTES --match-full-lines
//
// FLOW-NOT:    {{.}}
// FLOW:        flow.yaml:3:1: error: invalid YAML: did not find expected node content (while parsing a flow node)
// FLOW-NEXT:   exit: 2
// INDENT-NOT:  {{.}}
// INDENT:      indent.yaml:2:3: error: invalid YAML: did not find expected key (while parsing a block mapping)
// INDENT-NEXT: exit: 2
// TAB-NOT:     {{.}}
// TAB:         tab.yaml:2:1: error: invalid YAML: found character that cannot start any token (while scanning for the next token)
// TAB-NEXT:    exit: 2
// BYTES-NOT:   {{.}}
// BYTES:       bytes.yaml:1:10: error: invalid YAML: invalid leading UTF-8 octet
// BYTES-NEXT:  exit: 2

//--- flow.yaml
wrappers: [{name: my_join, model: pthread_join,

//--- indent.yaml
checks: '*'
  header-filter: '.*'

//--- tab.yaml
checks: '*'
	header-filter: '.*'

//--- src/ok.c
int ok(void) { return 0; }
