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

/* A temporary file beside path, as mkstemp(3) makes it; its name in tmp. */
static int
beside(const char *path, struct bp_buf *tmp)
{
	const char	*slash = strrchr(path, '/');
	mode_t		 mask;
	int		 fd;

	if (slash != NULL)
		bp_buf_putn(tmp, path, (size_t)(slash - path + 1));
	bp_buf_printf(tmp, ".%s.XXXXXX", slash != NULL ? slash + 1 : path);
	if ((fd = mkstemp(tmp->data)) < 0)
		return -1;
	/* mkstemp() makes it 0600: as any new file instead. */
	mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) < 0) {
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
	const char	*made;
	int		 fd, err, ok;

	if (!replace)
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	else
		fd = beside(path, &tmp);
	if (fd < 0) {
		err = errno;
		bp_buf_free(&tmp);
		if (err == EEXIST && !replace)
			return BP_WRITE_EXISTS;
		bp_warnx("%s: %s", path, strerror(err));
		return BP_WRITE_FAILED;
	}
	made = replace ? tmp.data : path;
	ok = write_all(fd, data, len);
	err = errno;
	if (close(fd) < 0 && ok) {
		ok = 0;
		err = errno;
	}
	if (!ok) {
		unlink(made);
		bp_warnx("%s: %s", path, strerror(err));
		bp_buf_free(&tmp);
		return BP_WRITE_FAILED;
	}
	if (replace && rename(made, path) < 0) {
		err = errno;
		unlink(made);
		bp_warnx("%s: %s", path, strerror(err));
		bp_buf_free(&tmp);
		return BP_WRITE_FAILED;
	}
	bp_buf_free(&tmp);
	return BP_WRITE_OK;
}
