#include "child_process.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "strv.h"

extern char **environ;

static void set_flags(int fd) {
    fcntl(fd, F_SETFD, fcntl(fd, F_GETFD) | FD_CLOEXEC);
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

static void close_fd(int *fd) {
    if (*fd >= 0)
        close(*fd);
    *fd = -1;
}

bool tl_child_start(tl_child *c, char *const argv[]) {
    int in[2], out[2];
    c->pid = 0;
    c->to_fd = c->from_fd = -1;
    if (pipe(in) != 0)
        return false;
    if (pipe(out) != 0) {
        close(in[0]);
        close(in[1]);
        return false;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&fa, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&fa, in[1]);
    posix_spawn_file_actions_addclose(&fa, out[0]);
    /* we ignore SIGPIPE; the child should not inherit that */
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t deflt;
    sigemptyset(&deflt);
    sigaddset(&deflt, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &deflt);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], &fa, &attr, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(in[0]);
    close(out[1]);
    if (rc != 0) {
        close(in[1]);
        close(out[0]);
        errno = rc;
        return false;
    }
    set_flags(in[1]);
    set_flags(out[0]);
    c->pid = pid;
    c->to_fd = in[1];
    c->from_fd = out[0];
    return true;
}

bool tl_child_exited(tl_child *c, int *wstatus) {
    if (c->pid <= 0)
        return false;
    pid_t r = waitpid(c->pid, wstatus, WNOHANG);
    if (r == c->pid || (r < 0 && errno == ECHILD)) {
        if (r < 0)
            *wstatus = 0;
        c->pid = 0;
        return true;
    }
    return false;
}

void tl_child_close_pipes(tl_child *c) {
    close_fd(&c->to_fd);
    close_fd(&c->from_fd);
}

int tl_child_stop(tl_child *c, int ms) {
    tl_child_close_pipes(c);
    int wstatus = 0;
    struct timespec tick = {0, 10 * 1000 * 1000};
    for (int waited = 0; c->pid > 0; waited += 10) {
        if (tl_child_exited(c, &wstatus))
            break;
        if (waited >= ms) {
            kill(c->pid, SIGKILL);
            waitpid(c->pid, &wstatus, 0);
            c->pid = 0;
            break;
        }
        nanosleep(&tick, NULL);
    }
    return wstatus;
}

int tl_run_program(char *const argv[]) {
    pid_t pid;
    int rc = posix_spawn(&pid, argv[0], NULL, NULL, argv, environ);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    int wstatus = 0;
    while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
        ;
    return wstatus;
}

int tl_wait_status_code(int wstatus) {
    if (WIFEXITED(wstatus))
        return WEXITSTATUS(wstatus);
    if (WIFSIGNALED(wstatus))
        return 128 + WTERMSIG(wstatus);
    return 1;
}

void tl_wait_status_describe(int wstatus, char *buf, size_t size) {
    if (WIFEXITED(wstatus))
        snprintf(buf, size, "exit status %d", WEXITSTATUS(wstatus));
    else if (WIFSIGNALED(wstatus))
        snprintf(buf, size, "killed by signal %d (%s)", WTERMSIG(wstatus),
                 strsignal(WTERMSIG(wstatus)));
    else
        snprintf(buf, size, "wait status %d", wstatus);
}

char *tl_find_program(const char *name) {
    if (strchr(name, '/'))
        return access(name, X_OK) == 0 ? tl_xstrdup(name) : NULL;
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/local/bin:/usr/bin:/bin";
    while (*path) {
        size_t n = strcspn(path, ":");
        char *candidate = tl_xmalloc(n + strlen(name) + 2);
        if (n == 0)
            sprintf(candidate, "./%s", name);
        else
            sprintf(candidate, "%.*s/%s", (int)n, path, name);
        if (access(candidate, X_OK) == 0)
            return candidate;
        free(candidate);
        path += n + (path[n] == ':');
    }
    return NULL;
}

char *tl_self_path(const char *argv0) {
    for (size_t size = 256; size <= 65536; size *= 2) {
        char *buf = tl_xmalloc(size);
        ssize_t n = readlink("/proc/self/exe", buf, size);
        if (n > 0 && (size_t)n < size) {
            buf[n] = '\0';
            return buf;
        }
        free(buf);
        if (n <= 0)
            break;
    }
    return argv0 ? tl_find_program(argv0) : NULL;
}
