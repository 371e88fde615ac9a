/*
 * The JSON writer (render/json/write.c), for the files of render/json/
 * alone: a streaming writer whose containers are opened and closed as
 * the document is written, so that memory is that of a piece of a
 * string, never of the document.  Everything it writes goes to w->out.
 */
#ifndef BP_JSON_H
#define BP_JSON_H

#include <stddef.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"

/* The version of the JSON documents' format ("format": 1). */
#define BP_JSON_FORMAT	1

/*
 * A streaming writer: containers are opened and closed here and every
 * value is written as it comes, so memory stays that of one string
 * piece, not of the document.  Formatted output indents two spaces a
 * level, as jq does.
 */
struct bp_jw {
	struct bp_buf	*out;
	int		 compact;
	size_t		 depth;
	unsigned char	 first[32];	/* per open container: nothing in it yet */
	const struct bp_opts *o;	/* the subjects shown (--subjects) */
};

/* The subjects shown (--subjects), their number and the i-th's index. */
size_t	bp_jw_cols_n(const struct bp_jw *, const struct bp_doc *);
size_t	bp_jw_col(const struct bp_jw *, const struct bp_doc *, size_t i);
/* A line break and the indentation (none when compact). */
void	bp_jw_newline(struct bp_jw *);
/* A container opened ('{', '[') and closed ('}', ']'). */
void	bp_jw_open_c(struct bp_jw *, char);
void	bp_jw_close_c(struct bp_jw *, char);
/* Before a member or element: the comma and the line break. */
void	bp_jw_next(struct bp_jw *);
/* s as a JSON string. */
void	bp_jw_string(struct bp_buf *, const char *s, size_t len);
/* A member's key; then its value, a string, a number, a text (or null). */
void	bp_jw_key(struct bp_jw *, const char *);
void	bp_jw_str_member(struct bp_jw *, const char *k, const char *s,
	    size_t len);
void	bp_jw_num_member(struct bp_jw *, const char *k, size_t n);
void	bp_jw_text_value(struct bp_jw *, const struct bp_text *);
void	bp_jw_text_member(struct bp_jw *, const char *k,
	    const struct bp_text *);
/* Words from the command line, each invalid byte U+FFFD. */
void	bp_jw_argument(struct bp_jw *, const char *);
/* A command's document opened, {"format": 1, "command": ...}, and ended. */
void	bp_jw_begin(struct bp_jw *, struct bp_buf *, const struct bp_opts *,
	    const char *command);
void	bp_jw_end(struct bp_jw *);
/* The title and the date, when there is one. */
void	bp_jw_heading(struct bp_jw *, const struct bp_doc *);

/* decide (render/json/decide.c). */
void	bp_json_questions(struct bp_buf *, const struct bp_doc *,
	    const struct bp_decision *, int, const struct bp_opts *);
void	bp_json_decide(struct bp_buf *, const struct bp_doc *,
	    const struct bp_decision *, const struct bp_opts *);

#endif
