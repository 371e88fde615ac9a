/*
 * The loader's state, shared by its two files: model/load.c (events into
 * structs) and model/reader.c (bytes in, the window kept for messages,
 * the YAML reader's errors said as problems).  Not for others: what the
 * model offers is model/bp_doc.h's bp_load() and bp_load_fd().
 */
#ifndef BP_LOADER_H
#define BP_LOADER_H

#include <sys/types.h>

#include <stddef.h>

#include <yaml.h>

#include "base/bp_diag.h"
#include "base/bp_mark.h"
#include "model/bp_doc.h"

/*
 * A message about input not held in memory (a file, a pipe) reads its
 * lines from the last bytes read: at least this many, at most twice it.
 */
#define BP_LOADER_WINDOW	((size_t)128 * 1024)

/* A UTF-8 byte-order mark: dropped where input starts with one. */
#define BP_BOM		"\xef\xbb\xbf"

struct loader {
	yaml_parser_t	 parser;
	struct bp_diags	*diags;
	yaml_event_t	 ev;		/* the current event */
	int		 live;		/* ev holds one, to be deleted */
	yaml_event_t	 ahead;		/* the next one, when peeked */
	int		 peeked;
	int		 failed;	/* a fatal problem: stop */
	struct bp_doc	*doc;
	size_t		 held;		/* bytes of the item lists */
	size_t		 building[3];	/* bytes of lists being read, by room */
	/*
	 * The input: in memory, or read from fd: a pipe (anything but a
	 * file) with a window kept as it is read; a file (base >= 0,
	 * where reading began) with the window's place counted as it is
	 * read, and read again into win when a problem needs it.
	 */
	const char	*text;
	size_t		 len;
	int		 fd;
	size_t		 limit;
	off_t		 base;		/* a file's offset at the start, or -1 */
	int		 started;	/* the first bytes read: a BOM looked for */
	int		 bom;		/* bytes of byte-order mark dropped */
	size_t		 nread;		/* bytes read from fd (BOM not counted) */
	int		 read_errno;
	char		*win;		/* the last bytes read, from wstart on
					   (a file's: NULL until needed) */
	size_t		 wlen, wstart;
	struct bp_mark	 wmark;		/* line:col of wstart */
	/* Room to build lists in before they are handed to the document. */
	struct bp_text	*tmp;
	size_t		 tmpcap;
	struct bp_value	*vals;
	size_t		 valcap;
	struct bp_choice *chs;
	size_t		 chcap;
};

/* A libyaml mark as people count: from 1. */
static inline struct bp_mark
bp_mark_of(yaml_mark_t m)
{
	struct bp_mark	 at;

	/* libyaml counts from 0; people count from 1. */
	at.line = (unsigned int)m.line + 1;
	at.col = (unsigned int)m.column + 1;
	return at;
}

/*
 * libyaml's input handler for a descriptor (l->fd): counts, holds to
 * l->limit, drops a byte-order mark, keeps a window for messages (of a
 * file, its place only).
 */
int	bp_loader_read(void *l, unsigned char *buf, size_t size, size_t *got);

/* Sets l->base when l->fd is a file, which can be read again for messages. */
void	bp_loader_seekable(struct loader *l);

/* The parser stopped: its problem said, with a hint where one helps. */
void	bp_loader_syntax_error(struct loader *l);

#endif
