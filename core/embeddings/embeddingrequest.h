#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The body of one POST /v1/embeddings (completion-style `input`, protocol reference §11.1).
struct EmbeddingRequest {
    enum class Encoding { Base64, Float };

    QString model;
    QStringList inputs;
    Encoding encoding = Encoding::Base64; // compact and exact: 4 bytes per value instead of ~20
    int dimensions = 0;                   // > 0: ask a Matryoshka model for this many dimensions
    // Set: the server cuts each input to this many tokens (-1: to the model's limit) instead of
    // refusing a text that is too long.
    bool truncate = false;
    int truncatePromptTokens = -1;

    QJsonObject toJson() const;
};
