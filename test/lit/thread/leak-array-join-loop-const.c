// A create loop over th[i] for i < N (a constant), then a join loop over
// the same constant range. Nothing to report.
// RUN: %threadlint --no-source %s 2>&1 | count 0
#include <pthread.h>
#include <stdio.h>

#define N 8

struct shard { int id; unsigned long hits; };

static void *scan_shard(void *arg) {
    struct shard *s = arg;
    s->hits = (unsigned long)s->id * 3u;
    return NULL;
}

unsigned long scan_all(void) {
    pthread_t th[N];
    struct shard shards[N];
    unsigned long hits = 0;

    for (int i = 0; i < N; i++) {
        shards[i].id = i;
        if (pthread_create(&th[i], NULL, scan_shard, &shards[i]) != 0) {
            perror("pthread_create");
            scan_shard(&shards[i]);
        }
    }
    for (int i = 0; i < N; i++)
        pthread_join(th[i], NULL);
    for (int i = 0; i < N; i++)
        hits += shards[i].hits;
    return hits;
}
