/* A child program talking over pipes: its stdin and stdout are ours to
 * write and read, its stderr is ours too (editors log it). */
#ifndef THREADLINT_CHILD_PROCESS_H
#define THREADLINT_CHILD_PROCESS_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

typedef struct tl_child {
    pid_t pid;   /* 0: not running */
    int to_fd;   /* its stdin; non-blocking, close-on-exec; -1 once closed */
    int from_fd; /* its stdout; likewise */
} tl_child;

/* Starts the program at path argv[0].  False (errno set) when it cannot. */
bool tl_child_start(tl_child *c, char *const argv[]);
/* Reaps it if it has exited: true with its wait status in *wstatus. */
bool tl_child_exited(tl_child *c, int *wstatus);
/* Waits up to `ms` for it to exit, then sends SIGKILL; returns the wait
 * status.  Closes our ends of its pipes. */
int tl_child_stop(tl_child *c, int ms);
void tl_child_close_pipes(tl_child *c);

/* Runs argv[0] (a path) with our stdin, stdout and stderr and waits for
 * it; returns its wait status, or -1 (errno set) when it cannot start. */
int tl_run_program(char *const argv[]);

/* A wait status as a shell reports it: the exit code, or 128 + signal. */
int tl_wait_status_code(int wstatus);
/* "exit status 3", "killed by signal 9 (Killed)" */
void tl_wait_status_describe(int wstatus, char *buf, size_t size);

/* `name` if it holds a '/', else the first executable `name` on PATH;
 * NULL when there is none.  The caller frees. */
char *tl_find_program(const char *name);
/* The running program's own path (/proc/self/exe), else `argv0` found as
 * a shell would.  The caller frees; NULL when unknown. */
char *tl_self_path(const char *argv0);

#endif
