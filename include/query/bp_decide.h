/*
 * decide: the "Choose X if" lists as criteria (or the feature rows as
 * picks), the reader's answers, and what they lean to.  No I/O: the
 * renderers show a decision, cli/ask.c asks for one.  A decision points
 * into its document, which must outlive it, and is freed with
 * bp_decision_free().
 */
#ifndef BP_DECIDE_H
#define BP_DECIDE_H

#include <stddef.h>
#include <stdint.h>

#include "base/bp_buf.h"
#include "model/bp_doc.h"

/*
 * One entry of a subject's choose list.  Its id is "SUBJECT.N", N from 1
 * in the list's order ("tea.2"), made when asked (bp_criterion_id()):
 * made once for every entry, a long subject id times a long list would
 * take far more memory than the document.  Its text is the document's
 * (bp_criterion_text()): 8 bytes an entry, where a list of short ones
 * gives 17 bytes of file for each and the document takes twice that.
 */
struct bp_criterion {
	uint32_t		 subject;	/* index into doc->subjects */
	uint32_t		 n;		/* 1-based place in its list */
};

/*
 * Every criterion of a comparison, in an order that favours no subject:
 * the first of each subject's list in the order of doc->subjects, then
 * the second of each, and so on; a shorter list drops out when it ends.
 * A subject without a choose list has none.
 */
struct bp_criteria {
	const struct bp_doc		 *doc;
	struct bp_criterion		 *v;
	size_t				  n;
	size_t				  nsubjects;	/* doc->nsubjects */
	/*
	 * By subject: subject s's criteria, in its list's order, are
	 * v[slot[start[s]]] to v[slot[start[s + 1] - 1]].
	 */
	size_t				 *start;
	uint32_t			 *slot;
	/* The subjects that have criteria, by id: for look-ups. */
	const struct bp_subject		**byid;
	size_t				  nbyid;
	/* By subject: its choose list in the document, or NULL. */
	const struct bp_texts		**lists;
	/*
	 * The document before --subjects chose some of its subjects, or
	 * NULL: an id of a criterion of a subject left out says so.
	 */
	const struct bp_doc		 *whole;
};

/*
 * Lists the criteria of d, which must outlive c, in O(n + s log s) for
 * n entries and s subjects.  Free c with bp_criteria_free().
 */
void	bp_criteria_make(const struct bp_doc *d, struct bp_criteria *c);
void	bp_criteria_free(struct bp_criteria *);

/* Criterion i's text, the entry in the document. */
const struct bp_text	*bp_criterion_text(const struct bp_criteria *,
			    size_t i);

/* Appends the id of criterion i, "tea.2": data text, raw. */
void	bp_criterion_id(struct bp_buf *, const struct bp_criteria *, size_t i);

/*
 * The index of the criterion whose id is the len bytes at id (any case
 * by ASCII rules; no blanks around it), or c->n when there is none.
 * O(log s), whatever the bytes.
 */
size_t	bp_criteria_find(const struct bp_criteria *, const char *id,
	    size_t len);

/*
 * An answer to one criterion (kept in an unsigned char: a 64 MiB file may
 * hold millions); zero is none: calloc'd answers are unanswered.
 */
enum bp_answer {
	BP_ANS_NONE,
	BP_ANS_YES,		/* it fits */
	BP_ANS_NO
};

/*
 * Gives value (BP_ANS_YES or BP_ANS_NO) to each criterion a
 * comma-separated list names, as --yes and --no take them ("tea.1,
 * tea.3": blanks around the ids allowed, an id given twice once).
 * answers holds c->n, each BP_ANS_NONE or an earlier call's answer.
 * Returns 1; or 0 with a message (one line, safe to show) appended to
 * err and answers as they were: for an empty list or item, an id no
 * criterion has (with the nearest ids, and all of them when they are
 * few), or a criterion already given the other answer.  Any bytes, of
 * any length, in linear time.
 */
int	bp_answers_parse(const struct bp_criteria *c, const char *list,
	    int value, unsigned char *answers, struct bp_buf *err);

/* One subject's criteria and how they were answered. */
struct bp_tally_subject {
	size_t	 total;		/* its criteria */
	size_t	 answered;	/* answered yes or no */
	size_t	 fits;		/* answered yes */
	size_t	 wfits;		/* the weights of those answered yes */
};

/*
 * How much an answer matters: BP_WEIGHT_MIN to BP_WEIGHT_MAX, kept in an
 * unsigned char a question; every weight is BP_WEIGHT_DEFAULT unless
 * given (--weight, the terminal's pass, a saved file).
 */
