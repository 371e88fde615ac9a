/* decide's questions on a terminal, answered a line at a time. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_text.h"
#include "query/bp_decide.h"
#include "render/bp_render.h"
#include "render/bp_term.h"
#include "cli/bp_ask.h"

/* Columns the prompt leaves for the answer on its line. */
#define PROMPT_ROOM	6

/* What a line said. */
enum reply {
	R_ANSWER,	/* *value is set */
	R_SKIP,
	R_BACK,
	R_QUIT,
	R_HELP,
	R_UNKNOWN
};

/*
 * The words a reply may be, each also by its first letter, and what they
 * say: the parser, the prompt and the answer shown after going back all
 * read this table.  An answer's word is for one way of asking (by);
 * the others are for both (-1).  Enter (skip) and '?' (help) are keys,
 * not words.
 */
static const struct word {
	const char	*word;
	enum reply	 reply;
	int		 by;
	size_t		 value;
} words[] = {
	{ "yes", R_ANSWER, BP_BY_CRITERIA, BP_ANS_YES },
	{ "no", R_ANSWER, BP_BY_CRITERIA, BP_ANS_NO },
	{ BP_EITHER_WORD, R_ANSWER, BP_BY_FEATURES, BP_PICK_EITHER },
	{ "back", R_BACK, -1, 0 },
	{ "quit", R_QUIT, -1, 0 },
	{ "help", R_HELP, -1, 0 },
};
#define NWORDS	(sizeof(words) / sizeof(words[0]))

/* Whether word (len bytes) is w, or its first letter alone. */
static int
is(const char *word, size_t len, const char *w)
{
	return (len == 1 && (word[0] | 0x20) == w[0]) ||
	    (len == strlen(w) && bp_ascii_ncasecmp(word, w, len) == 0);
}

/*
 * A subject by its number, 1 to n: its place in the list, which always
 * picks it, whatever it is called.
 */
static int
subject_number(const struct bp_doc *d, const char *s, size_t len,
    size_t *subject)
{
	size_t	 i, n = 0;

	if (len == 0 || len >= 10 || strspn(s, "0123456789") < len)
		return 0;
	for (i = 0; i < len; i++)
		n = n * 10 + (size_t)(s[i] - '0');
	if (n < 1 || n > d->nsubjects)
		return 0;
	*subject = n - 1;
	return 1;
}

/* A subject by its id or its short name, in any case. */
static int
subject_named(const struct bp_doc *d, const char *s, size_t len,
    size_t *subject)
{
	const struct bp_text	*sh;
	size_t			 i;

	for (i = 0; i < d->nsubjects; i++) {
		sh = bp_short_of(&d->subjects[i]);
		if ((d->subjects[i].id.s != NULL && d->subjects[i].id.len ==
		    len && bp_ascii_ncasecmp(d->subjects[i].id.s, s, len) ==
		    0) || (sh->s != NULL && sh->len == len &&
		    bp_ascii_ncasecmp(sh->s, s, len) == 0)) {
			*subject = i;
			return 1;
		}
	}
	return 0;
}

/* The line without the blanks around it and its line break. */
static void
trim(const char **line, size_t *len)
{
	while (*len > 0 && ((*line)[*len - 1] == '\n' ||
	    (*line)[*len - 1] == '\r' || (*line)[*len - 1] == ' ' ||
	    (*line)[*len - 1] == '\t'))
		(*len)--;
	while (*len > 0 && (**line == ' ' || **line == '\t')) {
		(*line)++;
		(*len)--;
	}
}

/*
 * A line, trimmed, as a reply.  By features a number is a subject's
 * place; then come the words, which keep the meaning the prompt gives
 * them whatever the subjects are called; then a subject's id or short
 * name.  *word: the word's index in words[], or NWORDS; *clash: the
 * subject the line also names when a word took it, or SIZE_MAX.
 */
