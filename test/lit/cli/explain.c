// --explain=<rule> prints the rule's page (docs/rules/<rule>.md, built
// into threadlint), byte for byte; "ThreadLeak" and any case will do.
// RUN: %threadlint --explain=pthread.ThreadLeak | diff - %S/../../../docs/rules/pthread.ThreadLeak.md
// RUN: %threadlint --explain threadleak | diff - %S/../../../docs/rules/pthread.ThreadLeak.md
// RUN: %threadlint -explain=pthread.JoinMisuse | diff - %S/../../../docs/rules/pthread.JoinMisuse.md
// RUN: %threadlint --explain=pthread.KeyLeak | diff - %S/../../../docs/rules/pthread.KeyLeak.md
// RUN: %threadlint --explain=pthread.KeyMisuse | diff - %S/../../../docs/rules/pthread.KeyMisuse.md
// RUN: %threadlint --explain=pthread.CleanupMisuse | diff - %S/../../../docs/rules/pthread.CleanupMisuse.md
// RUN: %threadlint --explain=pthread.AttrLeak | diff - %S/../../../docs/rules/pthread.AttrLeak.md
// RUN: %threadlint --explain=pthread.AttrMisuse | diff - %S/../../../docs/rules/pthread.AttrMisuse.md

// The page has what a reader needs: bad and fixed code, why, how to
// suppress.
// RUN: %threadlint --explain=pthread.AttrLeak | FileCheck %s
// CHECK: # pthread.AttrLeak
// CHECK: ## Why it matters
// CHECK: ```c
// CHECK: Fixed:
// CHECK: ## Suppressing
// CHECK: NOLINT(pthread.AttrLeak)

// Every rule --list-checks names has a page.
// RUN: %threadlint --list-checks | %python -c "import subprocess, sys; [subprocess.run([r'%threadlint', '--explain=' + l.split()[0]], check=True, stdout=subprocess.DEVNULL) for l in sys.stdin]"

// RUN: not %threadlint --explain=pthread.ThreadLeek 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: threadlint: error: --explain: 'pthread.ThreadLeek' is no rule; 'threadlint --list-checks' lists them

int unused;
