/* Where a command's output goes: standard output, a pager, or a file written whole or not at all. */
#include <sys/stat.h>
#include <poll.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_output.h"
#include "base/bp_pager.h"

/*
 * The file that is not whole yet (a temporary file, or a new file being
 * written), removed if the process ends before it is: by exit() (out of
 * memory) or by a signal that ends it.  One at a time.
 */
static char *volatile	 pending;
static int		 at_exit_set;
static const int	 fatal[] = { SIGINT, SIGTERM, SIGHUP };
static struct sigaction	 old_fatal[sizeof(fatal) / sizeof(fatal[0])];

static void
remove_pending(void)
{
	if (pending != NULL)
		unlink(pending);
	pending = NULL;
}

static void
on_fatal(int sig)
{
	if (pending != NULL)
		unlink(pending);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* file is removed if the process ends before release(). */
static void
hold(char *file)
{
	struct sigaction	 sa;
	size_t			 i;

	if (!at_exit_set && atexit(remove_pending) == 0)
		at_exit_set = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		sigaction(fatal[i], NULL, &old_fatal[i]);
		/* A signal ignored by whoever started us stays ignored. */
		if (old_fatal[i].sa_handler != SIG_IGN)
			sigaction(fatal[i], &sa, NULL);
	}
	pending = file;
}

static void
release(void)
{
	size_t	 i;

	if (pending == NULL)
		return;
	pending = NULL;
	for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		sigaction(fatal[i], &old_fatal[i], NULL);
}

/*
 * Writes all of data to fd: 0, or an errno.  A descriptor some other
 * program left non-blocking (a shared terminal, a pipe) is waited on
 * until it takes more, as git's xwrite does: it is full, not broken.
 */
