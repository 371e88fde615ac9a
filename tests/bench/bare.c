/*
 * The floor for "make bench": libyaml alone reading a file, event by
 * event, as bpolpo's loader drives it, and nothing done with the events.
 * dump is measured against it.
 *
 *   bare FILE
 */
#include <stdio.h>

#include <yaml.h>

int
main(int argc, char *argv[])
{
	yaml_parser_t	 parser;
	yaml_event_t	 ev;
	FILE		*f;
	int		 done = 0;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fprintf(stderr, "usage: bare FILE\n");
		return 2;
	}
	if (!yaml_parser_initialize(&parser))
		return 1;
	yaml_parser_set_input_file(&parser, f);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			fprintf(stderr, "bare: %s\n", parser.problem);
			return 1;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return 0;
}