#define BP_WEIGHT_MIN		0
#define BP_WEIGHT_MAX		5
#define BP_WEIGHT_DEFAULT	1

/*
 * A subject's score: the weights of its fits over its answered
 * questions, wfits / answered (0 when none is answered).  With every
 * weight 1 it is the proportion fits / answered that the lean has
 * always compared.  Compared exactly: a cross-multiplication.
 */
int	bp_score_cmp(size_t wa, size_t na, size_t wb, size_t nb);

enum bp_lean {
	BP_LEAN_SUBJECT,	/* one subject fits best */
	BP_LEAN_TIE,		/* two or more fit equally well */
	BP_LEAN_NONE		/* no answer is yes: nothing to lean on */
};

/*
 * What the answers lean to: among the subjects with a score above 0 (a
 * fit of weight above 0), the one with the highest score (with every
 * weight 1, the most fits for its answered criteria: a proportion, so
 * 1 of 1 beats 2 of 3), or those that share the best score.
 */
struct bp_tally {
	struct bp_tally_subject	*v;	/* per subject, in subject order */
	size_t			 n;
	size_t			 answered;	/* all subjects' */
	enum bp_lean		 lean;
	/*
	 * The subject leaned to (SUBJECT: ntop is 1), or those tied (TIE:
	 * ntop is 2 or more), as indexes in subject order; NONE: ntop 0.
	 */
	size_t			*top;
	size_t			 ntop;
};

/*
 * Counts the answers (c->n of them, or NULL for none) with their weights
 * (c->n, or NULL: every weight BP_WEIGHT_DEFAULT) into t, which the
 * caller frees with bp_tally_free().
 */
void	bp_tally(const struct bp_criteria *c, const unsigned char *answers,
	    const unsigned char *weights, struct bp_tally *t);
void	bp_tally_free(struct bp_tally *);

/* What decide asks about: --by's values, bp_bys[] in cli/options.c. */
enum bp_by {
	BP_BY_CRITERIA,		/* each "Choose X if" entry: yes or no */
	BP_BY_FEATURES,		/* each feature row: which subject, or either */
	BP_BY__MAX
};
/* Their names, as --by and JSON's "by" say them; NULL-terminated. */
extern const char *const	bp_bys[];

/*
 * A pick for a feature row: none, either, or subject s as
 * BP_PICK_SUBJECT + s.
 */
/* BP_EITHER_WORD (bp_doc.h) is what a pick of "either" is written as. */
#define BP_PICK_NONE	0
#define BP_PICK_EITHER	1
#define BP_PICK_SUBJECT	2

/*
 * Gives picks to the rows a list names, as --pick takes it:
 * "f=a,g=either", feature and subject ids in any case by
 * ASCII rules, blanks around them allowed.  picks holds d->nfeatures.
 * Returns 1, or 0 with a message (one line, safe to show) appended to
 * err and picks as they were.
 */
int	bp_picks_parse(const struct bp_doc *d, const char *list, size_t *picks,
	    struct bp_buf *err);

/*
 * Gives weights to the questions a list names, as --weight takes it:
 * "lpo.1=5,bpo.2=0", ids as --yes takes them (by features, feature
 * ids), each weight one digit from BP_WEIGHT_MIN to BP_WEIGHT_MAX, a
 * later one for the same id winning.  weights holds bp_decision_n().
 * Returns 1, or 0 with a message (one line, safe to show) appended to
 * err and weights as they were.
 */
struct bp_decision;
int	bp_weights_parse(const struct bp_decision *dc, const char *list,
	    unsigned char *weights, struct bp_buf *err);

/*
 * Counts picks (d->nfeatures of them) with their weights (d->nfeatures,
 * or NULL) into t: bp_tally's, per subject.
 */
void	bp_tally_picks(const struct bp_doc *d, const size_t *picks,
	    const unsigned char *weights, struct bp_tally *t);

/*
 * One change of an answer: question i given the answer to (BP_ANS_YES
 * or BP_ANS_NO by criteria; a pick, BP_PICK_*, by features).
 */
struct bp_flip_change {
	size_t	 i;
	size_t	 to;
};

enum bp_firmness {
	BP_FIRM_NONE,		/* no lean to weigh */
	BP_FIRM_CLOSE,		/* too close to call: a tie, or one answer
				   not yet given could overturn it */
	BP_FIRM_FIRM		/* only changing answers given could */
};

