/* Internals of the libclang front end, shared by its lower*.c only.
 *
 *   lower.c       per-TU and per-function driver
 *   lower_stmt.c  statements: the CFG
 *   lower_cond.c  conditions lowered straight to edges
 *   lower_expr.c  expressions: operands and events
 *   lower_call.c  calls and noreturn callees
 *   lower_attrs.c constructor and destructor functions
 *   lower_vars.c  variables and places
 *   lower_ops.c   operator kinds (libclang >= 17, or from the source text)
 *   lower_src.c   files, locations, source text
 *   lower_util.c  scratch containers and cursor helpers
 */
#ifndef THREADLINT_LOWER_INTERNAL_H
#define THREADLINT_LOWER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <clang-c/Index.h>

#include "ir.h"
#include "lower.h"
#include "src_text.h"

/* Operator kinds come from libclang when it can tell them (17+), otherwise
 * from the source text between the operands. */
#if CINDEX_VERSION_MAJOR == 0 && CINDEX_VERSION_MINOR >= 64 && !defined(TL_FORCE_TOKEN_OPERATORS)
#define LOWER_LIBCLANG_OPERATORS 1
#else
#define LOWER_LIBCLANG_OPERATORS 0
#endif

/* ---- lower_util.c ---------------------------------------------------------- */

void *lower_xrealloc(void *p, size_t size);

/* The direct children of a cursor.  Small lists need no allocation. */
typedef struct lower_kids {
    CXCursor *v;
    int n, cap;
    CXCursor small[6];
} lower_kids;
void lower_kids_init(lower_kids *k);
void lower_kids_push(lower_kids *k, CXCursor c);
void lower_kids_get(lower_kids *k, CXCursor parent, bool exprs_only);
void lower_kids_free(lower_kids *k);

typedef struct lower_ints {
    int *v;
    int n, cap;
} lower_ints;
void lower_ints_push(lower_ints *s, int v);
int lower_ints_top(const lower_ints *s); /* -1 when empty */
void lower_ints_pop(lower_ints *s);
void lower_ints_free(lower_ints *s);

/* Cursor -> int, keyed by declaration identity (clang_hashCursor). */
typedef struct lower_map_slot {
    CXCursor key;
    int value;
    bool used;
} lower_map_slot;
typedef struct lower_map {
    lower_map_slot *slots;
    int cap, n;
} lower_map;
int lower_map_get(const lower_map *m, CXCursor key); /* -1 when absent */
void lower_map_put(lower_map *m, CXCursor key, int value);
void lower_map_free(lower_map *m);

/* Copies a libclang string into the arena and disposes it. */
char *lower_cxstring(tl_arena *a, CXString s);

bool lower_type_is_array(CXType t);
bool lower_type_is_pointer(CXType t);
bool lower_type_is_void(CXType t);
bool lower_is_expr(CXCursor c);
/* The only expression child of c, or a null cursor. */
CXCursor lower_only_child(CXCursor c);
/* What parentheses or an implicit conversion c wrap, else a null cursor. */
CXCursor lower_wrapped(CXCursor c);
/* Looks through parentheses and implicit conversions (not explicit casts). */
CXCursor lower_strip(CXCursor c);
/* The integer value of a constant expression.  Callers must only pass
 * side-effect-free, shallow expressions: the evaluator recurses. */
bool lower_eval_int(CXCursor c, long long *out);

/* ---- lower_src.c ------------------------------------------------------------ */

typedef struct lower_file {
    CXFile cx;
    int id;           /* index into tl_tu.files */
    const char *text; /* the file's contents, owned by libclang; may be NULL */
    size_t size;
    signed char report; /* -1 until asked */
    /* Where each line starts (built on first use): clang_getFileLocation
     * counting lines and columns was a visible share of the lowering. */
    unsigned *line_starts;
    unsigned nlines, last_line;
} lower_file;