static int
write_all(int fd, const char *data, size_t len)
{
	struct pollfd	 pfd = { fd, POLLOUT, 0 };
	ssize_t		 n;

	while (len > 0) {
		if ((n = write(fd, data, len)) < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN || errno == EWOULDBLOCK) {
				(void)poll(&pfd, 1, -1);
				continue;
			}
			return errno != 0 ? errno : EIO;
		}
		if (n == 0)
			return EIO;
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Whether st is the file that fd is open on. */
static int
is_fd(const struct stat *st, int fd)
{
	struct stat	 f;

	return fstat(fd, &f) == 0 && f.st_dev == st->st_dev &&
	    f.st_ino == st->st_ino;
}

/*
 * A temporary file beside path, as mkstemp(3) makes it; its name in
 * o->tmp.  It takes the mode of the file it replaces, or a new file's.
 */
static int
beside(struct bp_output *o)
{
	const char	*slash = strrchr(o->path, '/');
	struct bp_buf	 tmp = BP_BUF_INIT;
	struct stat	 st;
	mode_t		 mask, mode;
	int		 fd, err;

	if (slash != NULL)
		bp_buf_putn(&tmp, o->path, (size_t)(slash - o->path + 1));
	bp_buf_printf(&tmp, ".%s.XXXXXX", slash != NULL ? slash + 1 : o->path);
	o->tmp = bp_buf_take(&tmp);
	if ((fd = mkstemp(o->tmp)) < 0)
		return -1;
	o->made = 1;
	hold(o->tmp);
	mask = umask(0);
	umask(mask);
	/* Permissions only: a set-user-ID bit is not handed on. */
	mode = stat(o->path, &st) == 0 ? st.st_mode & 0777 : 0666 & ~mask;
	if (fchmod(fd, mode) < 0) {
		err = errno;
		close(fd);
		errno = err;
		return -1;
	}
	return fd;
}

/*
 * The file that name ends at when its symbolic links are followed, as
 * open(2) follows them: the file a link names is replaced, not the
 * link, also when it does not exist yet (a dangling link is how one
 * names where a file is to go).  NULL with errno ELOOP after 40 links.
 */
static char *
follow(const char *name)
{
	struct bp_buf	 p = BP_BUF_INIT, next = BP_BUF_INIT;
	struct stat	 st;
	const char	*slash;
	char		*target = bp_malloc(PATH_MAX), *end = NULL;
	ssize_t		 n;
	int		 hops;

	bp_buf_puts(&p, name);
	for (hops = 0; hops < 40; hops++) {
		if (lstat(p.data, &st) < 0 || !S_ISLNK(st.st_mode) ||
		    (n = readlink(p.data, target, PATH_MAX - 1)) < 0) {
			end = bp_buf_take(&p);
			goto out;
		}
		target[n] = '\0';
		/* Relative to the link's folder, as the kernel reads it. */
		next.len = 0;
		if (target[0] != '/' && (slash = strrchr(p.data, '/')) != NULL)
			bp_buf_putn(&next, p.data, (size_t)(slash - p.data + 1));
		bp_buf_puts(&next, target);
		p.len = 0;
		bp_buf_putn(&p, next.data, next.len);
	}
	errno = ELOOP;
out:
	free(target);
	bp_buf_free(&p);
	bp_buf_free(&next);
	return end;
}

/* Opens what a file output writes to: 0, or an errno. */
static int
file_open(struct bp_output *o)
{
	struct sigaction	 ign;
	struct stat		 st;

	if (o->exclusive) {
		o->path = bp_strdup(o->name);
		if ((o->fd = open(o->path, O_WRONLY | O_CREAT | O_EXCL |
		    O_CLOEXEC, 0666)) < 0)
			return errno;
		o->made = 1;
		hold(o->path);
		return 0;
	}
	if (stat(o->name, &st) == 0 && (is_fd(&st, STDOUT_FILENO) ||
	    is_fd(&st, STDERR_FILENO))) {
		/* /dev/stdout, or the file it is: written where it stands. */
		o->inplace = 1;
		o->fd = dup(is_fd(&st, STDOUT_FILENO) ? STDOUT_FILENO :
		    STDERR_FILENO);
	} else if (stat(o->name, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* A FIFO or a device is written to, as '>' would. */
		o->inplace = 1;
		o->fd = open(o->name, O_WRONLY | O_TRUNC | O_CLOEXEC);
	} else {
		/* A link is followed: what it names is replaced, not the link. */
		if ((o->path = follow(o->name)) == NULL)
			return errno;
		o->fd = beside(o);
	}
	if (o->fd < 0)
		return errno;
	if (o->inplace) {
		/* A reader that goes away is an error to report, not death. */
		memset(&ign, 0, sizeof(ign));
		ign.sa_handler = SIG_IGN;
		sigaction(SIGPIPE, &ign, NULL);
	}
	return 0;
}

/* The file whole: synced, closed and renamed into place.  0, or an errno. */
static int
file_commit(struct bp_output *o)
{
	int	 err = 0;

	/* On disk before the rename, or a crash could leave it empty. */
	if (o->tmp != NULL && fsync(o->fd) < 0)
		err = errno;
	if (close(o->fd) < 0 && err == 0 && errno != EINTR)
		err = errno;
	o->fd = -1;
	if (err == 0 && o->tmp != NULL && rename(o->tmp, o->path) < 0)
		err = errno;
	if (err == 0) {
		o->made = 0;
		release();
	}
	return err;
}

/* Nothing of it is left: the temporary file, or a new file, removed. */
static void
file_abort(struct bp_output *o)
{
	if (o->fd >= 0)
		close(o->fd);
	o->fd = -1;
	if (o->made)
		unlink(o->tmp != NULL ? o->tmp : o->path);
	o->made = 0;
	release();
}

/* Starts the pager, or decides against it, for a terminal's first bytes. */
static void
terminal_start(struct bp_output *o, const char *held, size_t len, int whole)
{
	const struct bp_paging	*p = &o->paging;
	size_t			 lines = 0, i;
	int			 raw;

	o->fd = STDOUT_FILENO;
	if (o->unpaged || p->cmd == NULL)
		return;
	if (whole && !p->always) {
		for (i = 0; i < len; i++)
			if (held[i] == '\n')
				lines++;
		if (lines < p->rows)
			return;
	}
	/* Links are looked for in what there is; a part may not show them. */
	raw = p->color || (p->links && (!whole || bp_pager_has_link(held,
	    len)));
	if (bp_pager_open(&o->pager, p->cmd, raw) == 0) {
		o->paged = 1;
		o->fd = o->pager.fd;
	}
}

static int
sink_write(struct bp_sink *s, const char *data, size_t len)
{
	struct bp_output	*o = (struct bp_output *)(void *)s;

	if (o->error != 0)
		return o->error;
	if (o->fd < 0 && o->to == BP_TO_FILE && (o->error = file_open(o)) != 0)
		return o->error;
	if (o->fd < 0 && o->to == BP_TO_TERMINAL)
		terminal_start(o, data, len, 0);
	o->wrote = 1;
	o->error = write_all(o->fd, data, len);
	return o->error;
}

static void
init(struct bp_output *o, enum bp_output_to to)
{
	memset(o, 0, sizeof(*o));
	o->sink.write = sink_write;
	o->to = to;
	o->fd = -1;
}

void
bp_output_stdout(struct bp_output *o, const struct bp_paging *paging)
{
	if (paging == NULL) {
		bp_output_fd(o, STDOUT_FILENO);
		return;
	}
	init(o, BP_TO_TERMINAL);
	o->paging = *paging;
}

void
bp_output_fd(struct bp_output *o, int fd)
{
	init(o, BP_TO_FD);
	o->fd = fd;
}

void
bp_output_file(struct bp_output *o, const char *path, int exclusive)
{
	init(o, BP_TO_FILE);
	o->name = path;
	o->exclusive = exclusive;
}

void
bp_output_unpaged(struct bp_output *o)
{
	o->unpaged = 1;
}

/* Ends a terminal's output; b holds the rest, or all of it. */
static int
terminal_close(struct bp_output *o, struct bp_buf *b, int keep)
{
	enum bp_paged	 paged;
	int		 whole = o->fd < 0;

	if (!keep) {
		if (o->paged)
			(void)bp_pager_close(&o->pager);
		return 0;
	}
	if (whole)
		terminal_start(o, b->data, b->len, 1);
	if (b->len > 0 && o->error == 0)
		o->error = write_all(o->fd, b->data, b->len);
	if (!o->paged)
		return o->error;
	/* The pager quit before the end: the reader saw what they wanted. */
	paged = bp_pager_close(&o->pager);
	if (paged == BP_PAGED_NOT_RUN && whole) {
		bp_warnx("cannot run pager '%s'; printing without it",
		    o->paging.cmd);
		return write_all(STDOUT_FILENO, b->data, b->len);
	}
	if (paged == BP_PAGED_NOT_RUN) {
		bp_warnx("cannot run pager '%s'", o->paging.cmd);
		return -1;
	}
	return paged == BP_PAGED_OK ? 0 : -1;
}

int
bp_output_close(struct bp_output *o, struct bp_buf *b, int keep)
{
	int	 err;

	if (o->to == BP_TO_TERMINAL) {
		err = terminal_close(o, b, keep);
		b->len = 0;
		if (err > 0 && err != EPIPE)
			bp_warnx("write error: %s", bp_strerror(err));
		return err > 0 && err != EPIPE ? -1 : err;
	}
	if (o->to == BP_TO_FD) {
		err = o->error;
		if (keep && b->len > 0 && err == 0)
			err = write_all(o->fd, b->data, b->len);
		b->len = 0;
		if (close(o->fd) < 0 && err == 0 && errno != EINTR &&
		    errno != EBADF)
			err = errno;
		/* Only when SIGPIPE is ignored: by default a closed pipe ends us, as git. */
		if (err == 0 || err == EPIPE)
			return 0;
		bp_warnx("write error: %s", bp_strerror(err));
		return -1;
	}
	err = o->error;
	if (keep && err == 0 && o->fd < 0)
		err = file_open(o);
	if (keep && err == 0 && b->len > 0)
		err = write_all(o->fd, b->data, b->len);
	b->len = 0;
	if (keep && err == 0)
		err = file_commit(o);
	if (!keep || err != 0)
		file_abort(o);
	free(o->path);
	free(o->tmp);
	o->path = o->tmp = NULL;
	if (err == 0)
		return 0;
	bp_warnx("%s: %s", o->name, bp_strerror(err));
	return -1;
}

enum bp_write
bp_write_file(const char *path, const char *data, size_t len, int replace)
{
	struct bp_output	 o;
	struct bp_buf		 b = BP_BUF_INIT;
	int			 err;

	bp_output_file(&o, path, !replace);
	if ((err = file_open(&o)) == EEXIST && !replace) {
		free(o.path);
		return BP_WRITE_EXISTS;
	}
	o.error = err;
	/* The bytes as a buffer's, not a copy: close writes what it holds. */
	b.data = (char *)data;
	b.len = len;
	return bp_output_close(&o, &b, 1) == 0 ? BP_WRITE_OK : BP_WRITE_FAILED;
}
