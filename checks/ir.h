/* The threadlint IR: per function, a CFG of basic blocks whose instructions
 * are the events the rules care about.  Front ends (libclang in tools/,
 * clang's AST in plugin/) build it through the functions below; the core and
 * the rules only read it.  No LLVM header is visible from here. */
#ifndef THREADLINT_IR_H
#define THREADLINT_IR_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "name_index.h"

/* A source position.  `file` indexes tl_tu.files; offset is a byte offset,
 * line and col are 1-based (col counts bytes, as clang does). */
typedef struct tl_loc {
    int file;
    unsigned line, col, offset;
} tl_loc;

/* [begin, end): end is one past the last byte. */
typedef struct tl_range {
    tl_loc begin, end;
} tl_range;

/* ---- variables and places ------------------------------------------------ */

typedef enum tl_var_kind {
    TL_VAR_LOCAL,  /* automatic storage: dies when the function returns */
    TL_VAR_PARAM,  /* a parameter; what it points to outlives the call */
    TL_VAR_GLOBAL, /* file scope or static local: outlives every call */
} tl_var_kind;

typedef struct tl_var {
    const char *name;
    tl_var_kind kind;
    int param_index;     /* for TL_VAR_PARAM, else -1 */
    bool is_array;       /* declared as an array: `pthread_t th[8]` */
    bool is_pointer;     /* declared as a pointer */
    bool at_file_scope;  /* declared outside every function: any function may name it */
    tl_loc decl;         /* its declaration (file 0, offset 0 when unknown) */
    tl_range scope;      /* where the name is visible (fix-its need it) */
} tl_var;

/* How a place is derived from its parent. */
typedef enum tl_sel {
    TL_SEL_BASE,  /* the variable itself */
    TL_SEL_DEREF, /* *p, and p->f as (*p).f */
    TL_SEL_INDEX, /* a[i] for any i: all elements share one place */
    TL_SEL_FIELD, /* .f */
} tl_sel;

/* A place is an lvalue the analysis can name: `t`, `th[i]`, `w->tid`, `*out`.
 * Places are interned per function, so equal places have equal ids. */
typedef struct tl_place {
    int var;          /* base variable */
    int parent;       /* -1 for TL_SEL_BASE */
    tl_sel sel;
    const char *field; /* TL_SEL_FIELD only */
    const char *key;   /* canonical key, e.g. "3*.tid" */
} tl_place;

/* ---- operands ------------------------------------------------------------ */

typedef enum tl_opd_kind {
    TL_OPD_NONE,   /* no value (void, or missing argument) */
    TL_OPD_CONST,  /* integer constant expression: ival */
    TL_OPD_PLACE,  /* the value stored in a place */
    TL_OPD_ADDR,   /* the address of a place (&t, array decay th) */
    TL_OPD_TEMP,   /* the value of call result #temp */
    TL_OPD_FUNC,   /* a function designator: name */
    TL_OPD_OPAQUE, /* anything else */
} tl_opd_kind;

typedef struct tl_operand {
    tl_opd_kind kind;
    long long ival;   /* CONST; FUNC: 1 when this translation unit defines it */
    int place;        /* PLACE, ADDR */
    int temp;         /* TEMP */
    const char *name; /* FUNC: function name; TEMP: callee of the call */
    const char *text; /* source spelling, for messages; may be NULL */
} tl_operand;

/* ---- events ---------------------------------------------------------------- */

typedef enum tl_cmp { TL_CMP_EQ, TL_CMP_NE, TL_CMP_LT, TL_CMP_LE, TL_CMP_GT, TL_CMP_GE } tl_cmp;

#define TL_EVENT_LIST(X)                                                     \
    X(CALL)    /* a call; args and result temp */                           \
    X(ASSIGN)  /* dst_place = src */                                        \
    X(INCR)    /* dst_place++ / -- / += const: scalar changes by delta */   \
    X(ESCAPE)  /* place (and all places under it) leaves our sight */     \
    X(JUMP)    /* a written break/continue/goto: from loc to jump_target */

