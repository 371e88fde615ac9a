/*
 * The terminal renderer: a function per command, each in its own file.
 * Apart from render/term/term.c, which those files build on, so that the
 * building blocks never refer back to what is built of them.
 */
#include "query/bp_diff.h"
#include "render/bp_render.h"
#include "render/bp_term.h"

const struct bp_renderer bp_term_renderer = {
	.overview = bp_term_overview,
	.compare = bp_term_compare,
	.verdict = bp_term_verdict,
	.faq_list = bp_term_faq_list,
	.faq = bp_term_faq,
	.section_list = bp_term_section_list,
	.section = bp_term_section,
	.sources = bp_term_sources,
	.source = bp_term_source,
	.search = bp_term_search,
	.decide = bp_term_decide,
	.questions = bp_term_questions,
	.export = bp_term_export,
	.diff = bp_term_diff,
	.check = bp_term_check,
};
