/* The progress line: `[ 312/4096] src/net/conn.c` on stderr, rewritten in
 * place on a terminal and erased before anything else is printed. */
#ifndef THREADLINT_PROGRESS_H
#define THREADLINT_PROGRESS_H

#include <stdbool.h>
#include <stdio.h>

typedef enum tl_progress_mode {
    TL_PROGRESS_AUTO,
    TL_PROGRESS_ALWAYS,
    TL_PROGRESS_NEVER,
} tl_progress_mode;

typedef struct tl_progress {
    FILE *out;
    bool on;
    bool in_place;  /* a terminal: one line rewritten; else one line each */
    bool shown;     /* a line is on the screen now */
    int total;
    int columns;    /* the terminal's width */
    int last_done;  /* what was printed last, so a line is not repeated */
    int last_item;
} tl_progress;

/* AUTO: only when `out` is a terminal (not TERM=dumb).  ALWAYS on another
 * file prints one plain line per item, in input order, for logs that asked
 * for it. */
void tl_progress_init(tl_progress *p, FILE *out, tl_progress_mode mode, int total);
/* On a terminal: `done` items finished, `name` the one started last. */
void tl_progress_working(tl_progress *p, int done, int item, const char *name);
/* In a log: item `item` (0-based, in input order) is done; before its
 * output. */
void tl_progress_delivered(tl_progress *p, int item, const char *name);
/* Erases the line, before other output goes to the terminal. */
void tl_progress_clear(tl_progress *p);

#endif
