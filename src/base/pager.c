/* The pager: started on a pipe, told -R when escapes go to less, waited for. */
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "base/bp_pager.h"
#include "base/bp_text.h"

/* Whether the pager command runs less, which -R teaches color. */
static int
less(const char *pager)
{
	size_t		 n = strcspn(pager, " \t");
	const char	*base;

	for (; n > 0 && pager[n - 1] != '/'; n--)
		;
	base = pager + n;
	return strncmp(base, LIT("less")) == 0 && (base[4] == '\0' ||
	    base[4] == ' ' || base[4] == '\t');
}

/*
 * Whether LESS (less's options, the first word's dash optional) lets
 * escapes through: -R or -r in a word of short options, or their long
 * names.  An option's own argument ("-Pprompt") may fool it into yes.
 */
static int
less_raw(const char *v)
{
	size_t	 n;

	for (v += strspn(v, " \t"); *v != '\0'; v += strspn(v, " \t")) {
		n = strcspn(v, " \t");
		if (strncmp(v, LIT("--")) == 0) {
			if ((n == sizeof("--raw-control-chars") - 1 &&
			    bp_ascii_ncasecmp(v, "--raw-control-chars", n) == 0))
				return 1;
		} else if (memchr(v, 'R', n) != NULL || memchr(v, 'r', n) !=
		    NULL)
			return 1;
		v += n;
	}
	return 0;
}

int
bp_pager_has_link(const char *p, size_t len)
{
	const char	*end = p + len;

	while (p < end &&
	    (p = memchr(p, '\033', (size_t)(end - p))) != NULL) {
		if (end - p >= 4 && memcmp(p, "\033]8;", 4) == 0)
			return 1;
		p++;
	}
	return 0;
}

int
bp_pager_open(struct bp_pager *p, const char *cmd, int raw)
{
	struct sigaction	 ign, dfl;
	const char		*v;
	struct bp_buf		 less_r = BP_BUF_INIT;
	int			 fd[2];

	p->cmd = cmd;
	p->pid = -1;
	p->fd = -1;
	if (pipe(fd) < 0)
		return -1;
	/* Started with SIGCHLD ignored, waitpid() could not tell us how it went. */
	memset(&dfl, 0, sizeof(dfl));
	dfl.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &dfl, &p->oldchld);
	/* less reads these; its own LESS wins when the user has one. */
	setenv("LESS", "FRX", 0);
	/* Color and links show as raw escapes in a less not told -R. */
	if (raw && less(cmd) && (v = getenv("LESS")) != NULL && !less_raw(v)) {
		bp_buf_printf(&less_r, "%s%s-R", v, *v ? " " : "");
		setenv("LESS", less_r.data, 1);
		bp_buf_free(&less_r);
	}
	if ((p->pid = fork()) < 0) {
		close(fd[0]);
		close(fd[1]);
		sigaction(SIGCHLD, &p->oldchld, NULL);
		return -1;
	}
	if (p->pid == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	p->fd = fd[1];
	/* The pager owns the terminal now: ^C is its business, not ours. */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &p->oldpipe);
	sigaction(SIGINT, &ign, &p->oldint);
	sigaction(SIGQUIT, &ign, &p->oldquit);
	return 0;
}

enum bp_paged
bp_pager_close(struct bp_pager *p)
{
	int	 status = 0;

	close(p->fd);
	p->fd = -1;
	while (waitpid(p->pid, &status, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGPIPE, &p->oldpipe, NULL);
	sigaction(SIGINT, &p->oldint, NULL);
	sigaction(SIGQUIT, &p->oldquit, NULL);
	sigaction(SIGCHLD, &p->oldchld, NULL);
	if (WIFEXITED(status) && (WEXITSTATUS(status) == 126 ||
	    WEXITSTATUS(status) == 127))
		return BP_PAGED_NOT_RUN;
	/* A reader who quits early or presses ^C has seen what they wanted. */
	if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		bp_warnx("pager '%s' exited with status %d", p->cmd,
		    WEXITSTATUS(status));
		return BP_PAGED_FAILED;
	}
	if (WIFSIGNALED(status) && WTERMSIG(status) != SIGPIPE &&
	    WTERMSIG(status) != SIGINT) {
		bp_warnx("pager '%s' was killed by signal %d", p->cmd,
		    WTERMSIG(status));
		return BP_PAGED_FAILED;
	}
	return BP_PAGED_OK;
}
