/*
 * FAQ and sections, which list and show alike: a numbered list of ids
 * and what they name, or one item (a heading, prose and its sources).
 */
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_shell.h"
#include "base/bp_suggest.h"
#include "base/bp_text.h"
#include "model/bp_doc.h"
#include "query/bp_lookup.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

/*
 * The items of a list, each numbered, with its id and name; then how to
 * print one: "Run 'bpolpo CMD ID' or 'bpolpo CMD NUMBER' purpose".
 */
static void
numbered(struct bp_buf *out, const struct bp_doc *d, const struct bp_opts *o,
    enum bp_list l, const char *heading, const char *none, const char *cmd,
    const char *purpose)
{
	struct bp_term_item	 item;
	struct bp_buf		 key = BP_BUF_INIT, line = BP_BUF_INIT;
	const struct bp_text	*id, *name;
	size_t			 i, n = bp_list_n(d, l), numw, idw = 0, w;

	if (n == 0) {
		bp_term_line(out, o, none);
		return;
	}
	bp_buf_printf(&key, "%zu", n);
	numw = key.len;
	for (i = 0; i < n; i++) {
		id = bp_list_id(d, l, i);
		if ((w = bp_text_width(id->s, id->len)) > idw)
			idw = w;
	}
	bp_term_heading_line(out, o, heading);
	bp_buf_putc(out, '\n');
	/* Made an item at a time: one key's room, whatever the list. */
	memset(&item, 0, sizeof(item));
	item.key_style = BP_TS_ID;
	for (i = 0; i < n; i++) {
		id = bp_list_id(d, l, i);
		name = bp_list_name(d, l, i);
		key.len = 0;
		bp_buf_printf(&key, "%*zu  %s", (int)numw, i + 1, id->s);
		item.key = key.data;
		item.text = name->s;
		item.len = name->len;
		bp_term_keyed_item(out, o, 2, numw + 2 + idw, &item);
	}
	bp_buf_putc(out, '\n');
	bp_buf_puts(&line, "Run '");
	key.len = 0;
	bp_buf_printf(&key, "%s ID", cmd);
	bp_command(&line, o->data, key.data);
	bp_buf_puts(&line, "' or '");
	key.len = 0;
	bp_buf_printf(&key, "%s NUMBER", cmd);
	bp_command(&line, o->data, key.data);
	bp_buf_printf(&line, "' %s.", purpose);
	bp_term_wrapped(out, o, 0, NULL, line.data, line.len);
	bp_buf_free(&key);
	bp_buf_free(&line);
}

/* One item: its title as a heading, its prose, the sources it cites. */
static void
article(struct bp_buf *out, const struct bp_doc *d, const struct bp_opts *o,
    const struct bp_text *title, const struct bp_text *body,
    const struct bp_texts *sources)
{
	bp_term_heading(out, o, title->s, title->len);
	bp_buf_putc(out, '\n');
	bp_term_prose(out, o, body->s, body->len);
	bp_term_cited(out, d, o, sources);
}

void
bp_term_faq_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	numbered(out, d, o, BP_LIST_FAQ, bp_parts[BP_PART_FAQ].heading,
	    bp_parts[BP_PART_FAQ].none, "faq", "for an answer");
}

void
bp_term_faq(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_faq *f, const struct bp_opts *o)
{
	article(out, d, o, &f->question, &f->answer, &f->sources);
}

void
bp_term_section_list(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_opts *o)
{
	numbered(out, d, o, BP_LIST_SECTIONS, "Sections",
	    bp_parts[BP_PART_SECTIONS].none, "show", "to read a section");
}

void
bp_term_section(struct bp_buf *out, const struct bp_doc *d,
    const struct bp_section *s, const struct bp_opts *o)
{
	article(out, d, o, &s->title, &s->body, &s->sources);
}
