#pragma once

#include "api/usage.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

// A parsed POST /v1/embeddings answer: one vector per input, in input order (`data[i].index`),
// whether the server sent float arrays or base64 (vLLM) — with or without llama.cpp's extra
// per-item `encoding_format`. Pure: no network, no state, so it is tested on exact bodies.
struct EmbeddingResponse {
    QList<QList<float>> vectors; // vectors[i] belongs to input i
    Usage usage;
    QString model;
    QString error; // empty when the body is a complete, well-formed answer for expectedCount inputs
    // Inputs whose vector holds NaN or infinity: reported, never drawn.
    QList<int> nonFinite;

    bool ok() const { return error.isEmpty(); }

    // `object` is the body's JSON object (after the error checks of VllmClient::readObject).
    static EmbeddingResponse parse(const QJsonObject &object, int expectedCount);
    // The whole body as bytes, for tests and the fuzz target.
    static EmbeddingResponse parse(QByteArrayView body, int expectedCount);
};
