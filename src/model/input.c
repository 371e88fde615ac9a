/* Input: the comparison from the binary, a file, a pipe or standard input, within the size cap. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/bp_diag.h"
#include "model/bp_data.h"
#include "model/bp_doc.h"
#include "model/bp_input.h"
#include "model/bp_validate.h"

#define BUILTIN_NAME	"(built-in)"
#define STDIN_NAME	"(stdin)"

/*
 * Opens path for reading: a regular file not over the limit, or a pipe,
 * as from "--data <(cmd)", read up to the limit.  Opened without
 * blocking, a FIFO with no writer reads as empty rather than hang; a
 * device, which may never end, is refused.  Returns the descriptor, or
 * -1 after saying why.
 */
static int
open_input(const char *path)
{
	struct stat	 st;
	int		 fd;

	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
		bp_warnx("%s: %s", path, bp_strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0)
		bp_warnx("%s: %s", path, bp_strerror(errno));
	else if (S_ISDIR(st.st_mode))
		bp_warnx("%s: is a directory: name a YAML file, or '-' for "
		    "standard input", path);
	else if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode))
		bp_warnx("%s: neither a regular file nor a pipe: name a "
		    "YAML file, or '-' for standard input", path);
	else if (S_ISREG(st.st_mode) && (size_t)st.st_size > BP_INPUT_LIMIT)
		bp_warnx("%s: larger than the %zu MiB limit", path,
		    BP_INPUT_LIMIT / 1024 / 1024);
	else {
		/*
		 * Blocking again: a file never blocks, and a pipe with a
		 * writer waits for its data.
		 */
		fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
		return fd;
	}
	close(fd);
	return -1;
}

int
bp_input(const char *path, int parse, long maxerrors, struct bp_diags *dg,
    struct bp_doc **doc)
{
	const char	*name;
	struct stat	 st;
	int		 fd = -1;

	*doc = NULL;
	name = path == NULL ? BUILTIN_NAME :
	    strcmp(path, "-") == 0 ? STDIN_NAME : path;
	if (path != NULL && strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if (path != NULL && (fd = open_input(path)) < 0)
		return 0;
	bp_diags_init(dg, name);
	if (maxerrors >= 0)
		bp_diags_limit(dg, (size_t)maxerrors);
	/* A file's problems may take its size from the first; a pipe's, as read. */
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
		bp_diags_input(dg, (size_t)st.st_size);
	if (path == NULL && !parse)
		return 1;	/* bp_default_doc: loaded when bpolpo was built */
	if (path == NULL)
		*doc = bp_load(name, bp_default_data, bp_default_len, dg);
	else {
		/* Parsed as it is read: a file or a pipe is never held whole. */
		*doc = bp_load_fd(name, fd, BP_INPUT_LIMIT, dg);
		if (fd != STDIN_FILENO)
			close(fd);
	}
	if (*doc != NULL)
		bp_validate(*doc, dg);
	return 1;
}