typedef enum tl_event_kind {
#define TL_EVENT_ENUM(name) TL_EV_##name,
    TL_EVENT_LIST(TL_EVENT_ENUM)
#undef TL_EVENT_ENUM
} tl_event_kind;

/* What the front end knows about a callee. */
typedef enum tl_callee_kind {
    TL_CALLEE_EXTERNAL, /* declared only: unknown effects */
    TL_CALLEE_DEFINED,  /* defined in this translation unit: summarised */
    TL_CALLEE_INDIRECT, /* through a pointer: unknown effects */
} tl_callee_kind;

typedef enum tl_jump_kind { TL_JUMP_BREAK, TL_JUMP_CONTINUE, TL_JUMP_GOTO } tl_jump_kind;

enum {
    /* A break/continue the user wrote that binds to a loop a macro wrote
     * (`do { ... } while (0)` hidden in the macro), not to a visible one. */
    TL_JUMP_INTO_MACRO_LOOP = 1u << 0,
};

/* Statement context flags for fix-its. */
enum {
    TL_STMT_IS_EXPR_STMT = 1u << 0, /* the event is a whole `call(...);` */
    TL_STMT_IN_COMPOUND = 1u << 1,  /* that statement sits directly in { } */
    TL_STMT_RESULT_USED = 1u << 2,  /* the call's value is used */
    TL_STMT_IN_MACRO = 1u << 3,     /* written by a macro: no fix-it may edit it */
};

/* What is known about a CALL beyond its callee (tl_event.call_flags). */
enum {
    /* A wrapper declared `can-fail: false` (checks/wrappers.h): it aborts
     * rather than fail, so the acquisition it makes always succeeds. */
    TL_CALL_CANNOT_FAIL = 1u << 0,
};

typedef struct tl_event {
    tl_event_kind kind;
    tl_loc loc;          /* primary location (call: start of the callee name) */
    tl_range range;      /* the expression's extent */
    tl_range stmt_range; /* the enclosing statement including ';' */
    unsigned stmt_flags;
    const char *text;    /* the expression's spelling, shortened */

    /* CALL */
    const char *callee;  /* NULL for indirect calls */
    tl_callee_kind callee_kind;
    int nargs;
    tl_operand *args;
    int result_temp;     /* temp id holding the result, -1 if void/unused */
    unsigned call_flags; /* TL_CALL_* */

    /* ASSIGN, INCR, ESCAPE */
    int dst_place;       /* ASSIGN/INCR target; ESCAPE: the escaping place */
    tl_operand src;      /* ASSIGN source */
    long long delta;     /* INCR: the step; ASSIGN: dst = src + delta */
    /* ASSIGN of a comparison's truth, `ok = rc == 0`, `failed = !ok`:
     * dst = (src test_op test_rhs) ? 1 : 0 */
    bool is_test;
    tl_cmp test_op;
    tl_operand test_rhs;

    /* JUMP: the terminator that follows does the jump; this event says
     * what it leaves.  jump_target is where control lands (the label, or
     * the start of the loop or switch): locals whose scope holds loc but
     * not jump_target die. */
    tl_jump_kind jump;
    unsigned jump_flags;
    tl_loc jump_target;
} tl_event;

/* ---- terminators ------------------------------------------------------- */

/* `lhs op rhs`; `if (x)` is lowered as `x != 0`. */
typedef struct tl_cond {
    tl_operand lhs, rhs;
    tl_cmp op;
    /* The whole condition of an `if` with no else, spelled on the line of
     * its `if`: how many bytes before loc the `if` keyword starts (so a
     * fix-it can remove `if (cond)` and keep the arm); 0 otherwise. */
    unsigned if_lead;
    const char *text; /* source spelling of the tested expression */
    tl_loc loc;
} tl_cond;

typedef enum tl_term_kind {
    TL_TERM_NONE,     /* not yet terminated (builder state only) */
    TL_TERM_JUMP,     /* succ[0] */
    TL_TERM_BRANCH,   /* succ[0] when cond holds, succ[1] otherwise */
    TL_TERM_SWITCH,   /* cases, then default_succ */
    TL_TERM_RETURN,   /* leaves the function: retval, at loc */
    TL_TERM_NORETURN, /* exit(), abort(), pthread_exit(), longjmp() ... */
} tl_term_kind;

