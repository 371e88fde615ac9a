/* The pager: a command run through /bin/sh -c, fed on a pipe, as git runs its pager. */
#ifndef BP_PAGER_H
#define BP_PAGER_H

#include <signal.h>
#include <sys/types.h>

struct bp_pager {
	const char		*cmd;
	pid_t			 pid;
	int			 fd;	/* the pipe's end bpolpo writes */
	struct sigaction	 oldpipe, oldint, oldquit, oldchld;
};

/* What became of the pager. */
enum bp_paged {
	BP_PAGED_OK,
	BP_PAGED_NOT_RUN,	/* could not be started (the shell exits 126, 127) */
	BP_PAGED_FAILED		/* said why: the reader may not have seen it all */
};

/*
 * Starts cmd with its standard input a pipe whose other end is p->fd.
 * raw: the output holds escapes (color, links), so a less not told -R
 * is (LESS gets " -R"); LESS is "FRX" unless set.  While it runs, a
 * closed pipe, ^C and ^\ are its business.  0, or -1 when it could not
 * even be forked.
 */
int		bp_pager_open(struct bp_pager *p, const char *cmd, int raw);

/*
 * Closes the pipe and waits: BP_PAGED_NOT_RUN (after saying so) when
 * the shell could not run cmd, BP_PAGED_FAILED (after saying so) when
 * it exited with another error or was killed other than by ^C or a
 * closed pipe.
 */
enum bp_paged	bp_pager_close(struct bp_pager *p);

/* Whether the bytes hold a hyperlink (OSC 8), which less needs -R for. */
int		bp_pager_has_link(const char *, size_t);

#endif
