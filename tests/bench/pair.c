/*
 * Paired timing for "make bench": runs command A and command B in turn,
 * N times each, output to /dev/null, and prints the median of the
 * per-pair ratios B/A and each command's median wall time, in µs.
 *
 *   pair N -- A... -- B...
 */
#include <sys/wait.h>

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

static double
run(char **argv, posix_spawn_file_actions_t *fa)
{
	struct timespec	 t0, t1;
	pid_t		 pid;
	int		 status;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (posix_spawnp(&pid, argv[0], fa, NULL, argv, environ) != 0) {
		perror(argv[0]);
		exit(1);
	}
	waitpid(pid, &status, 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "pair: %s failed\n", argv[0]);
		exit(1);
	}
	return (t1.tv_sec - t0.tv_sec) * 1e6 + (t1.tv_nsec - t0.tv_nsec) / 1e3;
}

static int
cmp(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, int n)
{
	qsort(v, (size_t)n, sizeof(*v), cmp);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
main(int argc, char *argv[])
{
	posix_spawn_file_actions_t	 fa;
	char				**a, **b;
	double				*ta, *tb, *ratio;
	int				 n, i, k;

	if (argc < 6 || strcmp(argv[2], "--") != 0) {
		fprintf(stderr, "usage: pair N -- A... -- B...\n");
		return 2;
	}
	n = atoi(argv[1]);
	a = argv + 3;
	for (k = 3; k < argc && strcmp(argv[k], "--") != 0; k++)
		;
	if (k >= argc - 1 || n < 1)
		return 2;
	argv[k] = NULL;
	b = argv + k + 1;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	ta = calloc((size_t)n, sizeof(*ta));
	tb = calloc((size_t)n, sizeof(*tb));
	ratio = calloc((size_t)n, sizeof(*ratio));
	for (i = 0; i < 10; i++) {	/* warm the page cache and the CPU */
		run(a, &fa);
		run(b, &fa);
	}
	for (i = 0; i < n; i++) {
		/* Alternate who goes first, so neither always runs warmer. */
		if (i % 2) {
			tb[i] = run(b, &fa);
			ta[i] = run(a, &fa);
		} else {
			ta[i] = run(a, &fa);
			tb[i] = run(b, &fa);
		}
		ratio[i] = tb[i] / ta[i];
	}
	printf("%.3f %.1f %.1f\n", median(ratio, n), median(ta, n),
	    median(tb, n));
	return 0;
}