typedef struct tl_case {
    long long lo, hi; /* GNU case ranges: lo...hi */
    int succ;
} tl_case;

enum {
    TL_RET_IMPLICIT = 1u << 0, /* control falls off the closing brace */
};

typedef struct tl_block {
    int id;
    tl_event *events;
    int nevents, cap;

    tl_term_kind term;
    int succ[2];
    tl_loc term_loc;       /* RETURN/NORETURN/BRANCH location */
    /* Each terminator's own parts share the storage (a TU holds a block
     * per few statements): read only those of `term`'s kind.  Last, so
     * tl_block_noreturn can clear it from its offset. */
    union {
        tl_cond cond; /* BRANCH */
        struct {      /* SWITCH */
            tl_operand scrutinee;
            const char *scrutinee_text;
            tl_case *cases;
            int ncases, case_cap;
            int default_succ; /* -1 never happens (builder adds one) */
        };
        struct {             /* RETURN */
            tl_operand retval;
            tl_range term_stmt; /* the return statement, incl. ';' */
            unsigned term_stmt_flags; /* TL_STMT_IN_COMPOUND, TL_RET_IMPLICIT */
        };
    };
} tl_block;

/* When a function runs, as its declaration says (tl_func.attrs). */
enum {
    TL_FUNC_CONSTRUCTOR = 1u << 0, /* __attribute__((constructor)): at load */
    TL_FUNC_DESTRUCTOR = 1u << 1,  /* __attribute__((destructor)): at exit or unload */
};

typedef struct tl_func {
    const char *name;
    tl_loc loc;          /* the function's name in its definition */
    tl_range body;       /* the body's braces */
    /* The start of the line the definition begins on, where a file-scope
     * declaration can be inserted (tl_src_top_level_line); line 0: none. */
    tl_loc top;
    int nparams;
    bool returns_void;
    unsigned attrs;      /* TL_FUNC_* */
    bool external_linkage; /* other translation units can call it */

    tl_var *vars;
    int nvars, var_cap;
    tl_place *places;
    int nplaces, place_cap;
    struct tl_place_index *place_index; /* key -> id */

    tl_block *blocks;
    int nblocks, block_cap;
    int entry;
    tl_range *scopes;    /* the blocks as written (tl_func_add_scope) */
    int nscopes, scope_cap;
    int ntemps;
    tl_arena *arena;     /* the TU's arena: everything above lives there */
} tl_func;

/* The unpacked functions of a TU (tl_tu_func_at): a cache the readers of
 * a const TU fill, hence behind a pointer in tl_tu. */
struct tl_views {
    tl_arena arena;
    tl_func **of; /* per function index, its view or NULL */
    int cap;
    int *held; /* the indices with a view, to clear them */
    int nheld, held_cap;
};

/* A translation unit: its functions and the files they came from.
 * Functions whose bodies are not analysed (not in the main file or filtered
 * headers) are still listed when the front end could lower them, so callers
 * can use their summaries; `report` says whether findings in them count. */
