#pragma once

#include <QList>
#include <QString>

// One entry of GET /v1/models.
struct ModelInfo {
    QString id;              // the name to send as `model`
    QString root;            // the model path or HF id (vLLM), empty elsewhere
    QString parent;          // the base model of a LoRA adapter
    QString ownedBy;         // "vllm", "llamacpp", ...
    qint64 maxModelLen = -1; // context length in tokens; -1 when unknown (LoRA cards, llama.cpp)
};
using ModelList = QList<ModelInfo>;
