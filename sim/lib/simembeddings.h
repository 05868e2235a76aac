#pragma once

#include "simconnection.h"
#include "simoptions.h"

#include <QJsonObject>

// POST /v1/embeddings as an embedding model served by vLLM answers it (protocol reference §11):
// both input shapes (`input` as string, string list, token ids; chat-style `messages`), float and
// base64 vectors (float32, float16, bfloat16 and fp8 in native, little or big byte order),
// `bytes`/`bytes_only` bodies, `dimensions` for the Matryoshka model, `truncate_prompt_tokens`
// and `truncation_side`, `use_activation` (`normalize` on legacy servers), and vLLM's refusals with
// their exact messages: unknown model, unsupported `dimensions`, a truncation above max_model_len,
// an input longer than the model's context (each dialect's wording). llama.cpp's `--embeddings`
// server in its dialect.
namespace SimEmbeddings {

SimResponse embeddings(const SimOptions &options, const QJsonObject &body);
// What a route answers on a server whose model cannot serve it, where the route exists:
// ≤ v0.10 vLLM registered every route and answered HTTP 200 with a flat error body ("The model
// does not support Embeddings API"); llama.cpp answers 501 ("Start it with `--embeddings`").
// `api` is vLLM's name for it ("Embeddings", "Score", "Rerank (Score)", "Chat Completions").
SimResponse unsupported(const SimOptions &options, const QString &api);

// The model a pooling request names (empty: the first); nullptr when unknown.
const SimModelCard *findModel(const SimOptions &options, const QJsonObject &body);
// 404 "The model `X` does not exist." as pooling routes write it (param null).
SimResponse unknownModel(const SimOptions &options, const QJsonObject &body);
// The refusal of an input of `tokens` tokens for a model of `limit` tokens, in the dialect's words.
SimResponse tooLong(const SimOptions &options, qint64 limit, int tokens);

} // namespace SimEmbeddings