typedef struct tl_tu {
    tl_arena arena;
    const char **files;
    int nfiles, file_cap;
    tl_name_index file_index; /* path -> index in files */
    /* Function i is funcs[i] while it is being built; once sealed it is kept
     * packed (checks/ir_pack.h: several times smaller than its structs),
     * funcs[i] is NULL, and readers get views of it (tl_tu_func_at). */
    tl_func **funcs;
    const char **names;
    const unsigned char **packed;
    size_t *packed_len;
    struct tl_views *views;
    bool *report;
    bool *external_linkage; /* per function: its flag as last sealed */
    int nfuncs, func_cap;
    tl_name_index func_index; /* name -> index in funcs (the first so named) */
    /* Functions known never to return (beyond the built-in list). */
    tl_name_index noreturn_names;
    /* Functions defined here whose one parameter the body never reads
     * (start routines that ignore their argument). */
    tl_name_index unread_arg_names;
    /* "routine\x1fuse": a definition's uses of synchronisation objects
     * and what it destroys (checks/sync_uses.h), for
     * pthread.DestroyWhileRunning; each also in routine_use_list, in the
     * order noted (checks/routine_uses.h asks them). */
    tl_name_index routine_uses;
    struct tl_routine_use {
        const char *key; /* its key in routine_uses */
        const char *use; /* after the routine's name in key */
    } *routine_use_list;
    int nroutine_uses, routine_use_cap;
    /* Trampolines (sync_uses.h): name -> index into trampoline_list, the
     * members holding the function they call and its argument. */
    tl_name_index trampolines;
    struct tl_trampoline {
        const char *fn_member, *arg_member;
    } *trampoline_list;
    int ntrampolines, trampoline_cap;
    /* Definitions whose text was read for uses (tl_tu_note_routine_uses). */
    tl_name_index noted_routines;
    /* Those of them defined in the main file with external linkage: start
     * routines other files may name (their uses go into summaries). */
    tl_name_index external_routines;
    /* Calls in those definitions, for uses through same-file callees:
     * caller, callee, argk (-1: the call; k >= 0: argument k is the
     * routine's parameter, or the address of a member below it: path), each
     * caller's calls together. */
    struct tl_routine_call {
        const char *caller, *callee;
        int argk;
        const char *path; /* "" the parameter itself, "lock.m" &p->lock.m; NULL for -1 */
    } *routine_calls;
    int nroutine_calls, routine_call_cap;
    /* The function being built grows its arrays here; sealing copies it,
     * at its exact size, into `arena` (checks/ir_seal.c). */
    tl_arena build;
    tl_func *building;
} tl_tu;

/* ---- building (front ends) ---------------------------------------------- */

void tl_tu_init(tl_tu *tu);
void tl_tu_free(tl_tu *tu);
int tl_tu_file(tl_tu *tu, const char *path); /* interns a file name */
/* A new function, the one being built until the next tl_func_new or
 * tl_tu_seal: pointers into its arrays (blocks, events, vars, places) and
 * the strings its arena holds are valid only until then. */
tl_func *tl_func_new(tl_tu *tu, const char *name, bool report);
/* Packs the function being built, if any, into the TU's arena and frees
 * the rest (front ends call it once they are done; the next tl_func_new
 * does it too). */
void tl_tu_seal(tl_tu *tu);
/* Function i (0 <= i < nfuncs): a view unpacked from its packed form on
 * first use, the same pointer for the same i until tl_tu_release_views.
 * The analysis may derive places in a view (tl_place_through), hence not
 * const; what it adds goes with the view. */
tl_func *tl_tu_func_at(const tl_tu *tu, int i);
const char *tl_tu_func_name(const tl_tu *tu, int i); /* without a view */
bool tl_tu_func_is_external(const tl_tu *tu, int i); /* external_linkage, without a view */
/* What the whole-TU passes of the analysis read of every function (its
 * call graph, whether it can return, whether a call can matter), kept
 * beside its packed form at sealing so they need not unpack it. */
typedef struct tl_outline_call {
    const char *callee; /* of a call event that names one */
    tl_callee_kind kind;
    bool first_arg_global;        /* tl_call_first_arg_global */
    unsigned long long zero_args; /* bit k: argument k (k < 64) is the constant 0 */
} tl_outline_call;
typedef struct tl_outline {
    int nblocks, entry;
    int *call_first; /* nblocks + 1 offsets into calls */
    tl_outline_call *calls;
    int *succ_first; /* nblocks + 1 offsets into succs */
    int *succs;
    bool *returns; /* per block: ends in a return */
} tl_outline;
/* Function i's outline, in `a`. */
void tl_tu_func_outline(const tl_tu *tu, int i, tl_arena *a, tl_outline *out);
/* Does the call's first argument name (or take the address of) a place of
 * a global variable? */
bool tl_call_first_arg_global(const tl_func *f, const tl_event *call);
/* Ends every view: their memory is freed.  Called between functions
 * analysed, so a TU of any size holds few unpacked at once. */
