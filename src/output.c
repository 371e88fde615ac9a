/* Files bpolpo writes (init): created exclusively, or replaced by a rename. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bp_alloc.h"
#include "bp_buf.h"
#include "bp_diag.h"
#include "bp_output.h"

/* Writes all of data to fd; 0 and errno set on failure. */
static int
write_all(int fd, const char *data, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		if ((n = write(fd, data, len)) < 0) {
			if (errno == EINTR)
				continue;
			return 0;
		}
		data += n;
		len -= (size_t)n;
	}
	return 1;
}

/*
 * A temporary file beside path, as mkstemp(3) makes it; its name in tmp.
 * It takes the mode of the file it replaces, or a new file's.
 */
static int
beside(const char *path, struct bp_buf *tmp)
{
	const char	*slash = strrchr(path, '/');
	struct stat	 st;
	mode_t		 mask, mode;
	int		 fd;

	if (slash != NULL)
		bp_buf_putn(tmp, path, (size_t)(slash - path + 1));
	bp_buf_printf(tmp, ".%s.XXXXXX", slash != NULL ? slash + 1 : path);
	if ((fd = mkstemp(tmp->data)) < 0)
		return -1;
	mask = umask(0);
	umask(mask);
	/* Permissions only: a set-user-ID bit is not handed on. */
	mode = stat(path, &st) == 0 ? st.st_mode & 0777 : 0666 & ~mask;
	if (fchmod(fd, mode) < 0) {
		close(fd);
		unlink(tmp->data);
		return -1;
	}
	return fd;
}

enum bp_write
bp_write_file(const char *path, const char *data, size_t len, int replace)
{
	struct bp_buf	 tmp = BP_BUF_INIT;
	struct stat	 st;
	const char	*made;
	const char	*name = path;	/* as given, for messages */
	char		*real = NULL;
	int		 fd, err, ok, inplace = 0;

	/* A link is followed: what it names is replaced, not the link. */
	if (replace && (real = realpath(path, NULL)) != NULL)
		path = real;
	/*
	 * What is not a regular file (a FIFO, /dev/stdout, a device) is
	 * written to, as '>' would, never renamed over.
	 */
	if (replace && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		free(real);
		real = NULL;
		path = name;
		replace = 0;
		inplace = 1;
	}
	if (inplace)
		fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	else if (!replace)
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	else
		fd = beside(path, &tmp);
	if (fd < 0) {
		err = errno;
		bp_buf_free(&tmp);
		free(real);
		if (err == EEXIST && !replace)
			return BP_WRITE_EXISTS;
		bp_warnx("%s: %s", name, strerror(err));
		return BP_WRITE_FAILED;
	}
	made = replace ? tmp.data : path;
	/* On disk before the rename, or a crash could leave it empty. */
	ok = write_all(fd, data, len) && (!replace || fsync(fd) == 0);
	err = errno;
	if (close(fd) < 0 && ok) {
		ok = 0;
		err = errno;
	}
	if (!ok) {
		if (!inplace)
			unlink(made);
		bp_warnx("%s: %s", name, strerror(err));
		bp_buf_free(&tmp);
		free(real);
		return BP_WRITE_FAILED;
	}
	if (replace && rename(made, path) < 0) {
		err = errno;
		unlink(made);
		bp_warnx("%s: %s", name, strerror(err));
		bp_buf_free(&tmp);
		free(real);
		return BP_WRITE_FAILED;
	}
	bp_buf_free(&tmp);
	free(real);
	return BP_WRITE_OK;
}