static enum reply
reply_of(const struct bp_decision *dc, const char *line, size_t len,
    size_t *value, size_t *word, size_t *clash)
{
	size_t	 s, k;
	int	 features = dc->by == BP_BY_FEATURES;

	*word = NWORDS;
	*clash = SIZE_MAX;
	if (len == 0)
		return R_SKIP;
	if (len == 1 && *line == '?')
		return R_HELP;
	if (features && subject_number(dc->doc, line, len, &s)) {
		*value = BP_PICK_SUBJECT + s;
		return R_ANSWER;
	}
	for (k = 0; k < NWORDS; k++)
		if ((words[k].by < 0 || words[k].by == (int)dc->by) &&
		    is(line, len, words[k].word)) {
			if (features && subject_named(dc->doc, line, len, &s))
				*clash = s;
			*word = k;
			*value = words[k].value;
			return words[k].reply;
		}
	if (features && subject_named(dc->doc, line, len, &s)) {
		*value = BP_PICK_SUBJECT + s;
		return R_ANSWER;
	}
	return R_UNKNOWN;
}

/*
 * What a word typed (len bytes at typed) did when a subject is called
 * the same, and how to pick that subject: "'b' means back here; answer
 * 1 for B."
 */
static void
clash_note(struct bp_buf *b, const struct bp_opts *o,
    const struct bp_decision *dc, const char *typed, size_t len,
    size_t word, size_t subject)
{
	struct bp_buf		 line = BP_BUF_INIT;
	const struct bp_text	*sh = bp_short_of(&dc->doc->subjects[subject]);

	bp_buf_putc(&line, '\'');
	bp_buf_putn(&line, typed, len);
	bp_buf_printf(&line, "' means %s here; answer %zu for ",
	    words[word].word, subject + 1);
	if (sh->s != NULL)
		bp_buf_putn(&line, sh->s, sh->len);
	bp_buf_putc(&line, '.');
	/* Made safe as it is wrapped: the short name is data. */
	bp_term_line(b, o, line.data);
	bp_buf_free(&line);
}

/*
 * The prompt after a question: the answers it takes, then "> ".  Too
 * wide for the line, the answers are wrapped above a bare "> ".
 */
static void
prompt(struct bp_buf *b, const struct bp_opts *o,
    const struct bp_decision *dc)
{
	struct bp_buf	 p = BP_BUF_INIT;
	size_t		 k;
	int		 pass;

	if (dc->by == BP_BY_FEATURES)
		bp_buf_printf(&p, "1-%zu, ", dc->doc->nsubjects);
	/* The answers, Enter, the other words; help is '?'. */
	for (pass = 0; pass < 2; pass++) {
		for (k = 0; k < NWORDS; k++)
			if ((words[k].reply == R_ANSWER) == (pass == 0) &&
			    words[k].reply != R_HELP && (words[k].by < 0 ||
			    words[k].by == (int)dc->by))
				bp_buf_printf(&p, "[%c]%s, ", words[k].word[0],
				    words[k].word + 1);
		if (pass == 0)
			bp_buf_puts(&p, "Enter to skip, ");
	}
	bp_buf_putc(&p, '?');
	/* Room after "> " for what is typed: a short word, "either". */
	if (p.len + 3 + PROMPT_ROOM <= o->width) {
		bp_buf_putn(b, p.data, p.len);
		bp_buf_puts(b, " > ");
	} else {
		bp_term_line(b, o, p.data);
		bp_buf_puts(b, "> ");
	}
	bp_buf_free(&p);
}

/* What question i was answered, when it was (the reader went back). */
static void
answered(struct bp_buf *b, const struct bp_opts *o,
    const struct bp_decision *dc, size_t i)
{
	struct bp_buf	 line = BP_BUF_INIT;
	size_t		 v, k;

	v = dc->by == BP_BY_CRITERIA ? dc->answers[i] : dc->picks[i];
	/* Zero is no answer, in both ways of asking. */
	if (v != 0) {
		bp_buf_puts(&line, "Answered ");
		for (k = 0; k < NWORDS; k++)
			if (words[k].reply == R_ANSWER &&
			    words[k].by == (int)dc->by && words[k].value == v)
				break;
		if (k < NWORDS)
			bp_buf_puts(&line, words[k].word);
		else
			bp_buf_printf(&line, "%zu", v - BP_PICK_SUBJECT + 1);
	}
	if (line.len > 0) {
		bp_buf_puts(&line, "; a new answer replaces it, Enter "
		    "clears it.");
		bp_term_line(b, o, line.data);
	}
	bp_buf_free(&line);
}

