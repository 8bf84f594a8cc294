/* What the analysis reports: a finding with its path notes and fix-its.
 * Front ends turn these into text, SARIF, clang diagnostics or LSP. */
#ifndef THREADLINT_FINDING_H
#define THREADLINT_FINDING_H

#include <stdbool.h>
#include <stddef.h>

#include "ir.h"

typedef enum tl_rule_id {
#define TL_RULE(e, id, summary) TL_RULE_##e,
#include "rules.def"
#undef TL_RULE
    TL_RULE_COUNT
} tl_rule_id;

const char *tl_rule_name(tl_rule_id r);
const char *tl_rule_summary(tl_rule_id r);
/* -1 when the name is no rule. */
int tl_rule_lookup(const char *name);

typedef enum tl_note_kind {
    TL_NOTE_EVENT,    /* an event on the path (creation, cancel ...) */
    TL_NOTE_DECISION, /* a branch taken on the path */
    TL_NOTE_EXIT,     /* where the resource is lost */
} tl_note_kind;

typedef struct tl_note {
    tl_note_kind kind;
    tl_loc loc;
    const char *msg;
} tl_note;

/* Replace [range.begin, range.end) with text; an empty range inserts. */
typedef struct tl_fixit {
    tl_range range;
    const char *text;
} tl_fixit;

/* How loud a finding is.  A note points at a design choice worth a look
 * rather than a bug: outputs show it as a note (SARIF "note", clang
 * "remark"), and it counts neither as a warning nor toward exit status 1. */
typedef enum tl_severity {
    TL_SEV_WARNING, /* the default: zero-initialised findings are warnings */
    TL_SEV_NOTE,
} tl_severity;

/* Another repair of the same finding, offered beside the first: a SARIF
 * fix, a clangd quick fix, a plugin note.  Text output, --fix and
 * --export-fixes apply the first repair only. */
typedef struct tl_fix_alt {
    tl_fixit *fixits;
    int nfixits;
} tl_fix_alt;

typedef struct tl_finding {
    tl_rule_id rule;
    tl_severity severity;
    tl_loc loc;
    const char *msg;
    const char *func; /* enclosing function */
    tl_note *notes;
    int nnotes;
    tl_fixit *fixits;
    int nfixits;
    tl_fix_alt *alts;
    int nalts;
} tl_finding;

/* A growable list of findings; strings live in the arena. */
typedef struct tl_findings {
    tl_arena arena;
    tl_finding *items;
    int n, cap;
} tl_findings;

/* "insert 'pthread_join(t, NULL);'": a repair named by the longest text
 * it inserts (braces and blanks around it dropped), written into buf; an
 * empty string when it inserts nothing. */
void tl_fix_title(const tl_fixit *fixits, int n, char *buf, size_t size);

void tl_findings_init(tl_findings *fs);
void tl_findings_free(tl_findings *fs);
tl_finding *tl_findings_add(tl_findings *fs);
/* Stable order: file, line, column, rule. */
void tl_findings_sort(tl_findings *fs);

#endif
