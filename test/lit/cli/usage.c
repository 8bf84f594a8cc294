// Usage errors exit 2 with one clear line; --help and --version exit 0.
// RUN: not %threadlint 2>&1 | FileCheck %s --check-prefix=NOFILES --implicit-check-not=warning:
// NOFILES: threadlint: error: no input files
// NOFILES-NEXT: run 'threadlint --help' for usage

// RUN: not %threadlint --frobnicate %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN --implicit-check-not=warning:
// UNKNOWN: threadlint: error: unknown option '--frobnicate'

// RUN: not %threadlint --format=xml %s 2>&1 | FileCheck %s --check-prefix=FORMAT --implicit-check-not=warning:
// FORMAT: threadlint: error: --format expects 'text' or 'sarif', got 'xml'

// RUN: not %threadlint --color=sometimes %s 2>&1 | FileCheck %s --check-prefix=COLOR --implicit-check-not=warning:
// COLOR: threadlint: error: --color expects 'auto', 'always' or 'never', got 'sometimes'

// RUN: not %threadlint -j many %s 2>&1 | FileCheck %s --check-prefix=JOBS --implicit-check-not=warning:
// JOBS: threadlint: error: -j expects a number of jobs, got 'many'

// RUN: not %threadlint --max-file-size=huge %s 2>&1 | FileCheck %s --check-prefix=SIZE --implicit-check-not=warning:
// SIZE: threadlint: error: --max-file-size expects a size such as 16M, got 'huge'

// RUN: not %threadlint %s --checks 2>&1 | FileCheck %s --check-prefix=NOVALUE --implicit-check-not=warning:
// NOVALUE: threadlint: error: option '--checks' needs a value

// RUN: not %threadlint --fix=yes %s 2>&1 | FileCheck %s --check-prefix=FLAGVALUE --implicit-check-not=warning:
// FLAGVALUE: threadlint: error: option '--fix=yes' takes no value

// RUN: not %threadlint --header-filter='(' %s 2>&1 | FileCheck %s --check-prefix=REGEX --implicit-check-not=warning:
// REGEX: threadlint: error: --header-filter: bad regular expression '(':
// Repetitions one after another, which glibc's regcomp may expand without end:
// RUN: not %threadlint --header-filter='a*{2}' %s 2>&1 | FileCheck %s --check-prefix=REPEAT --implicit-check-not=warning:
// REPEAT: threadlint: error: --header-filter: bad regular expression 'a*{2}': repetition operators one after another (such as '++' or '*{2}'); group the first in parentheses

// RUN: %threadlint --help | FileCheck %s --check-prefix=HELP --implicit-check-not=warning:
// HELP: USAGE: threadlint [options] <file>... [-- <compiler args>]
// HELP: -p <build-dir>
// HELP: --checks=<globs>
// HELP: --header-filter=<regex>
// HELP: --format=text|sarif
// HELP: --fix
// HELP: --export-fixes=<file>
// HELP: --stats
// HELP: --quiet
// HELP: --dump-ir
// HELP: EXIT STATUS: 0 no findings, 1 findings, 2 usage error or a C file not analysed

// RUN: %threadlint --version | FileCheck %s --check-prefix=VERSION -DLLVM=%llvm_version --implicit-check-not=warning:
// VERSION: {{^}}threadlint {{[0-9]+\.[0-9]+\.[0-9]+}} (LLVM [[LLVM]]){{$}}

// Single-dash long options work like LLVM tools'.
// RUN: %threadlint -version | FileCheck %s --check-prefix=VERSION -DLLVM=%llvm_version --implicit-check-not=warning:

int unused;
