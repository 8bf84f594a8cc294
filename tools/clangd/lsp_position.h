/* LSP positions and byte offsets.  A position is a 0-based line and a
 * character counted in the code units the client and server agreed on
 * (UTF-16 unless they negotiated UTF-8 or UTF-32); lines end at "\n",
 * "\r\n" or "\r".  libclang counts bytes, so every position crossing the
 * relay goes through here. */
#ifndef THREADLINT_LSP_POSITION_H
#define THREADLINT_LSP_POSITION_H

#include <stdbool.h>
#include <stddef.h>

typedef enum tl_lsp_encoding {
    TL_LSP_UTF16, /* the protocol's default */
    TL_LSP_UTF8,
    TL_LSP_UTF32,
} tl_lsp_encoding;

/* "utf-16", "utf-8", "utf-32"; false for anything else. */
bool tl_lsp_encoding_parse(const char *name, tl_lsp_encoding *out);

/* The byte offset of (line, character) in text[0, len).  Past the end of
 * its line a character means the line's end, past the last line the text's
 * end; a character inside a UTF-16 surrogate pair means its start. */
size_t tl_lsp_offset(const char *text, size_t len, long line, long character, tl_lsp_encoding enc);

/* The position of byte `offset` (clamped to len). */
void tl_lsp_position(const char *text, size_t len, size_t offset, tl_lsp_encoding enc, long *line,
                     long *character);

/* Where the identifier starting at `offset` ends (offset itself when none
 * starts there): a finding's point becomes a range an editor can underline. */
size_t tl_lsp_word_end(const char *text, size_t len, size_t offset);

#endif