typedef struct lower_tu {
    CXTranslationUnit cx;
    tl_tu *tu;
    const tl_lower_options *opts;
    lower_file *files;
    int nfiles, file_cap, last_file;
    int *file_by_id; /* tl file id -> index in files, -1 */
    int nby_id;
    int no_file; /* tl file id for locations without a file */
    lower_map noreturn; /* canonical FunctionDecl -> 0/1 */
    /* The TU's function definitions; those not reported are lowered only
     * once a lowered function calls or names them. */
    lower_kids defs;
    lower_map def_index;  /* canonical FunctionDecl -> index in defs */
    signed char *def_state; /* per def: 0 not wanted yet, 1 queued or lowered */
    bool *def_useful;       /* per def: can matter to a caller's analysis */
    tl_range *def_extent;   /* per def: its extent, taken once by lower_select */
    lower_ints queue;
    char *source_name; /* preprocessed text: the source its markers name */
    /* The last locations mapped (lower_src.c): a cursor's ends are mostly
     * its parent's or its child's, and each mapping costs libclang two
     * decompositions. */
    struct lower_loc_memo {
        CXSourceLocation at;
        tl_loc file;               /* at as a file location */
        unsigned expansion_offset; /* at's expansion location's offset */
        bool used;
    } loc_memo[64];
    /* The last extents taken: a statement's is asked for by its scope, its
     * fix-it context and its loop target in turn, and each costs a lex. */
    struct lower_extent_memo {
        CXCursor at;
        tl_range range;
        bool used;
    } extent_memo[32];
} lower_tu;

/* Preprocessed text: which source its line markers name (lower_presumed.c). */
void lower_presumed_init(lower_tu *lt);
/* Is code at l reported: its file is, and in preprocessed text, the line
 * markers say it is the source's own code or a header the filter takes. */
bool lower_loc_reported(lower_tu *lt, CXSourceLocation l);

/* The index of fn's definition in this TU, -1 when it has none. */
int lower_definition(lower_tu *lt, CXCursor fn);
/* fn is called or named by a lowered function: lower its definition too. */
void lower_want(lower_tu *lt, CXCursor fn);
/* fn is registered to run at exit: lower its definition even if it uses
 * no modelled API, so the rules see what it does (checks/lifecycle.h). */
void lower_want_always(lower_tu *lt, CXCursor fn);
/* TL_FUNC_CONSTRUCTOR / TL_FUNC_DESTRUCTOR from fn's attributes
 * (lower_attrs.c). */
unsigned lower_func_attrs(lower_tu *lt, CXCursor fn);

/* Marks the definitions whose text can reach a modelled API, and those
 * that may never return (lower_select.c). */
void lower_select(lower_tu *lt, bool *needed, bool *stops);

tl_loc lower_loc(lower_tu *lt, CXSourceLocation l);
/* True for a location in a macro's body (not in an argument). */
bool lower_in_macro_body(CXSourceLocation l);
/* True for a location inside a macro argument. */
bool lower_in_macro_arg(CXSourceLocation l);
tl_range lower_extent(lower_tu *lt, CXCursor c);
/* The bytes of a range in its file, or NULL. */
const char *lower_span(lower_tu *lt, tl_range r, size_t *len);
/* The text of at's file from at on (*rest bytes); NULL if not held. */
const char *lower_text_from(lower_tu *lt, tl_loc at, size_t *rest);
/* lower_eval_int, reading a plain integer literal's spelling (c spans
 * extent) instead of asking the evaluator (lower_literal.c). */
bool lower_eval_literal(lower_tu *lt, CXCursor c, tl_range extent, long long *out);
/* The same without the literal's extent: its spelling is the token at its
 * location when that lies in a file's text (not in a macro's). */
bool lower_eval_literal_here(lower_tu *lt, CXCursor c, long long *out);
/* The source text of a range for messages: blanks collapsed, at most
 * TL_SRC_TEXT_MAX characters; arena-owned, NULL when unavailable. */
