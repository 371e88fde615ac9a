/* Files bpolpo writes: whole or not at all. */
#ifndef BP_OUTPUT_H
#define BP_OUTPUT_H

#include <stddef.h>

enum bp_write {
	BP_WRITE_OK,
	BP_WRITE_EXISTS,	/* the file is there, and replace was not set */
	BP_WRITE_FAILED		/* said why on standard error */
};

/*
 * Writes len bytes of data to path as a new file (mode 0666 less the
 * umask), or, with replace, over the file there (through a symbolic
 * link, to what it names), keeping its mode.  Never half of it is left:
 * a new file is made exclusively and removed if writing fails; a file
 * replaced is written beside it, synced and renamed over it, so that a
 * reader sees the old file or the new one.
 */
enum bp_write	bp_write_file(const char *path, const char *data, size_t len,
		    int replace);

#endif
