#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonObject>

// POST /score (and /v1/score) and POST /rerank (and /v1/rerank, /v2/rerank) as vLLM answers them
// (protocol reference §13) for the two kinds of model that serve them: an embedding model scores
// a pair by the cosine of the two embeddings (a bi-encoder); the cross-encoder `sim-reranker` by a
// relevance that reads both texts together (SimEmbedder::relevance), so its order differs.
// Input pairs: `queries`+`documents`, `queries`+`items`, `data_1`+`data_2`, `text_1`+`text_2`
// (only the last before 2026-01, i.e. in the transition and legacy dialects); 1→N and N→N.
namespace SimScoring {

SimResponse score(const SimOptions &options, const QJsonObject &body);
SimResponse rerank(const SimOptions &options, const QJsonObject &body);

} // namespace SimScoring
