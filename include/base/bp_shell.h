/* Commands a reader can run, as bpolpo suggests them: quoted for the shell. */
#ifndef BP_SHELL_H
#define BP_SHELL_H

#include "base/bp_buf.h"

/*
 * Appends s as a POSIX shell word: as it is when it needs no quoting,
 * else in double quotes when nothing in it is special to them ("my
 * file.yaml"), else in single quotes ('$HOME'\''s').
 */
void	bp_shell_quote(struct bp_buf *out, const char *s);

/*
 * Appends the command a reader can run to see something: "bpolpo", then
 * "--data FILE" (FILE quoted) when data is not NULL, then args.
 */
void	bp_command(struct bp_buf *out, const char *data, const char *args);

#endif
