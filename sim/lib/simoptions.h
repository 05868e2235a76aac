#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// Which server the simulator imitates. The differences are listed in
// /work/shared/protocol/vllm-openai.md §0.1, §8.6 and its appendix.
enum class SimDialect {
    VllmCurrent,    // v0.16+: `reasoning`, OpenAI-shaped errors, 16-hex ids, system_fingerprint
    VllmTransition, // ≈v0.11.1–v0.15: `reasoning` and a mirrored `reasoning_content` (null on others)
    VllmLegacy,     // ≤v0.10: `reasoning_content` only, flat error bodies, 32-hex ids
    LlamaCpp,       // llama.cpp's llama-server: no role chunk, usage on the finish chunk, `error:` lines
};

// What the served model does. vLLM registers routes by it (protocol reference §3): a generative
// model has chat but no /v1/embeddings; an embedding model has /v1/embeddings, /score and /rerank
// but no chat; a cross-encoder (classify with one label) has /score and /rerank only.
enum class SimTask {
    Generate, // `vllm serve Qwen/...`: chat completions
    Embed,    // `--runner pooling` with an embedding model (bge, e5, nomic-embed, Qwen3-Embedding)
    Score,    // a cross-encoder reranker (bge-reranker, ms-marco MiniLM)
};

// One entry of GET /v1/models.
struct SimModelCard {
    QString id;
    QString root;
    QString parent;                       // LoRA adapters: the base model's id; empty for base models
    qint64 maxModelLen = -1;              // -1 serialises as null (LoRA cards)
    bool reasoning = false;               // answers start with reasoning (as with --reasoning-parser)
    int embeddingSize = 0;                // embedding models: the vector length
    bool matryoshka = false;              // accepts `dimensions`
    QList<int> matryoshkaDimensions = {}; // the only `dimensions` accepted; empty: any positive number
    // The media it takes ("image", "video", "audio"); empty: a text-only model. A multimodal
    // card answers with a description of what it received (SimMedia::describe).
    QStringList modalities{};
    int maxMediaItems = 16; // what the model itself can take per modality and prompt
};

struct SimOptions {
    QString apiKey; // empty: no auth; else /v1/* needs `Authorization: Bearer <key>`
    SimDialect dialect = SimDialect::VllmCurrent;
    SimTask task = SimTask::Generate; // set with forTask(), which also picks the task's models
    int tokenDelayMs = 0;             // pause between two stream events
    QString version;                  // GET /version; empty: the dialect's typical version
    QList<SimModelCard> models = defaultModels();
    bool engineDead = false;     // /health answers 503, chat answers vLLM's engine-dead 500
    bool randomUnseeded = false; // unseeded sampling draws afresh each time (vLLM); off: the prompt decides
    int keepAliveMs = 5000; // idle keep-alive connections are closed after this (uvicorn: 5 s); 0 = never
    QMap<QString, int> mmLimits; // --limit-mm-per-prompt: modality -> items per prompt (absent: 999)
    // Routes this server does not register (404 {"detail":"Not Found"}), to imitate servers with
    // fewer routes: vLLM before its rerank API (only /score), TEI (only /rerank).
    QList<QByteArray> unregisteredRoutes;
    // Every request is answered with a redirect to this base + the request's path and query
    // (a proxy or load balancer that moved); empty: none.
    QString redirectTo;
    int redirectStatus = 307;
    int maxNumSeqs = 0;        // requests generating at once (vLLM --max-num-seqs); more wait; 0 = no limit
    bool llamaMetrics = false; // llamacpp dialect: /metrics as with `--metrics` (else 501)

    QString effectiveVersion() const;
    // sim-chat (8192 tokens), sim-reasoner (reasoning first), the LoRA card sim-lora, and two
    // multimodal cards: sim-vision (image, video) and sim-omni (image, video, audio).
    static QList<SimModelCard> defaultModels();
    // The models a server of this task serves: defaultModels(); sim-embed (768 dimensions,
    // Matryoshka 64/128/256/512/768, 512 tokens); sim-reranker (a cross-encoder, 512 tokens).
    static QList<SimModelCard> modelsFor(SimTask task);
    // Default options for a server of this task (task and models set).
    static SimOptions forTask(SimTask task);
    static std::optional<SimDialect> parseDialect(QStringView name);
    static QString dialectName(SimDialect dialect);
    static std::optional<SimTask> parseTask(QStringView name); // generate, embed, score
};
