/* Terminal building blocks: headings, wrapped prose, keyed lists, citations. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_alloc.h"
#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_validate.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/* Below this many columns for the text, a keyed list puts text under its key. */
#define KEYED_MIN_TEXT	20

/* SGR sequences by style: the only control sequences bpolpo ever prints. */
static const char *const style_on[BP_TS__MAX] = {
	"",		/* BP_TS_NONE */
	"\033[1m",	/* BP_TS_HEADING: bold */
	"\033[1;32m",	/* BP_TS_EDGE: bold green */
	"\033[2m",	/* BP_TS_ID: dim */
	"\033[1m",	/* BP_TS_MATCH: bold */
};
#define STYLE_OFF	"\033[0m"

static void
styled(struct bp_buf *out, const struct bp_opts *o, enum bp_term_style st,
    const char *s, size_t len)
{
	int	 on = o->color && st != BP_TS_NONE && len > 0;

	if (on)
		bp_buf_puts(out, style_on[st]);
	bp_buf_putn(out, s, len);
	if (on)
		bp_buf_puts(out, STYLE_OFF);
}

static void
link_open(struct bp_buf *out, const char *url, size_t len)
{
	size_t		 i;
	unsigned char	 c;

	/*
	 * OSC 8 (egmontkob's spec, as ls --hyperlink writes it).  The URI is
	 * printable ASCII: anything else, which the URL check and the safe
	 * text keep out anyway, is percent-encoded, so nothing in it can
	 * end the sequence.
	 */
	bp_buf_puts(out, "\033]8;;");
	for (i = 0; i < len; i++) {
		c = (unsigned char)url[i];
		if (c <= 0x20 || c >= 0x7f)
			bp_buf_printf(out, "%%%02X", c);
		else
			bp_buf_putc(out, (char)c);
	}
	bp_buf_puts(out, "\033\\");
}

static void
link_close(struct bp_buf *out)
{
	bp_buf_puts(out, "\033]8;;\033\\");
}

void
bp_term_styled(struct bp_buf *out, const struct bp_opts *o,
    enum bp_term_style st, const char *s, size_t len)
{
	size_t	 i, from = 0, u;

	if (!o->hyperlinks) {
		styled(out, o, st, s, len);
		return;
	}
	/* Each URL a link to itself: the wrapper keeps it on one line. */
	for (i = 0; i < len; i++) {
		if ((s[i] != 'h' && s[i] != 'H') ||
		    (u = bp_url_len_text(s, len, i)) == 0)
			continue;
		styled(out, o, st, s + from, i - from);
		link_open(out, s + i, u);
		styled(out, o, st, s + i, u);
		link_close(out);
		i += u;
		from = i;
		i--;
	}
	styled(out, o, st, s + from, len - from);
}

/*
 * Wraps raw text behind indent spaces (the first line behind first, of
 * display width indent, when not NULL), each line in its style.
 */
static void
wrapped(struct bp_buf *out, const struct bp_opts *o, size_t indent,
    const char *first, enum bp_term_style st, const char *s, size_t len,
    int flags)
{
	struct bp_wrap	 w;
	struct bp_line	 line;
	struct bp_opts	 plain;
	size_t		 room, n = 0, k;
	int		 cut = 0;

	plain = *o;
	plain.hyperlinks = 0;
	room = o->width > indent ? o->width - indent : 1;
	bp_wrap_init(&w, s, len, room, flags);
	while (bp_wrap_next(&w, &line)) {
		if (n++ == 0 && first != NULL)
			bp_buf_puts(out, first);
		else
			bp_buf_repeat(out, " ", indent);
		/*
		 * A URL longer than a piece of the wrapper is split where
		 * the piece ends, and then is no link, as in a forced
		 * table: neither to the address cut short, on the line
		 * cut, nor to one inside it, on the line that goes on.
		 */
		bp_term_styled(out, cut || line.cut ? &plain : o, st, line.p,
		    line.len);
		cut = line.cut;
		bp_buf_putc(out, '\n');
	}
	if (n == 0 && first != NULL) {
		/* Nothing beside the first-line prefix: drop its padding. */
		for (k = strlen(first); k > 0 && first[k - 1] == ' '; k--)
			;
		bp_buf_putn(out, first, k);
		bp_buf_putc(out, '\n');
	}
	bp_wrap_free(&w);
}