/*
 * How firm the lean is.  Too close to call: v holds the one answer that
 * would settle it (an unanswered question first, then the lightest), or
 * nothing when none would.  Firm: v holds the fewest changes of answers
 * after which another subject scores above the one leaned to (one
 * answer when one is enough), or nothing when no change could.  Every
 * candidate change is weighed in O(1) from the counts, the fewest
 * changes in O(n log n) for n questions: exactly, by cross-multiplying
 * (64 MiB of input keeps every count below 2^24, a weight's sum below
 * 2^27, so the products fit 64 bits).
 */
struct bp_firm {
	enum bp_firmness	 kind;
	/* The margin, top score less the next: mnum / mden (mden >= 1). */
	unsigned long long	 mnum, mden;
	struct bp_flip_change	*v;
	size_t			 n;
};

/* Weighs the lean of dc, whose tally is made, into f (freed with bp_firm_free()). */
struct bp_decision;
void	bp_firm(const struct bp_decision *dc, struct bp_firm *f);
void	bp_firm_free(struct bp_firm *);
/*
 * Applies the changes of f to answers (crit.n) or picks (doc->nfeatures):
 * what the property test and the sentence that names the new lean do.
 */
void	bp_firm_apply(const struct bp_decision *dc, const struct bp_firm *f,
	    unsigned char *answers, size_t *picks);

/* A decision: the questions, the answers, and what follows from them. */
struct bp_decision {
	const struct bp_doc		*doc;
	enum bp_by			 by;
	struct bp_criteria		 crit;		/* by criteria: the criteria
							   (by features: none) */
	unsigned char			*answers;	/* crit.n */
	size_t				*picks;		/* doc->nfeatures */
	unsigned char			*weights;	/* bp_decision_n(): each
							   question's weight */
	struct bp_tally			 tally;
	struct bp_firm			 firm;		/* how firm the lean is */
	/*
	 * The feature rows that bear on the lean: those whose edge names a
	 * subject leaned to (by criteria), or those picked for one (by
	 * features); in document order.
	 */
	size_t				*rows;
	size_t				 nrows;
	/* Where to read on: the section that speaks of it, or NULL. */
	const struct bp_section		*read;
};

/*
 * An empty decision on d by the questions of by.  By features the
 * criteria are not made: no question asks about them, and a file of
 * millions would pay for them.
 */
void	bp_decision_init(struct bp_decision *, const struct bp_doc *d,
	    enum bp_by by);
/* How many questions there are. */
size_t	bp_decision_n(const struct bp_decision *);
/*
 * Question i: its id appended ("tea.2", or a feature's id), and its text
 * (the criterion, or the feature's label).  What every format shows.
 */
void	bp_question_id(struct bp_buf *, const struct bp_decision *, size_t i);
const struct bp_text *bp_question_text(const struct bp_decision *, size_t i);
/* The tally, the rows and the section, from the answers as they are. */
void	bp_decision_finish(struct bp_decision *);
void	bp_decision_free(struct bp_decision *);

/*
 * What every format says, worded once (data text raw: the renderer
 * escapes it): a subject's short name, or its id without one; the lean,
 * "Your answers lean to NAME (SHORT): 2 of 3 answered criteria fit.", a
 * tie or "Not enough answers..."; subject s's count, "SHORT: 2 of 3
 * answered fit (4 criteria)"; the heading over the rows that bear on
 * the lean (or that none does); and that this is a tally, not advice.
 */
const struct bp_text	*bp_short_of(const struct bp_subject *);
void	bp_decision_lean(struct bp_buf *, const struct bp_decision *);
void	bp_decision_count(struct bp_buf *, const struct bp_decision *,
	    size_t s);
void	bp_decision_rows_title(struct bp_buf *, const struct bp_decision *);
/*
 * How firm the lean is, and what would change it, as one sentence
 * (nothing without a lean): "Firm: Tea leads by 1 (100% of the score);
 * it would go to Cocoa if tea.1 were no and cocoa.1 were yes."
 */
void	bp_decision_firm(struct bp_buf *, const struct bp_decision *);
/* Whether any weight is not BP_WEIGHT_DEFAULT: scores are then shown. */
int	bp_decision_weighted(const struct bp_decision *);
/* A subject's score, and its share of all scores (0 to 1). */
double	bp_decision_score(const struct bp_decision *, size_t s);
double	bp_decision_share(const struct bp_decision *, size_t s);
/* num / den to two decimals, trailing zeros dropped: "0.67", "1". */
void	bp_ratio(struct bp_buf *, unsigned long long num,
	    unsigned long long den);
const char *bp_decision_note(const struct bp_decision *);

#endif
