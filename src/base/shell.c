/* Commands a reader can run: words quoted for a POSIX shell, and "bpolpo --data FILE ARGS". */
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_shell.h"

void
bp_shell_quote(struct bp_buf *out, const char *s)
{
	const char	*p;

	if (*s != '\0' && s[strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789_@%+=:,./-")] == '\0') {
		bp_buf_puts(out, s);
		return;
	}
	/* Double quotes read best where nothing in them is special. */
	if (strpbrk(s, "\"$`\\!") == NULL) {
		bp_buf_putc(out, '"');
		bp_buf_puts(out, s);
		bp_buf_putc(out, '"');
		return;
	}
	bp_buf_putc(out, '\'');
	for (p = s; *p != '\0'; p++)
		if (*p == '\'')
			bp_buf_puts(out, "'\\''");
		else
			bp_buf_putc(out, *p);
	bp_buf_putc(out, '\'');
}

void
bp_command(struct bp_buf *out, const char *data, const char *args)
{
	bp_buf_puts(out, "bpolpo");
	if (data != NULL) {
		bp_buf_puts(out, " --data ");
		bp_shell_quote(out, data);
	}
	if (args != NULL && *args != '\0') {
		bp_buf_putc(out, ' ');
		bp_buf_puts(out, args);
	}
}