static void
help(struct bp_buf *b, const struct bp_opts *o, const struct bp_decision *dc)
{
	struct bp_buf	 line = BP_BUF_INIT;
	size_t		 k, n = 0;

	if (dc->by == BP_BY_CRITERIA) {
		bp_term_line(b, o, "Answer y if this describes your situation, "
		    "n if it does not; press Enter to skip it, b to go back to "
		    "the question before, q to stop and see the result so "
		    "far.");
		return;
	}
	bp_buf_puts(&line, "Answer with the number (or the id) of the "
	    "subject whose value describes your need better, or e if either "
	    "does; press Enter to skip it, b to go back to the question "
	    "before, q to stop and see the result so far. A subject called "
	    "by one of these words (");
	/* The words come first: those this way of asking takes. */
	for (k = 0; k < NWORDS; k++)
		if (words[k].by < 0 || words[k].by == (int)dc->by)
			bp_buf_printf(&line, "%s%c, %s", n++ > 0 ? ", " : "",
			    words[k].word[0], words[k].word);
	bp_buf_puts(&line, ") is picked by its number, as any subject may "
	    "be.");
	bp_term_line(b, o, line.data);
	bp_buf_free(&line);
}

/* Writes b to out and empties it. */
static void
flush(struct bp_buf *b, FILE *out)
{
	if (b->len > 0)
		fwrite(b->data, 1, b->len, out);
	fflush(out);
	b->len = 0;
}

/* A prompt p, then "> "; too wide for the line, p above a bare "> ". */
static void
ask_prompt(struct bp_buf *b, const struct bp_opts *o, const char *p)
{
	if (strlen(p) + 3 + PROMPT_ROOM <= o->width) {
		bp_buf_puts(b, p);
		bp_buf_puts(b, " > ");
	} else {
		bp_term_line(b, o, p);
		bp_buf_puts(b, "> ");
	}
}

/* Whether question i was answered for a subject: yes, or picked for one. */
static int
fits(const struct bp_decision *dc, size_t i)
{
	return dc->by == BP_BY_CRITERIA ? dc->answers[i] == BP_ANS_YES :
	    dc->picks[i] >= BP_PICK_SUBJECT;
}

/*
 * One line read into *line, trimmed: 1, or 0 at the end of input, -1
 * on a read error.
 */
static int
read_line(FILE *in, char **line, size_t *cap, const char **typed,
    size_t *tlen)
{
	ssize_t	 len;

	errno = 0;
	if ((len = getline(line, cap, in)) < 0) {
		if (errno == ENOMEM)
			bp_oom();
		return ferror(in) ? -1 : 0;
	}
	*typed = *line;
	*tlen = (size_t)len;
	trim(typed, tlen);
	return 1;
}

/*
 * The pass after the answers: offered when some answer fits, each of
 * those weighed in turn (Enter keeps it), 'q' or the end of input
 * stopping it.  -1 on a read error.
 */
static int
weigh(FILE *in, FILE *out, struct bp_decision *dc, const struct bp_opts *o,
    struct bp_buf *b, char **line, size_t *cap)
{
	const struct bp_text	*t;
	struct bp_buf		 head = BP_BUF_INIT;
	const char		*typed;
	size_t			 i, k, m = 0, tlen, n = bp_decision_n(dc);
	int			 r = 1;

