/* Generated hard text for the property tests, shared by the unit tests. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/bp_buf.h"
#include "base/bp_diag.h"
#include "model/bp_doc.h"
#include "model/bp_validate.h"
#include "gen.h"

static unsigned long	 seed = 2026;

unsigned
gen_rnd(unsigned n)
{
	seed = seed * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed >> 33) % n);
}

void
gen_quoted(struct bp_buf *y, size_t max, const char *const *words, size_t nw,
    unsigned one_in)
{
	static const uint32_t hard[] = {
		'a', 'Z', ' ', ' ', ' ', ' ', '-', '*', '_', '<', '>', '&',
		'#', '|', '[', ']', '`', '~', '!', '\\', '"', ':', '@', '.',
		'1', '\t', '\n', '\r', 0x1b, 0x07, 0x7f, 0x85,
		0x0301, 0x0903, 0x0e33, 0xff9e, 0x1f3fb, 0x1f600, 0x1f468,
		0x200d, 0x200c, 0xfe0e, 0xfe0f, 0x1f1ef, 0x1f1f5, 0x1100,
		0x1161, 0x11a8, 0xac00, 0x4e2d, 0xff21, 0x200b, 0x200e,
		0x202e, 0x2066, 0x061c, 0xfeff, 0x00ad, 0x2028, 0xe0041,
		0x0627, 0x05d0, 0x3248, 0x2615, 0x263a,
	};
	size_t		 n = gen_rnd((unsigned)max + 1), i;
	uint32_t	 c;

	bp_buf_puts(y, "\"x");
	for (i = 0; i < n; i++) {
		if (nw > 0 && gen_rnd(one_in) == 0) {
			const char *w = words[gen_rnd((unsigned)nw)];

			for (; *w != '\0'; w++)
				if (*w == '"' || *w == '\\')
					bp_buf_printf(y, "\\%c", *w);
				else if (*w == '\n')
					bp_buf_puts(y, "\\n");
				else
					bp_buf_putc(y, *w);
			continue;
		}
		c = hard[gen_rnd(sizeof(hard) / sizeof(hard[0]))];
		if (c == '"' || c == '\\')
			bp_buf_printf(y, "\\%c", (char)c);
		else if (c >= 0x20 && c < 0x7f)
			bp_buf_putc(y, (char)c);
		else if (c <= 0xffff)
			bp_buf_printf(y, "\\u%04x", (unsigned)c);
		else
			bp_buf_printf(y, "\\U%08x", (unsigned)c);
	}
	bp_buf_putc(y, '"');
}

struct bp_doc *
gen_load(const char *text)
{
	struct bp_diags	 dg;
	struct bp_doc	*d;

	bp_diags_init(&dg, "t.yaml");
	d = bp_load("t.yaml", text, strlen(text), &dg);
	if (d != NULL)
		bp_validate(d, &dg);
	if (d == NULL || dg.nerrors > 0) {
		bp_diags_print(&dg);
		fprintf(stderr, "does not load:\n%s", text);
		abort();
	}
	bp_diags_free(&dg);
	return d;
}
