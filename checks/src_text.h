/* Reading C source text: the text-only half of both front ends' lowerings
 * (tools/libclang/lower_src.c over libclang, plugin/lower_src.cpp over
 * clang's AST).  They find a file's buffer and offsets their own way; what they then read
 * from the buffer is done here, once, so the two lower to the same texts. */
#ifndef THREADLINT_SRC_TEXT_H
#define THREADLINT_SRC_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ir.h"

#ifdef __cplusplus
extern "C" {
#endif

enum { TL_SRC_TEXT_MAX = 60 }; /* longest text kept for messages */

bool tl_src_is_blank(char c);
bool tl_src_is_ident(char c);

/* s[i, end) past blanks, line continuations and comments. */
size_t tl_src_skip_blank(const char *s, size_t i, size_t end);

/* s[0, n) with blanks collapsed to one space and cut to TL_SRC_TEXT_MAX
 * characters (ending in "..."), arena-owned; NULL for no text. */
const char *tl_src_collapse(tl_arena *a, const char *s, size_t n);

/* Does s[0, n) start with a `{`: a block whose brace is spelled there? */
bool tl_src_opens_brace(const char *s, size_t n);

/* Does s[0, n) start with the whole word `word`? */
bool tl_src_spelled_with(const char *s, size_t n, const char *word);

/* r with its end moved past a `;` that follows it in text[0, size) (after
 * blanks and comments): a statement's range for a fix-it that removes it. */
tl_range tl_src_with_semicolon(const char *text, size_t size, tl_range r);

/* Where a file-scope declaration can go right before the definition that
 * begins at text[begin]: the start of its line, when only blanks precede
 * it there and the text before ends a declaration (`;` or `}`, past blank
 * lines, comments and preprocessor lines) or is the start of the file.
 * Else (an attribute or return type on the line above, code on the same
 * line) false: an insertion there would split the definition. */
bool tl_src_top_level_line(const char *text, size_t size, size_t begin, size_t *line_start);

/* Where each line of text[0, size) starts, the first at 0: lines end at
 * '\n', "\r\n" or a lone '\r', as clang counts them ("\n\r" is two
 * ends).  malloc'd, *n entries. */
unsigned *tl_src_line_starts(const char *text, size_t size, unsigned *n);

/* The 0-based line of starts[0, n) (tl_src_line_starts) that holds offset
 * off.  Locations arrive near each other (an expression's two ends, the
 * next statement), so the lines around *last, the previous answer, are
 * tried before a search of the whole table; *last becomes this answer. */
unsigned tl_src_line_of(const unsigned *starts, unsigned n, unsigned off, unsigned *last);

/* The length of the token that starts at s[off] of s[0, size), for the
 * shapes a range usually ends with: an identifier or keyword, a number, a
 * closing bracket, `;` or `,`.  0 when unsure (a line splice, a trigraph, a
 * non-ASCII character, a prefixed or other literal, another punctuator):
 * the caller then asks the compiler's lexer. */
size_t tl_src_token_length(const char *s, size_t size, size_t off);

/* Is s[0, n) one macro invocation `NAME(...)`? */
bool tl_src_is_invocation(const char *s, size_t n);

/* A condition a function-like macro writes whole, `if (pthread_create(...)
 * != 0)` in `do { ... } while (0)`: the expression at text[off] in the
 * macro's definition, with the parameters replaced by the arguments of the
 * invocation inv[0, inv_len), collapsed as tl_src_collapse.  `(expr) < 0`
 * from `TRY(setup())` reads `(setup()) < 0`.  NULL when the definition
 * cannot be read. */
const char *tl_src_macro_expr(tl_arena *a, const char *text, size_t size, size_t off,
                              const char *inv, size_t inv_len);

/* Calls fn for each identifier of t[0, n), skipping comments and literals;
 * stops early, returning true, when fn does. */
typedef bool (*tl_src_ident_fn)(const char *id, size_t n, void *ud);
bool tl_src_each_ident(const char *t, size_t n, tl_src_ident_fn fn, void *ud);

/* Does def[0, n) spell a loop without an exit condition: `for (;;)`,
 * `while (1)`, `while (true)`?  Textual, erring towards yes: a front end
 * then lowers the definition, whose CFG says whether it ever returns. */
bool tl_src_has_endless_loop(const char *def, size_t n);

/* Does the function definition def[0, n), whose one parameter is named
 * param[0, plen) (plen 0: unnamed), never read it?  Its only mentions are
 * the declaration and `(void)param`. */
bool tl_src_param_unread(const char *def, size_t n, const char *param, size_t plen);

/* The two answers above, gathered identifier by identifier, for a caller
 * that scans the definition with tl_src_each_ident for its own ends: one
 * pass then serves all.  Feed it every identifier of def[0, n) in order. */
typedef struct tl_src_body_facts {
    const char *def, *end, *param;
    size_t plen;
    uint64_t lengths;   /* bit k: an identifier of length k (< 64) may matter */
    int param_mentions; /* counted up to 2: the declaration, then a read */
    bool endless;       /* tl_src_has_endless_loop */
} tl_src_body_facts;
void tl_src_body_facts_init(tl_src_body_facts *f, const char *def, size_t n, const char *param,
                            size_t plen);
void tl_src_body_facts_see_word(tl_src_body_facts *f, const char *id, size_t n);
/* Inline, so the many identifiers of a length nothing looks for cost no call. */
static inline void tl_src_body_facts_see(tl_src_body_facts *f, const char *id, size_t n) {
    if (n >= 64 || (f->lengths >> n & 1))
        tl_src_body_facts_see_word(f, id, n);
}
bool tl_src_body_facts_param_unread(const tl_src_body_facts *f); /* tl_src_param_unread */

#ifdef __cplusplus
}
#endif

#endif