const char *lower_text(lower_tu *lt, tl_range r);
const char *lower_cursor_text(lower_tu *lt, CXCursor c);
/* A tested condition's text; one a macro body wrote whole is quoted from
 * the body rather than as the invocation. */
const char *lower_cond_text(lower_tu *lt, CXCursor c);
/* True when the range's text starts with the identifier `word`: the code is
 * spelled in the source, not produced by a macro, so fix-its may touch it. */
bool lower_spelled_with(lower_tu *lt, tl_range r, const char *word);
/* r extended over a ';' that follows it (blanks and comments between). */
tl_range lower_with_semicolon(lower_tu *lt, tl_range r);
/* Where a file-scope declaration can go before the definition spanning r
 * (tl_src_top_level_line); line 0 when nowhere. */
tl_loc lower_top_level_line(lower_tu *lt, tl_range r);
/* For a `for` keyword at kw: offsets of the header's two ';' and of its ')'.
 * False when the header is not plain text (e.g. it comes from a macro). */
bool lower_for_header(lower_tu *lt, tl_loc kw, unsigned marks[3]);
bool lower_file_reported(lower_tu *lt, int file);
void lower_files_free(lower_tu *lt);

/* ---- lower_ops.c ------------------------------------------------------------- */

typedef enum lower_op {
    LOWER_OP_UNKNOWN,
    /* binary */
    LOWER_OP_MUL, LOWER_OP_DIV, LOWER_OP_REM, LOWER_OP_ADD, LOWER_OP_SUB,
    LOWER_OP_SHL, LOWER_OP_SHR, LOWER_OP_LT, LOWER_OP_GT, LOWER_OP_LE, LOWER_OP_GE,
    LOWER_OP_EQ, LOWER_OP_NE, LOWER_OP_AND, LOWER_OP_XOR, LOWER_OP_OR,
    LOWER_OP_LAND, LOWER_OP_LOR, LOWER_OP_ASSIGN,
    LOWER_OP_MUL_ASSIGN, LOWER_OP_DIV_ASSIGN, LOWER_OP_REM_ASSIGN, LOWER_OP_ADD_ASSIGN,
    LOWER_OP_SUB_ASSIGN, LOWER_OP_SHL_ASSIGN, LOWER_OP_SHR_ASSIGN, LOWER_OP_AND_ASSIGN,
    LOWER_OP_XOR_ASSIGN, LOWER_OP_OR_ASSIGN, LOWER_OP_COMMA,
    /* unary */
    LOWER_OP_POST_INC, LOWER_OP_POST_DEC, LOWER_OP_PRE_INC, LOWER_OP_PRE_DEC,
    LOWER_OP_ADDR_OF, LOWER_OP_DEREF, LOWER_OP_PLUS, LOWER_OP_MINUS, LOWER_OP_NOT,
    LOWER_OP_LNOT, LOWER_OP_REAL, LOWER_OP_IMAG, LOWER_OP_EXTENSION,
} lower_op;

/* c is a BinaryOperator/CompoundAssignOperator with operands lhs, rhs. */
lower_op lower_binop(lower_tu *lt, CXCursor c, CXCursor lhs, CXCursor rhs);
/* c is a UnaryOperator with its operand. */
lower_op lower_unop(lower_tu *lt, CXCursor c, CXCursor operand);
bool lower_op_cmp(lower_op op, tl_cmp *out);
/* Operators a value-context lowering turns into control flow. */
bool lower_op_is_logical(lower_op op);

/* ---- per function ------------------------------------------------------------ */

typedef struct lower_label {
    const char *name;
    int block;
} lower_label;

/* Where a break or continue lands, and the statement it binds to. */
typedef struct lower_target {
    int block;
    tl_loc at;       /* the loop or switch statement's start */
    bool from_macro; /* a loop a macro hides: it wrote the statement and its body */
} lower_target;

