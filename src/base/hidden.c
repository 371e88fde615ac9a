/* The characters bpolpo never writes raw, and their visible escapes. */
#include <stdint.h>
#include <stdio.h>

#include <unictype.h>

#include "base/bp_text.h"

const struct bp_hidden bp_hidden[] = {
	{ 0x0000, 0x001f, "C0 control characters, ESC among them (a tab is "
	    "shown as a space; a newline breaks the line)" },
	{ 0x007f, 0x009f, "DEL and the C1 control characters, U+0085 NEXT "
	    "LINE among them" },
	{ 0x061c, 0x061c, "ARABIC LETTER MARK" },
	{ 0x200e, 0x200f, "LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK" },
	{ 0x2028, 0x2029, "LINE and PARAGRAPH SEPARATOR" },
	{ 0x202a, 0x202e, "bidirectional embeddings and overrides" },
	{ 0x2066, 0x2069, "bidirectional isolates" },
	{ 0x206a, 0x206f, "deprecated format characters" },
	{ 0xfdd0, 0xfdef, "noncharacters (so are U+FFFE and U+FFFF in every "
	    "plane)" },
	{ 0xfeff, 0xfeff, "ZERO WIDTH NO-BREAK SPACE (byte-order mark)" },
	{ 0xfff9, 0xfffb, "interlinear annotation characters" },
	{ 0xe0000, 0xe007f, "tag characters" },
	{ 1, 0, "every other format character (Unicode category Cf) but "
	    "the joiners U+200C, U+200D and the soft hyphen U+00AD" },
};
const size_t bp_nhidden = sizeof(bp_hidden) / sizeof(bp_hidden[0]);

int
bp_char_hidden(uint32_t c)
{
	size_t	 i;

	if (c >= 0x20 && c < 0x7f)
		return 0;
	if ((c & 0xfffe) == 0xfffe)
		return 1;	/* the noncharacters at the end of each plane */
	for (i = 0; i < bp_nhidden; i++)
		if (bp_hidden[i].lo <= bp_hidden[i].hi ?
		    c >= bp_hidden[i].lo && c <= bp_hidden[i].hi :
		    uc_is_general_category(c, UC_CATEGORY_Cf) &&
		    c != 0x200c && c != 0x200d && c != 0x00ad)
			return 1;
	return 0;
}

size_t
bp_char_escape(uint32_t c, char buf[12])
{
	if (c == 0x1b)
		return (size_t)snprintf(buf, 12, "\\e");
	if (c < 0x20 || c == 0x7f)
		return (size_t)snprintf(buf, 12, "\\x%02x", (unsigned)c);
	if (c <= 0xffff)
		return (size_t)snprintf(buf, 12, "\\u%04x", (unsigned)c);
	return (size_t)snprintf(buf, 12, "\\U%08x", (unsigned)c);
}