static void
wrapped_style(struct bp_buf *out, const struct bp_opts *o,
    size_t indent, const char *first, enum bp_term_style st, const char *s,
    size_t len)
{
	wrapped(out, o, indent, first, st, s, len, 0);
}

void
bp_term_wrapped(struct bp_buf *out, const struct bp_opts *o, size_t indent,
    const char *first, const char *s, size_t len)
{
	wrapped(out, o, indent, first, BP_TS_NONE, s, len, 0);
}

void
bp_term_line(struct bp_buf *out, const struct bp_opts *o, const char *s)
{
	bp_term_wrapped(out, o, 0, NULL, s, strlen(s));
}

void
bp_term_run(struct bp_buf *out, const struct bp_opts *o, const char *pre,
    const char *args, const char *post)
{
	struct bp_buf	 line = BP_BUF_INIT;

	bp_buf_puts(&line, pre);
	bp_buf_putc(&line, '\'');
	bp_command(&line, o->data, args);
	bp_buf_putc(&line, '\'');
	bp_buf_puts(&line, post);
	bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
}

void
bp_term_heading(struct bp_buf *out, const struct bp_opts *o, const char *s,
    size_t len)
{
	wrapped_style(out, o, 0, NULL, BP_TS_HEADING, s, len);
}

void
bp_term_heading_line(struct bp_buf *out, const struct bp_opts *o, const char *s)
{
	bp_term_heading(out, o, s, strlen(s));
}

struct prose {
	struct bp_buf		*out;
	const struct bp_opts	*o;
	size_t			 n;
};

/*
 * A paragraph after a blank line, an item of a list with a bullet and a
 * hanging indent, as the choose lists have.
 */
static void
prose_para(enum bp_block kind, int first, const char *s, size_t len,
    void *arg)
{
	struct prose	*p = arg;

	if (p->n++ > 0 && first)
		bp_buf_putc(p->out, '\n');
	/* Inside a paragraph a single newline is a space. */
	if (kind == BP_BLOCK_ITEM)
		wrapped(p->out, p->o, 2, p->o->ascii ? "* " : "• ", BP_TS_NONE,
		    s, len, BP_WRAP_JOIN);
	else
		wrapped(p->out, p->o, 0, NULL, BP_TS_NONE, s, len,
		    BP_WRAP_JOIN);
}

void
bp_term_prose(struct bp_buf *out, const struct bp_opts *o, const char *s,
    size_t len)
{
	struct prose	 p = { out, o, 0 };

	bp_text_paragraphs(s, len, prose_para, &p);
}

void
bp_term_text(struct bp_buf *out, const struct bp_opts *o, const char *s,
    size_t len)
{
	bp_term_prose(out, o, s, len == SIZE_MAX ? strlen(s) : len);
}

void
bp_term_indented(struct bp_buf *out, const struct bp_opts *o, size_t indent,
    const char *s)
{
	bp_term_wrapped(out, o, indent, NULL, s, strlen(s));
}

void
bp_term_list(struct bp_buf *out, const struct bp_opts *o, const char *head,
    const struct bp_cmdinfo *list, size_t n)
{
	struct bp_term_item	*items;
	size_t			 i;

	items = bp_calloc(n, sizeof(*items));
	for (i = 0; i < n; i++) {
		items[i].key = list[i].name;
		items[i].text = list[i].summary;
		items[i].len = strlen(list[i].summary);
	}
	bp_term_heading_line(out, o, head);
	bp_term_keyed_list(out, o, 2, items, n);
	free(items);
}