void tl_tu_release_views(const tl_tu *tu);
/* A look at every function that keeps no pointer from one to the next
 * (file-wide scans): a function with a view is that view, any other is
 * unpacked into scratch memory the next step frees, so a scan holds one
 * function at a time, not the whole TU's.
 *     tl_func_walk w;
 *     for (const tl_func *f = tl_func_walk_begin(&w, tu); f; f = tl_func_walk_next(&w))
 * A loop left early calls tl_func_walk_end; w.index is f's index. */
typedef struct tl_func_walk {
    const tl_tu *tu;
    int index;
    tl_arena scratch;
} tl_func_walk;
const tl_func *tl_func_walk_begin(tl_func_walk *w, const tl_tu *tu);
const tl_func *tl_func_walk_next(tl_func_walk *w); /* NULL, and ended, after the last */
void tl_func_walk_end(tl_func_walk *w);
/* Packs f, a view of function i changed by its reader, as function i. */
void tl_tu_store_func(tl_tu *tu, int i, const tl_func *f);
const tl_func *tl_tu_find_func(const tl_tu *tu, const char *name);
int tl_tu_func_index(const tl_tu *tu, const char *name);
void tl_tu_add_noreturn(tl_tu *tu, const char *name);
bool tl_tu_is_noreturn(const tl_tu *tu, const char *name);
void tl_tu_add_unread_arg(tl_tu *tu, const char *name);
bool tl_tu_arg_unread(const tl_tu *tu, const char *name);
void tl_tu_add_routine_use(tl_tu *tu, const char *routine, const char *use);
/* A trampoline defined here: it calls the function in member fn_member of
 * what its argument points to with member arg_member. */
void tl_tu_add_trampoline(tl_tu *tu, const char *name, const char *fn_member,
                          const char *arg_member);
bool tl_tu_trampoline(const tl_tu *tu, const char *name, const char **fn_member,
                      const char **arg_member);
/* Does the routine's own text use it (no callees; routine_uses.h)? */
bool tl_tu_uses_directly(const tl_tu *tu, const char *routine, const char *use);
/* Was the definition's text read for uses? */
bool tl_tu_noted_routine(const tl_tu *tu, const char *routine);
/* Reads a definition's text for its uses (sync_uses.h) and records them;
 * `external`: defined in the main file with external linkage. */
void tl_tu_note_routine_uses(tl_tu *tu, const char *routine, const char *def, size_t n,
                             const char *param, size_t plen, bool external);

/* Names the C library and POSIX say never return. */
bool tl_is_builtin_noreturn(const char *name);
bool tl_is_builtin_noreturn_n(const char *name, size_t n); /* name[0, n), unterminated */

int tl_func_add_var(tl_func *f, const char *name, tl_var_kind kind, int param_index);
int tl_place_base(tl_func *f, int var);
int tl_place_derive(tl_func *f, int parent, tl_sel sel, const char *field);
/* The place `sel` applied to an operand: *p, p[i] on a pointer value; on an
 * address &x this cancels to x. -1 when the operand names no place. */
int tl_place_through(tl_func *f, const tl_operand *opd, tl_sel sel, const char *field);
bool tl_place_is_under(const tl_func *f, int place, int ancestor);
/* True when the place's storage dies with the function (rooted at a local
 * and reached without dereferencing a pointer). */
bool tl_place_is_local_storage(const tl_func *f, int place);
/* True when the place is reached through an index (a collective element). */
bool tl_place_is_collective(const tl_func *f, int place);

/* A block as the user wrote it: a `{ }` spelled in the file, or the body of
 * an if/else/while/do/for/switch the user wrote without braces.  Code a
 * macro wrote opens none: what matters is where its invocation sits. */
void tl_func_add_scope(tl_func *f, tl_range r);

int tl_block_new(tl_func *f);
tl_event *tl_block_add_event(tl_func *f, int block, tl_event_kind kind);
void tl_block_jump(tl_func *f, int block, int to);
void tl_block_branch(tl_func *f, int block, const tl_cond *cond, int if_true, int if_false);
void tl_block_return(tl_func *f, int block, const tl_operand *retval, tl_loc loc,
                     tl_range stmt, unsigned flags);