	for (i = 0; i < n; i++)
		m += fits(dc, i);
	if (m == 0)
		return 0;
	bp_buf_putc(b, '\n');
	bp_term_line(b, o, "Do some answers matter more than others?");
	ask_prompt(b, o, "[w]eigh them, Enter to skip");
	flush(b, out);
	if ((r = read_line(in, line, cap, &typed, &tlen)) <= 0 ||
	    !is(typed, tlen, "weigh"))
		goto done;
	for (i = k = 0; i < n && r > 0; i++) {
		if (!fits(dc, i))
			continue;
		k++;
		bp_buf_putc(b, '\n');
		head.len = 0;
		bp_buf_printf(&head, "%zu/%zu  How much does this matter?", k, m);
		bp_term_heading(b, o, head.data, head.len);
		t = bp_question_text(dc, i);
		bp_term_wrapped(b, o, 0, NULL, t->s != NULL ? t->s : "", t->len);
		for (;;) {
			head.len = 0;
			bp_buf_printf(&head, "%d-%d, Enter keeps %u, [q]uit",
			    BP_WEIGHT_DEFAULT, BP_WEIGHT_MAX,
			    (unsigned)dc->weights[i]);
			ask_prompt(b, o, head.data);
			flush(b, out);
			if ((r = read_line(in, line, cap, &typed, &tlen)) <= 0)
				break;
			if (tlen == 0)
				break;
			if (tlen == 1 && *typed >= '0' + BP_WEIGHT_MIN &&
			    *typed <= '0' + BP_WEIGHT_MAX) {
				dc->weights[i] = (unsigned char)(*typed - '0');
				break;
			}
			if (is(typed, tlen, "quit")) {
				r = 0;
				break;
			}
			bp_term_line(b, o, "Not a weight here: a number from 1 "
			    "to 5 (0: it does not count), or Enter.");
		}
	}
done:
	if (r == 0 && feof(in))
		bp_buf_putc(b, '\n');
	bp_buf_free(&head);
	return r < 0 ? -1 : 0;
}

int
bp_ask_file(FILE *in, FILE *out, struct bp_decision *dc,
    const struct bp_opts *o)
{
	struct bp_buf	 b = BP_BUF_INIT;
	char		*line = NULL;
	const char	*typed;
	size_t		 cap = 0, i = 0, n = bp_decision_n(dc), value = 0;
	size_t		 tlen, word, clash;
	enum reply	 r;
	ssize_t		 len;
	int		 ask = 1, rc = 0, quit = 0;

	while (i < n) {
		if (ask) {
			bp_buf_putc(&b, '\n');
			bp_term_question(&b, o, dc, i, i + 1);
			answered(&b, o, dc, i);
		}
		prompt(&b, o, dc);
		flush(&b, out);
		ask = 1;
		errno = 0;
		if ((len = getline(&line, &cap, in)) < 0) {
			if (errno == ENOMEM)
				bp_oom();
			/* A read that failed is no answer: the caller says so. */
			if (ferror(in)) {
				rc = -1;
				break;
			}
			/* End of input: as quit, on a line of its own. */
			fputc('\n', out);
			quit = 1;
			break;
		}
		typed = line;
		tlen = (size_t)len;
		trim(&typed, &tlen);
		r = reply_of(dc, typed, tlen, &value, &word, &clash);
		if (clash != SIZE_MAX)
			clash_note(&b, o, dc, typed, tlen, word, clash);
		switch (r) {
		case R_ANSWER:
			if (dc->by == BP_BY_CRITERIA)
				dc->answers[i] = (unsigned char)value;
			else
				dc->picks[i] = value;
			i++;
			break;
		case R_SKIP:
			if (dc->by == BP_BY_CRITERIA)
				dc->answers[i] = BP_ANS_NONE;
			else
				dc->picks[i] = BP_PICK_NONE;
			i++;
			break;
		case R_BACK:
			if (i == 0) {
				bp_term_line(&b, o,
				    "This is the first question.");
				ask = 0;
			} else
				i--;
			break;
		case R_QUIT:
			i = n;
			quit = 1;
			break;
		case R_HELP:
			help(&b, o, dc);
			ask = 0;
			break;
		case R_UNKNOWN:
			bp_term_line(&b, o, "Not an answer here; ? explains.");
			ask = 0;
			break;
		}
	}
	/* Stopped (q, the end of input), the result comes straight away. */
	if (rc == 0 && !quit)
		rc = weigh(in, out, dc, o, &b, &line, &cap);
	bp_buf_putc(&b, '\n');
	flush(&b, out);
	free(line);
	bp_buf_free(&b);
	return rc;
}

int
bp_ask_can(void)
{
	return isatty(STDIN_FILENO);
}

int
bp_ask(struct bp_decision *dc, const struct bp_opts *o)
{
	struct bp_opts	 q = *o;

	/* Questions go to standard error: as wide and colored as it is. */
	q.color = o->ask_color;
	if (o->ask_width >= BP_MIN_WIDTH)
		q.width = o->ask_width;
	return bp_ask_file(stdin, stderr, dc, &q);
}
