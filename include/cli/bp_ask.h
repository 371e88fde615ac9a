/*
 * decide on a terminal: each question asked, its answer read a line at a
 * time (no raw mode: it works over ssh, in tmux, in a pipe to a test).
 */
#ifndef BP_ASK_H
#define BP_ASK_H

#include <stdio.h>

#include "query/bp_decide.h"
#include "render/bp_render.h"

/* Whether there is someone to ask: standard input is a terminal. */
int	bp_ask_can(void);

/*
 * Asks dc's questions in order on standard error, reading answers from
 * standard input, and sets dc's answers.  See bp_ask_file().
 */
int	bp_ask(struct bp_decision *dc, const struct bp_opts *o);

/*
 * The same with any streams: questions and prompts to out (wrapped to
 * o->width, styled by o->color), answers from in.  Returns 0, or -1
 * when reading in failed (errno says why); out of memory exits.  Each
 * answer is a line: by criteria y[es] or n[o]; by features a subject's
 * number, id or short name, or e[ither]; for both, an empty line skips,
 * b[ack] goes to the question before, q[uit] stops, and ? or h[elp]
 * explains.  The words keep that meaning whatever the subjects are
 * called: a subject called like one is picked by its number, which a
 * line says when one is typed.  End of input stops, as quit does.
 * Anything else is explained and asked again.
 */
int	bp_ask_file(FILE *in, FILE *out, struct bp_decision *dc,
	    const struct bp_opts *o);

#endif
