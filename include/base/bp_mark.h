/* A place in the input: what every node of a document and every problem carries. */
#ifndef BP_MARK_H
#define BP_MARK_H

/*
 * A position in the input, 1-based; line 0 means "not from the input".
 * 32 bits each: input is at most 64 MiB, and a text is 24 bytes, not 32,
 * which a file of 100,000 features notices.
 */
struct bp_mark {
	unsigned int	 line;
	unsigned int	 col;
};

#endif
