/*
 * Where a command's output goes, and what becomes of it: the one owner.
 * main.c picks the destination before the command runs (standard output,
 * a terminal that may get a pager, or --output FILE); the command's
 * buffer is given its sink and writes to it in pieces of
 * BP_BUF_FLUSH_AT bytes; bp_output_close() writes the rest or drops it.
 * Every destination gets the same bytes.
 */
#ifndef BP_OUTPUT_H
#define BP_OUTPUT_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "base/bp_pager.h"

/* Whether and how a terminal's output is paged; main.c reads it off the environment. */
struct bp_paging {
	const char	*cmd;		/* the pager command */
	int		 always;	/* --paging=always: even when short */
	size_t		 rows;		/* the screen's height */
	int		 color;		/* the output is colored */
	int		 links;		/* it may hold hyperlinks */
};

enum bp_output_to {
	BP_TO_FD,	/* standard output, or a descriptor: as it comes */
	BP_TO_TERMINAL,	/* held until it is known whether to page it */
	BP_TO_FILE	/* a file, whole or not at all */
};

struct bp_output {
	struct bp_sink		 sink;	/* what a buffer is given */
	enum bp_output_to	 to;
	int			 fd;	/* where the bytes go; -1: not open yet */
	int			 error;	/* errno of the first failure, else 0 */
	int			 wrote;	/* something went out */
	/* BP_TO_FILE */
	const char		*name;	/* the file as given, for messages */
	char			*path;	/* what is replaced: a link followed */
	char			*tmp;	/* the temporary file, until renamed */
	int			 exclusive;	/* a new file, never one there */
	int			 inplace;	/* not a regular file: written to */
	int			 made;	/* the file or temporary file exists */
	/* BP_TO_TERMINAL */
	struct bp_paging	 paging;
	int			 unpaged;	/* bp_output_unpaged() */
	int			 paged;		/* the pager runs */
	struct bp_pager		 pager;
};

/*
 * Standard output; with paging, a terminal whose output is paged when
 * it is taller than paging->rows lines, or longer than BP_BUF_FLUSH_AT
 * bytes (where it starts going out), or always with paging->always.
 */
void	bp_output_stdout(struct bp_output *, const struct bp_paging *paging);

/* The descriptor fd, written as the output comes and closed at the end. */
void	bp_output_fd(struct bp_output *, int fd);

/*
 * The file path, made when the first byte is written (or at close):
 * exclusive, a new file (O_EXCL), removed if writing fails; else
 * written into a temporary file beside it that is synced and renamed
 * over it at close, so that a reader sees the old file or the new one
 * and a failure leaves the old one as it was.  What is not a regular
 * file (a FIFO, a device, /dev/stdout) is written to in place.  Until
 * the rename, an exit or a fatal signal (SIGINT, SIGTERM, SIGHUP)
 * removes the temporary file.
 */
void	bp_output_file(struct bp_output *, const char *path, int exclusive);

/* Never paged: the command asked questions on the terminal. */
void	bp_output_unpaged(struct bp_output *);

/*
 * Ends the output: with keep, what b still holds is written and the
 * file renamed into place (or the held output paged); without, it is
 * dropped and a file left as it was.  0, or -1 after saying why
 * ("FILE: No space left on device", "write error: ..."); a closed pipe
 * on standard output is no error.
 */
int	bp_output_close(struct bp_output *, struct bp_buf *b, int keep);

enum bp_write {
	BP_WRITE_OK,
	BP_WRITE_EXISTS,	/* the file is there, and replace was not set */
	BP_WRITE_FAILED		/* said why on standard error */
};

/* len bytes of data as the file path, as bp_output_file() writes one. */
enum bp_write	bp_write_file(const char *path, const char *data, size_t len,
		    int replace);

#endif