void tl_block_noreturn(tl_func *f, int block, tl_loc loc);
/* After lowering the condition of an `if` with no else that begins at
 * `if_kw` (its keyword, as written): when the condition became the one
 * branch ending `block` (no block was made since there were `nblocks`),
 * going to then_b or else_b, records cond.if_lead. */
void tl_block_mark_if(tl_func *f, int block, int nblocks, int then_b, int else_b, tl_loc if_kw);
void tl_block_switch(tl_func *f, int block, const tl_operand *scrutinee, const char *text);
void tl_block_add_case(tl_func *f, int block, long long lo, long long hi, int succ);

tl_operand tl_opd_none(void);
tl_operand tl_opd_const(long long v, const char *text);
tl_operand tl_opd_place(int place, const char *text);
tl_operand tl_opd_addr(int place, const char *text);
tl_operand tl_opd_temp(int temp, const char *callee, const char *text);
tl_operand tl_opd_func(const char *name);
/* A function designator whose definition this translation unit holds. */
tl_operand tl_opd_defined_func(const char *name);
tl_operand tl_opd_opaque(const char *text);

/* ---- reading ------------------------------------------------------------- */

/* The k-th successor of a block (-1 where an edge is missing), or -2 once
 * k runs past its last edge. */
int tl_block_succ(const tl_block *b, int k);
/* How many edges enter the block (the entry counts one more). */
int tl_block_npreds(const tl_func *f, int block);
/* Where a statement can be inserted at the start of `block`: the first
 * statement that begins in it after offset `after`, not written by a macro
 * (its range and TL_STMT_* flags).  False when there is none. */
bool tl_block_first_stmt(const tl_func *f, int block, unsigned after, tl_range *stmt,
                         unsigned *flags);
/* The block holding the event with flat index `index`, or -1. */
int tl_func_block_of_event(const tl_func *f, int index);
/* The event with flat index `index` (and, with block, its block), or NULL. */
const tl_event *tl_func_event_at(const tl_func *f, int index, int *block);
/* How many events write `place` or what lies under it (an assignment, a
 * step, an escape)? */
int tl_place_writes(const tl_func *f, int place);
/* Does a block that `hit` accepts follow block `from` (by one edge or
 * more; `from` itself is never asked)? */
typedef bool (*tl_block_pred)(const tl_func *f, int block, void *ud);
bool tl_func_reaches(const tl_func *f, int from, tl_block_pred hit, void *ud);
/* A tl_block_pred: is the block the one *(const int *)ud names? */
bool tl_block_is(const tl_func *f, int block, void *ud);
/* Does every path from the entry to block `to` pass the event at `index`? */
bool tl_func_event_dominates(const tl_func *f, tl_arena *scratch, int index, int to);
/* Where the status test ending `block` goes when `call` (an event of it)
 * returned `success`: `if (call(...) == success)` or `!=`; -1 when the
 * block ends in no such test.  *failed (if given) gets the other way. */
int tl_status_success_block(const tl_func *f, int block, const tl_event *call,
                            long long success, int *failed);
/* Does every path from the entry to block `to` pass block `dom`? */
bool tl_func_block_dominates(const tl_func *f, tl_arena *scratch, int dom, int to);
/* The same place in the same file? */
bool tl_loc_same(tl_loc a, tl_loc b);
/* Is the location inside the range (end included: a closing brace)? */
bool tl_loc_within(tl_loc l, tl_range r);
/* Does `a op b` hold, for two constants? */
bool tl_cmp_holds(tl_cmp op, long long a, long long b);
/* The innermost written block (an index into f->scopes) holding `at`, -1
 * when none does: where a macro invoked at `at` sits as the user wrote it. */
int tl_func_scope_at(const tl_func *f, tl_loc at);
/* Does the JUMP event leave the scope of the local that `place` lives in? */
bool tl_jump_leaves_place(const tl_func *f, const tl_event *jump, int place);

const char *tl_event_kind_name(tl_event_kind k);
/* The place spelled as C for messages ("w->tid", "th[]"); arena-owned. */
const char *tl_place_c_name(const tl_func *f, int place);

#endif
