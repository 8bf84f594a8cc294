// A note-level finding is a SARIF result with level "note", and a Remark
// in --export-fixes YAML (the levels clang-apply-replacements reads are
// Warning, Error and Remark); warnings stay warnings.
// The CLI's output formats: not run through the plugin faces.
// REQUIRES: face-cli
// RUN: rm -rf %t && mkdir -p %t
// RUN: not %threadlint --format=sarif %s > %t/log.sarif 2> %t/err
// RUN: %python %S/../cli/Inputs/check_sarif.py %t/log.sarif | FileCheck %s --check-prefix=SARIF
// RUN: FileCheck %s --check-prefix=ERR < %t/err
// RUN: not %threadlint --no-source --export-fixes=%t/fixes.yaml %s > /dev/null 2>&1
// RUN: FileCheck %s --check-prefix=YAML < %t/fixes.yaml
#include <pthread.h>
#include <stdlib.h>

static pthread_key_t buf_key;

int buffers_init(void) {
    if (pthread_key_create(&buf_key, NULL) != 0)
        return -1;
    pthread_setspecific(buf_key, malloc(64));
    return 0;
}

int scratch(void) {
    pthread_key_t k;
    if (pthread_key_create(&k, NULL) != 0)
        return -1;
    pthread_setspecific(k, malloc(64));
    pthread_key_delete(k);
    return 0;
}

// SARIF: result pthread.KeyMisuse line 18 notes 1 fixes 0 level note
// SARIF-NEXT: result pthread.KeyMisuse line 29 notes 2 fixes 1 level warning
// SARIF-NEXT: results: 2
// ERR: 1 warning generated.
// YAML: DiagnosticName: pthread.KeyMisuse
// YAML-NEXT: DiagnosticMessage:
// YAML-NEXT: Message: 'key ''buf_key'' has no destructor
// YAML: Level: Remark
// YAML: DiagnosticName: pthread.KeyMisuse
// YAML-NEXT: DiagnosticMessage:
// YAML-NEXT: Message: 'key ''k'' is deleted while
// YAML: Level: Warning