void
bp_term_title(struct bp_buf *out, const struct bp_opts *o,
    const struct bp_doc *d)
{
	struct bp_buf	 line = BP_BUF_INIT;

	bp_term_heading(out, o, d->title.s, d->title.len);
	if (d->updated.s == NULL)
		return;
	bp_buf_puts(&line, "Last updated: ");
	bp_buf_putn(&line, d->updated.s, d->updated.len);
	bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	bp_buf_free(&line);
}

void
bp_term_keyed_item(struct bp_buf *out, const struct bp_opts *o, size_t indent,
    size_t keyw, const struct bp_term_item *item)
{
	struct bp_buf	 first = BP_BUF_INIT, key = BP_BUF_INIT;
	size_t		 textcol = indent + keyw + 2, w;

	bp_text_safe_line(&key, item->key, strlen(item->key));
	bp_buf_putn(&key, LIT(""));
	if (textcol + KEYED_MIN_TEXT <= o->width) {
		bp_buf_repeat(&first, " ", indent);
		bp_term_styled(&first, o, item->key_style, key.data, key.len);
		w = bp_text_width(key.data, key.len);
		/* Never below zero: keyw is the widest key, or more. */
		bp_buf_repeat(&first, " ", textcol > indent + w ?
		    textcol - indent - w : 1);
		bp_buf_putn(&first, LIT(""));
		wrapped_style(out, o,
		    indent + (w > keyw ? w : keyw) + 2, first.data,
		    item->text_style, item->text, item->len);
	} else {
		/* Too narrow for two columns: text goes below its key. */
		wrapped_style(out, o, indent, NULL, item->key_style,
		    item->key, strlen(item->key));
		wrapped_style(out, o, indent + 2, NULL,
		    item->text_style, item->text, item->len);
	}
	bp_buf_free(&first);
	bp_buf_free(&key);
}

void
bp_term_keyed_list(struct bp_buf *out, const struct bp_opts *o, size_t indent,
    const struct bp_term_item *items, size_t n)
{
	size_t	 i, keyw = 0, w;

	for (i = 0; i < n; i++)
		if ((w = bp_text_width(items[i].key, strlen(items[i].key))) >
		    keyw)
			keyw = w;
	for (i = 0; i < n; i++)
		bp_term_keyed_item(out, o, indent, keyw, &items[i]);
}

void
bp_term_source_at(struct bp_buf *out, const struct bp_opts *o, size_t number,
    const struct bp_source *src)
{
	struct bp_buf	 line = BP_BUF_INIT, num = BP_BUF_INIT;
	size_t		 indent;

	bp_buf_printf(&num, "  [%zu] ", number);
	indent = num.len;
	/* The citation marker links to the source too. */
	if (o->hyperlinks && src->url.s != NULL &&
	    bp_url_problem(&src->url) == NULL) {
		num.len = 0;
		bp_buf_puts(&num, "  ");
		link_open(&num, src->url.s, src->url.len);
		bp_buf_printf(&num, "[%zu]", number);
		link_close(&num);
		bp_buf_putc(&num, ' ');
	}
	bp_buf_putn(&line, src->title.s, src->title.len);
	if (src->publisher.s != NULL) {
		bp_buf_puts(&line, ", ");
		bp_buf_putn(&line, src->publisher.s, src->publisher.len);
	}
	bp_term_wrapped(out, o, indent, num.data, line.data, line.len);
	if (src->url.s != NULL)
		bp_term_wrapped(out, o, indent, NULL, src->url.s, src->url.len);
	bp_buf_free(&line);
	bp_buf_free(&num);
}

void
bp_term_cited(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o, const struct bp_texts *refs)
{
	const struct bp_source	*src;
	size_t			 i;

	if (refs->n == 0)
		return;
	bp_buf_putc(out, '\n');
	bp_term_heading_line(out, o, bp_parts[BP_PART_SOURCES].heading);
	for (i = 0; (src = bp_cited_next(d, refs, &i)) != NULL;)
		bp_term_source_at(out, o, bp_source_number(d, src), src);
}
