#pragma once

#include "api/apierror.h"

#include <QString>

// The user's sentence for a failed embeddings or rerank request. ApiError says everything except
// what a 404 {"detail":"Not Found"} means here: vLLM registers /v1/embeddings only for embedding
// models and /rerank, /score only for embedding models and cross-encoders (§3, §11, §13).
namespace EmbeddingErrors {

QString describeEmbedding(const ApiError &error);
QString describeRerank(const ApiError &error);

} // namespace EmbeddingErrors
