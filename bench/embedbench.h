#pragma once

#include <QJsonObject>

// The Embeddings panel's heavy steps, each timed as the best of several runs in CPU time of the
// calling thread (one core):
//   cosine_2000x1024_ms     the full cosine-similarity matrix of 2,000 vectors of 1,024 dimensions
//   embed_decode_mb_per_s   vLLM base64 /v1/embeddings bodies (1,000 × 1,024, as the simulator
//                           writes them) parsed and decoded to float vectors
//   embed_decode_vectors_per_s  the same in vectors
//   pca_1000x1024_ms        the 2-D PCA map of 1,000 vectors (the simulator's, of sentences from a
//                           few topics); pca_1000x1024_steps its Lanczos steps
//   cluster_1000_ms         the average-linkage row order of 1,000 texts
//   analysis_1000x1024_ms   (with the UI) everything the panel computes after a run: matrix, order,
//                           the map's picture and PCA
// A figure is -1 when its result was wrong.
namespace EmbedBench {

QJsonObject run();

} // namespace EmbedBench