typedef struct lower_targets {
    lower_target *v;
    int n, cap;
} lower_targets;

/* The statement the events being lowered belong to (fix-its need it). */
typedef struct lower_stmt_ctx {
    tl_range range; /* including its ';' */
    bool in_compound;
} lower_stmt_ctx;

typedef struct lower_fn {
    lower_tu *lt;
    tl_func *f;
    int cur; /* block receiving events; -1 right after a terminator */
    int depth, max_depth;
    bool too_deep;
    lower_map vars; /* canonical declaration -> var */
    lower_targets breaks, continues;
    lower_ints switches;
    lower_ints switch_has_default;
    lower_label *labels;
    int nlabels, label_cap;
    tl_range scope; /* innermost enclosing compound statement */
    lower_stmt_ctx stmt;
    int nsynth; /* synthetic condition variables */
} lower_fn;

/* Recursion guard: false once the nesting budget is spent. */
bool lower_enter(lower_fn *lf);
void lower_leave(lower_fn *lf);

/* The block receiving events; after a terminator, a fresh block that no
 * edge reaches (code after return, break, goto). */
int lower_cur(lower_fn *lf);
/* Terminators end the current block; the next event opens a fresh one. */
void lower_jump(lower_fn *lf, int to);
void lower_branch(lower_fn *lf, const tl_cond *cond, int t, int f);
void lower_noreturn(lower_fn *lf, tl_loc loc);

/* lower_vars.c */
int lower_var_of_decl(lower_fn *lf, CXCursor decl, tl_range scope);
void lower_params(lower_fn *lf, CXCursor fn);
int lower_synth_var(lower_fn *lf);
int lower_literal_var(lower_fn *lf, CXCursor literal);

/* lower_expr.c */
tl_operand lower_expr(lower_fn *lf, CXCursor c, bool used);
tl_operand lower_value(lower_fn *lf, CXCursor c);
void lower_effect(lower_fn *lf, CXCursor c);
/* The place an lvalue expression designates, -1 when none. */
int lower_place(lower_fn *lf, CXCursor c);
tl_event *lower_event(lower_fn *lf, tl_event_kind kind, CXCursor at);
void lower_escape(lower_fn *lf, int place, CXCursor at);
/* dst = src, with the escape a stored address implies. */
void lower_assign_event(lower_fn *lf, int dst, tl_operand src, CXCursor at);
/* `T x = init` for a declaration whose variable is var. */
void lower_var_init(lower_fn *lf, int var, CXCursor init, CXCursor decl);

/* lower_call.c */
tl_operand lower_call(lower_fn *lf, CXCursor call, bool used, bool whole_stmt);
/* __builtin_expect(e, c) and friends: e, else a null cursor. */
CXCursor lower_expect_arg(CXCursor call);

/* lower_cond.c */
/* Ends the current block with edges to t when c holds, to f otherwise. */
void lower_cond(lower_fn *lf, CXCursor c, int t, int f);
/* &&, ||, !, comparisons and ?: whose value is used: a synthetic variable
 * assigned in each arm. */
tl_operand lower_cond_value(lower_fn *lf, CXCursor c);
/* GNU `a ?: b`: libclang shows a, a again (the condition), a again (the
 * true arm) and b.  True with parts[0] = a, parts[1] = b when c is one. */
bool lower_elvis_parts(CXCursor c, CXCursor parts[2]);
tl_operand lower_elvis(lower_fn *lf, CXCursor c, const CXCursor parts[2], bool used);
/* &&, || and ?: whose value is discarded: arms become plain control flow. */
void lower_cond_effect(lower_fn *lf, CXCursor c, lower_op op);

/* lower_stmt.c */
void lower_stmt(lower_fn *lf, CXCursor c, bool in_compound);
/* Lowers a compound statement; *value gets its last expression's operand. */
void lower_compound(lower_fn *lf, CXCursor c, tl_operand *value);

#endif
